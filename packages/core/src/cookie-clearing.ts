/**
 * Deletes a refused purpose's first-party cookies (docs/compliance.md, rule 11; GDPR art. 7(3)): every copy this
 * page can reach, on this host and each parent domain (trackers such as Google Analytics set theirs on the
 * registrable domain, `.aquao.fr`), on this page's path and each parent path.
 */
import { cookiePairs, expireCookie } from './cookie-jar.js';

/** `_ga_*` matches every name that starts with `_ga_`; any other pattern matches itself only. */
export const matchesCookie = (pattern: string, name: string): boolean =>
  pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;

/** The names of the visible cookies, once each. */
const visible = () => new Set(cookiePairs().map(([name]) => name!));

/**
 * Deletes every cookie visible to this page whose name matches one of `patterns`, except `keep`. Names are used
 * exactly as `document.cookie` shows them (`AMCV_…%40AdobeOrg` is deleted as such, never re-encoded).
 * @returns the names that are gone, checked by reading `document.cookie` again: a copy out of the page's reach
 * (another path, a sibling subdomain's) is not reported as deleted.
 */
export function clearCookies(patterns: readonly string[], keep: string): string[] {
  if (!patterns.length) return [];
  const names = [...visible()].filter((name) => name !== keep && patterns.some((p) => matchesCookie(p, name)));
  names.forEach(expireCookie);
  const left = visible();
  return names.filter((name) => !left.has(name));
}
