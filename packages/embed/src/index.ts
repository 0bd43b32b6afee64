/**
 * The embed's types, for a page that loads `aquao-consent.js` with a script tag and is written in TypeScript:
 * `window.aquaoConsent`, the config element's `EmbedConfig`, and the events on `document` (each added to
 * `GlobalEventHandlersEventMap`). Types only: the script defines no module exports. Published as
 * `dist/aquao-consent.d.ts`, self-contained (scripts/build-embed-types.mjs), since the embed depends on no package.
 */
export type { AquaoConsentGlobal } from './aquao-consent.js';
export type { EmbedConfig } from './embed-config.js';
export type { AquaoConsentChangeDetail, AquaoConsentChangeEvent, AquaoConsentReadyEvent } from './events.js';
export type { AquaoConsentCustomizeDetail, AquaoConsentCustomizeEvent } from '@aquao/consent-banner/events';
