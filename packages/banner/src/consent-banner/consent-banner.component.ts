import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ConsentElement } from '../consent-element.js';
import { sharedStyles } from '../shared.styles.js';
import { bannerStyles } from './consent-banner.styles.js';
import { fill, localize } from '../i18n/localize.js';
import type { GpcAwareManager } from '@aquao/consent-core/gpc';

/**
 * The first layer: what is collected and why, and three equal buttons (CNIL: refusing as easy as accepting).
 * Non-modal: it never traps focus. Opens by itself while there is no decision and closes once there is one.
 *
 * @tagname aquao-consent-banner
 * @event {AquaoConsentCustomizeEvent} aquao-consent-customize - «Personnaliser» or the floating button was pressed;
 *   `detail.opener` is the button. Cancelable: unless a listener cancels it, the first
 *   `<aquao-consent-preferences>` of the document is shown.
 * @csspart banner - the fixed region
 * @csspart title
 * @csspart description
 * @csspart gpc-notice - says the browser's Global Privacy Control signal was honoured (only under the signal)
 * @csspart links
 * @csspart actions
 * @csspart accept-button
 * @csspart reject-button
 * @csspart customize-button
 * @csspart floating-button - the small button, bottom left, that reopens the preferences after a decision
 * @csspart reload-notice - after a withdrawal: what already ran stays until a reload, which it offers
 * @csspart reload-button
 * @csspart dismiss-button
 * @cssproperty --aquao-consent-background - and every other `--aquao-consent-*` token: see docs/theming.md
 */
export class AquaoConsentBanner extends ConsentElement {
  static override styles = [sharedStyles, bannerStyles];
  static override properties: PropertyDeclarations = {
    floatingButton: { type: Boolean, attribute: 'floating-button' },
    reloadOffered: { state: true },
  };

  /** Show a small fixed button, bottom left, to reopen the preferences once decided (GDPR art. 7(3)). Default `false`; the embed turns it on. */
  declare floatingButton: boolean;
  /** A withdrawal was just made: what already ran cannot be unloaded, so a reload is offered (docs/compliance.md, rule 11). */
  declare private reloadOffered: boolean;
  private decided?: boolean;
  private heard?: unknown;
  private resizeObserver?: ResizeObserver;

  constructor() {
    super();
    this.floatingButton = false;
  }

  protected override willUpdate(): void {
    const change = this.consent.change;
    if (change !== this.heard) {
      this.heard = change;
      this.reloadOffered = change?.source === 'decision' && change.revoked.length > 0;
    }
    // Follow the decision: open while there is none, close once there is (and again after a reset).
    const decided = this.manager?.hasDecision();
    if (decided !== undefined && decided !== this.decided) {
      this.decided = decided;
      this.open = !decided;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open')) this.reservePageSpace();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    document.documentElement.style.removeProperty('scroll-padding-bottom');
  }

  /**
   * The sticky banner must not hide the focused element (WCAG 2.4.11): reserve its height as scroll padding. Set
   * through the CSSOM, which a strict CSP allows (only style attributes in markup are blocked).
   */
  private reservePageSpace(): void {
    const region = this.renderRoot.querySelector('[part="banner"]');
    const root = document.documentElement.style;
    this.resizeObserver?.disconnect();
    if (!region) {
      root.removeProperty('scroll-padding-bottom');
      return;
    }
    this.resizeObserver = new ResizeObserver(() => root.setProperty('scroll-padding-bottom', `${region.getBoundingClientRect().height}px`));
    this.resizeObserver.observe(region);
  }

  protected override render() {
    const { t, manager } = this;
    if (!manager) return nothing;
    if (!this.open) {
      const reload = this.reloadOffered
        ? html`<div part="reload-notice" role="status">
            <p>${t.reloadNotice}</p>
            <button class="button" part="reload-button" @click=${() => location.reload()}>${t.reload}</button>
            <button class="button" part="dismiss-button" @click=${() => (this.reloadOffered = false)}>${t.close}</button>
          </div>`
        : nothing;
      return html`${reload}${this.floatingButton && manager.hasDecision()
        ? html`<button part="floating-button" aria-label=${t.manage} title=${t.manage} @click=${this.openPreferences}>
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M21 12a9 9 0 1 1-9-9 3 3 0 0 0 4 4 3 3 0 0 0 5 5zM8 8.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm7 5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm-6 3a1 1 0 1 0 0 2 1 1 0 0 0 0-2z"/></svg>
          </button>`
        : nothing}`;
    }
    // The first layer names every purpose it asks for (docs/compliance.md, rule 7), from the same config as the panel.
    const purposes = manager.config.categories
      .filter((c) => !c.required)
      .map((c) => localize(c.title, this.lang_) ?? t.categories[c.id]?.title ?? c.id)
      .join(', ');
    return html`<section part="banner" role="region" aria-labelledby="title" lang=${this.lang_}>
      <h2 part="title" id="title">${t.title}</h2>
      <p part="description">${fill(t.description, { purposes })}</p>
      ${(manager as Partial<GpcAwareManager>).hasGpcSignal?.() ? html`<p part="gpc-notice">${t.gpcNotice}</p>` : nothing}
      ${this.renderLinks()}
      <div part="actions">
        <button class="button" part="accept-button" @click=${() => manager.acceptAll()}>${t.acceptAll}</button>
        <button class="button" part="reject-button" @click=${() => manager.rejectAll()}>${t.rejectAll}</button>
        <button class="button" part="customize-button" @click=${this.openPreferences}>${t.customize}</button>
      </div>
    </section>`;
  }
}
