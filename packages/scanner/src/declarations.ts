/**
 * What a site's aquao-consent config declares, as the scanner looks it up: cookie names (with the core's `*`
 * wildcard), by category and service, and the consent cookie's own name and lifetime.
 */
import { formatProblem, isObject, type MessageLanguage } from '@aquao/consent-core/schema';
import {
  ConsentConfigError,
  DEFAULT_COOKIE_NAME,
  coreConfigKeys,
  matchesCookie,
  normalizeConfig,
  type Category,
  type ConsentConfig,
  type Service,
} from '@aquao/consent-core';

export interface Declaration {
  /** Declared under `cookies`, or under `storage` (Web Storage keys). */
  readonly kind: 'cookie' | 'storage';
  /** The declared name, possibly a prefix ending in `*`. */
  readonly pattern: string;
  readonly category: string;
  /** The service id, when the cookie is declared inside a service. */
  readonly service?: string;
  /** The category is strictly necessary (`required`): exempt from consent. */
  readonly required: boolean;
}

export interface Declarations {
  /** Whether there is a config to check against (without one, nothing is declared and nothing can be stale). */
  readonly hasConfig: boolean;
  readonly consentCookie: string;
  /** The config's `maxAgeDays` (the core's default when the config leaves it out); undefined without a config. */
  readonly maxAgeDays?: number;
  readonly all: readonly Declaration[];
  /**
   * The declaration covering this cookie or storage key: an exact name first, then the longest prefix. A storage key
   * may also be declared under `cookies` (configs written before `storage` existed did so).
   */
  match(name: string, kind: Declaration['kind']): Declaration | undefined;
  /** The category a service id belongs to, if the config has that service. */
  categoryOfService(id: string): string | undefined;
}

export class ScanConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScanConfigError';
  }
}

/** No config: nothing declared; the consent cookie keeps its default name. */
export const NO_DECLARATIONS: Declarations = {
  hasConfig: false,
  consentCookie: DEFAULT_COOKIE_NAME,
  all: [],
  match: () => undefined,
  categoryOfService: () => undefined,
};

const specificity = (pattern: string) => (pattern.endsWith('*') ? pattern.length : Number.MAX_SAFE_INTEGER);

/**
 * @param config the parsed config, as in `#aquao-consent-config` or a `.json` file.
 * @param where where it came from, for the error message.
 * @param lang the error message's language. Default `en`.
 * @throws {ScanConfigError} naming each wrong key and its fix (the core's validation).
 */
export function readDeclarations(config: unknown, where: string, lang: MessageLanguage = 'en'): Declarations {
  let normalized;
  try {
    // A site's config also holds the embed's keys (texts, links, language…): the scan needs the core's only, and
    // `aquao-consent check` is the tool that checks the rest.
    const core = isObject(config) ? Object.fromEntries(Object.entries(config).filter(([key]) => key in coreConfigKeys)) : config;
    normalized = normalizeConfig(core as ConsentConfig);
  } catch (error) {
    // Every problem, with its fix, in the report's language (the core's messages, production build included).
    const problems = error instanceof ConsentConfigError ? error.problems.map((p) => formatProblem(p, lang)) : [(error as Error).message];
    throw new ScanConfigError(`${where}: ${problems.join('; ')}`);
  }
  const all: Declaration[] = normalized.categories.flatMap((category) => {
    const of = (owner: Category | Service, service?: string): Declaration[] =>
      (['cookie', 'storage'] as const).flatMap((kind) =>
        (kind === 'cookie' ? owner.cookies : owner.storage).map(({ name: pattern }) => ({
          kind,
          pattern,
          category: category.id,
          ...(service ? { service } : {}),
          required: category.required,
        })),
      );
    return [...of(category), ...category.services.flatMap((service) => of(service, service.id))];
  });
  const ordered = [...all].sort((a, b) => specificity(b.pattern) - specificity(a.pattern));
  const find = (name: string, kind: Declaration['kind']) => ordered.find((d) => d.kind === kind && matchesCookie(d.pattern, name));
  const services = new Map(normalized.categories.flatMap((c) => c.services.map((s) => [s.id, c.id] as const)));
  return {
    hasConfig: true,
    consentCookie: normalized.cookie.name,
    maxAgeDays: normalized.maxAgeDays,
    all,
    match: (name, kind) => find(name, kind) ?? (kind === 'storage' ? find(name, 'cookie') : undefined),
    categoryOfService: (id) => services.get(id),
  };
}

/** Parses a config's JSON text, then reads it. */
export function parseDeclarations(text: string, where: string, lang: MessageLanguage = 'en'): Declarations {
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    throw new ScanConfigError(`${where} is not valid JSON: ${(error as Error).message}`);
  }
  return readDeclarations(config, where, lang);
}
