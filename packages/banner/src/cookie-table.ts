/** Entry `@aquao/consent-banner/cookie-table`: defines `<aquao-cookie-table>` for a site's cookie policy page. */
import { defineElement } from './define.js';
import { AquaoCookieTable } from './cookie-table/cookie-table.js';

defineElement('aquao-cookie-table', AquaoCookieTable);

export { AquaoCookieTable };
