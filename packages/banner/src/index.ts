/**
 * `@aquao/consent-banner`: defines `<aquao-consent-banner>`, `<aquao-consent-preferences>` and
 * `<aquao-consent-placeholder>` (by re-exporting their defining files) and re-exports the rest. The cookie table is
 * its own entry (`/cookie-table`); helpers that need no component have theirs (`/texts`, `/safe-url`).
 */
export { AquaoConsentBanner } from './consent-banner/consent-banner.js';
export { AquaoConsentPreferences } from './consent-preferences/consent-preferences.js';
export { AquaoConsentPlaceholder } from './consent-placeholder/consent-placeholder.js';
export { startPlaceholders } from './consent-placeholder/start-placeholders.js';
export type { PlaceholderOptions } from './consent-placeholder/start-placeholders.js';
export { ConsentElement } from './consent-element.js';
export type { AquaoConsentCustomizeDetail, AquaoConsentCustomizeEvent } from './events.js';
export { ManagerController } from './manager-controller.js';
export { translations, pickLanguage, localize, fill, textsFor } from './i18n/localize.js';
export type { TextOverrides, TextsConfig } from './i18n/texts.config.js';
export type { Language } from './i18n/localize.js';
export type { Translation } from './i18n/fr.js';
export { isSafeUrl } from './safe-url.js';
