/**
 * `<ConsentPreferences manager={…} ref={…} />`: the preferences dialog, `<aquao-consent-preferences>`. Its ref is the
 * element: `ref.current.show(opener)` opens it from your «Gérer mes cookies» link (GDPR art. 7(3)).
 */
import '@aquao/consent-banner/consent-preferences';
import type { AquaoConsentPreferences } from '@aquao/consent-banner/consent-preferences';
import { consentComponent, type ConsentComponentProps } from './consent-component.js';

export type ConsentPreferencesProps = ConsentComponentProps<AquaoConsentPreferences>;

export const ConsentPreferences = consentComponent<AquaoConsentPreferences>('aquao-consent-preferences', 'ConsentPreferences');
