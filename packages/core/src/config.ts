import { DEV_MODE } from './dev-mode.js';
import {
  ID,
  anyOf,
  array,
  boolean,
  checkConfig,
  formatPath,
  integer,
  map,
  number,
  object,
  string,
  text,
  type Rule,
  type SchemaNode,
} from './config-schema.js';
import { throwErrors } from './config-error.js';

export { isObject } from './config-schema.js';
export { ConsentConfigError, throwErrors } from './config-error.js';
import { MAX_COOKIE_BYTES, SCHEMA_VERSION, encodeRecord } from './record.js';
import { DEFAULT_COOKIE_NAME, DEFAULT_MAX_AGE_DAYS, MAX_MAX_AGE_DAYS, applyDefaults } from './config-defaults.js';

export { MAX_COOKIE_BYTES } from './record.js';

/**
 * The consent configuration: its types, its defaults, and the description of the core's keys that both the
 * validation and the published JSON Schema come from (config-schema.ts).
 *
 * One object drives the core, the banner, the gating and the cookie policy, so a mistake in it is
 * reported once, with the key that is wrong and how to fix it, instead of silently mis-gating.
 */

/** A text given once for every language, or per language code (`{ fr: "…", en: "…" }`). */
export type LocalizedText = string | Readonly<Record<string, string>>;

/**
 * A cookie (or a family of cookies) that a category or service sets. A bare string is its name.
 * A name ending in `*` matches every cookie starting with what comes before it (`_ga_*`).
 */
export type CookieDeclaration =
  | string
  | {
      /** Cookie name, or prefix ending in `*`. Required. */
      readonly name: string;
      /** Who sets it (shown in the cookie policy). */
      readonly provider?: LocalizedText;
      /** How long it lives, as the provider documents it ("13 mois"). */
      readonly duration?: LocalizedText;
      /** What it is for. */
      readonly description?: LocalizedText;
    };

/** A third-party tool inside a category that the visitor can switch on or off on its own. */
export interface ServiceConfig {
  /** Stable id, used by `data-service` and `isGranted(category, id)`. Required. */
  readonly id: string;
  /** Display name. Default: the id. */
  readonly name?: LocalizedText;
  /** Who operates it. Default: none. */
  readonly provider?: LocalizedText;
  /** What it does. Default: none. */
  readonly description?: LocalizedText;
  /**
   * Its provider's privacy policy, http(s) only (it is another site's): linked from the first layer's list of
   * partners and the cookie policy (docs/compliance.md, rule 7). Default: none.
   */
  readonly privacyPolicyUrl?: string;
  /** Cookies it sets; deleted when its consent is withdrawn. Default: `[]`. */
  readonly cookies?: readonly CookieDeclaration[];
  /** `localStorage`/`sessionStorage` keys it sets, declared like cookies; deleted when its consent is withdrawn. Default: `[]`. */
  readonly storage?: readonly CookieDeclaration[];
}

/** One purpose the visitor consents to (or not). */
export interface CategoryConfig {
  /**
   * Strictly necessary: always granted, shown locked on. Default: `false` (`true` for `necessary`,
   * which cannot be switched off). Only use it for what the CNIL exempts from consent (lignes directrices 2020-091).
   */
  readonly required?: boolean;
  /** Title shown in the panel and the cookie policy. Default: the built-in text for known ids, else the id. */
  readonly title?: LocalizedText;
  /** Short description of the purpose. Default: the built-in text for known ids. */
  readonly description?: LocalizedText;
  /**
   * First-party cookies this purpose sets, deleted when it is refused (docs/compliance.md, rule 11).
   * Default: `[]`.
   */
  readonly cookies?: readonly CookieDeclaration[];
  /**
   * `localStorage` and `sessionStorage` keys this purpose sets, declared like cookies (a name, a prefix ending in
   * `*`, or `{ "name": … }`); deleted from both storages when it is refused. Default: `[]`.
   */
  readonly storage?: readonly CookieDeclaration[];
  /** Tools inside the purpose, each with its own switch. Default: `[]`. */
  readonly services?: readonly ServiceConfig[];
}

