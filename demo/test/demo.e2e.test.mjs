// End-to-end: a visitor on the built demo, in the project's headless Chromium (playwright-core), against the demo
// server with its strict CSP. Run after `npm run build` (npm test does).
import { after, before, beforeEach, afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launchBrowser } from '../../scripts/browser.mjs';
import { startDemoServer } from '../../scripts/serve-demo.mjs';

const config = JSON.parse(await readFile(new URL('../aquao-consent.config.json', import.meta.url), 'utf8'));
let server;
let browser;
let base;
let context;
let page;
/** Gated resources the page requested, and problems the page reported. */
let requests;
let problems;

before(async () => {
  server = await startDemoServer(0, '127.0.0.1');
  const { port } = server.address();
  base = `http://www.aquao.test:${port}`;
  // www.aquao.test and its parent aquao.test both lead here, so parent-domain cookies can be tested for real.
  browser = await launchBrowser(['--host-resolver-rules=MAP *.aquao.test 127.0.0.1, MAP aquao.test 127.0.0.1']);
});
after(async () => {
  await browser?.close();
  server?.close();
});

const openContext = async (options = {}) => {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  page = await context.newPage();
  requests = [];
  problems = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/demo-(analytics|marketing)\.js|pixel\.gif|video\.html/.test(path)) requests.push(path);
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
};
beforeEach(() => openContext());
afterEach(async () => {
  // Under `script-src 'self'; style-src 'self'` nothing of ours errs or trips the CSP.
  assert.deepEqual(problems, [], 'console errors or CSP violations');
  await context.close();
});

const visit = async (path = '/') => {
  await page.goto(`${base}${path}`);
  await page.waitForFunction(() => window.aquaoConsent !== undefined);
};
const banner = () => page.locator('aquao-consent-banner [part~="banner"]');
const cookieNames = async () => (await context.cookies()).map((c) => c.name).sort();
const trackers = () => page.evaluate(() => ({ ...window.demoTrackers }));
const panelSwitch = (id) => page.locator(`aquao-consent-preferences [id="${id}"]`);

