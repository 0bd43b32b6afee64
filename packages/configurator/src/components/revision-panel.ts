/**
 * The «revision» helper: what changed since the config was opened, whether visitors are asked again by themselves,
 * and, when what a purpose covers changed, the new revision, raised on confirmation (docs/marketing.md, «When to
 * raise revision»).
 */
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { raiseRevision, revisionAdvice, purposeName, type AutomaticChange, type MeaningChange, type NeutralChange } from '../model/revision.js';
import { findService, setIn, type Config } from '../model/config-edit.js';
import { localize } from '@aquao/consent-banner/texts';
import { Panel } from './panel.js';

@customElement('cfg-revision-panel')
export class RevisionPanel extends Panel {
  /** The config as it was opened. */
  @property({ attribute: false }) opened: Config = {};
  @state() private confirming = false;

  private describe(change: AutomaticChange | MeaningChange | NeutralChange): string {
    const words = this.t.change;
    const p = (id: string) => purposeName(this.config, id, this.language) || purposeName(this.opened, id, this.language);
    const s = (id: string) => {
      const place = findService(this.config, id) ?? findService(this.opened, id);
      return (place && localize(place.service.name, this.language)) ?? id;
    };
    switch (change.kind) {
      case 'purpose-added':
      case 'purpose-removed':
      case 'purpose-description':
      case 'purpose-required':
        return words[change.kind](p(change.purpose));
      case 'service-added':
      case 'service-removed':
      case 'service-provider':
        return words[change.kind](p(change.purpose), s(change.service));
      case 'service-moved':
        return words[change.kind](s(change.service), p(change.from), p(change.to));
      case 'cookies-added':
        return words[change.kind](change.service ? `${p(change.purpose)} / ${s(change.service)}` : p(change.purpose), change.names.join(', '));
    }
  }

  private list(changes: readonly (AutomaticChange | MeaningChange | NeutralChange)[]) {
    return html`<ul>${changes.map((c) => html`<li>${this.describe(c)}</li>`)}</ul>`;
  }

  override render() {
    const t = this.t;
    const advice = revisionAdvice(this.opened, this.config);
    const next = advice.from + 1;
    const nothingChanged = !advice.automatic.length && !advice.meaning.length && !advice.neutral.length;
    return html`<h2 id="revision-title">${t.revision}</h2>
      ${nothingChanged ? html`<p>${t.revisionNothing}</p>` : nothing}
      ${advice.automatic.length ? html`<p>${t.revisionAutomatic}</p>${this.list(advice.automatic)}` : nothing}
      ${advice.neutral.length ? html`${this.list(advice.neutral)}<p>${t.revisionNeutral}</p>` : nothing}
      ${advice.meaning.length ? html`<div class=${advice.needsRevision ? 'notice warning' : 'notice'}><p>${t.revisionMeaning}</p>${this.list(advice.meaning)}</div>` : nothing}
      <div role="status" class="status">
        ${advice.to > advice.from ? html`<p>${t.revisionRaised(advice.from, advice.to)}</p>` : !advice.meaning.length && !nothingChanged ? html`<p>${t.revisionNotNeeded}</p>` : nothing}
      </div>
      ${advice.needsRevision && !this.confirming
        ? html`<button type="button" @click=${() => (this.confirming = true)}>${t.revisionRaise(next)}</button>`
        : nothing}
      ${advice.needsRevision && this.confirming
        ? html`<div class="confirm" role="group" aria-labelledby="revision-confirm">
            <p id="revision-confirm">${t.revisionConfirm(next)}</p>
            <button type="button" @click=${() => {
              this.confirming = false;
              this.edit(raiseRevision(this.config, this.opened));
            }}>${t.confirm}</button>
            <button type="button" class="secondary" @click=${() => (this.confirming = false)}>${t.cancel}</button>
          </div>`
        : nothing}
      ${advice.to > advice.from
        ? html`<button type="button" class="secondary" @click=${() => this.edit(setIn(this.config, ['revision'], this.opened.revision))}>${t.revisionUndo}</button>`
        : nothing}`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The confirmation's first button takes the focus, so a keyboard user lands on the question (WCAG 2.4.3).
    if (changed.has('confirming') && this.confirming) this.querySelector<HTMLButtonElement>('.confirm button')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cfg-revision-panel': RevisionPanel;
  }
}
