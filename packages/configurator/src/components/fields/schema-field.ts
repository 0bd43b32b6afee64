/**
 * A form field for any config key, read from the key's description: a list of values becomes a menu, a boolean a
 * checkbox, a visitor-facing text one field per language, an object a group, «off, on, or these settings» a menu and
 * the settings, a list of objects (cookies) a list of groups. What none of these fits is edited as JSON. So a key
 * added to the description later appears here with its title, its help and its default, and no code.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { getIn, isObject, purposeIds, setIn, type Path } from '../../model/config-edit.js';
import { findingsAt } from '../../model/findings.js';
import { purposeName } from '../../model/revision.js';
import { defaultOf, fitting, helpOf, labelOf, nodeAt, type SchemaNode } from '../../model/schema.js';
import { ui } from '../../i18n/ui.js';
import { fieldId } from '../ids.js';
import type { FormContext } from './form-context.js';
import { describedBy, findingsOf, localizedField, textField } from './text-fields.js';

export interface FieldOptions {
  /** Keys of an object not to show (a panel shows them its own way). */
  readonly skip?: readonly string[];
  readonly label?: string;
}

/** A default as a person reads it: a text as is, a boolean as yes or no. */
const show = (value: unknown, language: FormContext['language']) =>
  typeof value === 'string' ? value : typeof value === 'boolean' ? ui(language)[value ? 'yes' : 'no'].toLowerCase() : JSON.stringify(value);
const isLocalized = (node: SchemaNode) => !!node.alt?.some((a) => a.t === 'map' && a.pn === 'language');
const objectAlt = (node: SchemaNode) => node.alt?.find((a) => a.t === 'object');

/** A field for the key at `path`, as its description says. */
export function schemaField(ctx: FormContext, path: Path, options: FieldOptions = {}): TemplateResult | typeof nothing {
  const node = nodeAt(path);
  if (!node) return nothing;
  const value = getIn(ctx.config, path);
  const label = options.label ?? labelOf(path, ctx.language);
  const t = ui(ctx.language);
  const fallback = defaultOf(path);
  const byDefault = fallback !== undefined && !isObject(fallback) && !Array.isArray(fallback) ? t.byDefault(show(fallback, ctx.language)) : undefined;
  const help = [helpOf(path, ctx.language), byDefault].filter(Boolean).join(' ') || undefined;
  if (isLocalized(node)) return localizedField(ctx, path, value, { label, help });
  if (node.alt?.some((a) => a.t === 'boolean') && objectAlt(node)) return switchable(ctx, path, node, value, label, help, options);
  const shape = fitting(node, value);
  if (shape.t === 'boolean') {
    // A value that cannot change (necessary is always required) has nothing to choose.
    if (shape.in?.length === 1) return nothing;
    return checkbox(ctx, path, label, help, (value ?? fallback) === true);
  }
  if (shape.t === 'string' && shape.in) return menu(ctx, path, label, help, shape.in.map(String), value, fallback);
  if (shape.t === 'string') {
    const french = !shape.re && !String(path[path.length - 1]).startsWith('$') && String(ctx.config.language ?? 'fr').startsWith('fr');
    return textField(ctx, path, value, { label, help, french, placeholder: typeof fallback === 'string' ? fallback : undefined });
  }
  if (shape.t === 'number' || shape.t === 'integer') return numberField(ctx, path, shape, label, help, value);
  if (shape.t === 'object') return group(ctx, path, shape, label, help, options);
  if (shape.t === 'map' && shape.pn === 'id') {
    return html`<fieldset id=${fieldId(path)} tabindex="-1"><legend>${label}</legend>
      ${help ? html`<p class="help">${help}</p>` : nothing} ${findingsOf(ctx, path)}
      ${purposeIds(ctx.config).map((id) => schemaField(ctx, [...path, id], { label: purposeName(ctx.config, id, ctx.language) }))}
    </fieldset>`;
  }
  if (shape.t === 'array' && shape.of?.t === 'string' && (shape.of.in || shape.of.pn === 'id')) {
    const choices = shape.of.in?.map(String) ?? purposeIds(ctx.config).filter((id) => id !== 'necessary');
    const names = shape.of.in ? undefined : (id: string) => purposeName(ctx.config, id, ctx.language);
    return checkboxes(ctx, path, label, help, choices, (value ?? fallback ?? []) as string[], names);
  }
  if (shape.t === 'array' && (shape.of?.t === 'object' || (shape.of && objectAlt(shape.of)))) return list(ctx, path, label, help);
  return jsonField(ctx, path, label, help, value);
}

