/**
 * One phase of one page, in a fresh browser context (no cookie, no storage, no cache): `before` loads, scrolls and
 * waits without a click; `reject` and `accept` also click the banner's button, wait, and load the page again, so what
 * the stored choice lets run on the next page view is seen too.
 */
import type { Browser, Page } from 'playwright-core';
import { clickBannerButton, type BannerClick } from './banner-finder.js';
import {
  mergeBy,
  readCookies,
  readStorage,
  watchRequests,
  type ObservedCookie,
  type ObservedRequest,
  type ObservedStorage,
  type Phase,
} from './observe.js';

export interface PhaseTiming {
  /** Longest wait for the page to go quiet (no request in flight for 500 ms) after each step, in ms. */
  readonly settleMs: number;
  /** Longest wait for a banner button to show up, in ms. */
  readonly bannerMs: number;
  /** Navigation timeout, in ms. */
  readonly navigationMs: number;
}

export interface PhaseOptions extends PhaseTiming {
  /** The browser's user agent for this scan. */
  readonly userAgent: string;
  /** Browser locale (`Accept-Language`, `navigator.language`). */
  readonly locale: string;
}

export interface PhaseRecord {
  readonly phase: Phase;
  /** The banner button clicked (`reject`, `accept`); absent for `before`. */
  readonly banner?: BannerClick;
  readonly cookies: ObservedCookie[];
  readonly storage: ObservedStorage[];
  readonly requests: ObservedRequest[];
  /** What went wrong, when the page could not be loaded in this phase. */
  readonly error?: string;
  readonly ms: number;
}

/** Extras the first phase of a page reads for the crawl and the config. */
export interface PageExtras {
  links: string[];
  /** The text of the page's `#aquao-consent-config` element, if any. */
  embeddedConfig?: string;
}

const QUIET_MS = 500;

/** Waits until no request has been in flight for 500 ms, or `maxMs`. */
async function settle(page: Page, inFlight: () => number, maxMs: number): Promise<void> {
  const deadline = Date.now() + maxMs;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (inFlight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= QUIET_MS) return;
    await page.waitForTimeout(50);
  }
}

/** Scrolls to the bottom a screen at a time (lazy content loads, and a banner that takes scrolling for consent shows it). */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let i = 0; i < 20 && innerHeight + scrollY < document.documentElement.scrollHeight; i++) {
      scrollBy(0, innerHeight);
      await frame();
    }
  });
}

export async function runPhase(browser: Browser, url: string, phase: Phase, options: PhaseOptions, extras?: PageExtras): Promise<PhaseRecord> {
  const started = Date.now();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: options.locale, userAgent: options.userAgent });
  const requests = watchRequests(context, new URL(url).hostname);
  let pending = 0;
  context.on('request', () => pending++);
  context.on('requestfinished', () => pending--);
  context.on('requestfailed', () => pending--);
  const cookies: ObservedCookie[] = [];
  const storage: ObservedStorage[] = [];
  let banner: BannerClick | undefined;
  let error: string | undefined;
  /** Set when the page landed on another origin (a same-origin link that redirects to a partner, a shop…). */
  let leftFor: string | undefined;
  const page = await context.newPage();
  const { origin } = new URL(url);
  // What another origin's page sets and calls is that site's, not this one's: the crawl stays on the scanned origin.
  // Only a web page counts as elsewhere: after a failed load the browser shows its own error page, and what the
  // phase saw before that still counts.
  const stayOnOrigin = () => {
    const landed = new URL(page.url());
    if (!/^https?:$/.test(landed.protocol) || landed.origin === origin) return;
    leftFor = landed.origin;
    throw new Error(`redirected to ${leftFor}, another origin: not scanned`);
  };
  const record = async () => {
    stayOnOrigin();
    mergeBy(cookies, await readCookies(context), (c) => `${c.name};${c.domain};${c.path}`);
    mergeBy(storage, await readStorage(page), (s) => `${s.type};${s.origin};${s.name}`);
  };
  // Each step waits for quiet once: load (and scroll) then settle; the click then settles before the page is loaded again.
  const load = async (reload = false) => {
    const response = reload
      ? await page.reload({ waitUntil: 'load', timeout: options.navigationMs })
      : await page.goto(url, { waitUntil: 'load', timeout: options.navigationMs });
    stayOnOrigin();
    if (response && response.status() >= 400) throw new Error(`HTTP ${response.status()}`);
  };
  const scrollAndSettle = async () => {
    await scrollThrough(page);
    await settle(page, () => pending, options.settleMs);
  };
  try {
    await load();
    if (phase === 'before') {
      await scrollAndSettle();
      if (extras) {
        // A script may have taken the page elsewhere meanwhile: another site's links and config are not this one's.
        stayOnOrigin();
        extras.links = await page.evaluate(() => Array.from(document.querySelectorAll('a[href]'), (a) => (a as HTMLAnchorElement).href));
        const config = await page.evaluate(() => document.getElementById('aquao-consent-config')?.textContent ?? undefined);
        if (config !== undefined) extras.embeddedConfig = config;
      }
    } else {
      banner = await clickBannerButton(page, phase, options.bannerMs);
      await settle(page, () => pending, options.settleMs);
      await record();
      await load(true);
      await scrollAndSettle();
    }
    await record();
  } catch (e) {
    error = (e as Error).message.split('\n')[0];
    if (!leftFor) await record().catch(() => undefined);
  } finally {
    await context.close();
  }
  return {
    phase,
    ...(banner ? { banner } : {}),
    cookies: leftFor ? [] : cookies,
    storage: leftFor ? [] : storage,
    requests: leftFor ? [] : [...requests.values()],
    ...(error ? { error } : {}),
    ms: Date.now() - started,
  };
}
