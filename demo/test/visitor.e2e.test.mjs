// The visitor's experience on the built demo, in real Chromium (playwright-core): how much of a phone the first
// layer takes (real bounding boxes), 400 % zoom, the tab order, focus and announcements after a decision, who is
// asking and the partners, contextual consent across a reload, the theme, and the cookie policy on a phone.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from '../../scripts/browser.mjs';
import { startDemoServer } from '../../scripts/serve-demo.mjs';

let server;
let browser;
let base;
let context;

before(async () => {
  server = await startDemoServer(0, '127.0.0.1');
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.close();
});
afterEach(() => context?.close());

/** A fresh visitor: a new profile with this viewport, optionally sending Global Privacy Control. */
async function visit(path = '/', { width = 1280, height = 800, gpc = false, colorScheme = 'light' } = {}) {
  context = await browser.newContext({ viewport: { width, height }, colorScheme });
  if (gpc) await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(`${base}${path}`);
  await page.waitForFunction(() => window.aquaoConsent !== undefined);
  page.problems = problems;
  return page;
}
const region = (page) => page.locator('aquao-consent-banner [part~="banner"]');
const BUTTONS = ['accept-button', 'reject-button', 'customize-button'];

describe('the first layer on a phone', () => {
  for (const [width, height, most] of [
    [360, 740, 0.45],
    [320, 640, 0.55],
  ]) {
    for (const gpc of [false, true]) {
      test(`at ${width} × ${height}${gpc ? ', with the GPC notice' : ''}: at most ${Math.round(most * 100)} % of the height, the three buttons on screen and alike`, async () => {
        const page = await visit('/', { width, height, gpc });
        await region(page).waitFor();
        if (gpc) assert.equal(await page.locator('aquao-consent-banner [part~="gpc-notice"]').count(), 1);
        const box = await region(page).boundingBox();
        assert.ok(box.height / height <= most, `the first layer takes ${((box.height / height) * 100).toFixed(1)} % of the height`);
        assert.ok(box.y + box.height <= height + 0.5 && box.x >= 0 && box.x + box.width <= width + 0.5, 'on screen');
        const sizes = [];
        for (const part of BUTTONS) {
          const b = await page.locator(`aquao-consent-banner [part~="${part}"]`).boundingBox();
          assert.ok(b.y >= box.y && b.y + b.height <= box.y + box.height + 0.5 && b.y + b.height <= height + 0.5, `${part} inside the region and the screen`);
          assert.ok(b.x >= 0 && b.x + b.width <= width + 0.5, `${part} within the width`);
          sizes.push([Math.round(b.width), Math.round(b.height)]);
        }
        assert.deepEqual(new Set(sizes.map(String)).size, 1, `one size for the three buttons: ${JSON.stringify(sizes)}`);
        // The text that does not fit scrolls inside the region; the page shows no horizontal scroll.
        const body = await page.evaluate(() => {
          const el = document.querySelector('aquao-consent-banner').shadowRoot.querySelector('[part~="body"]');
          return { overflowY: getComputedStyle(el).overflowY, fits: document.documentElement.scrollWidth <= innerWidth };
        });
        assert.deepEqual(body, { overflowY: 'auto', fits: true });
        assert.deepEqual(page.problems, []);
      });
    }
  }

  test('at 400 % zoom (320 × 200 CSS px): the page stays visible and every control of the banner and the dialog is reachable', async () => {
    const page = await visit('/', { width: 320, height: 200 });
    await region(page).waitFor();
    /** Scrolls `locator` into view and checks it is the element hit at its centre: on screen and not covered. */
    const reachable = (locator) =>
      locator.evaluate((el) => {
        el.scrollIntoView({ block: 'center' });
        const { x, y, width, height } = el.getBoundingClientRect();
        let hit = document.elementFromPoint(x + width / 2, y + height / 2);
        while (hit?.shadowRoot) hit = hit.shadowRoot.elementFromPoint(x + width / 2, y + height / 2) ?? hit;
        return width > 0 && height > 0 && y >= 0 && y + height <= innerHeight && (hit === el || el.contains(hit));
      });
    // The list of partners opened first, so that its links are checked too.
    await page.locator('aquao-consent-banner [part~="partners-button"]').click();
    for (const control of await page.locator('aquao-consent-banner [part~="banner"]').locator('a, button').all()) {
      assert.equal(await reachable(control), true, `${await control.textContent()} reachable`);
    }
    // The banner does not cover the page: the page's own content can be scrolled to and read.
    assert.equal(await reachable(page.locator('main h1')), true, 'the page is reachable below the banner');
    await page.locator('aquao-consent-banner [part~="customize-button"]').click();
    await page.locator('aquao-consent-preferences dialog[open]').waitFor();
    const dialog = page.locator('aquao-consent-preferences dialog');
    for (const control of await dialog.locator('button, input:not(:disabled), a').all()) {
      assert.equal(await reachable(control), true, `${(await control.getAttribute('id')) ?? (await control.textContent())} reachable in the dialog`);
    }
  });
});

