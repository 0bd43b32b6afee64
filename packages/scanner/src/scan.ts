/**
 * A scan: one browser, the crawl, three phases per page (each in its own fresh context, one page at a time), then the
 * findings and their summary. Memory stays bounded: one context is open at a time, and only names and attributes
 * are kept.
 */
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import type { BannerClick } from './banner-finder.js';
import { launchChrome } from './chrome.js';
import { classify, type Finding } from './classify.js';
import { planCrawl, ROBOTS_TOKEN, type TextFetcher } from './crawl.js';
import { NO_DECLARATIONS, parseDeclarations, type Declarations } from './declarations.js';
import { DEFAULT_KNOWN_TOOLS } from './catalogue-tools.js';
import type { KnownTools } from './known-tools.js';
import { PHASES, type Phase } from './observe.js';
import { runPhase, type PageExtras, type PhaseOptions, type PhaseRecord } from './phase.js';
import { summarize, type Summary } from './summary.js';

export const VERSION: string = createRequire(import.meta.url)('../package.json').version;

export interface ScanOptions {
  /** Where to start: the crawl stays on its origin. Required. */
  readonly url: string;
  /** Pages to scan at the most, the start URL included. Default `10`. */
  readonly maxPages?: number;
  /**
   * The config to check against. Default: the start page's own `#aquao-consent-config`, if it has one; without
   * either, nothing counts as declared (violations are still found).
   */
  readonly declarations?: Declarations;
  /** Tools to name what the config does not. Default: the catalogue (`@aquao/consent-catalogue`) and the consent tools. */
  readonly known?: KnownTools;
  /** Follow robots.txt. Default `true`. */
  readonly respectRobots?: boolean;
  /** Longest wait for a page to go quiet after each step, ms. Default `3000` (a quiet page takes 500 ms). */
  readonly settleMs?: number;
  /** Longest wait for a banner's button, ms. Default `5000`; a page without a banner costs this twice. */
  readonly bannerMs?: number;
  /** Timeout of each page load, ms. Default `30000`. */
  readonly navigationMs?: number;
  /** Browser locale. Default `fr-FR`. */
  readonly locale?: string;
  /** Language of a config error found in the page. Default `en`. */
  readonly lang?: 'fr' | 'en';
  /** More Chromium flags. Default none. */
  readonly browserArgs?: readonly string[];
  /** Called after each page, for a progress line. */
  readonly onPage?: (page: PageResult, index: number) => void;
}

export interface PhaseSummary {
  readonly phase: Phase;
  readonly ms: number;
  readonly banner?: BannerClick;
  readonly error?: string;
  readonly violations: number;
  readonly undeclared: number;
}

export interface PageResult {
  readonly url: string;
  readonly ms: number;
  /** Why the page could not be scanned. */
  readonly error?: string;
  /** Whether a banner button was found in `reject` and in `accept`. */
  readonly bannerFound: boolean;
  /** The consent tool recognised, if any. */
  readonly bannerTool?: string;
  readonly phases: PhaseSummary[];
}

export interface ScanResult {
  readonly scanner: { readonly name: '@aquao/consent-scanner'; readonly version: string };
  readonly url: string;
  readonly startedAt: string;
  readonly ms: number;
  readonly browser: string;
  readonly config: { readonly source: 'given' | 'page' | 'none'; readonly consentCookie: string; readonly maxAgeDays: number | null };
  readonly crawl: { readonly source: 'sitemap' | 'links'; readonly disallowedByRobots: readonly string[] };
  readonly pages: PageResult[];
  readonly findings: Finding[];
  readonly summary: Summary;
}

/** The start page could not be scanned: nothing else can be said about the site. */
export class ScanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScanError';
  }
}

/** A normal browser's user agent (not "HeadlessChrome", which some sites treat differently) with our token at the end. */
async function userAgentFor(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  const ua = await (await context.newPage()).evaluate(() => navigator.userAgent);
  await context.close();
  return `${ua.replace('HeadlessChrome', 'Chrome')} ${ROBOTS_TOKEN}/${VERSION}`;
}

/**
 * Fetches robots.txt and sitemaps through the browser, so its proxy and host rules apply: with `fetch()` from one of
 * the site's pages, so any content type reads as text. That page runs no script and loads nothing else, so it does
 * not count as a visit. `resolve` follows the start URL's redirects (to https, to www.): the crawl stays on the origin
 * the site really serves.
 */
function browserFetcher(browser: Browser, userAgent: string, timeout: number) {
  const ready = browser.newContext({ userAgent, javaScriptEnabled: false, bypassCSP: true }).then(async (context) => {
    await context.route('**', (route) => {
      const request = route.request();
      return request.isNavigationRequest() || request.resourceType() === 'fetch' ? route.continue() : route.abort();
    });
    return { context, page: await context.newPage() };
  });
  const visit = async (url: string) => {
    const { page } = await ready;
    await page.goto(url, { timeout, waitUntil: 'commit' });
    return page;
  };
  return {
    resolve: (url: string): Promise<string> =>
      visit(url).then(
        (page) => page.url(),
        (error: Error) => {
          throw new ScanError(`${url} could not be loaded: ${error.message.split('\n')[0]}`);
        },
      ),
    fetchText: (async (url) => {
      const { page } = await ready;
      const { origin } = new URL(url);
      if (new URL(page.url()).origin !== origin && !(await visit(`${origin}/`).catch(() => undefined))) return undefined;
      return page.evaluate(
        async ([href, ms]) => {
          try {
            const response = await fetch(href, { credentials: 'omit', signal: AbortSignal.timeout(ms) });
            return { status: response.status, body: await response.text() };
          } catch {
            return undefined;
          }
        },
        [url, timeout] as const,
      );
    }) as TextFetcher,
    close: async () => (await ready).context.close(),
  };
}

