import { html, nothing, type PropertyDeclarations } from 'lit';
import type { LocalizedText } from '@aquao/consent-core';
import { ConsentElement } from '../consent-element.js';
import { sharedStyles } from '../shared.styles.js';
import { placeholderStyles } from './consent-placeholder.styles.js';
import { fill, localize, purposeTitle } from '../i18n/localize.js';

/**
 * Contextual consent: stands in for a refused embed (a video, a map), says which service it is and why it waits,
 * and offers to enable that one service on the spot, or to open the preferences.
 *
 * @tagname aquao-consent-placeholder
 * @event {AquaoConsentCustomizeEvent} aquao-consent-customize - the preferences button was pressed (as on the banner).
 * @csspart placeholder
 * @csspart text
 * @csspart actions
 * @csspart activate-button - grants that service only (`grant()`, method `placeholder`); the gating then loads the embed
 * @csspart preferences-button
 */
export class AquaoConsentPlaceholder extends ConsentElement {
  static override styles = [sharedStyles, placeholderStyles];
  static override properties: PropertyDeclarations = {
    category: {},
    service: {},
    text: { attribute: false },
  };

  /** The category the embed needs. */
  declare category: string;
  /** The service the embed needs, if any (`data-service`). */
  declare service?: string;
  /** The message, with `{service}` and `{purpose}`. Default: the built-in text. */
  declare text?: LocalizedText;

  /** That service only: it answers for no other purpose, so the first layer keeps asking (docs/compliance.md, rule 14). */
  private activate(): void {
    this.manager?.grant(this.category, this.service || undefined);
  }

  protected override render() {
    const { manager, t, lang_: lang } = this;
    const category = manager?.config.categories.find((c) => c.id === this.category);
    if (!category) return nothing;
    const purpose = purposeTitle(category, lang, t);
    const service = category.services.find((s) => s.id === this.service);
    const name = (service && localize(service.name, lang)) ?? purpose;
    const message = fill(localize(this.text, lang) ?? t.placeholder, { service: name, purpose });
    return html`<div part="placeholder" role="group" aria-label=${name} lang=${lang}>
      <p part="text">${message}</p>
      <div part="actions">
        <button class="button" part="activate-button" @click=${this.activate}>${t.activate}</button>
        <button class="button" part="preferences-button" @click=${this.openPreferences}>${t.manage}</button>
      </div>
    </div>`;
  }
}
