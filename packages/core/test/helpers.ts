/** Shared test helpers: a clean cookie jar between tests, as js-cookie's own suite does. */
import { waitUntil } from '@open-wc/testing';
import {
  SCHEMA_VERSION,
  createConsentManager,
  type ConsentConfig,
  type ConsentManager,
  type ConsentManagerOptions,
} from '@aquao/consent-core';

/**
 * Deletes every cookie a page (default: this one) can see: on its path and each parent path, with and without
 * `Secure` and `Partitioned`. Written apart from the library's own deletion, so a test never trusts the code it tests.
 */
export function wipeCookies(win: Window = window): void {
  const { document: doc, location } = win;
  const segments = location.pathname.split('/').filter(Boolean);
  const paths = ['/', ...segments.flatMap((_, i) => ['/' + segments.slice(0, i + 1).join('/'), '/' + segments.slice(0, i + 1).join('/') + '/'])];
  for (const pair of doc.cookie.split(';')) {
    // A cookie without a name shows as its value alone, and is deleted by writing that value again, expired.
    const cookie = pair.includes('=') ? `${pair.split('=')[0]!.trim()}=` : pair.trim();
    for (const path of paths) {
      for (const flags of ['', '; Secure', '; Secure; Partitioned']) doc.cookie = `${cookie}; Max-Age=0; Path=${path}${flags}`;
    }
  }
}

/** Cookie names currently visible to the page. */
export const cookieNames = (): string[] =>
  document.cookie
    .split(';')
    .map((pair) => pair.split('=')[0]!.trim())
    .filter(Boolean);

/** The raw (decoded) value of one cookie, as the browser holds it. */
export function rawCookie(name: string): string | undefined {
  const pair = document.cookie.split('; ').find((p) => p.startsWith(`${name}=`));
  return pair === undefined ? undefined : decodeURIComponent(pair.slice(name.length + 1));
}

/** Writes a cookie exactly as given, bypassing the library. */
export function writeRawCookie(name: string, value: string): void {
  document.cookie = `${name}=${encodeURIComponent(value)}; Path=/`;
}

/** A stored record as the library writes it, for tests that tamper with one field. */
export const validRecord = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  v: SCHEMA_VERSION,
  rev: 1,
  id: '0b6f2f3e-6c1c-4a36-9a53-0c1c3e0c8d2a',
  first: Date.now() - 1000,
  last: Date.now() - 1000,
  method: 'accept-all',
  cats: { necessary: true, analytics: true, marketing: false },
  svcs: { necessary: {}, analytics: {}, marketing: {} },
  ...overrides,
});

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Call inside a `describe`: returns a `make(options?, config?)` whose managers are destroyed after each test, with
 * every cookie wiped.
 */
export function managersFor(config: ConsentConfig) {
  const made: ConsentManager[] = [];
  afterEach(() => {
    for (const manager of made.splice(0)) manager.destroy();
    wipeCookies();
  });
  return (options: ConsentManagerOptions = {}, other = config): ConsentManager => {
    const manager = createConsentManager(other, options);
    made.push(manager);
    return manager;
  };
}

/** A "tab" of the site (fixtures/tab.html, served with a strict CSP): its own manager and gating, and what ran. */
export type Tab = Window &
  typeof globalThis & {
    manager: ConsentManager;
    __ran: string[];
    __violations: string[];
  };

/** Opens fixtures/tab.html in a same-origin frame, its manager using the decision cookie `cookie`. */
export async function openTab(cookie: string): Promise<{ frame: HTMLIFrameElement; tab: Tab }> {
  const frame = document.createElement('iframe');
  frame.src = new URL(`./fixtures/tab.html?cookie=${cookie}`, import.meta.url).href;
  document.body.append(frame);
  const tab = frame.contentWindow as Tab;
  await waitUntil(() => tab.manager !== undefined, 'the tab should start its manager', { timeout: 4000 });
  return { frame, tab };
}

/** A page of the site in a same-origin frame (fixtures/core-page.ts): the core on `window.core`, and what it reported. */
export type CorePage = Window & typeof globalThis;

/** Opens a fixture page that loads fixtures/core-page.ts, e.g. `deep/path/page.html`, and waits for its core. */
export async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; page: CorePage }> {
  const frame = document.createElement('iframe');
  frame.src = new URL(`./fixtures/${path}`, import.meta.url).href;
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as CorePage | null)?.core !== undefined, `${path} should load`, { timeout: 4000 });
  return { frame, page: frame.contentWindow as CorePage };
}
