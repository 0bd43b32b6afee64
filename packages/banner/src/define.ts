/**
 * The only file that calls `customElements.define`. Registration is idempotent, so two copies of the library on a
 * page cannot clash. Each entry registers its own elements through it, so the banner's entry (and the embed) do
 * not carry the cookie table, and the cookie table's page does not carry the banner.
 */
import type { AquaoConsentBanner } from './consent-banner/consent-banner.js';
import type { AquaoConsentPreferences } from './consent-preferences/consent-preferences.js';
import type { AquaoCookieTable } from './cookie-table/cookie-table.js';
import type { AquaoConsentPlaceholder } from './consent-placeholder/consent-placeholder.js';

export function defineElement(tag: keyof HTMLElementTagNameMap, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'aquao-consent-banner': AquaoConsentBanner;
    'aquao-consent-preferences': AquaoConsentPreferences;
    'aquao-cookie-table': AquaoCookieTable;
    'aquao-consent-placeholder': AquaoConsentPlaceholder;
  }
}
