/**
 * Which pages to scan: the start URL, then same-origin pages from the sitemap when there is one, else the links found
 * on the pages scanned so far (breadth first), up to a number of pages; never a page robots.txt disallows.
 */
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, type Robots } from './robots.js';

/** A body fetched through the scanning browser (its network stack, its proxy and host rules); `undefined` when unreachable. */
export type TextFetcher = (url: string) => Promise<{ status: number; body: string } | undefined>;

/** The token the scanner reads robots.txt groups for, and puts at the end of its user agent. */
export const ROBOTS_TOKEN = 'aquao-consent-scan';

/** Links to these are files, not pages: a consent scan has nothing to see there. */
const NOT_A_PAGE = /\.(pdf|zip|gz|tgz|rar|7z|jpe?g|png|gif|webp|avif|svg|ico|mp[34]|webm|avi|mov|wav|ogg|docx?|xlsx?|pptx?|odt|ods|csv|txt|xml|json|js|css|woff2?|ttf|eot|exe|dmg|apk)$/i;
/** Sitemaps read at the most (an index and the sitemaps it lists), so a huge site is not read whole. */
const MAX_SITEMAPS = 10;

const decodeXml = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);

/** The `<loc>` URLs of a sitemap or sitemap index (sitemaps.org protocol), and which of the two it is. */
export function parseSitemap(xml: string): { isIndex: boolean; locations: string[] } {
  const locations = [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/gi)].map((m) => decodeXml(m[1]!));
  return { isIndex: /<sitemapindex[\s>]/i.test(xml), locations };
}

export interface CrawlOptions {
  /** Pages to scan at the most, the start URL included. */
  readonly maxPages: number;
  /** Follow robots.txt. Default `true`; a site owner scanning their own staging site may turn it off. */
  readonly respectRobots?: boolean;
}

export class Crawl {
  /** The start URL first, then the pages added, in order. */
  private readonly queue: string[];
  private readonly seen = new Set<string>();
  /** Pages queued so far, the start URL included: never more than `maxPages`. */
  private planned = 1;
  /** Same-origin URLs robots.txt kept out of the scan. */
  readonly disallowed: string[] = [];

  constructor(
    readonly start: URL,
    private readonly robots: Robots,
    private readonly maxPages: number,
    /** Where the pages come from after the start URL. */
    readonly source: 'sitemap' | 'links',
  ) {
    this.queue = [start.href];
    this.seen.add(start.href);
  }

  /** Whether links found on the pages still feed the crawl (not when the sitemap gave the list). */
  get wantsLinks(): boolean {
    return this.source === 'links' && this.planned < this.maxPages;
  }

  /** Queues a URL if it is a same-origin page not seen yet that robots.txt allows. */
  add(href: string): void {
    let url: URL;
    try {
      url = new URL(href, this.start);
    } catch {
      return;
    }
    url.hash = '';
    if (url.origin !== this.start.origin || NOT_A_PAGE.test(url.pathname) || this.seen.has(url.href)) return;
    this.seen.add(url.href);
    if (!this.robots.isAllowed(url.pathname + url.search)) {
      this.disallowed.push(url.href);
      return;
    }
    if (this.planned < this.maxPages) {
      this.queue.push(url.href);
      this.planned++;
    }
  }

  /** The next page to scan, or `undefined` when done. The start URL comes first. */
  next(): string | undefined {
    return this.queue.shift();
  }
}

export class RobotsDisallowError extends Error {
  constructor(url: string) {
    super(`robots.txt disallows ${url} for ${ROBOTS_TOKEN} (or for every robot): add --ignore-robots to scan your own site anyway.`);
    this.name = 'RobotsDisallowError';
  }
}

async function readRobots(start: URL, fetchText: TextFetcher): Promise<Robots> {
  const response = await fetchText(new URL('/robots.txt', start).href);
  if (!response || response.status >= 500) return DISALLOW_ALL;
  if (response.status >= 400) return ALLOW_ALL;
  return parseRobots(response.body, ROBOTS_TOKEN, start.href);
}

/** Same-origin page URLs from the sitemaps robots.txt names, else `/sitemap.xml`, following sitemap indexes. */
async function readSitemaps(start: URL, robots: Robots, fetchText: TextFetcher): Promise<string[]> {
  const sameOrigin = (href: string) => URL.canParse(href) && new URL(href).origin === start.origin;
  const pending = robots.sitemaps.filter(sameOrigin);
  if (!pending.length) pending.push(new URL('/sitemap.xml', start).href);
  const pages: string[] = [];
  for (let read = 0; pending.length && read < MAX_SITEMAPS; read++) {
    const response = await fetchText(pending.shift()!);
    if (!response || response.status >= 400 || !/<(urlset|sitemapindex)[\s>]/i.test(response.body)) continue;
    const { isIndex, locations } = parseSitemap(response.body);
    (isIndex ? pending : pages).push(...locations.filter(sameOrigin));
  }
  return pages;
}

/**
 * Reads robots.txt and the sitemap, and returns the crawl.
 * @throws {RobotsDisallowError} when robots.txt keeps the start URL out.
 */
export async function planCrawl(startUrl: string, fetchText: TextFetcher, options: CrawlOptions): Promise<Crawl> {
  const start = new URL(startUrl);
  start.hash = '';
  const robots = options.respectRobots === false ? ALLOW_ALL : await readRobots(start, fetchText);
  if (!robots.isAllowed(start.pathname + start.search)) throw new RobotsDisallowError(start.href);
  const fromSitemap = options.maxPages > 1 ? await readSitemaps(start, robots, fetchText) : [];
  const crawl = new Crawl(start, robots, options.maxPages, fromSitemap.length ? 'sitemap' : 'links');
  for (const url of fromSitemap) crawl.add(url);
  return crawl;
}
