/**
 * The config's schema language. Each module describes the keys it owns with these few node kinds, next to the
 * code that uses them; one walker checks a config against the description (types, ranges, patterns, and unknown
 * keys at every level), and the embed's build turns the same descriptions into `aquao-consent.schema.json`, so
 * the runtime check and the JSON Schema an editor uses cannot drift apart.
 *
 * A key's documentation (`title`, `description`, `default`) rides along under `DEV_MODE` only: production builds
 * keep the names and the types, which every visitor downloads, and drop the prose.
 */

/** What a key's documentation says: the JSON Schema's `title`, `description`, `default` and `examples`. */
export interface KeyDoc {
  readonly title: string;
  readonly description: string;
  /** The value used when the key is left out. Absent when there is none that JSON can write (say so in `description`). */
  readonly default?: unknown;
  readonly examples?: readonly unknown[];
}

/** `map` is an object whose keys are ids (`categories`); `any` picks one alternative per JSON type. */
export type NodeType = 'string' | 'boolean' | 'number' | 'integer' | 'object' | 'array' | 'map' | 'any';

/** Where a problem is, from the config's root: `["categories", "analytics", "services", 0, "id"]`. */
export type ConfigPath = readonly (string | number)[];

/** Reports a problem a rule found; `path` defaults to the rule's node, `arg` carries details for the message. */
export type Report = (code: string, arg?: unknown, path?: ConfigPath, warning?: boolean) => void;

/**
 * A check the JSON Schema cannot express (a cross-reference, a uniqueness, a size). It runs once every shape in the
 * config is right, so it may trust the types. Keep the list of such rules in CONTRIBUTING.md up to date.
 */
export type Rule = (value: any, path: ConfigPath, root: any, report: Report) => void;

export interface SchemaNode {
  readonly t: NodeType;
  /** `string`: its pattern; `map`: the pattern of its keys. JSON Schema patterns have no flags: spell cases out. */
  readonly re?: RegExp;
  /** The pattern's name, for the message that explains it (`id`, `cookie`, `url`…). */
  readonly pn?: string;
  /** `number`, `integer`: the bounds; `string`: the shortest length. */
  readonly min?: number;
  readonly max?: number;
  /** The only values allowed (JSON Schema `enum`). */
  readonly in?: readonly unknown[];
  /** `object`: its keys; `map`: keys that take their own node instead of `of` (`necessary`). */
  readonly k?: Readonly<Record<string, SchemaNode>>;
  /** `object`: the keys it must have. */
  readonly req?: readonly string[];
  /** `array`: its items; `map`: its values. */
  readonly of?: SchemaNode;
  /** `any`: the alternatives, at most one per JSON type (so a message can say which one was meant). */
  readonly alt?: readonly SchemaNode[];
  readonly rule?: Rule;
  /** Documentation, present in development builds only. */
  readonly d?: KeyDoc | false;
}

/** One thing wrong (or, with `warning`, worth a look) in a config. */
export interface ConfigProblem {
  readonly path: ConfigPath;
  /**
   * `type`, `enum`, `empty`, `pattern`, `range`, `unknown` (a key nobody reads), `required`, `key` (a map key that
   * is not a valid id), or a rule's own code (`size`, `collision`, `reference`…).
   */
  readonly code: string;
  /** The node at `path` (for `unknown` and `required`: the object that holds the key). */
  readonly node?: SchemaNode;
  readonly arg?: unknown;
  readonly warning?: boolean;
}

/** A plain object: not null, not an array (what a JSON config's sections must be). */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// The node factories. `d` is a key's documentation: pass `DEV_MODE && { … }` so production builds drop it. Each is
// marked free of side effects (`@__NO_SIDE_EFFECTS__`, understood by rollup and esbuild), so a bundle that never
// walks a description leaves it out: the embed's loader, whose config is checked in its UI chunk.
type Doc = KeyDoc | false | undefined;
type Spec = Omit<SchemaNode, 't' | 'd'>;
/* @__NO_SIDE_EFFECTS__ */ const node = (t: NodeType, spec: Spec = {}, d?: Doc): SchemaNode => (d ? { t, ...spec, d } : { t, ...spec });

/* @__NO_SIDE_EFFECTS__ */ export const string = (spec?: Spec, d?: Doc) => node('string', { min: 1, ...spec }, d);
/* @__NO_SIDE_EFFECTS__ */ export const boolean = (d?: Doc, spec?: Spec) => node('boolean', spec, d);
/* @__NO_SIDE_EFFECTS__ */ export const number = (spec: Spec, d?: Doc) => node('number', spec, d);
/* @__NO_SIDE_EFFECTS__ */ export const integer = (spec: Spec, d?: Doc) => node('integer', spec, d);
/* @__NO_SIDE_EFFECTS__ */ export const object = (k: Record<string, SchemaNode>, d?: Doc, spec?: Spec) => node('object', { k, ...spec }, d);
/* @__NO_SIDE_EFFECTS__ */ export const array = (of: SchemaNode, d?: Doc, spec?: Spec) => node('array', { of, ...spec }, d);
/* @__NO_SIDE_EFFECTS__ */ export const map = (of: SchemaNode, re: RegExp, d?: Doc, spec?: Spec) => node('map', { of, re, pn: 'id', ...spec }, d);
/* @__NO_SIDE_EFFECTS__ */ export const anyOf = (alt: SchemaNode[], d?: Doc, spec?: Spec) => node('any', { alt, ...spec }, d);
/** The same node with a key's own documentation (or rule): for shapes shared by several keys, such as texts. */
/* @__NO_SIDE_EFFECTS__ */ export const withDoc = (n: SchemaNode, d?: Doc, spec?: Spec): SchemaNode => (d || spec ? { ...n, ...spec, ...(d && { d }) } : n);

