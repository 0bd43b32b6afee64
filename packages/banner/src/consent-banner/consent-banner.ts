/**
 * Entry `@aquao/consent-banner/consent-banner`: defines `<aquao-consent-banner>` (the first layer) and
 * adds it to `HTMLElementTagNameMap`. This component's only side effect (package.json `sideEffects`).
 */
import { AquaoConsentBanner } from './consent-banner.component.js';

AquaoConsentBanner.define('aquao-consent-banner');

export { AquaoConsentBanner };

declare global {
  interface HTMLElementTagNameMap {
    'aquao-consent-banner': AquaoConsentBanner;
  }
}
