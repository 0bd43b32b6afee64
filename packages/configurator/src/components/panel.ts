/**
 * What the configurator's sections share: the config, its findings and the words' language, set by the app; an
 * edit goes back up as `cfg-edit` with the whole new config (the app keeps the one state). Light DOM: one
 * stylesheet for the app, and labels, ids and the findings' links work across sections.
 */
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { setIn, type Config, type Path } from '../model/config-edit.js';
import type { Finding, UiLanguage } from '../model/findings.js';
import { ui } from '../i18n/ui.js';
import { keyOf, type FormContext } from './fields/form-context.js';

export interface EditDetail {
  readonly config: Config;
}

declare global {
  interface HTMLElementEventMap {
    'cfg-edit': CustomEvent<EditDetail>;
  }
}

export class Panel extends LitElement {
  @property({ attribute: false }) config: Config = {};
  @property({ attribute: false }) findings: readonly Finding[] = [];
  @property() language: UiLanguage = 'fr';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected get t() {
    return ui(this.language);
  }

  /**
   * A folded part that now holds an error opens, so the error shows beside its field (WCAG 3.3.1); otherwise the
   * person's own folding is left alone (a part is never closed for them).
   */
  protected override updated(changed: PropertyValues): void {
    if (!changed.has('findings')) return;
    for (const details of this.querySelectorAll('details')) if (details.querySelector('.findings .error')) details.open = true;
  }

  /** Hands the new config to the app. */
  protected edit(config: Config): void {
    this.dispatchEvent(new CustomEvent('cfg-edit', { bubbles: true, detail: { config } }));
  }

  /** What the fields need: each sets one key of the current config. */
  protected get form(): FormContext {
    return {
      config: this.config,
      findings: this.findings,
      language: this.language,
      set: (path: Path, value: unknown, pruneFrom?: number) => this.edit(setIn(this.config, path, value, pruneFrom)),
      key: keyOf,
    };
  }
}