/** Letters, digits, `-` and `_`, starting with a letter: category and service ids (they end up in element ids). */
export const ID = /^[A-Za-z][\w-]*$/;
/** A language code as `texts` and per-language texts key it: `fr`, `en`, `de`. */
export const LANG = /^[a-z]{2,3}$/;
/**
 * http(s), or relative (no scheme at all), without spaces or control characters: a link is never `javascript:` or
 * `data:` (docs/compliance.md, security). Stricter than the URL parser, on purpose: a config can always use `%20`.
 */
export const SAFE_URL = /^(?:[Hh][Tt][Tt][Pp][Ss]?:|(?![A-Za-z][\w+.-]*:))[^\s\0-\x1f\x7f]+$/;

/** A link read from config: http(s) or relative. */
/* @__NO_SIDE_EFFECTS__ */ export const url = (d?: Doc) => string({ re: SAFE_URL, pn: 'url' }, d);
/** A text shown to visitors: one string for every language, or one per language code. */
/* @__NO_SIDE_EFFECTS__ */ export const text = (d?: Doc, spec?: Spec) =>
  anyOf([string(), map(string(), LANG, undefined, { pn: 'language', min: 1 })], d, spec);

const base = (t: NodeType): NodeType => (t === 'integer' ? 'number' : t === 'map' ? 'object' : t);
/** Whether `v` has the JSON type `t` (`number` excludes NaN and Infinity, which JSON cannot write). */
const is = (v: unknown, t: NodeType): boolean =>
  t === 'number' ? Number.isFinite(v) : t === 'array' ? Array.isArray(v) : t === 'object' ? isObject(v) : typeof v === t;

function walk(value: any, n: SchemaNode, path: ConfigPath, out: ConfigProblem[], rules: (() => void)[], root: unknown): void {
  const report: Report = (code, arg, at = path, warning) => {
    out.push({ path: at, code, node: n, arg, warning });
  };
  if (n.alt) {
    const alt = n.alt.find((a) => is(value, base(a.t)));
    return alt ? walk(value, n.d ? { ...alt, d: n.d } : alt, path, out, rules, root) : report('type', value);
  }
  if (!is(value, base(n.t))) return report('type', value);
  if (n.in && !n.in.includes(value)) return report('enum', value);
  if (n.t === 'integer' && !Number.isInteger(value)) return report('type', value);
  if (n.t === 'string') {
    if (value.length < n.min!) return report('empty');
    if (n.re && !n.re.test(value)) return report('pattern');
  } else if (typeof value === 'number' && (value < n.min! || value > n.max!)) return report('range');
  if (n.t === 'array') value.forEach((item: unknown, i: number) => walk(item, n.of!, [...path, i], out, rules, root));
  if (base(n.t) === 'object') {
    const entries = Object.entries(value);
    if (entries.length < (n.t === 'map' ? n.min! : 0)) report('empty');
    for (const [key, v] of entries) {
      // A JavaScript caller may pass `undefined` for "left out"; JSON cannot.
      if (v === undefined) continue;
      // Own keys only: a key named like an inherited member (`constructor`, `__proto__`) is unknown, not a function.
      const child = (n.k && Object.prototype.hasOwnProperty.call(n.k, key) ? n.k[key] : undefined) ?? (n.t === 'map' ? n.of : undefined);
      if (!child) report('unknown', key, [...path, key]);
      else if (n.t === 'map' && !n.re!.test(key)) report('key', key, [...path, key]);
      else walk(v, child, [...path, key], out, rules, root);
    }
    for (const key of n.req ?? []) if (value[key] === undefined) report('required', key, [...path, key]);
  }
  if (n.rule) rules.push(() => n.rule!(value, path, root, report));
}

/**
 * Checks `value` against `schema`: every shape problem, and, when there is none, every rule's.
 * @returns the problems in document order (warnings among them); empty when the config is right.
 */
export function checkConfig(value: unknown, schema: SchemaNode): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const rules: (() => void)[] = [];
  walk(value, schema, [], problems, rules, value);
  if (!problems.length) for (const rule of rules) rule();
  return problems;
}

/** The errors among `problems` (what refuses a config), without the warnings. */
export const errorsOf = (problems: readonly ConfigProblem[]): ConfigProblem[] => problems.filter((p) => !p.warning);

/** `["categories", "analytics", "services", 0, "id"]` → `categories.analytics.services[0].id`. */
export const formatPath = (path: ConfigPath): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
