/**
 * Entry `@aquao/consent-banner/consent-placeholder`: defines `<aquao-consent-placeholder>` (in place of a refused
 * embed) and adds it to `HTMLElementTagNameMap`. This component's only side effect (package.json `sideEffects`).
 */
import { AquaoConsentPlaceholder } from './consent-placeholder.component.js';

AquaoConsentPlaceholder.define('aquao-consent-placeholder');

export { AquaoConsentPlaceholder };

declare global {
  interface HTMLElementTagNameMap {
    'aquao-consent-placeholder': AquaoConsentPlaceholder;
  }
}
