/**
 * Deletes a refused purpose's `localStorage` and `sessionStorage` keys: trackers keep identifiers there as well as
 * in cookies, and the ePrivacy rule on "storing or accessing information" covers both (CNIL lignes directrices
 * 2020-091, art. 2).
 */
import { matchesCookie } from './cookie-clearing.js';

/**
 * Removes every key of both storages that matches one of `patterns` (`_hj*` is a prefix, as for cookies).
 * @returns the keys removed, once each.
 */
export function clearStorage(patterns: readonly string[]): string[] {
  const cleared = new Set<string>();
  if (patterns.length) {
    for (const area of ['localStorage', 'sessionStorage'] as const) {
      try {
        const storage = globalThis[area];
        // Listed first: removing a key can renumber the others.
        for (const key of Object.keys(storage)) {
          if (patterns.some((p) => matchesCookie(p, key))) {
            storage.removeItem(key);
            cleared.add(key);
          }
        }
      } catch {
        // No storage (Node), or storage disabled by the browser (SecurityError): nothing there to delete.
      }
    }
  }
  return [...cleared];
}
