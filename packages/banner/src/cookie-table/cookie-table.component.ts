import { html, nothing, type PropertyDeclarations } from 'lit';
import type { ConsentManager, CookieInfo } from '@aquao/consent-core';
import { ConsentElement } from '../consent-element.js';
import { fill, localize, purposeTitle, typeset } from '../i18n/localize.js';
import { cookieTableTexts } from './cookie-table.i18n.js';
import { cookieTableStyles } from './cookie-table.styles.js';
import { isSafeUrl } from '../safe-url.js';
import type { TextsConfig } from '../i18n/texts.config.js';

/**
 * The cookie policy's list, generated from the same config as the banner (one source of truth): every purpose with
 * its description and the visitor's current choice, every service with its provider and privacy policy (those that
 * set no cookie too), each cookie and each browser storage key (the config's `storage`: the CNIL's rules cover every
 * tracker, not only cookies) with provider, purpose, lifetime and type, the consent cookie itself, how to withdraw,
 * and a button to change the choices (docs/compliance.md, rule 7: reachable at any time).
 *
 * It renders into the light DOM, so the site's own page styles apply to it (headings, tables). Its one stylesheet,
 * at zero specificity, keeps words whole and turns rows into cards on a phone. Without a `manager`, it uses the
 * page's `window.aquaoConsent` once the embed has started.
 *
 * @tagname aquao-cookie-table
 * @event {AquaoConsentCustomizeEvent} aquao-consent-customize - the change button was pressed (as on the banner).
 */
export class AquaoCookieTable extends ConsentElement {
  static override properties: PropertyDeclarations = { headingLevel: { type: Number, attribute: 'heading-level' } };

  /** Level of the purpose headings (`2` → `<h2>`). Default `2`. */
  declare headingLevel: number;
  /** The consent manager it lists. Default: the page's `window.aquaoConsent`, once the embed has started. */
  declare manager?: ConsentManager;

  constructor() {
    super();
    this.headingLevel = 2;
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Adopted by the document once (a constructable stylesheet: allowed by a strict CSP).
    const sheet = cookieTableStyles.styleSheet!;
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    if (this.manager) return;
    type PageConsent = ConsentManager & { language?: string; texts?: TextsConfig };
    // The embed's language and texts come with its manager (they live in the same config element).
    const adopt = (page: PageConsent | undefined) => {
      this.language ??= page?.language;
      this.texts ??= page?.texts;
      this.manager ??= page;
    };
    // The embed's global only: named access (HTML §7.2.2.3) also shows an element with id="aquaoConsent" there, on
    // the prototype chain, while the embed's is the window's own property.
    if (Object.prototype.hasOwnProperty.call(window, 'aquaoConsent')) {
      adopt((window as { aquaoConsent?: PageConsent }).aquaoConsent);
      return;
    }
    // The embed may start after this element (both deferred): take its manager, the event's detail, when it is ready.
    document.addEventListener('aquao-consent-ready', (event) => adopt((event as CustomEvent).detail), { once: true });
  }

  private heading(text: string): HTMLHeadingElement {
    // A real heading element (not role=heading), so the page's own heading styles and outline apply. Made with the
    // DOM (text only, never markup): a template cannot have a variable tag name without lit/static-html.js.
    const heading = document.createElement(`h${Math.min(Math.max(Math.round(this.headingLevel) || 2, 2), 6)}`) as HTMLHeadingElement;
    heading.textContent = text;
    return heading;
  }

