/** Looking entries up: by id, by words (French or English), by a cookie or storage name, by a request's host. */
import { matchesCookie } from '@aquao/consent-core';
import { entries } from './entries/index.js';
import type { CatalogueCookie, CatalogueEntry, CatalogueStorage, Purpose, Texts } from './types.js';

/** The entry with this id, or `undefined`. */
export const findEntry = (id: string): CatalogueEntry | undefined => entries.find((entry) => entry.id === id);

/** Words that find a purpose's entries, besides its id. */
const PURPOSE_WORDS: Readonly<Record<Purpose, Texts>> = {
  necessary: { fr: 'strictement nécessaires essentiels exemptés', en: 'strictly necessary essential exempt' },
  preferences: { fr: 'préférences fonctionnels', en: 'preferences functional' },
  analytics: { fr: 'mesure d’audience statistiques', en: 'analytics audience measurement statistics' },
  marketing: { fr: 'publicité marketing contenus tiers', en: 'advertising marketing third-party content' },
  embeds: { fr: 'contenus intégrés embed iframe', en: 'embedded content embeds iframe' },
};

/** Lower case, no accents, apostrophes as spaces: «Vidéo», «video» and «VIDEO» are one word; «d’audience» is two. */
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
const words = (text: string): string[] => fold(text).split(/[^\p{L}\p{N}/]+/u).filter(Boolean);

/** How much a match on each field weighs: the id and the name first, then what the entry is about, then who runs it. */
const WEIGHT = { id: 10, name: 8, keyword: 6, purpose: 3, provider: 3, description: 1 } as const;

const fieldsOf = (entry: CatalogueEntry, lang?: 'fr' | 'en'): [string, number][] => {
  const langs = lang ? [lang] : (['fr', 'en'] as const);
  const fields: [string[], number][] = [
    [[entry.id, ...entry.id.split('-')], WEIGHT.id],
    [words(entry.name), WEIGHT.name],
    [langs.flatMap((l) => entry.keywords[l].flatMap(words)), WEIGHT.keyword],
    [[entry.category, ...langs.flatMap((l) => words(PURPOSE_WORDS[entry.category][l]))], WEIGHT.purpose],
    [words(entry.provider.name), WEIGHT.provider],
    [langs.flatMap((l) => words(entry.description[l])), WEIGHT.description],
  ];
  return fields.flatMap(([terms, weight]) => terms.map((term): [string, number] => [fold(term), weight]));
};

/**
 * The entries matching every word of `query` (a word matches the start of a term: «vid» finds «vidéo»), best
 * first. Matches id, name, keywords, purpose, provider and description; accents and case do not count. `lang`
 * limits the language-specific words to one language; by default both count. An empty query returns every entry.
 */
export function search(query: string, lang?: 'fr' | 'en'): CatalogueEntry[] {
  const tokens = words(query);
  const scored: [CatalogueEntry, number][] = [];
  for (const entry of entries) {
    const fields = fieldsOf(entry, lang);
    const scores = tokens.map((token) =>
      Math.max(0, ...fields.map(([term, weight]) => (term === token ? weight + 1 : term.startsWith(token) ? weight : 0))),
    );
    if (scores.every(Boolean)) scored.push([entry, scores.reduce((sum, score) => sum + score, 0)]);
  }
  // Array sort is stable: equal scores keep the catalogue's order.
  return scored.sort((a, b) => b[1] - a[1]).map(([entry]) => entry);
}

/** A catalogue cookie that covers an observed cookie, with its entry. */
export interface CookieMatch {
  readonly entry: CatalogueEntry;
  readonly cookie: CatalogueCookie;
}

/** A catalogue storage key that covers an observed key, with its entry. */
export interface StorageMatch {
  readonly entry: CatalogueEntry;
  readonly storage: CatalogueStorage;
}

/** Exact patterns before wildcards, longer before shorter: the most specific first. */
const bySpecificity = (a: string, b: string, isWildcard: (pattern: string) => boolean): number =>
  Number(isWildcard(a)) - Number(isWildcard(b)) || b.length - a.length;
const isPrefix = (name: string) => name.endsWith('*');

/**
 * Every catalogue cookie that covers `name` (`_pk_id.1.a3f2` is covered by Matomo's `_pk_id.*`), most specific
 * first. Several tools may share a name (`MUID`, `NID`): all are returned. Same wildcard rule as the core.
 */
export function matchCookie(name: string): CookieMatch[] {
  return entries
    .flatMap((entry) => entry.cookies.filter((cookie) => matchesCookie(cookie.name, name)).map((cookie) => ({ entry, cookie })))
    .sort((a, b) => bySpecificity(a.cookie.name, b.cookie.name, isPrefix));
}

/** Every catalogue Web Storage key that covers `name`, optionally of one `type`, most specific first. */
export function matchStorage(name: string, type?: CatalogueStorage['type']): StorageMatch[] {
  return entries
    .flatMap((entry) =>
      entry.storage
        .filter((storage) => (!type || storage.type === type) && matchesCookie(storage.name, name))
        .map((storage) => ({ entry, storage })),
    )
    .sort((a, b) => bySpecificity(a.storage.name, b.storage.name, isPrefix));
}

/** A host pattern that covers a request's hostname, with its entry. */
export interface HostMatch {
  readonly entry: CatalogueEntry;
  readonly host: string;
}

/** `*.example.com` covers `example.com` and every subdomain; any other pattern covers itself only. */
const coversHost = (pattern: string, hostname: string): boolean =>
  pattern.startsWith('*.') ? hostname === pattern.slice(2) || hostname.endsWith(pattern.slice(1)) : hostname === pattern;

/**
 * The entries whose hosts cover `hostname` (a hostname, with or without a port, or a URL), exact hosts before
 * wildcards, longer before shorter. Shared hosts (`www.google.com` for Maps, Ads and reCAPTCHA) return every entry.
 */
export function matchHost(hostname: string): HostMatch[] {
  let host = hostname.trim().toLowerCase();
  if (host.includes('/')) {
    try {
      host = new URL(host).hostname;
    } catch {
      return [];
    }
  }
  host = host.replace(/:\d+$/, '').replace(/\.$/, '');
  return entries
    .flatMap((entry) => entry.hosts.filter((pattern) => coversHost(pattern, host)).map((pattern) => ({ entry, host: pattern })))
    .sort((a, b) => bySpecificity(a.host, b.host, (host) => host.startsWith('*.')));
}
