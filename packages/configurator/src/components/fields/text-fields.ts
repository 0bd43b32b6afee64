/**
 * Text fields: one line or several, French typography mended as typed in French ones, and a visitor-facing text
 * (`{ "fr": …, "en": … }`) as one field per language. Every field has its label, its help and its findings beside
 * it, tied by `aria-describedby` (WCAG 1.3.1, 3.3.1).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Path } from '../../model/config-edit.js';
import { findingsAt } from '../../model/findings.js';
import { mendAsTyped, mendLeft } from '../../model/typing.js';
import { ui } from '../../i18n/ui.js';
import { fieldId } from '../ids.js';
import type { FormContext } from './form-context.js';

/** The findings of `path` as text beside the field, with a «Corriger» button for typography. */
export function findingsOf(ctx: FormContext, path: Path, within = false): TemplateResult | typeof nothing {
  const found = findingsAt(ctx.findings, ctx.key(path), within);
  if (!found.length) return nothing;
  const t = ui(ctx.language);
  return html`<div class="findings" id="${fieldId(path)}-findings">
    ${found.map(
      (f) => html`<p class=${f.warning ? 'warning' : 'error'}>
        <strong>${f.warning ? t.warning : t.error}</strong> ${f.message(ctx.language)}
        ${f.mended !== undefined ? html`<button type="button" class="small" @click=${() => ctx.set(f.path, f.mended)}>${t.mend}</button>` : nothing}
      </p>`,
    )}
  </div>`;
}

/** The ids that describe a field: its help and its findings, when there are. */
export const describedBy = (ctx: FormContext, path: Path, help: boolean, within = false): string | undefined =>
  [help && `${fieldId(path)}-help`, findingsAt(ctx.findings, ctx.key(path), within).length && `${fieldId(path)}-findings`].filter(Boolean).join(' ') ||
  undefined;

export interface TextOptions {
  readonly label: string;
  readonly help?: string | undefined;
  /** The built-in text shown when the field is empty. */
  readonly placeholder?: string | undefined;
  readonly multiline?: boolean;
  /** Mend French typography as it is typed. */
  readonly french?: boolean;
  /** Depth from which emptied parents are removed (see `setIn`). */
  readonly pruneFrom?: number;
  readonly required?: boolean;
}

/** One text field: empty means «left out» (the default applies). */
export function textField(ctx: FormContext, path: Path, value: unknown, options: TextOptions): TemplateResult {
  const id = fieldId(path);
  const text = typeof value === 'string' ? value : '';
  const invalid = findingsAt(ctx.findings, ctx.key(path)).some((f) => !f.warning);
  const onInput = (event: Event) => {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (options.french) {
      const typed = mendAsTyped(input.value, input.selectionStart ?? input.value.length);
      if (typed.value !== input.value) {
        input.value = typed.value;
        input.setSelectionRange(typed.caret, typed.caret);
      }
    }
    ctx.set(path, input.value === '' ? undefined : input.value, options.pruneFrom);
  };
  const onChange = (event: Event) => {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (options.french && mendLeft(input.value) !== input.value) ctx.set(path, mendLeft(input.value), options.pruneFrom);
  };
  const common = {
    describedBy: describedBy(ctx, path, !!options.help),
    placeholder: options.placeholder,
  };
  const control =
    options.multiline || text.length > 70 || (options.placeholder?.length ?? 0) > 70
      ? html`<textarea id=${id} rows="3" .value=${live(text)} placeholder=${ifDefined(common.placeholder)} aria-describedby=${ifDefined(common.describedBy)}
          aria-invalid=${invalid ? 'true' : 'false'} ?required=${!!options.required} @input=${onInput} @change=${onChange}></textarea>`
      : html`<input id=${id} type="text" .value=${live(text)} placeholder=${ifDefined(common.placeholder)} aria-describedby=${ifDefined(common.describedBy)}
          aria-invalid=${invalid ? 'true' : 'false'} ?required=${!!options.required} @input=${onInput} @change=${onChange} />`;
  return html`<div class="field">
    <label for=${id}>${options.label}</label>
    ${options.help ? html`<p class="help" id="${id}-help">${options.help}</p>` : nothing} ${control} ${findingsOf(ctx, path)}
  </div>`;
}

/** The languages a visitor-facing text is edited in: French, English, then any other the value or `texts` has. */
export function languagesOf(ctx: FormContext, value: unknown): string[] {
  const own = typeof value === 'object' && value ? Object.keys(value) : [];
  const texts = typeof ctx.config.texts === 'object' && ctx.config.texts ? Object.keys(ctx.config.texts) : [];
  return [...new Set(['fr', 'en', ...own, ...texts])];
}

/**
 * A visitor-facing text, one field per language. A single string for every language is shown in each; editing one
 * language turns it into `{ fr, en }` with the others kept.
 */
export function localizedField(
  ctx: FormContext,
  path: Path,
  value: unknown,
  options: { label: string; help?: string | undefined; placeholders?: Record<string, string>; multiline?: boolean },
): TemplateResult {
  const t = ui(ctx.language);
  const languages = languagesOf(ctx, value);
  const per = (lang: string) => (typeof value === 'string' ? value : typeof value === 'object' && value ? (value as Record<string, string>)[lang] : undefined);
  const name = (lang: string) => (lang === 'fr' ? t.french : lang === 'en' ? t.english : lang);
  const set = (lang: string, text: string | undefined) => {
    const all = Object.fromEntries(languages.map((l) => [l, per(l)]).filter(([, v]) => v !== undefined));
    const next = { ...all, [lang]: text };
    if (text === undefined) delete next[lang];
    ctx.set(path, Object.keys(next).length ? next : undefined);
  };
  const id = fieldId(path);
  return html`<fieldset class="localized" id=${id} tabindex="-1" aria-describedby=${ifDefined(describedBy(ctx, path, !!options.help))}>
    <legend>${options.label}</legend>
    ${options.help ? html`<p class="help" id="${id}-help">${options.help}</p>` : nothing} ${findingsOf(ctx, path)}
    ${languages.map((lang) =>
      textField(
        { ...ctx, set: (_path, text) => set(lang, text as string | undefined) },
        [...path, lang],
        per(lang),
        { label: name(lang), french: lang === 'fr', placeholder: options.placeholders?.[lang], multiline: !!options.multiline },
      ),
    )}
  </fieldset>`;
}
