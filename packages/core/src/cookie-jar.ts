/**
 * Every copy of a cookie this page can reach. A name can be stored several times, once per domain and path
 * (RFC 6265 §5.3 step 11: a cookie is replaced only by one with the same name, domain and path), and a page sees
 * all the copies whose path it is under and whose domain it is in: to delete a cookie for real, each must go.
 */

/**
 * The cookies this page sees, as raw `[name, value]` pairs in `document.cookie` order (longest path first, RFC 6265
 * §5.4). None without a document (server rendering).
 */
export const cookiePairs = (): string[][] =>
  (globalThis.document?.cookie ?? '')
    .split(';')
    .map((pair) => {
      const [name, ...value] = pair.split('=');
      return [name!.trim(), value.join('=')];
    })
    .filter(([name]) => name);

/**
 * The `Domain` values a cookie this page sees can have: `www.aquao.fr` → `["www.aquao.fr", "aquao.fr"]` (a bare
 * TLD holds no cookie); a single-label host (`localhost`) → itself; an IP address → none (RFC 6265 §5.1.3).
 */
export function domainsOf(hostname: string): string[] {
  if (/^[\d.]+$|:/.test(hostname)) return [];
  const labels = hostname.split('.');
  return labels.slice(0, labels.length - 1 || 1).map((_, i) => labels.slice(i).join('.'));
}

/**
 * The paths a cookie this page sees can have: `/blog/post` → `/`, `/blog`, `/blog/`, `/blog/post`, `/blog/post/`
 * (a cookie's path is visible from every page under it, RFC 6265 §5.1.4; `/blog` and `/blog/` are two cookies).
 */
export function pathsOf(pathname: string): string[] {
  let path = '';
  return ['/', ...pathname.split('/').filter(Boolean).flatMap((segment) => [(path += `/${segment}`), `${path}/`])];
}

/**
 * Deletes every copy of the cookie `name` (raw, as `document.cookie` shows it) that this page can reach: host-only
 * and on each domain up to the parent, on this page's path and each parent path. In a secure context the deletion
 * carries `Secure`, which `__Secure-` and `__Host-` names require (RFC 6265bis §4.1.3) and any other name accepts,
 * and is made a second time `Partitioned`, since a partitioned copy (CHIPS) is a cookie of its own.
 */
export function expireCookie(name: string): void {
  if (typeof document === 'undefined') return;
  const attributes = globalThis.isSecureContext ? ['; Secure', '; Secure; Partitioned'] : [''];
  for (const domain of ['', ...domainsOf(location.hostname).map((d) => `; Domain=${d}`)]) {
    for (const path of pathsOf(location.pathname)) {
      for (const flags of attributes) document.cookie = `${name}=; Max-Age=0; Path=${path}${domain}${flags}`;
    }
  }
}
