export { createConsentManager } from './manager.js';
export { onConsent } from './on-consent.js';
export type {
  ConsentChange,
  ConsentChoices,
  ConsentListener,
  ConsentManager,
  ConsentManagerOptions,
  ConsentState,
} from './manager.js';
export {
  ConsentConfigError,
  DEFAULT_COOKIE_NAME,
  coreConfigKeys,
  DEFAULT_MAX_AGE_DAYS,
  MAX_MAX_AGE_DAYS,
  normalizeConfig,
} from './config.js';
export type {
  Category,
  CategoryConfig,
  ConsentConfig,
  CookieDeclaration,
  CookieInfo,
  CookieOptions,
  LocalizedText,
  NormalizedConfig,
  Service,
  ServiceConfig,
} from './config.js';
export { ConsentMethod, SCHEMA_VERSION } from './record.js';
export type { ConsentRecord } from './record.js';
export type { DecisionStore } from './cookie-storage.js';
// Public on purpose: the one definition of how a declared cookie pattern covers a name, shared by the withdrawal,
// the catalogue and the CLI (docs/api.md, "Withdrawal").
export { matchesCookie } from './cookie-clearing.js';