/** Where and how the decision cookie is written. */
export interface CookieOptions {
  /**
   * Default `"aquao_consent"`. On https, `"__Host-aquao_consent"` is the recommended hardening: the browser then
   * refuses any copy with a `Domain` or another path than `/`, so a sibling subdomain or another path cannot plant
   * a decision (RFC 6265bis §4.1.3.2). It requires no `domain` and `path` `"/"`.
   */
  readonly name?: string;
  /** Default: none, a host-only cookie. Set `"example.com"` to share the decision across subdomains. */
  readonly domain?: string;
  /** Default `"/"`. */
  readonly path?: string;
  /** Default `"Lax"`. `"None"` requires https. */
  readonly sameSite?: 'Lax' | 'Strict' | 'None';
}

/** What `createConsentManager` accepts. Every key is optional. */
export interface ConsentConfig {
  /**
   * Purposes by id. `necessary` always exists and is always granted. Default: `{ necessary: {} }`.
   * Key order is display order (necessary first).
   */
  readonly categories?: Readonly<Record<string, CategoryConfig>>;
  /**
   * Bump it when purposes or services change in a way that needs fresh consent: a stored decision with
   * another revision counts as no decision (docs/compliance.md, rule 9: asked again when the purposes change). Default `1`.
   */
  readonly revision?: number;
  /**
   * Days a decision is kept before the question is asked again. Default `182` (about 6 months, the CNIL's
   * good practice); at most `395` (13 months).
   */
  readonly maxAgeDays?: number;
  /** The decision cookie. Defaults: see {@link CookieOptions}. */
  readonly cookie?: CookieOptions;
}

/** A cookie declaration with its name pulled out, as the core uses it. */
export interface CookieInfo {
  readonly name: string;
  readonly provider?: LocalizedText;
  readonly duration?: LocalizedText;
  readonly description?: LocalizedText;
}

export interface Service {
  readonly id: string;
  readonly name: LocalizedText;
  readonly provider?: LocalizedText;
  readonly description?: LocalizedText;
  readonly privacyPolicyUrl?: string;
  readonly cookies: readonly CookieInfo[];
  readonly storage: readonly CookieInfo[];
}

export interface Category {
  readonly id: string;
  readonly required: boolean;
  readonly title?: LocalizedText;
  readonly description?: LocalizedText;
  readonly cookies: readonly CookieInfo[];
  readonly storage: readonly CookieInfo[];
  readonly services: readonly Service[];
}

/** The validated configuration, with every default filled in. Read-only (the types say so; it is not frozen, to save bytes). */
export interface NormalizedConfig {
  readonly categories: readonly Category[];
  readonly revision: number;
  readonly maxAgeDays: number;
  readonly cookie: Required<Omit<CookieOptions, 'domain'>> & { readonly domain?: string };
}

export { DEFAULT_COOKIE_NAME, DEFAULT_MAX_AGE_DAYS, MAX_MAX_AGE_DAYS };