function checkbox(ctx: FormContext, path: Path, label: string, help: string | undefined, checked: boolean): TemplateResult {
  const id = fieldId(path);
  return html`<div class="field checkbox">
    <input type="checkbox" id=${id} .checked=${live(checked)} aria-describedby=${ifDefined(describedBy(ctx, path, !!help))}
      @change=${(e: Event) => ctx.set(path, (e.target as HTMLInputElement).checked)} />
    <label for=${id}>${label}</label>
    ${help ? html`<p class="help" id="${id}-help">${help}</p>` : nothing} ${findingsOf(ctx, path)}
  </div>`;
}

function menu(ctx: FormContext, path: Path, label: string, help: string | undefined, values: string[], value: unknown, fallback: unknown): TemplateResult {
  const id = fieldId(path);
  const t = ui(ctx.language);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${help ? html`<p class="help" id="${id}-help">${help}</p>` : nothing}
    <select id=${id} aria-describedby=${ifDefined(describedBy(ctx, path, !!help))}
      @change=${(e: Event) => ctx.set(path, (e.target as HTMLSelectElement).value || undefined)}>
      <option value="" ?selected=${value === undefined}>${fallback === undefined ? '—' : t.defaultOption(show(fallback, ctx.language))}</option>
      ${values.map((v) => html`<option value=${v} ?selected=${value === v}>${v}</option>`)}
    </select>
    ${findingsOf(ctx, path)}
  </div>`;
}

function numberField(ctx: FormContext, path: Path, node: SchemaNode, label: string, help: string | undefined, value: unknown): TemplateResult {
  const id = fieldId(path);
  const invalid = findingsAt(ctx.findings, ctx.key(path)).some((f) => !f.warning);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${help ? html`<p class="help" id="${id}-help">${help}</p>` : nothing}
    <input type="number" id=${id} inputmode="numeric" min=${ifDefined(node.min)} max=${ifDefined(node.max)} step=${node.t === 'integer' ? '1' : 'any'}
      .value=${live(typeof value === 'number' ? String(value) : '')} aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(ctx, path, !!help))}
      @input=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        ctx.set(path, input.value === '' ? undefined : Number(input.value));
      }} />
    ${findingsOf(ctx, path)}
  </div>`;
}

function group(ctx: FormContext, path: Path, node: SchemaNode, label: string, help: string | undefined, options: FieldOptions): TemplateResult {
  const keys = Object.keys(node.k ?? {}).filter((key) => !options.skip?.includes(key));
  return html`<fieldset id=${fieldId(path)} tabindex="-1"><legend>${label}</legend>
    ${help ? html`<p class="help">${help}</p>` : nothing} ${findingsOf(ctx, path)}
    ${keys.map((key) => schemaField(ctx, [...path, key]))}
  </fieldset>`;
}

/** `false`, `true` or an object of settings (Consent Mode, GPC): a menu, and the settings when chosen. */
function switchable(ctx: FormContext, path: Path, node: SchemaNode, value: unknown, label: string, help: string | undefined, options: FieldOptions): TemplateResult {
  const t = ui(ctx.language);
  const id = fieldId(path);
  const allowed = (node.alt!.find((a) => a.t === 'boolean')!.in ?? [false, true]) as boolean[];
  const fallback = defaultOf(path);
  const current = value ?? fallback;
  const mode = isObject(current) ? 'object' : String(current === true);
  const choose = (choice: string) =>
    ctx.set(path, choice === 'object' ? (isObject(value) ? value : isObject(fallback) ? fallback : {}) : choice === 'true');
  const settings = objectAlt(node)!;
  return html`<fieldset id=${id} tabindex="-1"><legend>${label}</legend>
    ${help ? html`<p class="help" id="${id}-help">${help}</p>` : nothing} ${findingsOf(ctx, path)}
    <div class="field">
      <label for="${id}-mode">${label}</label>
      <select id="${id}-mode" @change=${(e: Event) => choose((e.target as HTMLSelectElement).value)}>
        ${allowed.includes(false) ? html`<option value="false" ?selected=${mode === 'false'}>${t.no}</option>` : nothing}
        ${allowed.includes(true) ? html`<option value="true" ?selected=${mode === 'true'}>${t.yes}</option>` : nothing}
        <option value="object" ?selected=${mode === 'object'}>${t.withSettings}</option>
      </select>
    </div>
    ${mode === 'object' ? Object.keys(settings.k ?? {}).filter((k) => !options.skip?.includes(k)).map((key) => schemaField(ctx, [...path, key])) : nothing}
  </fieldset>`;
}

