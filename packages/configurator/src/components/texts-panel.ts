/**
 * Every text of the banner, the preferences, the placeholders and the cookie policy, per language, from the
 * description of `texts` (its keys are the built-in texts' names, so a text the banner adds shows here by itself,
 * under «Autres textes»). An empty field keeps the built-in text, shown greyed in it.
 */
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { getIn } from '../model/config-edit.js';
import { helpOf, labelOf, nodeAt } from '../model/schema.js';
import { textField } from './fields/text-fields.js';
import { Panel } from './panel.js';

/** Which texts go together, in the order a visitor meets them; a text not listed goes under «other». */
const GROUPS: Readonly<Record<string, readonly string[]>> = {
  banner: ['title', 'description', 'acceptAll', 'rejectAll', 'customize', 'privacyPolicy', 'cookiePolicy', 'bannerLabel', 'gpcNotice'],
  preferences: ['preferencesTitle', 'preferencesIntro', 'save', 'close', 'alwaysOn', 'manage'],
  embeds: ['placeholder', 'activate'],
  reload: ['reloadNotice', 'reload'],
};
/** Edited elsewhere: the purposes' titles and descriptions are in the purposes section. */
const ELSEWHERE = ['categories'];

@customElement('cfg-texts-panel')
export class TextsPanel extends Panel {
  /** The language whose texts are shown. */
  @state() private shown = 'fr';

  private field(lang: string, path: (string | number)[]) {
    const node = nodeAt(path);
    const fallback = node?.d ? node.d.default : undefined;
    return textField(this.form, path, getIn(this.config, path), {
      label: labelOf(path, this.language),
      help: helpOf(path, this.language),
      placeholder: typeof fallback === 'string' ? fallback : undefined,
      french: lang === 'fr',
      // `texts.fr.title` left out: `texts.fr`, then `texts`, go too when nothing is left in them.
      pruneFrom: 1,
    });
  }

  override render() {
    const t = this.t;
    const own = Object.keys(this.config.texts ?? {});
    const languages = [...new Set(['fr', 'en', ...own])];
    const base = ['texts', this.shown];
    const keys = Object.keys(nodeAt(base)?.k ?? {}).filter((key) => !ELSEWHERE.includes(key));
    const grouped = new Set(Object.values(GROUPS).flat());
    const groups: [string, string[]][] = [
      ...Object.entries(GROUPS).map(([name, list]): [string, string[]] => [name, list.filter((key) => keys.includes(key))]),
      ['other', keys.filter((key) => !grouped.has(key) && key !== 'cookieTable')],
    ];
    const table = nodeAt([...base, 'cookieTable']);
    return html`<h2 id="texts-title">${t.texts}</h2>
      <p>${t.textsIntro}</p>
      <div class="segmented" role="group" aria-label=${t.textsLanguage}>
        ${languages.map(
          (lang) => html`<button type="button" aria-pressed=${lang === this.shown ? 'true' : 'false'} @click=${() => (this.shown = lang)}>
            ${lang === 'fr' ? t.french : lang === 'en' ? t.english : lang}
          </button>`,
        )}
      </div>
      ${groups.map(([name, list]) =>
        list.length
          ? html`<details class="card" ?open=${name === 'banner'}>
              <summary>${t.groups[name]}</summary>
              ${list.map((key) => this.field(this.shown, [...base, key]))}
            </details>`
          : nothing,
      )}
      ${table?.k
        ? html`<details class="card">
            <summary>${t.groups.cookieTable}</summary>
            ${Object.keys(table.k).map((key) => this.field(this.shown, [...base, 'cookieTable', key]))}
          </details>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cfg-texts-panel': TextsPanel;
  }
}
