// The scanner's parts that need no browser: robots.txt, sitemaps, the crawl's choices, classification and verdicts,
// lifetimes, snippets, the command line. Through the package's public entry, as users import it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CHROME_CANDIDATES,
  ChromeNotFoundError,
  bannerNameTier,
  CONSENT_TOOLS,
  DEFAULT_KNOWN_TOOLS,
  NO_DECLARATIONS,
  SCANNER_CHROME_ARGS,
  classify,
  combineKnownTools,
  knownToolsFromList,
  mergeSnippets,
  parseCommandLine,
  parseDeclarations,
  parseRobots,
  parseSitemap,
  planCrawl,
  summarize,
  STRINGS,
  terminalSummary,
  markdownReport,
} from '@aquao/consent-scanner';
import { CHROME_ARGS, CHROME_CANDIDATES as TEST_CHROME_CANDIDATES, MISSING_MESSAGE } from '../../../scripts/find-chrome.mjs';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const DAY = 86400;
const inDays = (days) => NOW / 1000 + days * DAY;
const cookie = (name, extra = {}) => ({ name, domain: 'www.shop.fr', path: '/', expires: -1, secure: true, httpOnly: false, sameSite: 'Lax', ...extra });
const request = (host, extra = {}) => ({ host, url: `https://${host}/x`, types: ['script'], count: 1, signals: [], ...extra });
const phase = (name, observed = {}) => ({ phase: name, cookies: [], storage: [], requests: [], ms: 1, ...observed });
const page = (phases) => [{ url: 'https://www.shop.fr/', phases }];
const config = parseDeclarations(
  JSON.stringify({
    maxAgeDays: 182,
    categories: {
      necessary: { cookies: ['PHPSESSID'] },
      analytics: { cookies: ['_ga', '_ga_*'] },
      marketing: { services: [{ id: 'ads', cookies: ['_gcl_*'] }] },
    },
  }),
  'test config',
);
const only = (findings, name) => findings.filter((f) => f.name === name);

describe('robots.txt (RFC 9309)', () => {
  const robots = parseRobots(
    [
      'User-agent: googlebot',
      'Disallow: /',
      '',
      'User-agent: *',
      'Disallow: /private',
      'Allow: /private/ok',
      'Disallow: /*.php$',
      'Disallow: /tie',
      'Allow: /tie',
      'Disallow:',
      'Sitemap: /sitemap-index.xml',
    ].join('\n'),
    'aquao-consent-scan',
    'https://www.shop.fr/',
  );
  test('our group is `*` when none names us; the longest match wins, allow wins a tie', () => {
    assert.equal(robots.isAllowed('/'), true);
    assert.equal(robots.isAllowed('/private/x'), false);
    assert.equal(robots.isAllowed('/private/ok/page'), true);
    assert.equal(robots.isAllowed('/index.php'), false);
    assert.equal(robots.isAllowed('/index.php?x=1'), true, '$ anchors the end');
    assert.equal(robots.isAllowed('/tie/x'), true, 'allow wins a tie');
    assert.deepEqual(robots.sitemaps, ['https://www.shop.fr/sitemap-index.xml']);
  });
  test('a group naming us replaces `*`, case-insensitively', () => {
    const ours = parseRobots('User-agent: *\nDisallow: /\n\nUser-agent: AQUAO-CONSENT-SCAN\nDisallow: /admin', 'aquao-consent-scan', 'https://x.fr/');
    assert.equal(ours.isAllowed('/'), true);
    assert.equal(ours.isAllowed('/admin/x'), false);
  });
});

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

