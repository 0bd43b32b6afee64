import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { ConsentState } from '@aquao/consent-core';
import { ConsentElement } from '../consent-element.js';
import { sharedStyles } from '../shared.styles.js';
import { bannerStyles } from './consent-banner.styles.js';
import { fill, localize, purposeTitle } from '../i18n/localize.js';
import { partnersOf } from './partners.js';
import { focusAfterDecision } from '../focus-after-decision.js';
import { isSafeUrl } from '../safe-url.js';
import type { GpcAwareManager } from '@aquao/consent-core/gpc';

/**
 * The first layer: who is asking, what is collected and why, what refusing changes on this page, the partners, and
 * three equal buttons (CNIL: refusing as easy as accepting) that never scroll away. Non-modal: it never traps focus.
 * Opens by itself while there is no decision and closes once there is one; a polite live region then says what was
 * saved, and focus goes somewhere sensible (docs/accessibility.md).
 *
 * @tagname aquao-consent-banner
 * @event {AquaoConsentCustomizeEvent} aquao-consent-customize - «Personnaliser» was pressed; `detail.opener` is the
 *   button. Cancelable: unless a listener cancels it, the first `<aquao-consent-preferences>` of the document is shown.
 * @csspart banner - the fixed region (in the flow of the page on very short screens, such as 400 % zoom)
 * @csspart body - what scrolls inside the region when the text is long: everything but the buttons
 * @csspart title
 * @csspart description
 * @csspart gpc-notice - says the browser's Global Privacy Control signal was honoured and what it keeps refused (only under the signal)
 * @csspart links
 * @csspart partners-button - shows or hides the list of partners (a disclosure)
 * @csspart partners - the list of partners: every service with its provider and privacy policy
 * @csspart status - the polite live region that announces the saved choice (visually hidden)
 * @csspart actions
 * @csspart accept-button
 * @csspart reject-button
 * @csspart customize-button
 * @csspart reload-notice - after a withdrawal: what already ran stays until a reload, which it offers
 * @csspart reload-button
 * @csspart dismiss-button
 * @cssproperty --aquao-consent-background - and every other `--aquao-consent-*` token: see docs/theming.md
 */
export class AquaoConsentBanner extends ConsentElement {
  static override styles = [sharedStyles, bannerStyles];
  static override properties: PropertyDeclarations = {
    reloadOffered: { state: true },
    partnersShown: { state: true },
  };

  /** A withdrawal was just made: what already ran cannot be unloaded, so a reload is offered (docs/compliance.md, rule 11). */
  declare private reloadOffered: boolean;
  /** Whether the list of partners is expanded. */
  declare private partnersShown: boolean;
  /** What the live region says: the latest saved choice. */
  private announcement = '';
  private decided?: boolean;
  /** A decision was just made: focus may need a new home once everything has re-rendered. */
  private refocus = false;
  private heard?: unknown;
  private resizeObserver?: ResizeObserver;

  protected override willUpdate(): void {
    const change = this.consent.change;
    if (change !== this.heard) {
      this.heard = change;
      this.reloadOffered = change?.source === 'decision' && change.revoked.length > 0;
      if (change?.source === 'decision') {
        this.announcement = this.describe(this.manager!.getState(), change.granted);
        this.refocus = true;
      }
    }
    // Follow the decision: open while there is none, close once there is (and again after a reset).
    const decided = this.manager?.hasDecision();
    if (decided !== undefined && decided !== this.decided) {
      this.decided = decided;
      this.open = !decided;
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('open')) this.reservePageSpace();
    // The list opens below its button, possibly below the scrolled text: bring it into view.
    if (changed.has('partnersShown') && this.partnersShown) this.renderRoot.querySelector('[part="partners"]')?.scrollIntoView({ block: 'nearest' });
    if (this.refocus) {
      this.refocus = false;
      // After the dialog has closed and given focus back to its opener, if that opener still exists: only focus left
      // on <body> (its control removed) is moved, never focus the visitor put elsewhere.
      requestAnimationFrame(() =>
        setTimeout(() => {
          // Lost: its control removed (this banner's buttons, or the dialog's opener «Personnaliser»).
          if (!document.activeElement || document.activeElement === document.body) {
            focusAfterDecision();
          }
        }),
      );
    }
  }

  /** The live region's sentence for a decision: what is granted and refused, or what a placeholder enabled. */
  private describe(state: ConsentState, granted: readonly string[]): string {
    const { t, lang_: lang, manager } = this;
    const categories = manager!.config.categories.filter((c) => !c.required);
    if (!state.hasDecision) {
      // A placeholder's grant: name what it enabled (`category/service` keys).
      const services = categories.flatMap((c) => c.services.filter((s) => granted.includes(`${c.id}/${s.id}`)).map((s) => localize(s.name, lang)!));
      const purposes = categories.filter((c) => !c.services.length && granted.includes(c.id)).map((c) => purposeTitle(c, lang, t));
      return fill(t.savedPartial, { services: [...services, ...purposes].join(', ') });
    }
    const list = (on: boolean) => categories.filter((c) => state.categories[c.id] === on).map((c) => purposeTitle(c, lang, t)).join(', ');
    return [t.saved, list(true) && fill(t.savedGranted, { purposes: list(true) }), list(false) && fill(t.savedRefused, { purposes: list(false) })]
      .filter(Boolean)
      .join(' ');
  }

