import { DEV_MODE } from './dev-mode.js';

/**
 * The consent configuration: its types, its defaults and its validation.
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

export const DEFAULT_COOKIE_NAME = 'aquao_consent';
export const DEFAULT_MAX_AGE_DAYS = 182;
/** 13 months: the CNIL's cap for exempt audience-measurement cookies, never a longer consent. */
export const MAX_MAX_AGE_DAYS = 395;

/**
 * Thrown for a malformed config. `key` is the path of the wrong key, e.g. `categories.analytics.cookies[0]`.
 * Development builds say how to fix it; production builds name the key only.
 */
export class ConsentConfigError extends Error {
  constructor(
    readonly key: string,
    fix?: string,
  ) {
    super(`aquao-consent: config.${key} ${fix || 'is invalid'}`);
    this.name = 'ConsentConfigError';
  }
}

const ID = /^[a-z][\w-]*$/i;
// RFC 6265 §4.1.1: cookie-name is an RFC 2616 token.
const TOKEN = /^[!#$%&'*+.^`|~\w-]+$/;

/** Throws for `key` unless `ok`; the fix text exists in development builds only. */
const check = (ok: unknown, key: string, fix: string): void => {
  if (!ok) throw new ConsentConfigError(key, DEV_MODE ? fix : undefined);
};
/** A plain object: not null, not an array (what a JSON config's sections must be). */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const objectAt = (v: unknown, key: string): Record<string, any> => {
  check(v === undefined || isObject(v), key, 'must be an object');
  return (v ?? {}) as Record<string, unknown>;
};
const arrayAt = (v: unknown, key: string, fix: string): unknown[] => {
  check(v === undefined || Array.isArray(v), key, fix);
  return (v ?? []) as unknown[];
};

/** Cookie or storage declarations: names, prefixes ending in `*`, or `{ name, … }` objects. */
const declarations = (v: unknown, key: string, valid: (name: string) => boolean, what: string, example: string): CookieInfo[] =>
  arrayAt(v, key, `must be an array of ${what}s, e.g. ["${example}", "${example}_*"]`).map((c, i) => {
    const info = (typeof c === 'string' ? { name: c } : c) as CookieInfo;
    const name = info?.name;
    check(
      typeof name === 'string' && valid(name) && !name.slice(0, -1).includes('*'),
      `${key}[${i}]`,
      `must be a ${what}, or a prefix ending in "*" such as "${example}_*", or { "name": … }`,
    );
    return info;
  });
const cookies = (v: unknown, key: string) => declarations(v, key, (name) => TOKEN.test(name), 'cookie name', '_ga');
// A bare "*" would empty the site's own storage too.
const storage = (v: unknown, key: string) => declarations(v, key, (name) => /[^*]/.test(name), 'storage key', '_hj');

const services = (v: unknown, key: string): Service[] => {
  const seen = new Set<string>();
  return arrayAt(v, key, 'must be an array of { "id": "…" } objects').map((s, i) => {
    const at = `${key}[${i}].id`;
    const o = objectAt(s, at);
    check(typeof o.id === 'string' && ID.test(o.id) && !seen.has(o.id), at, 'must be a unique id of letters, digits, "-" or "_"');
    seen.add(o.id);
    return {
      ...o,
      name: o.name ?? o.id,
      cookies: cookies(o.cookies, `${key}[${i}].cookies`),
      storage: storage(o.storage, `${key}[${i}].storage`),
    } as unknown as Service;
  });
};

/**
 * Validates a config and fills in every default. Texts (`title`, `description`, `name`…) are passed through for the
 * UI to render; the core only checks what it acts on.
 * @throws {ConsentConfigError} naming the first wrong key (and, in development builds, the fix).
 */
export function normalizeConfig(input: ConsentConfig = {}): NormalizedConfig {
  const config = objectAt(input, '(root)');
  const categories = Object.entries({ necessary: {}, ...objectAt(config.categories, 'categories') }).map(
    ([id, value]): Category => {
      const key = `categories.${id}`;
      check(ID.test(id), key, 'has an invalid id: use letters, digits, "-" or "_", starting with a letter');
      const c = objectAt(value, key);
      const required = c.required ?? id === 'necessary';
      check(
        required === true || (required === false && id !== 'necessary'),
        `${key}.required`,
        'must be true or false (and necessary cannot be false: it is always granted)',
      );
      return {
        ...c,
        id,
        required,
        cookies: cookies(c.cookies, `${key}.cookies`),
        storage: storage(c.storage, `${key}.storage`),
        services: services(c.services, `${key}.services`),
      } as Category;
    },
  );

  const revision = config.revision ?? 1;
  check(Number.isInteger(revision) && revision >= 0, 'revision', 'must be a whole number (bump it to ask every visitor again)');
  const maxAgeDays = config.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS;
  check(
    typeof maxAgeDays === 'number' && maxAgeDays >= 1 && maxAgeDays <= MAX_MAX_AGE_DAYS,
    'maxAgeDays',
    `must be a number of days from 1 to ${MAX_MAX_AGE_DAYS} (the CNIL advises ${DEFAULT_MAX_AGE_DAYS}, about 6 months)`,
  );

  const cookie: Record<string, any> = { name: DEFAULT_COOKIE_NAME, path: '/', sameSite: 'Lax', ...objectAt(config.cookie, 'cookie') };
  // The cookie options are a developer's, set once and seen at once in development; production skips these checks
  // to keep the bytes every visitor downloads small (the browser ignores a bad attribute, it does not crash).
  if (DEV_MODE) {
    check(typeof cookie.name === 'string' && TOKEN.test(cookie.name), 'cookie.name', 'must be a cookie name such as "aquao_consent"');
    check(typeof cookie.path === 'string' && cookie.path[0] === '/', 'cookie.path', 'must start with "/"');
    check(/^(Lax|Strict|None)$/.test(cookie.sameSite), 'cookie.sameSite', 'must be "Lax", "Strict" or "None"');
    check(
      cookie.domain === undefined || (typeof cookie.domain === 'string' && cookie.domain),
      'cookie.domain',
      'must be a domain such as "example.com", or left out for this host only',
    );
    // RFC 6265bis §4.1.3.2: the browser silently refuses a __Host- cookie with a Domain or another path, and the
    // decision would never be stored.
    check(
      !cookie.name.startsWith('__Host-') || (cookie.domain === undefined && cookie.path === '/'),
      'cookie.name',
      'must not start with "__Host-" unless cookie.domain is left out and cookie.path is "/" (and the site is https)',
    );
  }
  return { categories, revision, maxAgeDays, cookie: cookie as NormalizedConfig['cookie'] };
}
