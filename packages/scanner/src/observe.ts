/**
 * What a page leaves behind in one phase, seen from the browser: the cookie jar, every frame's Web Storage keys, and
 * the requests to other sites. Values are never kept: only names and attributes (a cookie's value can be personal
 * data, and the report is meant to be forwarded).
 */
import type { BrowserContext, Page, Request } from 'playwright-core';
import { isSameSite } from './site.js';

export type Phase = 'before' | 'reject' | 'accept';
export const PHASES: readonly Phase[] = ['before', 'reject', 'accept'];

export interface ObservedCookie {
  readonly name: string;
  readonly domain: string;
  readonly path: string;
  /** Expiry, in seconds since the epoch; `-1` for a session cookie. */
  readonly expires: number;
  readonly secure: boolean;
  readonly httpOnly: boolean;
  readonly sameSite: 'Strict' | 'Lax' | 'None';
}

export interface ObservedStorage {
  readonly name: string;
  readonly type: 'localStorage' | 'sessionStorage';
  /** The origin of the frame whose storage holds it. */
  readonly origin: string;
}

/** Why a request to another site counts as tracking (beyond a known tracker's host). */
export type TrackingSignal = 'beacon' | 'post' | 'pixel' | 'cookie';

/** The requests to one host of another site, grouped. */
export interface ObservedRequest {
  readonly host: string;
  /** The first URL, without its query string or fragment (they can carry personal data). */
  readonly url: string;
  readonly types: string[];
  count: number;
  readonly signals: TrackingSignal[];
}

/** An image this small, fetched with a query string, is a tracking pixel, whatever its name. */
const PIXEL_MAX_BYTES = 1024;

/** Records the requests to other sites than `pageHost`'s made by every page and frame of `context`. */
export function watchRequests(context: BrowserContext, pageHost: string): Map<string, ObservedRequest> {
  const byHost = new Map<string, ObservedRequest>();
  const entry = (request: Request) => {
    const url = new URL(request.url());
    if (!/^(https?|wss?):$/.test(url.protocol) || isSameSite(url.hostname, pageHost)) return undefined;
    let seen = byHost.get(url.hostname);
    if (!seen) byHost.set(url.hostname, (seen = { host: url.hostname, url: url.origin + url.pathname, types: [], count: 0, signals: [] }));
    return seen;
  };
  const signal = (seen: ObservedRequest, name: TrackingSignal) => seen.signals.includes(name) || seen.signals.push(name);
  context.on('request', (request) => {
    const seen = entry(request);
    if (!seen) return;
    seen.count++;
    const type = request.resourceType();
    if (!seen.types.includes(type)) seen.types.push(type);
    if (type === 'ping') signal(seen, 'beacon');
    if (request.method() === 'POST') signal(seen, 'post');
  });
  context.on('requestfinished', async (request) => {
    const seen = entry(request);
    if (!seen) return;
    try {
      const [headers, response, sizes] = await Promise.all([request.allHeaders(), request.response(), request.sizes()]);
      if (headers['cookie'] || (await response?.headerValue('set-cookie'))) signal(seen, 'cookie');
      if (request.resourceType() === 'image' && new URL(request.url()).search && sizes.responseBodySize <= PIXEL_MAX_BYTES) {
        signal(seen, 'pixel');
      }
    } catch {
      // The context closed while we asked: the request itself is already counted.
    }
  });
  return byHost;
}

/** Cookies from the context's jar, every site's. */
export async function readCookies(context: BrowserContext): Promise<ObservedCookie[]> {
  return (await context.cookies()).map(({ name, domain, path, expires, secure, httpOnly, sameSite }) => ({
    name,
    domain,
    path,
    expires,
    secure,
    httpOnly,
    sameSite,
  }));
}

/** localStorage and sessionStorage keys of every frame of the page (a sandboxed frame without storage is skipped). */
export async function readStorage(page: Page): Promise<ObservedStorage[]> {
  const perFrame = await Promise.all(
    page.frames().map((frame) =>
      frame
        .evaluate(() => {
          const keys = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => storage.key(i)!);
          return { origin: location.origin, local: keys(localStorage), session: keys(sessionStorage) };
        })
        .catch(() => undefined),
    ),
  );
  return perFrame.flatMap((frame) =>
    frame && frame.origin !== 'null'
      ? [
          ...frame.local.map((name) => ({ name, type: 'localStorage' as const, origin: frame.origin })),
          ...frame.session.map((name) => ({ name, type: 'sessionStorage' as const, origin: frame.origin })),
        ]
      : [],
  );
}

/** Adds `items` not already in `into`, by `key`. */
export function mergeBy<T>(into: T[], items: readonly T[], key: (item: T) => string): void {
  const keys = new Set(into.map(key));
  for (const item of items) if (!keys.has(key(item))) (keys.add(key(item)), into.push(item));
}