  /**
   * The consequence of refusing, true for this page (docs/compliance.md, rule 7): the gated embeds still waiting for
   * consent, by service (or purpose) name, will not show; with none, refusing changes nothing.
   */
  private consequence(): string {
    const { t, lang_: lang, manager } = this;
    const names = new Set<string>();
    for (const frame of Array.from(document.querySelectorAll<HTMLIFrameElement>('iframe[data-consent]'))) {
      if (!frame.hasAttribute('data-src') && !frame.hasAttribute('data-srcdoc')) continue;
      const category = manager!.config.categories.find((c) => c.id === frame.dataset.consent!.trim());
      const service = category?.services.find((s) => s.id === frame.dataset.service);
      const name = service ? localize(service.name, lang) : category && purposeTitle(category, lang, t);
      if (name) names.add(name);
    }
    return names.size ? fill(t.consequenceEmbeds, { embeds: [...names].join(', ') }) : t.consequence;
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
    // In the flow of the page (very short screens), it hides nothing: no padding then.
    this.resizeObserver = new ResizeObserver(() =>
      root.setProperty('scroll-padding-bottom', `${getComputedStyle(region).position === 'fixed' ? region.getBoundingClientRect().height : 0}px`),
    );
    this.resizeObserver.observe(region);
  }

  protected override render() {
    if (!this.manager) return nothing;
    // The live region is always in the page, the same element, so that screen readers already know it when its text
    // changes (WCAG 4.1.3).
    return html`<div part="status" role="status" class="visually-hidden">${this.announcement}</div>${this.open ? this.renderRegion() : this.renderClosed()}`;
  }

  /**
   * After a decision: the reload offer. The way back to the choices is the page's «Gérer mes cookies», or the
   * embed's floating button (`<aquao-consent-button>`, in its loader: it shows without this component).
   */
  private renderClosed() {
    const { t } = this;
    return this.reloadOffered
      ? html`<div part="reload-notice" role="status">
          <p>${t.reloadNotice}</p>
          <button class="button" part="reload-button" @click=${() => location.reload()}>${t.reload}</button>
          <button class="button" part="dismiss-button" @click=${() => (this.reloadOffered = false)}>${t.close}</button>
        </div>`
      : nothing;
  }

  /** The first layer. */
  private renderRegion() {
    const { t } = this;
    const manager = this.manager!;
    const lang = this.lang_;
    const { categories } = manager.config;
    // The first layer names who asks and every purpose it asks for (docs/compliance.md, rule 7), from the same config as the panel.
    const purposes = categories.filter((c) => !c.required).map((c) => purposeTitle(c, lang, t)).join(', ');
    const controller = localize(this.controller, lang) ?? location.hostname.replace(/^www\./, '');
    const gpc = (manager as Partial<GpcAwareManager>).gpcRefused ?? [];
    const partners = partnersOf(manager.config, lang, t);
    const partnersButton = partners.length
      ? html`<button class="link" part="partners-button" aria-expanded=${this.partnersShown ? 'true' : 'false'} aria-controls="partners"
          @click=${() => (this.partnersShown = !this.partnersShown)}>${fill(t.partners, { count: String(partners.length) })}</button>`
      : undefined;
    return html`<section part="banner" role="region" aria-labelledby="title" lang=${lang}>
      <div part="body">
        <h2 part="title" id="title">${t.title}</h2>
        <p part="description">${fill(t.description, { controller, purposes, consequence: this.consequence() })}</p>
        ${gpc.length
          ? html`<p part="gpc-notice">${fill(t.gpcNotice, {
              purposes: categories.filter((c) => gpc.includes(c.id)).map((c) => purposeTitle(c, lang, t)).join(', '),
            })}</p>`
          : nothing}
        ${this.renderLinks(partnersButton)}
        ${partnersButton
          ? html`<ul part="partners" id="partners" ?hidden=${!this.partnersShown}>
              ${partners.map(
                (p) => html`<li>
                  <strong>${p.name}</strong>${p.provider ? html`, ${p.provider}` : nothing} (${p.purpose})${isSafeUrl(p.privacyPolicyUrl) ? html`<br /><a href=${p.privacyPolicyUrl}>${t.privacyPolicy}</a>` : nothing}
                </li>`,
              )}
            </ul>`
          : nothing}
      </div>
      <div part="actions">
        <button class="button" part="accept-button" @click=${() => manager.acceptAll()}>${t.acceptAll}</button>
        <button class="button" part="reject-button" @click=${() => manager.rejectAll()}>${t.rejectAll}</button>
        <button class="button" part="customize-button" @click=${this.openPreferences}>${t.customize}</button>
      </div>
    </section>`;
  }
}
