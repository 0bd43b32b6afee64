/**
 * Where an edit starts: the site's own config (read from one of its pages), a file, pasted JSON, a template, or the
 * draft this browser kept. The app gets `cfg-open` with the config and where it came from.
 */
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Config } from '../model/config-edit.js';
import { configTextOfPage, readConfigText } from '../model/open-config.js';
import { TEMPLATES, fromTemplate } from '../model/templates.js';
import type { Draft } from '../model/draft.js';
import { Panel } from './panel.js';

export interface OpenDetail {
  readonly config: Config;
  /** What was opened, for «Ouvert : …». */
  readonly source: string;
  /** The config as it was before the draft's edits (a draft's diff and revision compare with it). */
  readonly opened?: Config;
}

declare global {
  interface HTMLElementEventMap {
    'cfg-open': CustomEvent<OpenDetail>;
  }
}

@customElement('cfg-open-panel')
export class OpenPanel extends Panel {
  @property({ attribute: false }) draft?: Draft | undefined;
  @state() private error = '';
  @state() private page = '/';
  @state() private pasted = '';

  private open(config: Config, source: string, opened?: Config): void {
    this.error = '';
    this.dispatchEvent(new CustomEvent('cfg-open', { bubbles: true, detail: { config, source, ...(opened && { opened }) } }));
  }

  private openText(text: string, source: string): void {
    const read = readConfigText(text, this.language);
    if ('error' in read) this.error = this.t.unreadable(source, read.error);
    else this.open(read.config, source);
  }

  private async openSite(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // Same origin only: the page's content is read, never run (DOMParser), and the CSP's connect-src allows no other.
    const url = new URL(this.page || '/', location.href);
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = configTextOfPage(await response.text());
      if (text === undefined) this.error = this.t.noConfigInPage(url.pathname);
      else this.openText(text, this.t.sourceSite);
    } catch (error) {
      this.error = this.t.unreadable(url.pathname, (error as Error).message);
    }
  }

  private async openFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) this.openText(await file.text(), file.name);
  }

  override render() {
    const t = this.t;
    return html`<div class="open-choices">
        ${this.draft
          ? html`<section class="card" aria-labelledby="open-draft">
              <h3 id="open-draft">${t.draft}</h3>
              <p class="help">${t.draftHelp(this.draft.source)}</p>
              <button type="button" @click=${() => this.open(this.draft!.config, t.sourceDraft, this.draft!.opened)}>${t.draft}</button>
            </section>`
          : nothing}
        <section class="card" aria-labelledby="open-site">
          <h3 id="open-site">${t.openSite}</h3>
          <p class="help" id="open-site-help">${t.openSiteHelp}</p>
          <form @submit=${this.openSite}>
            <div class="field">
              <label for="open-page">${t.openSitePage}</label>
              <input id="open-page" type="text" aria-describedby="open-site-help" .value=${this.page} @input=${(e: Event) => (this.page = (e.target as HTMLInputElement).value)} />
            </div>
            <button type="submit">${t.openSiteButton}</button>
          </form>
        </section>
        <section class="card" aria-labelledby="open-templates">
          <h3 id="open-templates">${t.templates}</h3>
          <ul class="templates">
            ${TEMPLATES.map(
              (template) => html`<li>
                <button type="button" class="secondary" @click=${() => this.open(fromTemplate(template), t.sourceTemplate(template.name[this.language]))}>
                  ${t.useTemplate(template.name[this.language])}
                </button>
                <span class="help">${template.description[this.language]}</span>
              </li>`,
            )}
          </ul>
        </section>
        <section class="card" aria-labelledby="open-file">
          <h3 id="open-file">${t.openFile}</h3>
          <div class="field">
            <label for="open-file-input">${t.openFileLabel}</label>
            <input id="open-file-input" type="file" accept=".json,application/json" @change=${this.openFile} />
          </div>
        </section>
        <section class="card" aria-labelledby="open-paste">
          <h3 id="open-paste">${t.openPaste}</h3>
          <form @submit=${(e: SubmitEvent) => (e.preventDefault(), this.openText(this.pasted, t.sourcePaste))}>
            <div class="field">
              <label for="open-paste-text">${t.openPasteLabel}</label>
              <textarea id="open-paste-text" class="code" rows="6" .value=${this.pasted} @input=${(e: Event) => (this.pasted = (e.target as HTMLTextAreaElement).value)}></textarea>
            </div>
            <button type="submit">${t.openPasteButton}</button>
          </form>
        </section>
      </div>
      <div role="alert" class="status error">${this.error}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cfg-open-panel': OpenPanel;
  }
}