describe('classification and verdicts', () => {
  const known = combineKnownTools(
    knownToolsFromList([{ id: 'hotjar', name: 'Hotjar', category: 'analytics', cookies: ['_hj*'], hosts: ['*.hotjar.com'] }]),
    CONSENT_TOOLS,
  );
  const run = (phases, declarations = config) => classify(page(phases), { declarations, known, now: NOW });

  test('before a choice and after a refusal, a declared non-necessary cookie is a violation; the consent cookie, the proof queue and necessary ones are not', () => {
    const findings = run([
      phase('before', { cookies: [cookie('_ga'), cookie('PHPSESSID')], storage: [{ name: 'aquao_consent_pending', type: 'localStorage', origin: 'https://www.shop.fr' }] }),
      phase('reject', { cookies: [cookie('aquao_consent', { expires: inDays(183) }), cookie('_gcl_au')] }),
    ]);
    const verdicts = Object.fromEntries(findings.filter((f) => f.phase).map((f) => [`${f.phase} ${f.name}`, [f.verdict, f.violation, f.exempt]]));
    assert.deepEqual(verdicts, {
      'before _ga': ['violation', true, null],
      'before PHPSESSID': ['ok', false, 'necessary'],
      'before aquao_consent_pending': ['ok', false, 'consent'],
      'reject aquao_consent': ['ok', false, 'consent'],
      'reject _gcl_au': ['violation', true, null],
    });
    assert.deepEqual(only(findings, '_gcl_au')[0].service, 'ads');
    assert.deepEqual(only(findings, 'aquao_consent')[0].warnings, [], '183 days is maxAgeDays + 1: what the core writes');
  });

  test('after consent, what the config does not declare is undeclared, with a snippet (the known tool as a service)', () => {
    const findings = run([
      phase('accept', {
        cookies: [cookie('_ga'), cookie('_hjSessionUser_1'), cookie('mystery', { expires: inDays(30) })],
        storage: [{ name: 'heat', type: 'localStorage', origin: 'https://www.shop.fr' }],
      }),
    ]);
    assert.equal(only(findings, '_ga')[0].verdict, 'ok');
    const hotjar = only(findings, '_hjSessionUser_1')[0];
    assert.deepEqual([hotjar.verdict, hotjar.classification, hotjar.tool, hotjar.category], ['undeclared', 'known', 'Hotjar', 'analytics']);
    assert.deepEqual(hotjar.snippet, { categories: { analytics: { services: [{ id: 'hotjar', name: 'Hotjar', cookies: ['_hj*'] }] } } });
    const mystery = only(findings, 'mystery')[0];
    assert.equal(mystery.classification, 'unknown');
    assert.deepEqual(mystery.snippet.categories['?'].cookies[0].name, 'mystery');
    assert.deepEqual(mystery.snippet.categories['?'].cookies[0].duration, { fr: '30 jours', en: '30 days' });
    const heat = only(findings, 'heat')[0];
    assert.equal(heat.verdict, 'undeclared');
    assert.deepEqual(heat.snippet.categories['?'].storage[0].name, 'heat', 'a storage key is declared under `storage`');
  });

  test('storage keys are declared under `storage` (or, as older configs did, under `cookies`); stale ones too', () => {
    const declarations = parseDeclarations(
      '{"categories":{"analytics":{"storage":["_hjSession*"],"cookies":["legacy_key"]},"marketing":{"services":[{"id":"chat","storage":["chat_*"]}]}}}',
      'x',
    );
    const storage = (name) => ({ name, type: 'localStorage', origin: 'https://www.shop.fr' });
    const findings = run([phase('accept', { storage: [storage('_hjSession_1'), storage('legacy_key')], cookies: [cookie('chat_id')] })], declarations);
    assert.deepEqual(
      findings.map((f) => [f.kind, f.name, f.verdict, f.category, f.service]),
      [
        ['cookie', 'chat_id', 'undeclared', null, null],
        ['storage', '_hjSession_1', 'ok', 'analytics', null],
        ['storage', 'legacy_key', 'ok', 'analytics', null],
        ['storage', 'chat_*', 'stale', 'marketing', 'chat'],
      ],
      'a cookie is not declared by a storage declaration',
    );
  });

  test('requests to another site: a known tracker, or an unknown one that acts like a tracker, is a violation before a choice', () => {
    const findings = run([
      phase('before', {
        requests: [
          request('cdn.jsdelivr.net'),
          request('static.hotjar.com'),
          request('px.ads.example', { types: ['image'], signals: ['pixel'] }),
          request('collect.example', { types: ['ping'], signals: ['beacon', 'post'] }),
          request('cdn.cookielaw.org'),
        ],
      }),
      phase('accept', { requests: [request('static.hotjar.com'), request('px.ads.example', { signals: ['pixel'] })] }),
    ]);
    const verdicts = findings.filter((f) => f.kind === 'request').map((f) => `${f.phase} ${f.name} ${f.verdict}`);
    assert.deepEqual(verdicts, [
      'before cdn.jsdelivr.net ok',
      'before static.hotjar.com violation',
      'before px.ads.example violation',
      'before collect.example violation',
      'before cdn.cookielaw.org ok',
      'accept static.hotjar.com undeclared',
      'accept px.ads.example ok',
    ]);
    assert.ok(findings.filter((f) => f.kind === 'request').every((f) => f.thirdParty));
  });

  test('a known tool whose cookie the config declares is declared, its requests included', () => {
    const declared = parseDeclarations('{"categories":{"analytics":{"cookies":["_hjid"]}}}', 'x');
    const [f] = run([phase('accept', { requests: [request('static.hotjar.com')] })], declared);
    assert.deepEqual([f.verdict, f.classification, f.category], ['ok', 'declared', 'analytics']);
  });

  test('stale: declared, never seen in any phase (a `*` pattern counts as seen when one name matches it)', () => {
    const findings = run([phase('accept', { cookies: [cookie('_ga'), cookie('_ga_X1')] })]);
    assert.deepEqual(
      findings.filter((f) => f.verdict === 'stale').map((f) => [f.name, f.page, f.phase]),
      [['PHPSESSID', null, null], ['_gcl_*', null, null]],
    );
  });

  test('lifetimes: over 13 months flagged; the consent cookie checked against maxAgeDays and written before a choice', () => {
    const findings = run([
      phase('before', { cookies: [cookie('aquao_consent', { expires: inDays(190) })] }),
      phase('accept', { cookies: [cookie('_ga', { expires: inDays(395) }), cookie('_ga_Y', { expires: inDays(400) })] }),
    ]);
    assert.deepEqual(only(findings, 'aquao_consent')[0].warnings, ['consent-cookie-outlives-choice', 'consent-cookie-before-choice'], '190 days > 182 + 1');
    assert.deepEqual(only(findings, '_ga')[0].warnings, [], '395 days is within 13 months');
    assert.deepEqual(only(findings, '_ga_Y')[0].warnings, ['lifetime-over-13-months']);
    assert.equal(only(findings, '_ga_Y')[0].cookie.lifetimeDays, 400);
  });

  test('without a config nothing is declared or stale; the consent cookie is still exempt, named by the tool it belongs to', () => {
    const findings = run([phase('reject', { cookies: [cookie('aquao_consent'), cookie('cc_cookie'), cookie('_ga')] })], NO_DECLARATIONS);
    assert.deepEqual(
      findings.map((f) => [f.name, f.classification, f.verdict, f.tool]),
      [
        ['aquao_consent', 'known', 'ok', 'aquao-consent'],
        ['cc_cookie', 'known', 'ok', 'vanilla-cookieconsent'],
        ['_ga', 'unknown', 'violation', null],
      ],
    );
  });

  test('a cookie of another site is third-party', () => {
    const [first, third] = run([phase('before', { cookies: [cookie('PHPSESSID', { domain: '.shop.fr' }), cookie('IDE', { domain: '.doubleclick.net' })] })]);
    assert.deepEqual([first.thirdParty, third.thirdParty], [false, true]);
  });
});

