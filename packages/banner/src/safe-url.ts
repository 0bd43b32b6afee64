/**
 * Links come from config: only http(s) and relative URLs are rendered, never `javascript:` or `data:`. The URL
 * parser decides, as the browser will (it strips the tabs and newlines of a `java\tscript:` trick).
 *
 * Its own module (and entry, `@aquao/consent-banner/safe-url`), so code that checks a URL does not pull in Lit or
 * any component.
 */
export function isSafeUrl(url: unknown): url is string {
  try {
    return typeof url === 'string' && /^https?:$/.test(new URL(url, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}
