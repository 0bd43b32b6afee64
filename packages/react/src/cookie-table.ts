/** `<CookieTable manager={…} />`: the cookie policy's list, `<aquao-cookie-table>`, for the cookie policy page. */
import '@aquao/consent-banner/cookie-table';
import type { AquaoCookieTable } from '@aquao/consent-banner/cookie-table';
import { consentComponent, type ConsentComponentProps } from './consent-component.js';

export type CookieTableProps = ConsentComponentProps<AquaoCookieTable>;

export const CookieTable = consentComponent<AquaoCookieTable>('aquao-cookie-table', 'CookieTable');