describe('the catalogue of tools names what the config does not', () => {
  const run = (phases, declarations = NO_DECLARATIONS) => classify(page(phases), { declarations, known: DEFAULT_KNOWN_TOOLS, now: NOW });

  test('a known tracker is named, with its usual category; its host is a violation before any choice', () => {
    const findings = run([phase('before', { cookies: [cookie('_ga')], requests: [request('www.google-analytics.com', { types: ['ping'] })] })]);
    assert.deepEqual(
      findings.map((f) => [f.kind, f.name, f.classification, f.tool, f.category, f.verdict]),
      [
        ['cookie', '_ga', 'known', 'Google Analytics 4', 'analytics', 'violation'],
        ['request', 'www.google-analytics.com', 'known', 'Google Analytics 4', 'analytics', 'violation'],
      ],
    );
  });

  test('undeclared after consent: the snippet is the catalogue\'s service, ready for categories.<category>.services', () => {
    const [hotjar] = run([phase('accept', { cookies: [cookie('_hjSessionUser_4242')] })], config);
    assert.deepEqual([hotjar.verdict, hotjar.tool], ['undeclared', 'Hotjar']);
    const service = hotjar.snippet.categories.analytics.services[0];
    assert.equal(service.id, 'hotjar');
    assert.ok(service.cookies.some((c) => c.name === '_hjSessionUser_*' && c.duration.fr && c.description.en), JSON.stringify(service.cookies));
    assert.match(service.provider.fr, /Hotjar Ltd/);
  });

  test('a host several tools share is the one the config declares', () => {
    const recaptcha = parseDeclarations('{"categories":{"marketing":{"services":[{"id":"recaptcha"}]}}}', 'x');
    const [declared] = run([phase('accept', { requests: [request('www.google.com')] })], recaptcha);
    assert.deepEqual([declared.classification, declared.tool, declared.service, declared.verdict], ['declared', 'Google reCAPTCHA', 'recaptcha', 'ok']);
    // The config declares `_gcl_*`, a Google Ads cookie: the same host is then Google Ads, declared.
    const [ads] = run([phase('accept', { requests: [request('www.google.com')] })], config);
    assert.deepEqual([ads.classification, ads.tool, ads.service], ['declared', 'Google Ads', 'ads']);
    const [undeclared] = run([phase('accept', { requests: [request('www.google.com')] })], parseDeclarations('{}', 'x'));
    assert.deepEqual([undeclared.classification, undeclared.verdict], ['known', 'undeclared']);
  });
});

