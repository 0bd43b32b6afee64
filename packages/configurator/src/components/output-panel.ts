/**
 * What leaves the configurator: the JSON file (download or copy), its differences with what was opened, and what the
 * developer needs: each tool's gated tags and what the site must do besides.
 */
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Config } from '../model/config-edit.js';
import { handoffText, toolSnippets } from '../model/developer-snippet.js';
import { exportText, FILE_NAME } from '../model/export.js';
import { unifiedDiff } from '../model/line-diff.js';
import { purposeName } from '../model/revision.js';
import { copyText, download } from './copy.js';
import { Panel } from './panel.js';

@customElement('cfg-output-panel')
export class OutputPanel extends Panel {
  @property({ attribute: false }) opened: Config = {};
  @state() private status = '';

  private async copy(text: string): Promise<void> {
    this.status = (await copyText(text)) ? this.t.copied : this.t.copyFailed;
  }

  private renderDiff(before: string, after: string) {
    const hunks = unifiedDiff(before, after);
    if (!hunks.length) return html`<p>${this.t.diffNone}</p>`;
    const sign = { ' ': ' ', '-': '−', '+': '+' } as const;
    return html`<p class="help">${this.t.diffLegend}</p>
      <pre class="diff" tabindex="0"><code>${hunks.map(
        (hunk) =>
          html`<span class="hunk">${hunk.header}</span>${hunk.lines.map(
            (line) => html`<span class=${line.op === '+' ? 'added' : line.op === '-' ? 'removed' : 'kept'}>${sign[line.op]} ${line.text}</span>`,
          )}`,
      )}</code></pre>`;
  }

  override render() {
    const t = this.t;
    const lang = this.language;
    const text = exportText(this.config, this.opened);
    const errors = this.findings.filter((f) => !f.warning).length;
    const tools = toolSnippets(this.config, lang);
    const handoff = handoffText(this.config, lang);
    return html`<h2 id="output-title">${t.output}</h2>
      ${errors ? html`<p class="notice warning">${t.exportWithErrors}</p>` : nothing}
      <div class="actions">
        <button type="button" @click=${() => {
          download(text, FILE_NAME);
          this.status = t.downloaded(FILE_NAME);
        }}>${t.download} (${FILE_NAME})</button>
        <button type="button" class="secondary" @click=${() => this.copy(text)}>${t.copyJson}</button>
      </div>
      <p role="status" class="status">${this.status}</p>
      <details class="card">
        <summary>${t.showJson}</summary>
        <pre tabindex="0" class="json"><code>${text}</code></pre>
      </details>
      <details class="card" open>
        <summary>${t.diff}</summary>
        ${this.renderDiff(exportText(this.opened, this.opened), text)}
      </details>
      <h3 id="developer-title">${t.developer}</h3>
      <p>${t.developerIntro}</p>
      <button type="button" @click=${() => this.copy(handoff)}>${t.copyDeveloper}</button>
      <ul class="snippets">
        ${tools.map(
          (tool) => html`<li class="card" data-service=${tool.service ?? ''}>
            <p class="name">
              ${tool.service
                ? html`${tool.name} <span class="meta">· ${purposeName(this.config, tool.purpose, lang)}</span>`
                : t.purposeTag(purposeName(this.config, tool.purpose, lang))}
            </p>
            <pre tabindex="0" class="snippet"><code>${tool.html}</code></pre>
            ${tool.setup ? html`<p>${tool.setup}</p>` : nothing}
            ${tool.requirements.length ? html`<ul>${tool.requirements.map((r) => html`<li>${r}</li>`)}</ul>` : nothing}
          </li>`,
        )}
      </ul>
      <details class="card">
        <summary>${t.handoffAll}</summary>
        <pre tabindex="0" class="handoff"><code>${handoff}</code></pre>
      </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cfg-output-panel': OutputPanel;
  }
}