  protected override render() {
    const { manager, lang_: lang } = this;
    if (!manager) return nothing;
    const t = { ...(cookieTableTexts[lang] ?? cookieTableTexts.en), ...typeset(this.texts?.[lang]?.cookieTable ?? {}, lang) };
    const builtIn = this.t.categories;
    const state = manager.getState();
    const { maxAgeDays, cookie } = manager.config;
    const consentCookie: CookieInfo = {
      name: cookie.name,
      provider: t.thisSite,
      description: t.consentPurpose,
      duration: fill(t.consentDuration, { days: String(maxAgeDays), months: String(Math.round(maxAgeDays / 30.4)) }),
    };
    // Explicit roles: on a phone the rows are laid out as cards (display: block), which some browsers would otherwise
    // read as plain text; data-label names each cell's column there.
    const row = (type: string) => (c: CookieInfo, provider?: string) => html`<tr role="row">
      <th scope="row" role="rowheader"><code>${c.name}</code></th>
      <td role="cell" data-label=${t.provider}>${localize(c.provider, lang) ?? provider ?? ''}</td>
      <td role="cell" data-label=${t.purpose}>${localize(c.description, lang) ?? ''}</td>
      <td role="cell" data-label=${t.duration}>${localize(c.duration, lang) ?? ''}</td>
      <td role="cell" data-label=${t.type}>${type}</td>
    </tr>`;
    const [cookieRow, storageRow] = [row(t.typeCookie), row(t.typeStorage)];
    /** A declarer's rows: its cookies, then its storage keys. */
    const rowsOf = (d: { cookies: readonly CookieInfo[]; storage: readonly CookieInfo[] }, provider?: string) => [
      ...d.cookies.map((c) => cookieRow(c, provider)),
      ...d.storage.map((c) => storageRow(c, provider)),
    ];
    return html`<div class="aquao-cookie-table" lang=${lang}>
      ${manager.config.categories.map((category) => {
        const title = purposeTitle(category, lang, this.t);
        const description = localize(category.description, lang) ?? builtIn[category.id]?.description;
        const rows = [
          ...(category.id === 'necessary' ? [cookieRow(consentCookie)] : []),
          ...rowsOf(category),
          ...category.services.flatMap((s) => {
            const name = localize(s.name, lang)!;
            const provider = localize(s.provider, lang);
            return rowsOf(s, provider ? `${name} (${provider})` : name);
          }),
        ];
        const choice = category.required
          ? t.alwaysOn
          : !state.hasDecision
            ? t.undecided
            : state.categories[category.id]
              ? t.granted
              : t.refused;
        return html`<section data-category=${category.id}>
          ${this.heading(title)}
          ${description ? html`<p>${description}</p>` : nothing}
          <p><strong>${t.yourChoice}</strong> <span data-choice>${choice}</span></p>
          ${category.services.length
            ? html`<p>${t.services}</p>
                <ul data-services>
                  ${category.services.map((s) => {
                    // Plain strings, not template text, so the separators' spaces survive the template minifier.
                    const provider = localize(s.provider, lang);
                    const about = localize(s.description, lang);
                    const details = `${provider ? `, ${provider}` : ''}${about ? ` — ${about}` : ''}${s.cookies.length || s.storage.length ? '' : ` (${t.serviceNoCookies})`}`;
                    return html`<li>
                      <strong>${localize(s.name, lang)}</strong>${details}${isSafeUrl(s.privacyPolicyUrl) ? [' · ', html`<a href=${s.privacyPolicyUrl}>${t.providerPrivacy}</a>`] : nothing}
                    </li>`;
                  })}
                </ul>`
            : nothing}
          ${rows.length
            ? html`<table role="table">
                <caption>${title}</caption>
                <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">${t.name}</th><th scope="col" role="columnheader">${t.provider}</th><th scope="col" role="columnheader">${t.purpose}</th><th scope="col" role="columnheader">${t.duration}</th><th scope="col" role="columnheader">${t.type}</th></tr></thead>
                <tbody role="rowgroup">${rows}</tbody>
              </table>`
            : html`<p>${t.noCookies}</p>`}
        </section>`;
      })}
      <p>${t.withdraw}</p>
      <p><button type="button" @click=${this.openPreferences}>${t.change}</button></p>
    </div>`;
  }
}