describe('summary and snippets', () => {
  test('one group per item and verdict; every undeclared item in one snippet, each once', () => {
    const accept = phase('accept', { cookies: [cookie('a'), cookie('b')] });
    const findings = classify(
      [
        { url: 'https://www.shop.fr/', phases: [accept] },
        { url: 'https://www.shop.fr/x', phases: [accept] },
      ],
      { declarations: NO_DECLARATIONS, known: CONSENT_TOOLS, now: NOW },
    );
    const summary = summarize(findings, []);
    assert.deepEqual(summary.undeclared.map((g) => [g.name, g.pages.length]), [['a', 2], ['b', 2]]);
    assert.deepEqual(summary.snippet.categories['?'].cookies.map((c) => c.name), ['a', 'b']);
    const twice = mergeSnippets([summary.snippet, summary.snippet]);
    assert.deepEqual(twice.categories['?'].cookies.map((c) => c.name), ['a', 'b'], 'each cookie once');
    assert.equal(mergeSnippets([]), null);
  });

  test('the terminal and Markdown reports say the verdict and name the items, in French or English', () => {
    const findings = classify(page([phase('before', { cookies: [cookie('_ga')] })]), { declarations: config, known: CONSENT_TOOLS, now: NOW });
    const result = { url: 'https://www.shop.fr/', ms: 1200, config: { source: 'given' }, pages: [], findings, summary: summarize(findings, []) };
    assert.match(terminalSummary(result, STRINGS.fr), /Non conforme : 1 élément[^]*infraction +cookie +_ga +mesure d’audience +Avant tout choix/);
    assert.match(markdownReport(result, STRINGS.en), /Not compliant: 1 item[^]*\| `_ga` \| cookie \| audience measurement \| Before any choice \|/);
  });
});

describe('banner buttons, by accessible name', () => {
  test('the names of the common banners, French and English, with icons, labels and separators around them', () => {
    const reject = ['Tout refuser', '✗ Tout refuser', 'Cookies : Tout refuser', 'Je refuse', 'Continuer sans accepter →', 'Non merci', 'REJECT ALL', 'Only necessary', 'Refuser'];
    const accept = ['Tout accepter', 'Cookies : Tout accepter', 'J’accepte', "J'ACCEPTE", 'OK pour moi', "C'est bon.", 'Accepter & Fermer: Accepter nos traitements de données', 'Allow all cookies', "That's ok", 'Accept'];
    assert.deepEqual(reject.filter((n) => bannerNameTier('reject', n) < 0), []);
    assert.deepEqual(accept.filter((n) => bannerNameTier('accept', n) < 0), []);
    assert.deepEqual([bannerNameTier('reject', 'Tout refuser'), bannerNameTier('reject', 'Refuser')], [0, 1], 'several words before one');
  });
  test('not the other buttons of a banner or a page', () => {
    for (const name of ['Personnaliser', 'Politique de confidentialité', 'Accepter les conditions générales', 'Refuser la livraison', 'Tout accepter ou refuser ?', 'En savoir plus']) {
      assert.deepEqual([name, bannerNameTier('reject', name), bannerNameTier('accept', name)], [name, -1, -1]);
    }
  });
});

describe('the command line', () => {
  test('defaults, and errors that name the option', () => {
    assert.deepEqual(parseCommandLine(['https://x.fr']), {
      url: 'https://x.fr',
      maxPages: 10,
      lang: 'fr',
      failOnUndeclared: false,
      navigationMs: 30000,
      settleMs: 3000,
      bannerMs: 5000,
      locale: 'fr-FR',
      respectRobots: true,
      browserArgs: [],
      quiet: false,
    });
    assert.throws(() => parseCommandLine(['https://x.fr', '--pages', '0']), /--pages takes a whole number of at least 1, not "0"/);
    assert.throws(() => parseCommandLine(['https://x.fr', '--lang', 'de']), /--lang takes fr or en/);
    assert.throws(() => parseCommandLine(['https://x.fr', '--fail-on', 'all']), /--fail-on takes "violation" or "undeclared"/);
    assert.throws(() => parseCommandLine(['--json', '-', '--html', '-', 'https://x.fr']), /only one report can go to standard output/);
    assert.throws(() => parseCommandLine([]), /the URL to scan is missing/);
  });

  test('the scanner finds Chromium where the project\'s tests do, with the same flags (and its own) and message', () => {
    assert.deepEqual(CHROME_CANDIDATES, TEST_CHROME_CANDIDATES);
    assert.deepEqual(SCANNER_CHROME_ARGS, [...CHROME_ARGS, '--disable-blink-features=AutomationControlled']);
    const path = process.env.CHROME_PATH;
    delete process.env.CHROME_PATH;
    try {
      assert.equal(new ChromeNotFoundError().message, MISSING_MESSAGE);
    } finally {
      if (path !== undefined) process.env.CHROME_PATH = path;
    }
  });
});
