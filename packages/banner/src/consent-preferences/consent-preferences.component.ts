import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Category, ConsentChoices } from '@aquao/consent-core';
import { ConsentElement } from '../consent-element.js';
import { sharedStyles } from '../shared.styles.js';
import { preferencesStyles } from './consent-preferences.styles.js';
import { fill, localize, purposeTitle } from '../i18n/localize.js';

type Choices = Record<string, Record<string, boolean> & { '': boolean }>;

/**
 * The preferences panel: a modal native `<dialog>` labelled by its title, one switch per purpose and per service,
 * each off until the visitor turns it on (Planet49, CJEU C-673/17); necessary shown on and locked. Reopened, it
 * shows the current decision, so it is also where consent is withdrawn (GDPR art. 7(3)).
 *
 * Focus moves into the dialog and stays there while it is open; Esc closes it; focus returns to the opener. On a
 * phone it is a full-screen sheet whose buttons stay at the bottom while the purposes scroll. Once a choice exists it
 * shows the visitor's consent id and the date of the last decision, to quote to support (docs/compliance.md, rule 12).
 *
 * @tagname aquao-consent-preferences
 * @csspart dialog
 * @csspart title
 * @csspart close-button
 * @csspart body - what scrolls between the title and the buttons
 * @csspart category - one purpose
 * @csspart toggle - a switch (`role="switch"` checkbox)
 * @csspart services - the list of a purpose's services
 * @csspart links
 * @csspart consent-id - the visitor's consent id and the date of the last decision (once there is one)
 * @csspart actions
 * @csspart accept-button
 * @csspart reject-button
 * @csspart save-button
 */
export class AquaoConsentPreferences extends ConsentElement {
  static override styles = [sharedStyles, preferencesStyles];
  static override properties: PropertyDeclarations = { choices: { state: true } };

  /** The switches as shown, per category: `''` is the category switch, the other keys its services. */
  declare private choices: Choices;
  private opener?: HTMLElement;

  /** Shows the panel with the current decision; `opener` gets the focus back when it closes. */
  override async show(opener?: HTMLElement): Promise<void> {
    const state = this.manager?.getState();
    this.opener = opener ?? (document.activeElement as HTMLElement | null) ?? undefined;
    this.choices = Object.fromEntries(
      (this.manager?.config.categories ?? []).map((c) => [c.id, { ...state?.services[c.id], '': !!state?.categories[c.id] }]),
    ) as Choices;
    await super.show();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!changed.has('open') || !dialog) return;
    if (this.open && !dialog.open) dialog.showModal();
    if (!this.open && dialog.open) dialog.close();
  }

  /** Esc, ×, or a decision: the dialog closes, and focus goes back where it came from (WCAG 2.4.3). */
  private onClose(): void {
    this.open = false;
    if (this.opener?.isConnected) this.opener.focus();
  }

  /**
   * Keeps Tab and Shift+Tab cycling inside the dialog: a native modal makes the page inert, but still lets focus
   * leave for the browser's own UI, and it must stay inside while modal (WCAG 2.4.3; docs/accessibility.md).
   */
  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const items = Array.from(this.renderRoot.querySelectorAll<HTMLElement>('button, a[href], input:not(:disabled)'));
    const active = (this.renderRoot as ShadowRoot).activeElement;
    const edge = event.shiftKey ? items[0] : items[items.length - 1];
    if (active === edge) {
      event.preventDefault();
      (event.shiftKey ? items[items.length - 1] : items[0])!.focus();
    }
  }

  private toggle(category: Category, service: string, on: boolean): void {
    const c = { ...this.choices[category.id]! };
    if (service) {
      c[service] = on;
      c[''] = category.services.some((s) => c[s.id]);
    } else {
      for (const s of category.services) c[s.id] = on;
      c[''] = on;
    }
    this.choices = { ...this.choices, [category.id]: c };
  }

  private decide(action: () => void): void {
    action();
    this.open = false;
  }

  private save(): void {
    const choices: Record<string, ConsentChoices[string]> = {};
    for (const category of this.manager!.config.categories) {
      if (category.required) continue;
      const { '': on, ...services } = this.choices[category.id]!;
      choices[category.id] = category.services.length ? services : on;
    }
    this.decide(() => this.manager!.update(choices));
  }

  private renderSwitch(category: Category, service: string, label: string, describedBy?: string) {
    const c = this.choices[category.id]!;
    const on = category.required || !!c[service];
    // A category that is on for some of its services only shows as mixed.
    const mixed = !service && on && !category.services.every((s) => c[s.id]);
    const id = `${category.id}-${service}`;
    return html`<div class="row">
      <label for=${id}>${label}</label>
      ${category.required ? html`<span class="state">${this.t.alwaysOn}</span>` : nothing}
      <input
        id=${id}
        part="toggle"
        type="checkbox"
        role="switch"
        aria-describedby=${describedBy ?? nothing}
        .checked=${on}
        .indeterminate=${mixed}
        ?disabled=${category.required}
        @change=${(e: Event) => this.toggle(category, service, (e.target as HTMLInputElement).checked)}
      />
    </div>`;
  }

  protected override render() {
    const { t, manager, lang_: lang } = this;
    if (!manager || !this.choices) return nothing;
    const { consentId, lastDecisionAt } = manager.getState();
    return html`<dialog part="dialog" aria-labelledby="title" lang=${lang} @close=${this.onClose} @keydown=${this.onKeydown}>
      <header>
        <h2 part="title" id="title">${t.preferencesTitle}</h2>
        <button part="close-button" aria-label=${t.close} @click=${() => (this.open = false)}>×</button>
      </header>
      <div part="body">
        <p>${t.preferencesIntro}</p>
        <ul>
          ${manager.config.categories.map((category) => {
            const builtIn = t.categories[category.id];
            const title = purposeTitle(category, lang, t);
            const description = localize(category.description, lang) ?? builtIn?.description;
            return html`<li part="category">
              ${this.renderSwitch(category, '', title, description ? `${category.id}-description` : undefined)}
              ${description ? html`<p class="description" id="${category.id}-description">${description}</p>` : nothing}
              ${category.services.length
                ? html`<ul part="services">
                    ${category.services.map((s) => {
                      // Who runs it and what for: consent is informed only if it names who receives it (EDPB 05/2020, 3.3 "informed").
                      const about = [localize(s.provider, lang), localize(s.description, lang)].filter(Boolean).join(' — ');
                      const id = `${category.id}-${s.id}-description`;
                      return html`<li>
                        ${this.renderSwitch(category, s.id, localize(s.name, lang)!, about ? id : undefined)}
                        ${about ? html`<p class="description" id=${id}>${about}</p>` : nothing}
                      </li>`;
                    })}
                  </ul>`
                : nothing}
            </li>`;
          })}
        </ul>
        ${this.renderLinks()}
        ${consentId
          ? html`<p part="consent-id">
              ${t.consentId} <code>${consentId}</code>
              ${fill(t.lastDecision, { date: new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(lastDecisionAt) })}
            </p>`
          : nothing}
      </div>
      <div part="actions">
        <button class="button" part="accept-button" @click=${() => this.decide(() => manager.acceptAll())}>${t.acceptAll}</button>
        <button class="button" part="reject-button" @click=${() => this.decide(() => manager.rejectAll())}>${t.rejectAll}</button>
        <button class="button" part="save-button" @click=${this.save}>${t.save}</button>
      </div>
    </dialog>`;
  }
}
