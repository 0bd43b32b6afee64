/**
 * The events the embed dispatches on `document`, typed for listeners (`GlobalEventHandlersEventMap`, so
 * `document.addEventListener('aquao-consent-change', (e) => e.detail.change)` type-checks). Both bubble (to
 * `window`) and are composed; neither is cancelable, because there is nothing to cancel: the decision is already
 * stored, the API already there.
 */
import type { ConsentChange, ConsentState } from '@aquao/consent-core';
import type { AquaoConsentGlobal } from './aquao-consent.js';

/**
 * The `detail` of `aquao-consent-change`: the new state, every field where it always was (`detail.categories`…),
 * and `change`: what changed (`source`, `granted`, `revoked`, `clearedCookies`, `clearedStorage`).
 */
export type AquaoConsentChangeDetail = ConsentState & { readonly change: ConsentChange };

/** `aquao-consent-change`: the decision changed (made on this page, reset, or from another tab). */
export type AquaoConsentChangeEvent = CustomEvent<AquaoConsentChangeDetail>;

/** `aquao-consent-ready`: `window.aquaoConsent` is set; `detail` is that same object. */
export type AquaoConsentReadyEvent = CustomEvent<AquaoConsentGlobal>;

interface AquaoConsentEventMap {
  'aquao-consent-change': AquaoConsentChangeEvent;
  'aquao-consent-ready': AquaoConsentReadyEvent;
}

declare global {
  interface GlobalEventHandlersEventMap extends AquaoConsentEventMap {}
  interface DocumentEventMap extends AquaoConsentEventMap {}
}

/** Dispatches one of the embed's events on `document`. */
export function announce<K extends keyof AquaoConsentEventMap>(type: K, detail: AquaoConsentEventMap[K]['detail']): void {
  document.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, cancelable: false, detail }));
}
