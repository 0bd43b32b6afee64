/** The only file that registers elements: importing it defines both tags (idempotent, so two copies cannot clash). */
import { AquaoConsentBanner } from './consent-banner/consent-banner.js';
import { AquaoConsentPreferences } from './consent-preferences/consent-preferences.js';

const define = (tag: string, element: CustomElementConstructor) => {
  if (!customElements.get(tag)) customElements.define(tag, element);
};
define('aquao-consent-banner', AquaoConsentBanner);
define('aquao-consent-preferences', AquaoConsentPreferences);

declare global {
  interface HTMLElementTagNameMap {
    'aquao-consent-banner': AquaoConsentBanner;
    'aquao-consent-preferences': AquaoConsentPreferences;
  }
}
