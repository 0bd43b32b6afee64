/**
 * Entry `@aquao/consent-banner/consent-preferences`: defines `<aquao-consent-preferences>` (the preferences dialog) and
 * adds it to `HTMLElementTagNameMap`. This component's only side effect (package.json `sideEffects`).
 */
import { AquaoConsentPreferences } from './consent-preferences.component.js';

AquaoConsentPreferences.define('aquao-consent-preferences');

export { AquaoConsentPreferences };

declare global {
  interface HTMLElementTagNameMap {
    'aquao-consent-preferences': AquaoConsentPreferences;
  }
}
