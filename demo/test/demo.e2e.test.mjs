// End-to-end: a visitor on the built demo, in the project's headless Chromium (playwright-core), against the demo
// server with its strict CSP. Run after `npm run build` (npm test does).
import { after, before, beforeEach, afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
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
  browser = await chromium.launch({
    executablePath: findChrome(),
    headless: true,
    // www.aquao.test and its parent aquao.test both lead here, so parent-domain cookies can be tested for real.
    args: [...CHROME_ARGS, '--host-resolver-rules=MAP *.aquao.test 127.0.0.1, MAP aquao.test 127.0.0.1'],
  });
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
    await page.locator('aquao-consent-banner [part~="floating-button"]').waitFor();
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
  });

  test('the cookie policy page lists exactly what the config declares, and the visitor\'s choices', async () => {
    await visit('/politique-de-cookies');
    await page.locator('aquao-cookie-table section').first().waitFor();
    const listed = await page.locator('aquao-cookie-table section').evaluateAll((sections) =>
      sections.map((s) => [s.dataset.category, Array.from(s.querySelectorAll('tbody th')).map((th) => th.textContent)]),
    );
    const declared = Object.entries({ necessary: {}, ...config.categories }).map(([id, c]) => [
      id,
      [...(id === 'necessary' ? ['aquao_consent'] : []), ...(c.cookies ?? []).map((k) => (typeof k === 'string' ? k : k.name))],
    ]);
    assert.deepEqual(listed, declared);
    assert.match(await page.locator('aquao-cookie-table').textContent(), /182 jours \(environ 6 mois\)/);
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

  test('publishes /.well-known/gpc.json', async () => {
    await visit('/');
    const gpc = await page.evaluate(() => fetch('/.well-known/gpc.json').then((r) => (r.ok ? r.json() : null)));
    assert.equal(gpc?.gpc, true);
  });
});
