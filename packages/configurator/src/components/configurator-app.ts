/**
 * `<aquao-configurator>`: the whole app. It keeps the one state (the config as opened, the config as edited, their
 * findings, the words' language) and hands it to the sections; each section's edit comes back as `cfg-edit`.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { setIn, type Config } from '../model/config-edit.js';
import { findingsOf, type Finding, type UiLanguage } from '../model/findings.js';
import { readDraft, saveDraft } from '../model/draft.js';
import { ui } from '../i18n/ui.js';
import type { OpenDetail } from './open-panel.js';
import type { EditDetail } from './panel.js';
import { fieldElement, fieldId, reveal } from './ids.js';
import './open-panel.js';
import './tools-panel.js';
import './purposes-panel.js';
import './texts-panel.js';
import './settings-panel.js';
import './revision-panel.js';
import './output-panel.js';
import './preview-panel.js';

const SECTIONS = ['tools', 'purposes', 'texts', 'settings', 'revision', 'output'] as const;

@customElement('aquao-configurator')
export class AquaoConfigurator extends LitElement {
  @state() private config?: Config;
  @state() private opened: Config = {};
  @state() private source = '';
  @state() private findings: readonly Finding[] = [];
  @state() private language: UiLanguage = 'fr';
  private readonly draft = readDraft();

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private setLanguage(language: UiLanguage): void {
    this.language = language;
    document.documentElement.lang = language;
    document.title = ui(language).appTitle;
  }

  private onOpen(event: CustomEvent<OpenDetail>): void {
    const { config, source, opened } = event.detail;
    this.opened = opened ?? config;
    this.source = source;
    this.change(config);
    // The choices are folded away: the focus goes to the sentence that says what is open.
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('#opened')?.focus());
  }

  private change(config: Config): void {
    this.config = config;
    this.findings = findingsOf(config);
    saveDraft({ config, opened: this.opened, source: this.source });
  }

  private renderFindings() {
    const t = ui(this.language);
    const errors = this.findings.filter((f) => !f.warning).length;
    const warnings = this.findings.length - errors;
    const mendable = this.findings.filter((f) => f.mended !== undefined);
    const go = (event: Event, finding: Finding) => {
      event.preventDefault();
      const element = fieldElement(finding.path, this);
      if (element) reveal(element);
    };
    return html`<section class="findings-summary ${errors ? 'has-errors' : ''}" aria-labelledby="findings-title">
      <h2 id="findings-title" class="visually-hidden">${t.findingsList}</h2>
      <p role="status">${errors ? t.errorsCount(errors, warnings) : warnings ? t.warningsCount(warnings) : t.valid}</p>
      ${this.findings.length
        ? html`<ul>
            ${this.findings.map(
              (f) => html`<li class=${f.warning ? 'warning' : 'error'}>
                <a href="#${fieldId(f.path)}" @click=${(e: Event) => go(e, f)}>${f.key || t.root}</a> : ${f.message(this.language)}
                ${f.code === 'unknown'
                  ? html`<button type="button" class="small" @click=${() => this.change(setIn(this.config!, f.path, undefined))}>${t.removeKey}</button>`
                  : nothing}
              </li>`,
            )}
          </ul>`
        : nothing}
      ${mendable.length > 1
        ? html`<button type="button" class="small" @click=${() => this.change(mendable.reduce((c, f) => setIn(c, f.path, f.mended), this.config!))}>${t.mendAll}</button>`
        : nothing}
    </section>`;
  }

  override render() {
    const t = ui(this.language);
    const config = this.config;
    return html`<a class="skip-link" href="#main">${t.skip}</a>
      <header class="app-header">
        <h1>${t.appTitle}</h1>
        <button type="button" class="secondary" lang=${this.language === 'fr' ? 'en' : 'fr'} aria-label=${t.switchLanguageLabel}
          @click=${() => this.setLanguage(this.language === 'fr' ? 'en' : 'fr')}>${t.switchLanguage}</button>
      </header>
      ${config
        ? html`<nav aria-label=${t.sections} class="steps">
            <ol>${SECTIONS.map((id) => html`<li><a href="#${id}">${t[id]}</a></li>`)}</ol>
          </nav>`
        : nothing}
      <div class="layout ${config ? 'editing' : ''}" @cfg-edit=${(e: CustomEvent<EditDetail>) => this.change(e.detail.config)} @cfg-open=${this.onOpen}>
        <main id="main" tabindex="-1">
          <p class="intro">${t.appIntro}</p>
          ${config
            ? html`<p id="opened" tabindex="-1" class="opened">${t.opened(this.source)}</p>
                <section aria-labelledby="open-title">
                  <h2 id="open-title" class="visually-hidden">${t.openAnother}</h2>
                  <details class="card open-again">
                    <summary>${t.openAnother}</summary>
                    <cfg-open-panel .language=${this.language} .draft=${undefined}></cfg-open-panel>
                  </details>
                </section>
                ${this.renderFindings()}
                <section id="tools" aria-labelledby="tools-title"><cfg-tools-panel .config=${config} .findings=${this.findings} .language=${this.language}></cfg-tools-panel></section>
                <section id="purposes" aria-labelledby="purposes-title"><cfg-purposes-panel .config=${config} .findings=${this.findings} .language=${this.language}></cfg-purposes-panel></section>
                <section id="texts" aria-labelledby="texts-title"><cfg-texts-panel .config=${config} .findings=${this.findings} .language=${this.language}></cfg-texts-panel></section>
                <section id="settings" aria-labelledby="settings-title"><cfg-settings-panel .config=${config} .findings=${this.findings} .language=${this.language}></cfg-settings-panel></section>
                <section id="revision" aria-labelledby="revision-title"><cfg-revision-panel .config=${config} .findings=${this.findings} .language=${this.language} .opened=${this.opened}></cfg-revision-panel></section>
                <section id="output" aria-labelledby="output-title"><cfg-output-panel .config=${config} .findings=${this.findings} .language=${this.language} .opened=${this.opened}></cfg-output-panel></section>`
            : html`<section aria-labelledby="open-title">
                <h2 id="open-title">${t.open}</h2>
                <cfg-open-panel .language=${this.language} .draft=${this.draft}></cfg-open-panel>
              </section>`}
        </main>
        ${config
          ? html`<aside class="preview" aria-labelledby="preview-title">
              <cfg-preview-panel .config=${config} .findings=${this.findings} .language=${this.language}></cfg-preview-panel>
            </aside>`
          : nothing}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aquao-configurator': AquaoConfigurator;
  }
}
