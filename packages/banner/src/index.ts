import { defineElement } from './define.js';
import { AquaoConsentBanner } from './consent-banner/consent-banner.js';
import { AquaoConsentPreferences } from './consent-preferences/consent-preferences.js';
import { AquaoConsentPlaceholder } from './consent-placeholder/consent-placeholder.js';

defineElement('aquao-consent-banner', AquaoConsentBanner);
defineElement('aquao-consent-preferences', AquaoConsentPreferences);
defineElement('aquao-consent-placeholder', AquaoConsentPlaceholder);

export { AquaoConsentBanner } from './consent-banner/consent-banner.js';
export { AquaoConsentPreferences } from './consent-preferences/consent-preferences.js';
export { AquaoConsentPlaceholder } from './consent-placeholder/consent-placeholder.js';
export { startPlaceholders } from './placeholders.js';
export type { PlaceholderOptions } from './placeholders.js';
export { ConsentElement } from './consent-element.js';
export { ManagerController } from './manager-controller.js';
export { translations, pickLanguage, localize, isSafeUrl, fill, textsFor } from './i18n/localize.js';
export type { TextOverrides, TextsConfig } from './i18n/texts.config.js';
export type { Language } from './i18n/localize.js';
export type { Translation } from './i18n/fr.js';