describe('keyboard and screen readers', () => {
  test('the banner comes first in the tab order; after a decision, focus goes to the floating button and the choice is announced', async () => {
    const page = await visit('/');
    await region(page).waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.localName), 'aquao-consent-banner', 'the first Tab stop is in the banner');
    // On to «Tout refuser» from the keyboard.
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('part') === 'reject-button')); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('part') === 'floating-button');
    const status = page.locator('aquao-consent-banner [part~="status"]');
    assert.equal(await status.getAttribute('role'), 'status');
    assert.equal(
      await status.textContent(),
      'Vos choix sont enregistrés. Refusé\u00a0: Mesure d’audience, Publicité, Contenus intégrés.',
    );
  });

  test('the first layer says who is asking and what refusing hides here, and lists the partners without leaving the page', async () => {
    const page = await visit('/');
    const description = await page.locator('aquao-consent-banner [part~="description"]').textContent();
    assert.match(description, /^Avec votre accord, Actuelburo et ses partenaires utilisent des cookies pour\u00a0: Mesure d’audience, Publicité, Contenus intégrés\./);
    assert.match(description, /Si vous refusez, ces contenus ne s’afficheront pas\u00a0: Vidéo de présentation\u202f;/);
    const partners = page.locator('aquao-consent-banner').getByRole('button', { name: /partenaires/ });
    assert.equal(await partners.getAttribute('aria-expanded'), 'false');
    await partners.click();
    assert.equal(await partners.getAttribute('aria-expanded'), 'true');
    const list = page.locator('aquao-consent-banner [part~="partners"] li');
    assert.deepEqual(
      (await list.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim()),
      [
        'Google Analytics (démo locale) (Mesure d’audience)',
        'Google Ads, Google Ireland (démo locale) (Publicité)Politique de confidentialité',
        'Vidéo de présentation, Hébergeur vidéo (démo locale) (Contenus intégrés)',
      ],
    );
    assert.equal(page.url(), `${base}/`, 'still on the page');
    // The video page says nothing of embeds where there are none.
    await page.goto(`${base}/services`);
    await page.waitForFunction(() => window.aquaoConsent !== undefined);
    assert.match(await page.locator('aquao-consent-banner [part~="description"]').textContent(), /Refuser n’a aucune conséquence sur votre navigation\./);
  });
});

describe('contextual consent', () => {
  test('«Activer» on the video enables it alone: the other purposes stay undecided and the banner keeps asking, after a reload too', async () => {
    const page = await visit('/');
    await page.locator('aquao-consent-placeholder [part~="activate-button"]').click();
    await page.locator('iframe[src="/assets/video.html"]').waitFor();
    const state = () => page.evaluate(() => ({ ...window.aquaoConsent.getState() }));
    for (const when of ['on the page', 'after a reload']) {
      const s = await state();
      assert.equal(s.hasDecision, false, `${when}: no decision`);
      assert.deepEqual(s.categories, { necessary: true, analytics: false, marketing: false, embeds: true }, when);
      assert.equal(await region(page).count(), 1, `${when}: the first layer still asks`);
      assert.equal(await page.evaluate(() => window.demoTrackers?.analytics ?? 0), 0, `${when}: analytics did not run`);
      if (when === 'on the page') {
        await page.reload();
        await page.waitForFunction(() => window.aquaoConsent !== undefined);
        await page.locator('iframe[src="/assets/video.html"]').waitFor();
      }
    }
    // The visitor then refuses the rest: the video's grant goes too (the later, explicit choice wins).
    await page.locator('aquao-consent-banner [part~="reject-button"]').click();
    assert.deepEqual((await state()).categories, { necessary: true, analytics: false, marketing: false, embeds: false });
    await page.locator('aquao-consent-banner [part~="reload-notice"]').waitFor();
  });
});

describe('theme and cookie policy', () => {
  test('the demo declares only a light design: the banner stays light for a visitor who prefers dark', async () => {
    const page = await visit('/', { colorScheme: 'dark' });
    await region(page).waitFor();
    assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
    assert.equal(await region(page).evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(255, 255, 255)');
  });

  test('the cookie policy on a phone: every service listed, rows as cards, no word broken, no sideways scroll', async () => {
    const page = await visit('/politique-de-cookies', { width: 320, height: 640 });
    await page.locator('aquao-cookie-table section').first().waitFor();
    assert.match(await page.locator('aquao-cookie-table section[data-category="embeds"]').textContent(), /Vidéo de présentation, Hébergeur vidéo \(démo locale\)/);
    const layout = await page.evaluate(() => {
      const broken = [];
      const walker = document.createTreeWalker(document.querySelector('aquao-cookie-table'), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.textContent.matchAll(/[^\s\u00a0\u202f-]+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          if (new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size > 1) broken.push(m[0]);
        }
      }
      const row = document.querySelector('aquao-cookie-table tbody tr');
      return { broken, display: getComputedStyle(row).display, fits: document.documentElement.scrollWidth <= innerWidth };
    });
    assert.deepEqual(layout, { broken: [], display: 'block', fits: true });
  });
});