const count = (findings: readonly Finding[], verdict: Finding['verdict']) => findings.filter((f) => f.verdict === verdict).length;

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const started = Date.now();
  const maxPages = options.maxPages ?? 10;
  const known = options.known ?? DEFAULT_KNOWN_TOOLS;
  let url: URL;
  try {
    url = new URL(options.url);
    if (!/^https?:$/.test(url.protocol)) throw new Error();
  } catch {
    throw new ScanError(`${options.url} is not an http(s) URL`);
  }
  const browser = await launchChrome(options.browserArgs);
  try {
    const userAgent = await userAgentFor(browser);
    const phaseOptions: PhaseOptions = {
      userAgent,
      locale: options.locale ?? 'fr-FR',
      settleMs: options.settleMs ?? 3000,
      bannerMs: options.bannerMs ?? 5000,
      navigationMs: options.navigationMs ?? 30000,
    };
    const fetcher = browserFetcher(browser, userAgent, phaseOptions.navigationMs);
    const start = await fetcher.resolve(url.href).catch(async (error) => {
      await fetcher.close();
      throw error;
    });
    const crawl = await planCrawl(start, fetcher.fetchText, { maxPages, respectRobots: options.respectRobots ?? true }).finally(fetcher.close);

    let declarations = options.declarations;
    let configSource: ScanResult['config']['source'] = declarations ? 'given' : 'none';
    const pages: PageResult[] = [];
    const observations: { url: string; phases: PhaseRecord[] }[] = [];
    for (let pageUrl = crawl.next(); pageUrl; pageUrl = crawl.next()) {
      const pageStarted = Date.now();
      const extras: PageExtras = { links: [] };
      // The page's three phases run at once, each in its own context: most of a phase is waiting for the page to go
      // quiet, so together they take little more than the longest. Still one page at a time.
      const all = await Promise.all(PHASES.map((phase) => runPhase(browser, pageUrl, phase, phaseOptions, phase === 'before' ? extras : undefined)));
      const error = all[0]!.error;
      if (!pages.length && error) throw new ScanError(`${pageUrl} could not be loaded: ${error}`);
      // A page that cannot be loaded before any choice is reported as such, not phase by phase.
      const phases = error ? all.slice(0, 1) : all;
      if (!declarations && extras.embeddedConfig !== undefined) {
        declarations = parseDeclarations(extras.embeddedConfig, `the #aquao-consent-config element of ${pageUrl}`, options.lang);
        configSource = 'page';
      }
      if (!error && crawl.wantsLinks) extras.links.forEach((link) => crawl.add(link));
      observations.push({ url: pageUrl, phases });
      // Classified page by page for the progress line; the whole scan is classified again at the end for stale items.
      const pageFindings = classify([{ url: pageUrl, phases }], { declarations: declarations ?? NO_DECLARATIONS, known, now: started });
      const clicks = phases.map((p) => p.banner).filter((b): b is BannerClick => !!b);
      const page: PageResult = {
        url: pageUrl,
        ms: Date.now() - pageStarted,
        ...(error ? { error } : {}),
        bannerFound: clicks.length > 0 && clicks.every((b) => b.found),
        ...(clicks.find((b) => b.tool)?.tool ? { bannerTool: clicks.find((b) => b.tool)!.tool! } : {}),
        phases: phases.map((p) => {
          const mine = pageFindings.filter((f) => f.phase === p.phase);
          return {
            phase: p.phase,
            ms: p.ms,
            ...(p.banner ? { banner: p.banner } : {}),
            ...(p.error ? { error: p.error } : {}),
            violations: count(mine, 'violation'),
            undeclared: count(mine, 'undeclared'),
          };
        }),
      };
      pages.push(page);
      options.onPage?.(page, pages.length);
    }

    const used = declarations ?? NO_DECLARATIONS;
    const findings = classify(observations, { declarations: used, known, now: started });
    return {
      scanner: { name: '@aquao/consent-scanner', version: VERSION },
      url: start,
      startedAt: new Date(started).toISOString(),
      ms: Date.now() - started,
      browser: `Chromium ${browser.version()}`,
      config: { source: configSource, consentCookie: used.consentCookie, maxAgeDays: used.maxAgeDays ?? null },
      crawl: { source: crawl.source, disallowedByRobots: crawl.disallowed },
      pages,
      findings,
      summary: summarize(findings, pages),
    };
  } finally {
    await browser.close();
  }
}
