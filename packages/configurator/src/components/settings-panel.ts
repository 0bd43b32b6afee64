/**
 * Every other key of the config, each as its description says (links, language, Consent Mode, GPC, the decision
 * cookie, the proof of consent…). Keys this list does not name come first: they are the newest, and they appear
 * with no change here.
 */
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ROOT } from '../model/schema.js';
import { schemaField } from './fields/schema-field.js';
import { Panel } from './panel.js';

/** Shown elsewhere: the purposes and their tools, the texts, the revision; `$schema` is set on export. */
const ELSEWHERE = ['$schema', 'categories', 'texts', 'revision'];
/** The usual keys, what marketing changes first, then what a developer sets once. */
const USUAL = ['privacyPolicyUrl', 'cookiePolicyUrl', 'language', 'floatingButton', 'googleConsentMode', 'gpc', 'placeholderText'];
const TECHNICAL = ['maxAgeDays', 'cookie', 'logEndpoint', 'logUrl'];

@customElement('cfg-settings-panel')
export class SettingsPanel extends Panel {
  override render() {
    const all = Object.keys(ROOT.k ?? {}).filter((key) => !ELSEWHERE.includes(key));
    const newer = all.filter((key) => !USUAL.includes(key) && !TECHNICAL.includes(key));
    const order = [...newer, ...USUAL, ...TECHNICAL].filter((key) => all.includes(key));
    return html`<h2 id="settings-title">${this.t.settings}</h2>
      <p>${this.t.settingsIntro}</p>
      ${order.map((key) => html`<div class="card">${schemaField(this.form, [key])}</div>`)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cfg-settings-panel': SettingsPanel;
  }
}
