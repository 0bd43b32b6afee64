/**
 * Entry `@aquao/consent-banner/events`: the events the components dispatch, typed, and added to
 * `GlobalEventHandlersEventMap` (so `document.addEventListener('aquao-consent-customize', (e) => e.detail.opener)`
 * type-checks). Types only: no code, no Lit, for a page that listens without importing a component (the embed's
 * types include it).
 */

/** The `detail` of `aquao-consent-customize`. */
export interface AquaoConsentCustomizeDetail {
  /** The button that was pressed: give focus back to it when your panel closes (WCAG 2.4.3). */
  readonly opener: HTMLElement;
}

/**
 * `aquao-consent-customize`: a visitor pressed «Personnaliser», the floating button, a placeholder's or the cookie
 * table's change button. Dispatched on that element; bubbles and is composed, so it leaves the shadow root and
 * reaches `document`. Cancelable, because cancelling means something: `preventDefault()` stops the default, which
 * shows the first `<aquao-consent-preferences>` of the document, for a page that opens its own panel.
 */
export type AquaoConsentCustomizeEvent = CustomEvent<AquaoConsentCustomizeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'aquao-consent-customize': AquaoConsentCustomizeEvent;
  }
}
