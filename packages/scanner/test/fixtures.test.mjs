// The command on fixture sites (fixtures/server.mjs): a tracker on arrival, a tracker that ignores a refusal, a tool
// added without being declared, a site using vanilla-cookieconsent, a page that fails to load again after the choice,
// a link that redirects to another site, and sites that cannot be scanned. Each checks the exit code and what the JSON
// report names; the HTML reports are then opened in Chromium and checked with axe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../../scripts/browser.mjs';
import { HOST_RULES, startFixtures } from './fixtures/server.mjs';
import { lines, scanCli } from './helpers.mjs';
import { exitCodeFor } from '@aquao/consent-scanner';

const undeclaredConfig = fileURLToPath(new URL('./fixtures/undeclared/config.json', import.meta.url));
let fixtures;
/**
 * Every scan starts at once, each in its own process and browser: most of a scan is waiting for pages to go quiet,
 * so together they take little more than the longest.
 */
let scans;
before(async () => {
  fixtures = await startFixtures();
  // A long wait for banners costs nothing when they show up, and keeps a busy machine from failing the tests.
  const scanSite = (site, ...args) => scanCli([fixtures.origin(site), `--browser-arg=${HOST_RULES}`, '--banner-timeout', '15000', ...args]);
  scans = {
    arrival: scanSite('arrival', '--pages', '3'),
    afterReject: scanSite('after-reject'),
    undeclared: scanSite('undeclared', '--config', undeclaredConfig, '--fail-on', 'undeclared', '--lang', 'en'),
    vcc: scanSite('vcc'),
    leaves: scanSite('leaves'),
    reloadFails: scanSite('reload-fails'),
    unreachable: scanCli(['http://127.0.0.1:9/', '--timeout', '5']),
  };
});
after(async () => {
  await Promise.all(Object.values(scans ?? {}));
  await fixtures?.close();
});

describe('a tracker on arrival', () => {
  test('_ga and the third-party pixel are violations before any choice (and after a refusal), named; exit 1', async () => {
    const { code, stdout, result } = await scans.arrival;
    assert.equal(code, 1, stdout);
    assert.ok(fixtures.hits.includes('arrival'), 'the fixture really called its tracker');
    const violations = lines(result, (f) => f.violation);
    assert.deepEqual(violations, [
      'violation before cookie _ga',
      'violation before request tracker.test',
      'violation reject cookie _ga',
      'violation reject request tracker.test',
    ]);
    const pixel = result.findings.find((f) => f.name === 'tracker.test');
    assert.deepEqual([pixel.classification, pixel.thirdParty, pixel.request.types, pixel.request.signals], ['unknown', true, ['image'], ['pixel']]);
    const ga = result.findings.find((f) => f.name === '_ga');
    assert.deepEqual([ga.classification, ga.category, ga.warnings], ['declared', 'analytics', ['lifetime-over-13-months']]);
    assert.match(stdout, /infraction +cookie +_ga +Google Analytics 4 · mesure d’audience +Avant tout choix, Après un refus/);
    assert.match(stdout, /infraction +appel à un autre site \(image\) +tracker\.test/);
    // The crawl: the start page, then its link; robots.txt keeps /prive out; the PDF is not a page.
    assert.deepEqual(result.pages.map((p) => new URL(p.url).pathname), ['/', '/a-propos.html']);
    assert.deepEqual(result.crawl.disallowedByRobots.map((u) => new URL(u).pathname), ['/prive.html']);
    assert.match(stdout, /\[1\] http:\/\/arrival\.shop\.test:\d+\/ +avant ✗ 2 · refus ✗ 2 · accord ✓ +Bannière\s:\saquao-consent/);
  });
});

describe('a tracker that fires after a refusal', () => {
  test('found in `reject`, on the click and on the next page view (and not before any choice); exit 1', async () => {
    const { code, stdout, result } = await scans.afterReject;
    assert.equal(code, 1, stdout);
    assert.ok(fixtures.hits.includes('after-choice'));
    assert.deepEqual(lines(result, (f) => f.violation), ['violation reject request tracker.test']);
    // Once on the click, once on the next page view: the scan loads the page again after refusing.
    assert.equal(result.findings.find((f) => f.violation).request.count, 2);
    assert.ok(fixtures.hits.includes('next-view'));
    assert.deepEqual(
      result.pages[0].phases.map((p) => [p.phase, p.banner?.label ?? null]),
      [
        ['before', null],
        ['reject', 'Tout refuser'],
        ['accept', 'Tout accepter'],
      ],
      JSON.stringify(result.pages[0].phases),
    );
  });
});

