/**
 * Entry `@aquao/consent-banner/texts`: the built-in texts and the description of the config keys the components read
 * (`texts`, `controller`, `theme`), without the components (no Lit, no custom element defined), for the embed's
 * validation and `aquao-consent check`.
 */
export { bannerConfigKeys } from './banner.config.js';
export type { BannerConfig, Theme } from './banner.config.js';
export { BUILT_IN_LANGUAGES, PLACEHOLDERS, checkPlaceholders, textsConfigKeys } from './i18n/texts.config.js';
export type { TextOverrides, TextsConfig } from './i18n/texts.config.js';
export { fill, localize, pickLanguage, textsFor, translations } from './i18n/localize.js';
export type { Translation } from './i18n/fr.js';
export { COOKIE_TABLE_TEXT_KEYS } from './cookie-table/cookie-table.keys.js';
export { cookieTableTexts } from './cookie-table/cookie-table.i18n.js';
