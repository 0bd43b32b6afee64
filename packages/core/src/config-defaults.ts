/**
 * The config as the core uses it: every default filled in. `normalizeConfig` applies this after checking the
 * config; a host that checks it elsewhere (the embed's loader: its UI chunk checks the whole config before anything
 * is shown) applies it alone. So it is written to read an unchecked value **fail-safe**: a value of the wrong type
 * counts as left out, a purpose is required only when it says `true`, a lifetime never exceeds 13 months. A wrong
 * config can then make the page ask again or grant less, never grant more, and never throw. On a checked config it
 * changes nothing.
 */
import { isObject } from './config-schema.js';
import type { Category, CategoryConfig, ConsentConfig, CookieInfo, NormalizedConfig } from './config.js';

export const DEFAULT_COOKIE_NAME = 'aquao_consent';
export const DEFAULT_MAX_AGE_DAYS = 182;
/** 13 months: the CNIL's cap for exempt audience-measurement cookies, never a longer consent. */
export const MAX_MAX_AGE_DAYS = 395;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): Record<string, any> => (isObject(value) ? value : {});

/**
 * Cookie or storage declarations: names, or `{ name, … }` objects. A bare `*` would match every cookie of the site
 * on a withdrawal: left out, like anything that is not a declaration.
 */
const declarations = (value: unknown): CookieInfo[] =>
  list(value).flatMap((c: any) => {
    const info = typeof c === 'string' ? { name: c } : c;
    return typeof info?.name === 'string' && /^[^*]+\*?$/.test(info.name) ? [info] : [];
  });

/** Fills in every default of `input`, read fail-safe (see above). */
export function applyDefaults(input: ConsentConfig = {}): NormalizedConfig {
  const categories = Object.entries<unknown>({ necessary: {}, ...record(input.categories) }).map(
    ([id, value]): Category => {
      // `null` or a number in the place of a purpose: a purpose that says nothing, not an error.
      const c: CategoryConfig = record(value);
      return {
        ...c,
        id,
        required: id === 'necessary' || c.required === true,
        cookies: declarations(c.cookies),
        storage: declarations(c.storage),
        services: list(c.services)
          .filter((s: any) => typeof s?.id === 'string')
          .map((s: any) => ({ ...s, name: s.name ?? s.id, cookies: declarations(s.cookies), storage: declarations(s.storage) })),
      };
    },
  );
  const maxAgeDays = input.maxAgeDays;
  return {
    categories,
    revision: input.revision ?? 1,
    maxAgeDays: Math.min(typeof maxAgeDays === 'number' && maxAgeDays > 0 ? maxAgeDays : DEFAULT_MAX_AGE_DAYS, MAX_MAX_AGE_DAYS),
    cookie: {
      name: DEFAULT_COOKIE_NAME,
      path: '/',
      sameSite: 'Lax',
      // Only texts: a number or an object would reach `document.cookie` as nonsense.
      ...Object.fromEntries(Object.entries(record(input.cookie)).filter(([, v]) => typeof v === 'string')),
    },
  };
}
