/**
 * Deletes a withdrawn purpose's first-party cookies (COMPLIANCE 11, GDPR art. 7(3)): on this host and on each
 * parent domain, because trackers such as Google Analytics set theirs on the registrable domain (`.aquao.fr`).
 */
import Cookies from 'js-cookie';

/** `_ga_*` matches every name that starts with `_ga_`; any other pattern matches itself only. */
export const matchesCookie = (pattern: string, name: string): boolean =>
  pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;

/** `www.aquao.fr` → `["www.aquao.fr", "aquao.fr"]`; a bare TLD can hold no cookie, an IP has no parents. */
export function domainsOf(hostname: string): string[] {
  if (!hostname.includes('.') || /^[\d.]+$|:/.test(hostname)) return [];
  const labels = hostname.split('.');
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
}

/**
 * Deletes every cookie visible to this page whose name matches one of `patterns`, except `keep`.
 * @returns the names it deleted.
 */
export function clearCookies(patterns: readonly string[], keep: string): string[] {
  if (typeof document === 'undefined' || !patterns.length) return [];
  const names = document.cookie
    .split(';')
    .map((pair) => pair.split('=')[0]!.trim())
    .filter((name) => name && name !== keep && patterns.some((p) => matchesCookie(p, name)));
  const domains = [undefined, ...domainsOf(location.hostname)];
  for (const name of names) {
    for (const domain of domains) Cookies.remove(name, { path: '/', domain });
  }
  return [...new Set(names)];
}
