/** `<ConsentBanner manager={…} />`: the first layer, `<aquao-consent-banner>`. */
import '@aquao/consent-banner/consent-banner';
import type { AquaoConsentBanner } from '@aquao/consent-banner/consent-banner';
import { consentComponent, type ConsentComponentProps } from './consent-component.js';

export type ConsentBannerProps = ConsentComponentProps<AquaoConsentBanner>;

export const ConsentBanner = consentComponent<AquaoConsentBanner>('aquao-consent-banner', 'ConsentBanner');
