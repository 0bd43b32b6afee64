// The crawl's plan (crawl.ts): sitemaps and their index, links, robots.txt, --pages. Through the package's public
// entry, as users import it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSitemap, planCrawl } from '@aquao/consent-scanner';

describe('the crawl', () => {
  const site = {
    'https://www.shop.fr/robots.txt': [200, 'User-agent: *\nDisallow: /compte\nSitemap: https://www.shop.fr/sitemap-index.xml'],
    'https://www.shop.fr/sitemap-index.xml': [200, '<?xml version="1.0"?><sitemapindex><sitemap><loc>https://www.shop.fr/pages.xml</loc></sitemap></sitemapindex>'],
    'https://www.shop.fr/pages.xml': [
      200,
      '<urlset><url><loc>https://www.shop.fr/</loc></url><url><loc> https://www.shop.fr/a?x=1&amp;y=2 </loc></url><url><loc>https://www.shop.fr/compte/moi</loc></url><url><loc>https://ailleurs.fr/</loc></url><url><loc>https://www.shop.fr/b</loc></url><url><loc>https://www.shop.fr/c</loc></url></urlset>',
    ],
  };
  const fetchText = async (url) => (site[url] ? { status: site[url][0], body: site[url][1] } : { status: 404, body: '' });
  const all = (crawl) => [...(function* () { for (let u = crawl.next(); u; u = crawl.next()) yield u; })()];

  test('parses sitemap entities and tells an index from a urlset', () => {
    assert.deepEqual(parseSitemap(site['https://www.shop.fr/sitemap-index.xml'][1]), { isIndex: true, locations: ['https://www.shop.fr/pages.xml'] });
    assert.equal(parseSitemap(site['https://www.shop.fr/pages.xml'][1]).locations[1], 'https://www.shop.fr/a?x=1&y=2');
  });
  test('the start URL, then the sitemap (through its index): same origin, robots.txt obeyed, up to --pages', async () => {
    const crawl = await planCrawl('https://www.shop.fr/', fetchText, { maxPages: 3 });
    assert.equal(crawl.source, 'sitemap');
    assert.deepEqual(all(crawl), ['https://www.shop.fr/', 'https://www.shop.fr/a?x=1&y=2', 'https://www.shop.fr/b']);
    assert.deepEqual(crawl.disallowed, ['https://www.shop.fr/compte/moi']);
    assert.equal(crawl.wantsLinks, false, 'with a sitemap, links do not feed the crawl');
  });
  test('without a sitemap, links feed it: pages only, no fragment twice, no file', async () => {
    const crawl = await planCrawl('https://www.shop.fr/', async () => ({ status: 404, body: '' }), { maxPages: 10 });
    assert.equal(crawl.source, 'links');
    assert.equal(crawl.next(), 'https://www.shop.fr/');
    for (const link of ['/a#top', '/a', 'https://www.shop.fr/b', 'https://autre.fr/', '/doc.pdf', 'mailto:x@y.fr', '/']) crawl.add(link);
    assert.deepEqual(all(crawl), ['https://www.shop.fr/a', 'https://www.shop.fr/b']);
  });
  test('a robots.txt that cannot be read (5xx) disallows everything, the start URL included; --ignore-robots scans anyway', async () => {
    const down = async () => ({ status: 503, body: '' });
    await assert.rejects(planCrawl('https://www.shop.fr/', down, { maxPages: 2 }), /robots\.txt disallows https:\/\/www\.shop\.fr\/.*--ignore-robots/);
    const crawl = await planCrawl('https://www.shop.fr/', down, { maxPages: 2, respectRobots: false });
    assert.equal(crawl.next(), 'https://www.shop.fr/');
  });
});