describe('a tool added without being declared', () => {
  test('its cookie and storage key, set after consent only, are undeclared, with the config snippet; exit 1 with --fail-on undeclared, else 0', async () => {
    const { code, stdout, result, markdown } = await scans.undeclared;
    assert.equal(code, 1, stdout);
    assert.equal(exitCodeFor(result, false), 0, 'without --fail-on undeclared, the command exits 0');
    assert.equal(result.config.source, 'given');
    assert.deepEqual(lines(result, (f) => f.verdict !== 'ok'), [
      'undeclared accept cookie _hjSessionUser_4242',
      'undeclared accept storage heatmap_recording',
      'stale - cookie _ga_*',
      'stale - cookie _pk_id.*',
    ]);
    // Hotjar's cookie: named by the catalogue, declared by its service; the unknown key: to be completed, under "?".
    const cookie = result.findings.find((f) => f.name === '_hjSessionUser_4242');
    assert.deepEqual([cookie.classification, cookie.tool, cookie.category], ['known', 'Hotjar', 'analytics']);
    const { analytics, '?': unknown } = result.summary.snippet.categories;
    assert.deepEqual(analytics.services.map((s) => s.id), ['hotjar']);
    assert.deepEqual(unknown.storage.map((c) => [c.name, c.duration]), [['heatmap_recording', { fr: 'jusqu’à effacement', en: 'until cleared' }]]);
    assert.match(stdout, /Undeclared: 2[^]*Declare everything at once[^]*"services": \[[^]*"id": "hotjar"[^]*"name": "heatmap_recording"/);
    assert.match(markdown, /### Undeclared \(2\)[^]*\| `_hjSessionUser_4242` \| cookie \| Hotjar · audience measurement \| After consent \| 1 page \| 12 months \|/);
  });
});

describe('a site using vanilla-cookieconsent', () => {
  test('its banner is found and refused (nothing runs), then accepted (its gated script runs); exit 0', async () => {
    const { code, stdout, result } = await scans.vcc;
    assert.equal(code, 0, stdout);
    const [page] = result.pages;
    assert.deepEqual([page.bannerFound, page.bannerTool], [true, 'vanilla-cookieconsent']);
    assert.deepEqual(page.phases.map((p) => p.banner?.label ?? null), [null, 'Tout refuser', 'Tout accepter']);
    assert.deepEqual(lines(result, (f) => f.phase !== 'accept'), ['ok reject cookie cc_cookie'], 'after the refusal, only its choice is stored');
    assert.deepEqual(lines(result, (f) => f.phase === 'accept').sort(), ['undeclared accept cookie _ga', 'undeclared accept cookie cc_cookie']);
    assert.equal(result.findings.find((f) => f.name === 'cc_cookie').exempt, 'necessary', 'a consent tool\'s own cookie is exempt');
  });
});

describe('a page that fails to load again after the choice', () => {
  test('what the phases saw before still counts, and the page is one with errors; exit 1', async () => {
    const { code, stdout, result, markdown } = await scans.reloadFails;
    assert.equal(code, 1, stdout);
    assert.ok(fixtures.hits.includes('reload-fails'), 'the fixture really called its tracker on the click');
    assert.deepEqual(lines(result, (f) => f.violation), ['violation reject request tracker.test']);
    const [page] = result.pages;
    assert.deepEqual(page.phases.map((p) => [p.phase, Boolean(p.error)]), [['before', false], ['reject', true], ['accept', true]]);
    assert.equal(result.summary.pagesFailed, 1);
    assert.match(markdown, /Après un refus\s:\simpossible à analyser \(/);
  });
});

describe('a link that redirects to another site', () => {
  test('the page it lands on is not scanned as this site\'s: reported, no violation of the other site\'s; exit 0', async () => {
    const { code, stdout, result } = await scans.leaves;
    assert.equal(code, 0, stdout);
    const [home, partner] = result.pages;
    assert.equal(new URL(partner.url).pathname, '/go/arrival');
    assert.match(partner.error, /^redirected to http:\/\/arrival\.shop\.test:\d+, another origin: not scanned$/);
    assert.equal(home.error, undefined);
    assert.deepEqual(lines(result, (f) => f.verdict !== 'ok'), []);
    assert.ok(!result.findings.some((f) => f.page === partner.url), 'nothing of the other site is counted');
  });
});

describe('a site that cannot be scanned: exit 2', () => {
  test('nothing answers', async () => {
    const { code, stderr, result } = await scans.unreachable;
    assert.equal(code, 2);
    assert.match(stderr, /http:\/\/127\.0\.0\.1:9\/ could not be loaded/);
    assert.equal(result, undefined, 'no report for a scan that did not happen');
  });

  test('a config with a wrong key is refused, naming the key', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aquao-scan-config-'));
    const config = join(dir, 'config.json');
    await writeFile(config, '{ "maxAgeDays": 400 }');
    const { code, stderr } = await scanCli([fixtures.origin('arrival'), '--config', config]);
    await rm(dir, { recursive: true });
    assert.equal(code, 2);
    assert.match(stderr, /config\.json: maxAgeDays: doit être entre 1 et 395/);
  });

  test('a wrong option', async () => {
    const { code, stderr } = await scanCli(['https://www.aquao.fr', '--pages', 'many']);
    assert.equal(code, 2);
    assert.match(stderr, /--pages takes a whole number of at least 1, not "many"[^]*Usage: aquao-consent-scan <url>/);
  });
});

describe('the HTML report', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser?.close());
  const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

  for (const [name, language, expected] of [
    ['arrival', 'fr', /Non conforme : 2 éléments[^]*<code>_ga<\/code>[^]*<code>tracker\.test<\/code>/],
    ['undeclared', 'en', /Compliant: nothing is stored[^]*<code>_hjSessionUser_4242<\/code>[^]*Declare everything at once/],
  ]) {
    test(`${name} (${language}): summary first, standalone, axe-clean at 1280 px and 320 px`, async () => {
      const { html } = await scans[name];
      assert.match(html, expected);
      for (const width of [1280, 320]) {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        const requests = [];
        page.on('request', (r) => r.url().startsWith('data:') || requests.push(r.url()));
        await page.setContent(html);
        assert.deepEqual(requests, [], 'standalone: the report loads nothing');
        assert.equal(await page.getAttribute('html', 'lang'), language);
        // The verdict comes before the details.
        assert.deepEqual(await page.locator('main > section h2').evaluateAll((hs) => hs.slice(1, 3).map((h) => h.id)), ['violations', 'undeclared']);
        await page.addScriptTag({ path: axeSource });
        const { violations } = await page.evaluate(() =>
          window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }),
        );
        assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], `axe at ${width} px`);
        // Reflow (WCAG 1.4.10): no horizontal scrolling of the page at 320 CSS px; wide tables scroll in their region.
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `no horizontal scroll at ${width} px`);
        await context.close();
      }
    });
  }
});
