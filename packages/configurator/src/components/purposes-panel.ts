/**
 * The purposes: each one's fields from the description (title and description per language, strictly necessary,
 * its own cookies and storage keys; its tools are in the tools section), remove one, add one.
 */
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { textsFor } from '@aquao/consent-banner/texts';
import { addPurpose, purposeIds, removePurpose } from '../model/config-edit.js';
import { purposeName } from '../model/revision.js';
import { ID } from '@aquao/consent-core/schema';
import { localizedField } from './fields/text-fields.js';
import { schemaField } from './fields/schema-field.js';
import { fieldId } from './ids.js';
import { labelOf, helpOf, nodeAt } from '../model/schema.js';
import { Panel } from './panel.js';

@customElement('cfg-purposes-panel')
export class PurposesPanel extends Panel {
  @state() private newId = '';
  @state() private status = '';

  private add(event: SubmitEvent): void {
    event.preventDefault();
    const id = this.newId.trim();
    if (purposeIds(this.config).includes(id)) {
      this.status = this.t.purposeExists(id);
      return;
    }
    // A purpose the banner has no built-in texts for gets its id as a title, to be written.
    const builtIn = !!textsFor('fr').categories[id];
    this.edit(addPurpose(this.config, id, builtIn || !ID.test(id) ? {} : { title: { fr: id, en: id } }));
    this.newId = '';
    this.status = this.t.purposeAdded(id);
  }

  private renderPurpose(id: string) {
    const path = ['categories', id];
    const name = purposeName(this.config, id, this.language);
    const keys = Object.keys(nodeAt(path)?.k ?? {}).filter((key) => key !== 'services');
    const builtIn = (lang: string, key: 'title' | 'description') => textsFor(lang, this.config.texts).categories[id]?.[key];
    return html`<li class="card">
      <details id=${fieldId(path)}>
        <summary><span class="name">${name}</span> <code>${id}</code></summary>
        ${keys.map((key) =>
          key === 'title' || key === 'description'
            ? localizedField(this.form, [...path, key], this.config.categories[id]?.[key], {
                label: labelOf([...path, key], this.language),
                help: helpOf([...path, key], this.language),
                placeholders: { fr: builtIn('fr', key) ?? '', en: builtIn('en', key) ?? '' },
                multiline: key === 'description',
              })
            : schemaField(this.form, [...path, key]),
        )}
        ${id === 'necessary'
          ? nothing
          : html`<button type="button" class="secondary" @click=${() => {
              this.edit(removePurpose(this.config, id));
              void this.updateComplete.then(() => this.querySelector<HTMLElement>('#purposes-title')?.focus());
            }}>${this.t.removePurpose(name)}</button>`}
      </details>
    </li>`;
  }

  override render() {
    const t = this.t;
    return html`<h2 id="purposes-title" tabindex="-1">${t.purposes}</h2>
      <p>${t.purposesIntro}</p>
      <ul class="purposes">${purposeIds(this.config).map((id) => this.renderPurpose(id))}</ul>
      <form class="inline-form" @submit=${this.add}>
        <div class="field">
          <label for="new-purpose">${t.purposeId}</label>
          <p class="help" id="new-purpose-help">${t.purposeIdHelp}</p>
          <input id="new-purpose" type="text" required pattern="[A-Za-z][\\w\\-]*" aria-describedby="new-purpose-help" .value=${this.newId}
            @input=${(e: Event) => (this.newId = (e.target as HTMLInputElement).value)} />
        </div>
        <button type="submit">${t.addPurpose}</button>
      </form>
      <p role="status" class="status">${this.status}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cfg-purposes-panel': PurposesPanel;
  }
}
