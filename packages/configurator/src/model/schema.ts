/**
 * The config's description, as the forms read it: the node of a key path, its words (French from
 * `KEY_LABELS_FR`, else the JSON Schema's English title and description) and its default. The description is the
 * embed's own (`embedConfigSchema`, the one `aquao-consent.schema.json` is generated from), so a key another module
 * adds appears in the forms by itself.
 */
import { embedConfigSchema, frenchSpaces, type SchemaNode } from '@aquao/consent-embed/validate';
import { KEY_LABELS_FR } from '../i18n/key-labels.js';
import type { Path } from './config-edit.js';
import type { UiLanguage } from './findings.js';

export type { SchemaNode };
export const ROOT: SchemaNode = embedConfigSchema;

/** The alternative of an `any` node that can hold `next` (a key: an object; an index: a list), else the first. */
const pick = (node: SchemaNode, next: string | number | undefined): SchemaNode => {
  if (!node.alt) return node;
  const wanted = typeof next === 'number' ? ['array'] : next === undefined ? [] : ['object', 'map'];
  return node.alt.find((a) => wanted.includes(a.t)) ?? node.alt[node.alt.length - 1]!;
};

/** The node describing the value at `path`, or `undefined` for a key the config does not know. */
export function nodeAt(path: Path, root: SchemaNode = ROOT): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const key of path) {
    if (!node) return undefined;
    node = pick(node, key);
    node = node.t === 'array' ? node.of : (node.k?.[key] ?? (node.t === 'map' ? node.of : undefined));
  }
  return node;
}

/** The alternative of `node` that fits `value` (as the walker chooses), or `node` itself. */
export function fitting(node: SchemaNode, value: unknown): SchemaNode {
  if (!node.alt) return node;
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  return node.alt.find((a) => (a.t === 'map' || a.t === 'object' ? type === 'object' : a.t === 'integer' ? type === 'number' : a.t === type)) ?? node;
}

/** The path as a label key: ids `*`, indices `[]` (`categories.*.services[].name`). */
export function patternOf(path: Path, root: SchemaNode = ROOT): string {
  let node: SchemaNode | undefined = root;
  let out = '';
  path.forEach((key, i) => {
    const holder: SchemaNode | undefined = node && pick(node, key);
    out += typeof key === 'number' ? '[]' : holder?.t === 'map' ? `${i ? '.' : ''}*` : `${i ? '.' : ''}${key}`;
    node = nodeAt([key], holder ?? root);
  });
  return out;
}

/**
 * The French words of a pattern: its own, else those of its last two levels (`*.cookies[].name`). Written with plain
 * spaces, like the configurator's other French words, and given French typography here as they are (i18n/ui.ts).
 */
const frenchOf = (pattern: string) =>
  (KEY_LABELS_FR[pattern] ?? KEY_LABELS_FR[`*.${pattern.split('.').slice(-2).join('.')}`])?.map((words) => words && frenchSpaces(words));

/** What a field is called. */
export function labelOf(path: Path, lang: UiLanguage): string {
  const doc = nodeAt(path)?.d;
  const english = doc ? doc.title : String(path[path.length - 1]);
  return lang === 'fr' ? (frenchOf(patternOf(path))?.[0] ?? english) : english;
}

/** What a field is for, if the schema or the French words say. */
export function helpOf(path: Path, lang: UiLanguage): string | undefined {
  const doc = nodeAt(path)?.d;
  if (lang === 'fr') {
    const french = frenchOf(patternOf(path));
    if (french) return french[1];
  }
  return doc ? doc.description.replace(/`/g, '') : undefined;
}

/** The value the key takes when left out, when the schema gives one. */
export const defaultOf = (path: Path): unknown => {
  const doc = nodeAt(path)?.d;
  return doc ? doc.default : undefined;
};