// RFC 6265 §4.1.1: cookie-name is an RFC 2616 token. A declared cookie may end in "*" (a prefix), never be only "*":
// that would delete every cookie of the site on a withdrawal.
const COOKIE = /^[!#$%&'+.^`|~\w-]+\*?$/;
const COOKIE_NAME = /^[!#$%&'+.^`|~\w-]+$/;

// Another site's page: absolute http(s) only (a relative link would point into this site), no spaces or controls.
const HTTP_URL = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s\0-\x1f\x7f]+$/;

// A storage key may be anything but a bare "*" (which would empty the site's own storage too), "*" only at the end.
const STORAGE_KEY = /^[^*]+\*?$/;

/** Cookie or storage declarations: names, prefixes ending in `*`, or `{ name, … }` objects. */
const declarations = (re: RegExp, pn: string, d: Parameters<typeof array>[1]) =>
  array(
    anyOf([
      string({ re, pn }),
      object(
        {
          name: string({ re, pn }, DEV_MODE && { title: 'Name', description: 'Its name, or a prefix ending in "*" (`_ga_*`).', examples: ['_ga', '_ga_*'] }),
          provider: text(DEV_MODE && { title: 'Provider', description: 'Who sets it, as the cookie policy shows it. Default: none (the service\'s name, for a service\'s cookie).' }),
          duration: text(DEV_MODE && { title: 'Duration', description: 'How long it lives, as its provider documents it ("13 mois"). Default: none.', examples: ['13 mois'] }),
          description: text(DEV_MODE && { title: 'Description', description: 'What it is for, in the cookie policy. Default: none.' }),
        },
        undefined,
        { req: ['name'] },
      ),
    ]),
    d,
  );
const cookies = (d: Parameters<typeof array>[1]) => declarations(COOKIE, 'cookie', d);
const storage = (d: Parameters<typeof array>[1]) => declarations(STORAGE_KEY, 'storage', d);

const service = object(
  {
    id: string({ re: ID, pn: 'id' }, DEV_MODE && { title: 'Service id', description: 'Stable id, unique in its category, used by `data-service` and `isGranted(category, id)`. Required.', examples: ['matomo'] }),
    name: text(DEV_MODE && { title: 'Name', description: 'Display name in the preferences and the cookie policy. Default: the id.', examples: ['Matomo'] }),
    provider: text(DEV_MODE && { title: 'Provider', description: 'Who operates it (consent is informed only if it names who receives the data). Default: none.' }),
    description: text(DEV_MODE && { title: 'Description', description: 'What it does, shown under its switch. Default: none.' }),
    privacyPolicyUrl: string(
      { re: HTTP_URL, pn: 'httpUrl' },
      DEV_MODE && {
        title: 'Privacy policy',
        description: "Its provider's privacy policy, http(s) only: linked from the first layer's list of partners and from the cookie policy. Default: none.",
        examples: ['https://policies.google.com/privacy'],
      },
    ),
    cookies: cookies(DEV_MODE && { title: 'Cookies', description: 'Cookies it sets, listed in the cookie policy and deleted when its consent is withdrawn.', default: [] }),
    storage: storage(DEV_MODE && { title: 'Storage keys', description: 'localStorage and sessionStorage keys it sets, declared like cookies; deleted when its consent is withdrawn.', default: [], examples: [['_hjSession*']] }),
  },
  undefined,
  { req: ['id'] },
);

const categoryKeys = {
  required: boolean(DEV_MODE && {
    title: 'Strictly necessary',
    description: 'Always granted, shown locked on, never asked. Only for what the CNIL exempts from consent (lignes directrices 2020-091). `necessary` is always true.',
    default: false,
  }),
  title: text(DEV_MODE && { title: 'Title', description: 'Shown in the banner, the preferences and the cookie policy. Default: the built-in text for necessary, preferences, analytics and marketing (or texts.<language>.categories), else the id.', examples: [{ fr: "Mesure d'audience", en: 'Analytics' }] }),
  description: text(DEV_MODE && { title: 'Description', description: 'What the purpose is for, under its switch and in the cookie policy. Default: the built-in text for the known ids, else none.' }),
  cookies: cookies(DEV_MODE && { title: 'Cookies', description: 'Cookies this purpose sets: listed in the cookie policy, deleted whenever it is refused (on this host and its parent domains, on the page path and its parents).', default: [] }),
  storage: storage(DEV_MODE && { title: 'Storage keys', description: 'localStorage and sessionStorage keys this purpose\'s tools keep, declared like cookies; deleted from both storages whenever it is refused.', default: [], examples: [['_hj*', 'ajs_user_id']] }),
  services: array(service, DEV_MODE && { title: 'Services', description: 'Tools inside the purpose, each with its own switch. The category is granted while any of its services is.', default: [] }),
};

/**
 * Element ids the banner makes from category and service ids (`analytics-`, `analytics-matomo`,
 * `analytics-matomo-description`) must be unique in the page (HTML: an id is unique in its tree), and the decision
 * must fit in its cookie, or the banner would come back on every page.
 */
const categoriesRule: Rule = (categories: Record<string, CategoryConfig>, _, root, report) => {
  const seen = new Map<string, string>();
  const cats: Record<string, boolean> = {};
  const svcs: Record<string, Record<string, boolean>> = {};
  let count = 0;
  for (const [id, c] of Object.entries<CategoryConfig>({ necessary: {}, ...categories })) {
    // One report per key: its second element id is not checked once the first collided.
    const made = (element: string, path: (string | number)[]) => {
      const other = seen.get(element);
      if (other) report('collision', { id: element, with: other }, path);
      else seen.set(element, formatPath(path));
      return !other;
    };
    made(`${id}-`, ['categories', id]) && made(`${id}-description`, ['categories', id]);
    cats[id] = false;
    svcs[id] = {};
    (c.services ?? []).forEach((s, i) => {
      const at = ['categories', id, 'services', i, 'id'];
      made(`${id}-${s.id}`, at) && made(`${id}-${s.id}-description`, at);
      svcs[id]![s.id] = false;
      count++;
    });
  }
  // The longest value a decision can take: every id refused, the longest method, 13-digit times, a partial grant's flag.
  const size = (services: typeof svcs) =>
    (root.cookie?.name ?? DEFAULT_COOKIE_NAME).length +
    1 +
    encodeURIComponent(
      encodeRecord({ v: SCHEMA_VERSION, rev: root.revision ?? 1, id: '0'.repeat(36), first: 1e13, last: 1e13, method: 'placeholder', cats, svcs: services, partial: true }),
    ).length;
  const bytes = size(svcs);
  if (bytes > MAX_COOKIE_BYTES) {
    // How many of its services, in order, would fit: each adds `"id":false,`, encoded as the cookie holds it.
    let total = size(Object.fromEntries(Object.keys(svcs).map((id) => [id, {}])));
    let fit = 0;
    for (const id of Object.values(svcs).flatMap(Object.keys)) {
      if ((total += encodeURIComponent(`"${id}":false,`).length) > MAX_COOKIE_BYTES) break;
      fit++;
    }
    report('size', { count, bytes, max: MAX_COOKIE_BYTES, fit }, ['categories']);
  }
};

/** The core's keys, as the walker and the JSON Schema see them. Add a core key here, with its documentation. */
export const coreConfigKeys: Record<string, SchemaNode> = {
  categories: map(
    object(categoryKeys, DEV_MODE && { title: 'Purpose', description: 'One purpose the visitor consents to, or not. Its id is its key: letters, digits, "-" or "_".', default: {} }),
    ID,
    DEV_MODE && {
      title: 'Purposes',
      description: 'The purposes the visitor decides on, by id, in display order. `necessary` always exists, comes first and is always granted.',
      default: { necessary: {} },
    },
    {
      k: {
        necessary: object(
          { ...categoryKeys, required: boolean(DEV_MODE && { title: 'Strictly necessary', description: 'Always true: necessary cannot be switched off.', default: true }, { in: [true] }) },
          DEV_MODE && { title: 'Strictly necessary cookies', description: 'Always granted and shown locked on: what the site needs to work, and the consent cookie itself.', default: {} },
        ),
      },
      rule: categoriesRule,
    },
  ),
  revision: integer({ min: 0 }, DEV_MODE && {
    title: 'Revision',
    description: 'Bump it when what an existing purpose means changes: a decision stored under another revision counts as none, so every visitor is asked again.',
    default: 1,
  }),
  maxAgeDays: number({ min: 1, max: MAX_MAX_AGE_DAYS }, DEV_MODE && {
    title: 'Decision lifetime (days)',
    description: 'Days a decision counts before the question is asked again. 182 (about 6 months) is the CNIL\'s good practice; more than 395 (13 months) is refused.',
    default: 182,
  }),
  cookie: object(
    {
      name: string({ re: COOKIE_NAME, pn: 'cookieName' }, DEV_MODE && { title: 'Cookie name', description: 'The one first-party cookie that holds the decision.', default: 'aquao_consent' }),
      domain: string({ re: /^\.?[A-Za-z\d-]+(\.[A-Za-z\d-]+)*$/, pn: 'domain' }, DEV_MODE && { title: 'Domain', description: 'Set "example.com" to share one decision across its subdomains. Default: none, a cookie for this host only.', examples: ['aquao.fr'] }),
      path: string({ re: /^\//, pn: 'path' }, DEV_MODE && { title: 'Path', description: 'Where the cookie applies.', default: '/' }),
      sameSite: string({ in: ['Lax', 'Strict', 'None'] }, DEV_MODE && { title: 'SameSite', description: '"None" requires https. Secure is added on every https page.', default: 'Lax' }),
    },
    DEV_MODE && { title: 'Decision cookie', description: 'Where and how the decision cookie is written.', default: {} },
    {
      // RFC 6265bis §4.1.3.2: the browser silently refuses a __Host- cookie with a Domain or another path, and the
      // decision would never be stored.
      rule: (cookie: CookieOptions, path, _, report) => {
        if (cookie.name?.startsWith('__Host-') && (cookie.domain !== undefined || (cookie.path ?? '/') !== '/')) report('host-prefix', undefined, [...path, 'name']);
      },
    },
  ),
};

const coreSchema = object(coreConfigKeys);

/**
 * Validates a config and fills in every default. Texts (`title`, `description`, `name`…) are passed through for the
 * UI to render; the core checks their type only.
 * @throws {ConsentConfigError} naming the first wrong key (and, in development builds, the fix).
 */
export function normalizeConfig(input: ConsentConfig = {}): NormalizedConfig {
  throwErrors(checkConfig(input, coreSchema));
  return applyDefaults(input);
}