function checkboxes(ctx: FormContext, path: Path, label: string, help: string | undefined, choices: string[], chosen: string[], name?: (v: string) => string): TemplateResult {
  const id = fieldId(path);
  const toggle = (choice: string, on: boolean) => ctx.set(path, on ? [...chosen.filter((c) => c !== choice), choice] : chosen.filter((c) => c !== choice));
  return html`<fieldset id=${id} tabindex="-1" aria-describedby=${ifDefined(describedBy(ctx, path, !!help, true))}><legend>${label}</legend>
    ${help ? html`<p class="help" id="${id}-help">${help}</p>` : nothing}
    <div class="choices">
      ${choices.map(
        (choice, i) => html`<span class="checkbox">
          <input type="checkbox" id="${id}-${i}" .checked=${live(chosen.includes(choice))} @change=${(e: Event) => toggle(choice, (e.target as HTMLInputElement).checked)} />
          <label for="${id}-${i}">${name ? `${name(choice)} (${choice})` : choice}</label>
        </span>`,
      )}
    </div>
    ${findingsOf(ctx, path, true)}
  </fieldset>`;
}

/** A list of objects (a cookie is a name, or an object with its name): one group per item, add and remove. */
function list(ctx: FormContext, path: Path, label: string, help: string | undefined): TemplateResult {
  const t = ui(ctx.language);
  const items: unknown[] = (getIn(ctx.config, path) as unknown[] | undefined) ?? [];
  const id = fieldId(path);
  const shape = nodeAt([...path, 0])!;
  const keys = Object.keys((objectAlt(shape) ?? shape).k ?? {});
  const asObject = (item: unknown) => (typeof item === 'string' ? { name: item } : item);
  const itemContext = (i: number): FormContext => ({
    ...ctx,
    config: setIn(ctx.config, [...path, i], asObject(items[i])),
    set: (at, v, prune) => ctx.set([...path, i], setIn(asObject(items[i]), at.slice(path.length + 1), v, prune === undefined ? undefined : prune - path.length - 1)),
  });
  const add = () => {
    ctx.set(path, [...items, { name: '' }]);
    // The new line's first field, once rendered.
    requestAnimationFrame(() => document.getElementById(fieldId([...path, items.length, 'name']))?.focus());
  };
  return html`<fieldset class="list" id=${id} tabindex="-1"><legend>${label}</legend>
    ${help ? html`<p class="help">${help}</p>` : nothing} ${findingsOf(ctx, path)}
    <ol>
      ${items.map((item, i) => {
        const name = isObject(item) ? String(item.name ?? '') : String(item);
        return html`<li>
          <fieldset id=${fieldId([...path, i])} tabindex="-1"><legend>${t.item(i + 1)}${name ? ` : ${name}` : ''}</legend>
            ${findingsOf(ctx, [...path, i])} ${keys.map((key) => schemaField(itemContext(i), [...path, i, key]))}
            <button type="button" class="small" @click=${() => {
              ctx.set(path, items.length > 1 ? items.filter((_, j) => j !== i) : undefined);
              // The line is gone: the focus goes to «Ajouter une ligne» of its list (WCAG 2.4.3).
              requestAnimationFrame(() => document.getElementById(`${id}-add`)?.focus());
            }}>
              ${t.removeItem(i + 1)}
            </button>
          </fieldset>
        </li>`;
      })}
    </ol>
    <button type="button" class="small" id="${id}-add" @click=${add}>${t.addCookie}</button>
  </fieldset>`;
}

/** Any other shape: its JSON, taken when it parses. */
function jsonField(ctx: FormContext, path: Path, label: string, help: string | undefined, value: unknown): TemplateResult {
  const id = fieldId(path);
  const t = ui(ctx.language);
  return html`<div class="field">
    <label for=${id}>${label} (${t.jsonValue})</label>
    ${help ? html`<p class="help" id="${id}-help">${help}</p>` : nothing}
    <textarea id=${id} rows="3" class="code" .value=${live(value === undefined ? '' : JSON.stringify(value, null, 2))}
      aria-describedby=${ifDefined(describedBy(ctx, path, !!help))}
      @change=${(e: Event) => {
        const input = e.target as HTMLTextAreaElement;
        try {
          ctx.set(path, input.value.trim() ? JSON.parse(input.value) : undefined);
          input.setCustomValidity('');
        } catch {
          input.setCustomValidity(t.jsonInvalid);
          input.reportValidity();
        }
      }}></textarea>
    ${findingsOf(ctx, path)}
  </div>`;
}