describe('the aquao.fr demo, as a visitor', () => {
  test('first visit: the banner shows, nothing gated runs or is fetched, no cookie', async () => {
    await visit('/');
    await banner().waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(await trackers(), {});
    assert.deepEqual(requests, []);
    assert.deepEqual(await cookieNames(), []);
    assert.equal(await page.locator('iframe[data-consent]').getAttribute('src'), null);
    assert.equal(await page.locator('[data-status="analytics"]').textContent(), 'non chargée');
  });

  test('«Tout accepter»: everything runs once; after a reload, once again and no banner', async () => {
    await visit('/');
    await page.locator('aquao-consent-banner [part~="accept-button"]').click();
    await page.waitForFunction(() => window.demoTrackers?.analytics === 1 && window.demoTrackers?.marketing === 1);
    await page.locator('iframe[src="/assets/video.html"]').waitFor();
    assert.equal(await banner().count(), 0);
    assert.deepEqual(await cookieNames(), ['_ga', '_ga_DEMO42', '_gcl_au', 'aquao_consent']);
    await page.reload();
    await page.waitForFunction(() => window.demoTrackers?.analytics === 1 && window.demoTrackers?.marketing === 1);
    await page.waitForTimeout(200);
    assert.deepEqual(await trackers(), { analytics: 1, marketing: 1 });
    assert.equal(await banner().count(), 0);
    // The loader's floating button (it steps aside while the footer's «Gérer mes cookies» is on screen).
    await page.locator('aquao-consent-button [part~="floating-button"]').waitFor({ state: 'attached' });
  });

  test('«Tout refuser»: nothing runs; after a reload nothing runs and no banner; the site still works', async () => {
    await visit('/');
    await page.locator('aquao-consent-banner [part~="reject-button"]').click();
    await page.reload();
    await page.waitForFunction(() => window.aquaoConsent?.hasDecision());
    await page.waitForTimeout(300);
    assert.equal(await banner().count(), 0);
    assert.deepEqual(await trackers(), {});
    assert.deepEqual(requests, []);
    assert.deepEqual(await cookieNames(), ['aquao_consent']);
    // No cookie wall: navigation still works.
    await page.locator('header nav').getByRole('link', { name: 'Nos services' }).click();
    await page.waitForURL('**/services');
    assert.equal(await page.locator('h1').textContent(), 'Nos services');
  });

  test('«Personnaliser»: analytics only', async () => {
    await visit('/');
    await page.locator('aquao-consent-banner [part~="customize-button"]').click();
    for (const id of ['analytics-', 'marketing-']) assert.equal(await panelSwitch(id).isChecked(), false, `${id} starts off`);
    await panelSwitch('analytics-').click();
    await page.locator('aquao-consent-preferences [part~="save-button"]').click();
    await page.waitForFunction(() => window.demoTrackers?.analytics === 1);
    await page.waitForTimeout(200);
    assert.deepEqual(await trackers(), { analytics: 1 });
    assert.ok(!requests.some((r) => /marketing|pixel|video/.test(r)), `marketing was fetched: ${requests}`);
  });

  test('withdrawal from the footer link clears _ga and _ga_*, on this host and its parent domain', async () => {
    await visit('/');
    await page.locator('aquao-consent-banner [part~="accept-button"]').click();
    await page.waitForFunction(() => window.demoTrackers?.analytics === 1 && window.demoTrackers?.marketing === 1);
    // What real Google Analytics does: its cookie on the registrable domain.
    await context.addCookies([{ name: '_ga_PARENT', value: '1', domain: '.aquao.test', path: '/' }]);
    assert.deepEqual(await cookieNames(), ['_ga', '_ga_DEMO42', '_ga_PARENT', '_gcl_au', 'aquao_consent']);
    await page.locator('footer [data-consent-open]').click();
    assert.equal(await panelSwitch('analytics-').isChecked(), true, 'the panel shows the current state');
    await panelSwitch('analytics-').click();
    await page.locator('aquao-consent-preferences [part~="save-button"]').click();
    await page.waitForFunction(() => !document.cookie.includes('_ga'));
    assert.deepEqual(await cookieNames(), ['_gcl_au', 'aquao_consent']);
    assert.match(await page.locator('[data-status="cookies"]').textContent(), /^(_gcl_au, aquao_consent|aquao_consent, _gcl_au)$/);
    // The analytics script already ran on this page; the banner offers the reload that stops it.
    await page.locator('aquao-consent-banner [part~="reload-button"]').click();
    await page.waitForFunction(() => window.demoTrackers?.marketing === 1);
    await page.waitForTimeout(200);
    assert.deepEqual(await trackers(), { marketing: 1 });
  });

  /** A valid `aquao_consent` granting everything, as another page, an older `cookie.domain` or an attacker writes it. */
  const plantedGrant = (last) =>
    encodeURIComponent(
      JSON.stringify({
        v: 1,
        rev: config.revision,
        id: '0b6f2f3e-6c1c-4a36-9a53-0c1c3e0c8d2a',
        first: last,
        last,
        method: 'accept-all',
        cats: Object.fromEntries(['necessary', ...Object.keys(config.categories)].map((id) => [id, true])),
        svcs: Object.fromEntries(
          Object.entries(config.categories).map(([id, c]) => [id, Object.fromEntries((c.services ?? []).map((s) => [s.id, true]))]),
        ),
      }),
    );
  const decisionCopies = async () => (await context.cookies()).filter((c) => c.name === 'aquao_consent');

  test('a planted grant never outweighs a later refusal: parent domain, another path; one copy is left', async () => {
    // An «accept all» on the parent domain, from before the site moved to a host cookie (or from a sibling subdomain).
    await context.addCookies([{ name: 'aquao_consent', value: plantedGrant(Date.now() - 60_000), domain: '.aquao.test', path: '/' }]);
    await visit('/');
    await page.waitForFunction(() => window.demoTrackers?.analytics === 1);
    await page.evaluate(() => window.aquaoConsent.rejectAll());
    const afterRefusal = await decisionCopies();
    assert.deepEqual(afterRefusal.map((c) => [c.domain, c.path]), [['www.aquao.test', '/']], 'exactly one copy, this host\'s');
    assert.equal(JSON.parse(decodeURIComponent(afterRefusal[0].value)).method, 'reject-all');

    // Later, a grant older than the refusal appears on /services: document.cookie lists it first there.
    await context.addCookies([{ name: 'aquao_consent', value: plantedGrant(Date.now() - 30_000), domain: 'www.aquao.test', path: '/services' }]);
    await visit('/services');
    await page.waitForTimeout(300);
    assert.deepEqual(await trackers(), {}, 'the refusal, the newest copy, is applied');
    assert.equal(await page.evaluate(() => window.aquaoConsent.getState().method), 'reject-all');
    // reset() reaches both copies from /services.
    await page.evaluate(() => window.aquaoConsent.reset());
    assert.deepEqual(await decisionCopies(), []);
  });

  test('the cookie policy page lists exactly what the config declares, and the visitor\'s choices', async () => {
    await visit('/politique-de-cookies');
    await page.locator('aquao-cookie-table section').first().waitFor();
    const listed = await page.locator('aquao-cookie-table section').evaluateAll((sections) =>
      sections.map((s) => [s.dataset.category, Array.from(s.querySelectorAll('tbody th')).map((th) => th.textContent)]),
    );
    const names = (cookies = []) => cookies.map((k) => (typeof k === 'string' ? k : k.name));
    const declared = Object.entries({ necessary: {}, ...config.categories }).map(([id, c]) => [
      id,
      [...(id === 'necessary' ? ['aquao_consent'] : []), ...names(c.cookies), ...(c.services ?? []).flatMap((s) => names(s.cookies))],
    ]);
    assert.deepEqual(listed, declared);
    assert.match(await page.locator('aquao-cookie-table').textContent(), /182\u00a0jours \(environ 6\u00a0mois\)/);
    // Every service, those that set no cookie of their own too (the video).
    const services = await page.locator('aquao-cookie-table [data-services] li strong').allTextContents();
    assert.deepEqual(services, Object.values(config.categories).flatMap((c) => (c.services ?? []).map((s) => s.name)));
    await page.locator('aquao-cookie-table button').click();
    await page.locator('aquao-consent-preferences dialog[open]').waitFor();
  });

  test('the privacy policy is the client\'s text, unchanged, with headings and lists', async () => {
    const text = await readFile(new URL('../content/politique-de-confidentialite.txt', import.meta.url), 'utf8');
    await visit('/politique-de-confidentialite');
    const blocks = await page.locator('.policy').locator('h1, h2, p, li').evaluateAll((els) =>
      els.map((el) => Array.from(el.childNodes).filter((n) => n.nodeType === 3 || n.localName === 'a').map((n) => n.textContent).join('').trim()),
    );
    const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map((l) => l.replace(/^(–|o)\s+/, ''));
    assert.deepEqual(blocks.filter(Boolean), lines);
    assert.equal(await page.locator('.policy h2').count(), 8);
    assert.equal(await page.locator('.policy a[href="/politique-de-cookies"]').textContent(), 'Politique de Cookies');
  });

  test('reflow at 320 px: no horizontal scroll, and accept and reject are on screen', async () => {
    await context.close();
    await openContext({ viewport: { width: 320, height: 640 } });
    await visit('/');
    await banner().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true);
    for (const part of ['accept-button', 'reject-button']) {
      const box = await page.locator(`aquao-consent-banner [part~="${part}"]`).boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= 640 && box.x >= 0 && box.x + box.width <= 320, `${part} off screen`);
    }
  });

  test('the video placeholder enables the video only: the ad tag stays off', async () => {
    await visit('/');
    const placeholder = page.locator('aquao-consent-placeholder');
    await placeholder.locator('[part~="activate-button"]').click();
    await page.locator('iframe[src="/assets/video.html"]').waitFor();
    assert.equal(await placeholder.count(), 0);
    await page.waitForTimeout(200);
    assert.deepEqual(await trackers(), {});
    assert.ok(!requests.some((r) => /marketing|pixel/.test(r)), `the ad tag was fetched: ${requests}`);
    const state = await page.evaluate(() => window.aquaoConsent.getState());
    assert.deepEqual([state.method, state.hasDecision, state.services.marketing, state.services.embeds], ['placeholder', false, { ads: false }, { video: true }]);
  });

  test('Google Consent Mode: default denied before the tag, update granted after accepting', async () => {
    await visit('/google-consent-mode');
    const state = () => page.locator('#gcm-state td[data-state]').evaluateAll((tds) => tds.map((td) => td.dataset.state));
    assert.deepEqual(await state(), ['denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'granted']);
    assert.equal(await page.locator('#gcm-tag').textContent(), 'non chargée');
    await page.locator('aquao-consent-banner [part~="accept-button"]').click();
    await page.waitForFunction(() => window.fakeGtagLoaded === true);
    // ad_*, analytics granted; functionality and personalization stay denied: the demo has no preferences category.
    assert.deepEqual(await state(), ['granted', 'granted', 'granted', 'granted', 'denied', 'denied', 'granted']);
    const log = (await page.locator('#gcm-log').textContent()).split('\n');
    assert.match(log[0], /^gtag\('consent', 'default', .*"wait_for_update":500/);
    assert.match(log[1], /^gtag\('consent', 'update', /);
    await page.reload();
    await page.waitForFunction(() => window.fakeGtagLoaded === true);
    const again = (await page.locator('#gcm-log').textContent()).split('\n');
    assert.equal(again.length, 2, 'on a page with a stored decision: default, then update at once');
  });

  test('Global Privacy Control: the banner says so, and «Tout accepter» leaves advertising off', async () => {
    await context.close();
    await openContext();
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    await visit('/');
    assert.match(await page.locator('aquao-consent-banner [part~="gpc-notice"]').textContent(), /Global Privacy Control/);
    await page.locator('aquao-consent-banner [part~="accept-button"]').click();
    await page.waitForFunction(() => window.demoTrackers?.analytics === 1);
    await page.waitForTimeout(200);
    assert.deepEqual(await trackers(), { analytics: 1 });
    const state = await page.evaluate(() => window.aquaoConsent.getState());
    assert.deepEqual([state.method, state.categories.marketing], ['gpc', false]);
  });

  test('proof of consent: each decision reaches the site\'s endpoint', async () => {
    await visit('/');
    await page.locator('aquao-consent-banner [part~="reject-button"]').click();
    const id = await page.evaluate(() => window.aquaoConsent.getState().consentId);
    await page.waitForFunction(
      async (consentId) => (await (await fetch('/api/consent-log')).json()).some((r) => r.consentId === consentId),
      id,
    );
    const records = (await page.evaluate(() => fetch('/api/consent-log').then((r) => r.json()))).filter((r) => r.consentId === id);
    assert.equal(records.length, 1);
    assert.equal(records[0].method, 'reject-all');
    assert.equal(records[0].url, base, 'the origin only, by default');
    // http://www.aquao.test is not a secure context, so Web Crypto is absent and the hash is null, as documented
    // (on https, and on localhost in the component tests, it is the config's SHA-256).
    assert.equal(records[0].configHash, null);
    assert.equal(await page.evaluate(() => isSecureContext), false);
  });

  test('publishes /.well-known/gpc.json', async () => {
    await visit('/');
    const gpc = await page.evaluate(() => fetch('/.well-known/gpc.json').then((r) => (r.ok ? r.json() : null)));
    assert.equal(gpc?.gpc, true);
  });
});
