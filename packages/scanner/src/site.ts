/**
 * "Another site": a host whose registrable domain (eTLD+1, from the Public Suffix List) differs from the page's.
 * This is the browser's own notion of a site (HTML Standard, "same site"), so `cdn.aquao.fr` is the same site as
 * `www.aquao.fr`, while `foo.github.io` and `bar.github.io` are two sites (private suffixes count, as browsers count
 * them for cookies).
 */
import { getDomain } from 'tldts';

/** `www.aquao.fr` → `aquao.fr`; hosts with no registrable domain (localhost, an IP address) are their own site. */
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/^\.|\.$/g, '');
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

export const isSameSite = (a: string, b: string): boolean => siteOf(a) === siteOf(b);
