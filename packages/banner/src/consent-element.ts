/** What the banner and the preferences dialog share: the manager, the language, the policy links. */
import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ConsentManager, LocalizedText } from '@aquao/consent-core';
import { ManagerController } from './manager-controller.js';
import { pickLanguage, textsFor, type Language } from './i18n/localize.js';
import type { TextsConfig } from './i18n/texts.config.js';
import type { Theme } from './banner.config.js';
import { isSafeUrl } from './safe-url.js';
import { DEV_MODE, issueWarning } from './dev-mode.js';
import type { Translation } from './i18n/fr.js';
import type { AquaoConsentCustomizeEvent } from './events.js';

export class ConsentElement extends LitElement {
  static override properties: PropertyDeclarations = {
    manager: { attribute: false },
    language: {},
    texts: { attribute: false },
    privacyPolicyUrl: { attribute: 'privacy-policy-url' },
    cookiePolicyUrl: { attribute: 'cookie-policy-url' },
    controller: { attribute: false },
    theme: { reflect: true },
    open: { type: Boolean, reflect: true },
  };

  /**
   * Defines `tag` for this class, once: a second copy of the library on the page (two bundles, say) finds the tag
   * taken and leaves it be, instead of throwing. Each `<component>.ts` file calls it for its own tag.
   */
  static define(tag: string): void {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  /** The consent manager this element shows and acts on. Required. */
  declare manager?: ConsentManager;
  /** `fr`, `en`, or a language `texts` gives. Default: the page's `<html lang>` on the same terms, else `fr`. */
  declare language?: string;
  /** The config's text overrides, by language (`{ fr: { title: "…" } }`). Default: none, the built-in texts. */
  declare texts?: TextsConfig;
  /** Privacy policy link (http(s) or relative; anything else is not rendered). Default: none. */
  declare privacyPolicyUrl?: string;
  /** Cookie policy link (http(s) or relative). Default: none. */
  declare cookiePolicyUrl?: string;
  /** Who is asking: the site owner's name, or one per language. Default: the page's host name without `www.`. */
  declare controller?: LocalizedText;
  /**
   * `auto` follows the page's declared `color-scheme` (a page declaring only light stays light), `light` or `dark`
   * forces one. Default `auto`.
   */
  declare theme?: Theme;
  /** Whether it is shown. The one source of truth; `show()` and `hide()` set it. */
  declare open: boolean;

  /** Follows the manager: re-renders on every change and remembers the latest one. */
  protected readonly consent = new ManagerController(this);

  constructor() {
    super();
    this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (DEV_MODE) void warnWithoutManager(this);
  }

  protected get lang_(): Language {
    return pickLanguage(this.language, this.texts);
  }

  protected get t(): Translation {
    return textsFor(this.lang_, this.texts);
  }

  /** Shows it; resolves once rendered. */
  async show(): Promise<void> {
    this.open = true;
    await this.updateComplete;
  }

  /** Hides it; resolves once rendered. */
  async hide(): Promise<void> {
    this.open = false;
    await this.updateComplete;
  }

  /**
   * Links to the privacy and cookie policies (docs/compliance.md, rule 7), and `extra` after them (the banner's
   * partners button); unsafe URLs are left out.
   */
  protected renderLinks(extra?: TemplateResult) {
    const links = [
      [this.privacyPolicyUrl, this.t.privacyPolicy],
      [this.cookiePolicyUrl, this.t.cookiePolicy],
    ].filter(([url]) => isSafeUrl(url));
    return links.length || extra
      ? html`<p part="links">${links.map(([url, label]) => html`<a href=${url!}>${label}</a>`)}${extra}</p>`
      : nothing;
  }

  /**
   * Opens the preferences from a button of this element: tells the page (`aquao-consent-customize`), and unless a
   * listener cancelled it to open its own panel, shows the first `<aquao-consent-preferences>` of the document.
   */
  protected openPreferences(event: Event): void {
    const opener = event.currentTarget as HTMLElement;
    const customize: AquaoConsentCustomizeEvent = new CustomEvent('aquao-consent-customize', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { opener },
    });
    if (this.dispatchEvent(customize)) void document.querySelector('aquao-consent-preferences')?.show(opener);
  }
}

/**
 * Without a manager a component renders nothing, which looks like a bug in the library: say so (development builds
 * only; a function rather than a method, so production builds drop it). It waits for the first update, the page's
 * `load` (by then the embed has sent `aquao-consent-ready`) and one more task (a framework's effects), so a manager
 * set just after connecting is not warned about.
 */
async function warnWithoutManager(element: ConsentElement): Promise<void> {
  await element.updateComplete;
  if (document.readyState !== 'complete') await new Promise((loaded) => addEventListener('load', loaded, { once: true }));
  await new Promise((later) => setTimeout(later));
  if (!element.isConnected || element.manager) return;
  issueWarning(
    'no-manager',
    `<${element.localName}> has no manager, so it renders nothing. Set its \`manager\` property (a property, not an attribute) to the page's consent manager; where a framework sets only attributes (React 18, React's hydration), set it from a ref, as @aquao/consent-react's components do.`,
  );
}
