/**
 * The «revision» helper: compares what was opened with what is edited and says whether visitors must be asked
 * again, and how. The core asks again by itself when a stored decision does not cover every purpose and service of
 * the config (a new purpose or tool); a decision under another `revision` counts as none. So `revision` must go up
 * when what an existing purpose covers changes without a new id to notice it (docs/marketing.md, «When to raise
 * revision»; docs/compliance.md §9: consent is asked again when the purposes change).
 */
import { localize, textsFor } from '@aquao/consent-banner/texts';
import { getIn, isObject, servicesOf, type Config } from './config-edit.js';

/** A change visitors are asked about again by themselves: a purpose or a tool they have not decided on. */
export type AutomaticChange = { readonly kind: 'purpose-added'; readonly purpose: string } | { readonly kind: 'service-added'; readonly purpose: string; readonly service: string };

/** A change to what an existing purpose means: the decisions already given do not cover it. */
export type MeaningChange =
  | { readonly kind: 'purpose-description'; readonly purpose: string }
  | { readonly kind: 'service-moved'; readonly service: string; readonly from: string; readonly to: string }
  | { readonly kind: 'service-provider'; readonly purpose: string; readonly service: string }
  | { readonly kind: 'cookies-added'; readonly purpose: string; readonly service?: string; readonly names: readonly string[] }
  | { readonly kind: 'purpose-required'; readonly purpose: string };

/** A change that needs nothing: consent to less is still consent (a tool removed, a purpose removed). */
export type NeutralChange = { readonly kind: 'service-removed'; readonly purpose: string; readonly service: string } | { readonly kind: 'purpose-removed'; readonly purpose: string };

export interface RevisionAdvice {
  readonly automatic: readonly AutomaticChange[];
  readonly meaning: readonly MeaningChange[];
  readonly neutral: readonly NeutralChange[];
  /** The revision of what was opened and of the edit (`1` when left out, the core's default). */
  readonly from: number;
  readonly to: number;
  /** A meaning changed and the revision has not gone up yet. */
  readonly needsRevision: boolean;
}

const revisionOf = (config: Config): number => (Number.isInteger(config.revision) ? config.revision : 1);
const purposes = (config: Config): Record<string, Config> => (isObject(config.categories) ? (config.categories as Record<string, Config>) : {});
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const namesOf = (list: unknown): string[] =>
  (Array.isArray(list) ? list : []).map((c) => (typeof c === 'string' ? c : isObject(c) ? String(c.name) : '')).filter(Boolean);
/** Cookie and storage names declared by a purpose itself or by one of its services. */
const declared = (owner: Config | undefined): string[] => [...namesOf(owner?.cookies), ...namesOf(owner?.storage)];

/** What changed between `opened` and `edited`, sorted by what it asks of the site. */
export function revisionAdvice(opened: Config, edited: Config): RevisionAdvice {
  const automatic: AutomaticChange[] = [];
  const meaning: MeaningChange[] = [];
  const neutral: NeutralChange[] = [];
  const [before, after] = [purposes(opened), purposes(edited)];
  const isRequired = (id: string, p: Config | undefined) => id === 'necessary' || p?.required === true;

  for (const [id, purpose] of Object.entries(after)) {
    const old = before[id];
    if (!old) {
      if (!isRequired(id, purpose)) automatic.push({ kind: 'purpose-added', purpose: id });
      continue;
    }
    if (!same(old.description, purpose.description)) meaning.push({ kind: 'purpose-description', purpose: id });
    if (isRequired(id, purpose) && !isRequired(id, old)) meaning.push({ kind: 'purpose-required', purpose: id });
    const added = declared(purpose).filter((name) => !declared(old).includes(name));
    if (added.length) meaning.push({ kind: 'cookies-added', purpose: id, names: added });
  }
  for (const id of Object.keys(before)) if (!after[id]) neutral.push({ kind: 'purpose-removed', purpose: id });

  const oldServices = servicesOf(opened);
  const newServices = servicesOf(edited);
  for (const { category, service } of newServices) {
    const old = oldServices.find((s) => s.service.id === service.id);
    if (!old) {
      // A tool under a purpose that is itself new is part of that purpose's question.
      if (before[category] && !isRequired(category, after[category])) automatic.push({ kind: 'service-added', purpose: category, service: service.id });
      continue;
    }
    if (old.category !== category) {
      meaning.push({ kind: 'service-moved', service: service.id, from: old.category, to: category });
      continue;
    }
    if (!same(old.service.provider, service.provider)) meaning.push({ kind: 'service-provider', purpose: category, service: service.id });
    const added = declared(service).filter((name) => !declared(old.service).includes(name));
    if (added.length) meaning.push({ kind: 'cookies-added', purpose: category, service: service.id, names: added });
  }
  for (const { category, service } of oldServices) {
    if (after[category] && !newServices.some((s) => s.service.id === service.id)) neutral.push({ kind: 'service-removed', purpose: category, service: service.id });
  }

  const [from, to] = [revisionOf(opened), revisionOf(edited)];
  return { automatic, meaning, neutral, from, to, needsRevision: meaning.length > 0 && to <= from };
}

/** The config with its revision one above what was opened (the key stays where it is, or comes after `$schema`). */
export function raiseRevision(edited: Config, opened: Config): Config {
  const revision = revisionOf(opened) + 1;
  if ('revision' in edited) return { ...edited, revision };
  const { $schema, ...rest } = edited;
  return $schema === undefined ? { revision, ...rest } : { $schema, revision, ...rest };
}

/** The purpose's title as the banner shows it in `lang`: its own, else the config's or the built-in text, else its id. */
export function purposeName(config: Config, id: string, lang: string): string {
  return localize(getIn(config, ['categories', id, 'title']), lang) ?? textsFor(lang, config.texts).categories[id]?.title ?? id;
}
