/**
 * The config lines that would declare what the scan found undeclared: a known tool as a service of its usual
 * category (from the catalogue), anything else as a cookie whose purpose the site owner must choose.
 */
import type { CookieDeclaration, ServiceConfig } from '@aquao/consent-core';
import type { KnownTool } from './known-tools.js';
import { describeLifetime } from './lifetime.js';

/** A part of a config, in the config's own shape: merge it into `categories`. */
export interface ConfigSnippet {
  readonly categories: Record<string, { cookies?: CookieDeclaration[]; storage?: CookieDeclaration[]; services?: ServiceConfig[] }>;
}

/**
 * The category key of a snippet whose purpose is unknown. Not a valid category id on purpose: pasted as it is, the
 * config is refused with this key named, so nothing lands under a purpose nobody chose.
 */
export const UNKNOWN_CATEGORY = '?';

export function snippetForTool(tool: KnownTool): ConfigSnippet {
  return { categories: { [tool.category]: { services: [tool.service] } } };
}

/** How long a Web Storage key lives: localStorage until someone clears it, sessionStorage until the tab closes. */
const STORAGE_LIFETIME = {
  localStorage: { fr: 'jusqu’à effacement', en: 'until cleared' },
  sessionStorage: { fr: 'session', en: 'session' },
} as const;

/**
 * For a cookie or storage key nobody knows: its name and observed lifetime, the rest to fill in, under `cookies` or
 * `storage` (the config's list of Web Storage keys).
 */
export function snippetForName(
  name: string,
  seen: { kind: 'cookie'; lifetimeDays: number | null } | { kind: 'storage'; type: 'localStorage' | 'sessionStorage' },
): ConfigSnippet {
  const declaration = {
    name,
    provider: { fr: 'À compléter', en: 'To fill in' },
    duration: seen.kind === 'cookie' ? describeLifetime(seen.lifetimeDays) : { ...STORAGE_LIFETIME[seen.type] },
    description: { fr: 'À compléter : à quoi sert-il ?', en: 'To fill in: what is it for?' },
  };
  return { categories: { [UNKNOWN_CATEGORY]: seen.kind === 'cookie' ? { cookies: [declaration] } : { storage: [declaration] } } };
}

const cookieName = (c: CookieDeclaration) => (typeof c === 'string' ? c : c.name);

/** Several snippets as one, each cookie and service once. */
export function mergeSnippets(snippets: readonly ConfigSnippet[]): ConfigSnippet | null {
  const categories: ConfigSnippet['categories'] = {};
  for (const snippet of snippets) {
    for (const [id, part] of Object.entries(snippet.categories)) {
      const into = (categories[id] ??= {});
      for (const list of ['cookies', 'storage'] as const) {
        for (const item of part[list] ?? []) {
          const merged = (into[list] ??= []);
          if (!merged.some((c) => cookieName(c) === cookieName(item))) merged.push(item);
        }
      }
      for (const service of part.services ?? []) {
        if (!(into.services ??= []).some((s) => s.id === service.id)) into.services.push(service);
      }
    }
  }
  return Object.keys(categories).length ? { categories } : null;
}
