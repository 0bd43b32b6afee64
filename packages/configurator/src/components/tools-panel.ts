/**
 * The tools: search the catalogue and add one under its usual purpose, move a tool to another purpose, remove it,
 * edit its fields and cookies, or add a tool the catalogue does not know.
 */
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { findEntry, search, type CatalogueEntry } from '@aquao/consent-catalogue';
import { localize } from '@aquao/consent-banner/texts';
import { addCatalogueService, addService, findService, moveService, purposeIds, removeService, servicesOf, type ServicePlace } from '../model/config-edit.js';
import { purposeName } from '../model/revision.js';
import { nodeAt } from '../model/schema.js';
import { fieldId, reveal } from './ids.js';
import { schemaField } from './fields/schema-field.js';
import { Panel } from './panel.js';

/** How many results the search shows: enough for «pixel» (six), short enough to read. */
const MAX_RESULTS = 8;
const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '');

@customElement('cfg-tools-panel')
export class ToolsPanel extends Panel {
  @state() private query = '';
  @state() private status = '';
  @state() private customName = '';
  @state() private customPurpose = '';

  private nameOf(place: ServicePlace): string {
    return localize(place.service.name, this.language) ?? String(place.service.id);
  }

  private add(entry: CatalogueEntry): void {
    this.edit(addCatalogueService(this.config, entry));
    this.status = this.t.added(entry.name, purposeName(this.config, entry.category, this.language));
    // The button becomes «Déjà ajouté»: the focus goes back to the search, for the next tool (WCAG 2.4.3); the
    // status line says what was done.
    this.focusAfterUpdate('catalogue-search');
  }

  /** After the list changed under the focus, the focus goes to `id` once it is rendered (WCAG 2.4.3). */
  private focusAfterUpdate(id: string): void {
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus());
  }

  private move(place: ServicePlace, to: string): void {
    const index = servicesOf(this.config).filter((s) => s.category === to).length;
    this.edit(moveService(this.config, place, to));
    this.status = this.t.moved(this.nameOf(place), purposeName(this.config, to, this.language));
    // The tool is now last of its new purpose: its menu there keeps the focus.
    this.focusAfterUpdate(`${fieldId(['categories', to, 'services', index])}-purpose`);
  }

  private removeTool(place: ServicePlace): void {
    this.edit(removeService(this.config, place));
    this.status = this.t.removed(this.nameOf(place));
    this.focusAfterUpdate(`tools-${place.category}`);
  }

  private addCustom(event: SubmitEvent): void {
    event.preventDefault();
    const name = this.customName.trim();
    if (!name) {
      this.status = this.t.customNeedsName;
      return;
    }
    let id = slug(name) || 'outil';
    for (let n = 2; findService(this.config, id); n++) id = `${slug(name) || 'outil'}-${n}`;
    const purpose = this.customPurpose || purposeIds(this.config).find((p) => p !== 'necessary') || 'analytics';
    const config = addService(this.config, purpose, { id, name });
    this.edit(config);
    this.customName = '';
    this.status = this.t.customAdded(name);
    const index = servicesOf(config).find((s) => s.service.id === id)!.index;
    // Open the new tool's fields, on the button that adds its cookies.
    requestAnimationFrame(() => {
      const field = document.getElementById(`${fieldId(['categories', purpose, 'services', index, 'cookies'])}-add`);
      if (field) reveal(field);
    });
  }

  private renderResults() {
    const results = search(this.query).slice(0, MAX_RESULTS);
    const present = new Set(servicesOf(this.config).map((s) => s.service.id));
    return html`<ul class="results" aria-label=${this.t.results(results.length)}>
      ${results.map(
        (entry) => html`<li class="card">
          <div>
            <p class="name">${entry.name}</p>
            <p class="meta">${entry.provider.name} · ${purposeName(this.config, entry.category, this.language)}</p>
            <p>${entry.description[this.language]}</p>
          </div>
          ${present.has(entry.id)
            ? html`<p class="done">${this.t.alreadyThere}</p>`
            : html`<button type="button" aria-label=${this.t.add(entry.name)} @click=${() => this.add(entry)}>${this.t.addButton}</button>`}
        </li>`,
      )}
    </ul>`;
  }

  private renderTool(place: ServicePlace) {
    const name = this.nameOf(place);
    const path = ['categories', place.category, 'services', place.index];
    const selectId = `${fieldId(path)}-purpose`;
    const requirements = findEntry(String(place.service.id))?.requirements ?? [];
    return html`<li class="card tool">
      <div class="tool-head">
        <p class="name">${name}</p>
        <div class="field inline">
          <label for=${selectId}>${this.t.purposeOf(name)}</label>
          <select id=${selectId} @change=${(e: Event) => this.move(place, (e.target as HTMLSelectElement).value)}>
            ${purposeIds(this.config).map((id) => html`<option value=${id} ?selected=${id === place.category}>${purposeName(this.config, id, this.language)}</option>`)}
          </select>
        </div>
        <button type="button" class="secondary" aria-label=${this.t.remove(name)} @click=${() => this.removeTool(place)}>${this.t.removeButton}</button>
      </div>
      ${place.category === 'necessary'
        ? html`<p class="help">${this.t.exempt}</p>
            ${requirements.length ? html`<ul class="help">${requirements.map((r) => html`<li>${r[this.language]}</li>`)}</ul>` : nothing}`
        : nothing}
      <details>
        <summary>${this.t.editTool(name)}</summary>
        ${Object.keys(nodeAt(path)?.k ?? {}).map((key) => schemaField(this.form, [...path, key]))}
      </details>
    </li>`;
  }

  override render() {
    const t = this.t;
    const purposes = purposeIds(this.config);
    const places = servicesOf(this.config);
    return html`<h2 id="tools-title">${t.tools}</h2>
      <p>${t.toolsIntro}</p>
      <div class="field">
        <label for="catalogue-search">${t.search}</label>
        <p class="help" id="catalogue-search-help">${t.searchHelp}</p>
        <input id="catalogue-search" type="search" autocomplete="off" aria-describedby="catalogue-search-help" .value=${this.query}
          @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
      </div>
      ${this.query.trim() ? this.renderResults() : nothing}
      <p role="status" class="status">${this.status}</p>
      ${purposes.map((id) => {
        const mine = places.filter((p) => p.category === id);
        return html`<section class="purpose-tools" aria-labelledby="tools-${id}">
          <h3 id="tools-${id}" tabindex="-1">${purposeName(this.config, id, this.language)}</h3>
          ${mine.length ? html`<ul class="tools">${mine.map((p) => this.renderTool(p))}</ul>` : html`<p class="help">${t.noTools}</p>`}
        </section>`;
      })}
      <details class="custom-tool">
        <summary>${t.customTool}</summary>
        <form @submit=${this.addCustom}>
          <div class="field">
            <label for="custom-name">${t.customName}</label>
            <input id="custom-name" type="text" required .value=${this.customName} @input=${(e: Event) => (this.customName = (e.target as HTMLInputElement).value)} />
          </div>
          <div class="field">
            <label for="custom-purpose">${t.customPurpose}</label>
            <select id="custom-purpose" @change=${(e: Event) => (this.customPurpose = (e.target as HTMLSelectElement).value)}>
              ${purposes
                .filter((id) => id !== 'necessary')
                .map((id) => html`<option value=${id} ?selected=${id === this.customPurpose}>${purposeName(this.config, id, this.language)}</option>`)}
            </select>
          </div>
          <button type="submit">${t.customAdd}</button>
        </form>
      </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cfg-tools-panel': ToolsPanel;
  }
}
