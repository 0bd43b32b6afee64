/** `@aquao/consent-react`: the elements as React components, and `useConsent()`. Only re-exports. */
export { ConsentBanner } from './consent-banner.js';
export type { ConsentBannerProps } from './consent-banner.js';
export { ConsentPreferences } from './consent-preferences.js';
export type { ConsentPreferencesProps } from './consent-preferences.js';
export { CookieTable } from './cookie-table.js';
export type { CookieTableProps } from './cookie-table.js';
export type { ConsentComponentProps } from './consent-component.js';
export { useConsent } from './use-consent.js';
