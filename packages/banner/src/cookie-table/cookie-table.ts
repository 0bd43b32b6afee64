/**
 * Entry `@aquao/consent-banner/cookie-table`: defines `<aquao-cookie-table>` (the cookie policy's list) and
 * adds it to `HTMLElementTagNameMap`. This component's only side effect (package.json `sideEffects`).
 */
import { AquaoCookieTable } from './cookie-table.component.js';

AquaoCookieTable.define('aquao-cookie-table');

export { AquaoCookieTable };

declare global {
  interface HTMLElementTagNameMap {
    'aquao-cookie-table': AquaoCookieTable;
  }
}
