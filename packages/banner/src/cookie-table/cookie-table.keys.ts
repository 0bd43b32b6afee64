/**
 * The names of the cookie table's texts, without the texts: the config's `texts.<language>.cookieTable` is checked
 * against them on every page, while the texts themselves stay in the cookie table's own bundle.
 */
export const COOKIE_TABLE_TEXT_KEYS = [
  'name',
  'provider',
  'purpose',
  'duration',
  'type',
  'typeCookie',
  'typeStorage',
  'yourChoice',
  'granted',
  'refused',
  'undecided',
  'alwaysOn',
  'noCookies',
  'services',
  'serviceNoCookies',
  'providerPrivacy',
  'thisSite',
  'consentPurpose',
  'consentDuration',
  'withdraw',
  'change',
] as const;

export type CookieTableTexts = Record<(typeof COOKIE_TABLE_TEXT_KEYS)[number], string>;
