// The configurator end to end, as marketing uses it: `npm start`'s servers (on free ports), /configurateur/ in
// Chromium. Add Matomo and a YouTube video from the catalogue, reword the banner's title, see the real banner change
// in both preview sizes, export; the file passes the real `aquao-consent check` and, built into the demo, drives its
// banner, its gating and its cookie policy. Then axe on the configurator, light and dark, at 320 and 1280 px.
// Needs `npm run build` (the demo in demo/dist, with the configurator in it).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../../scripts/browser.mjs';
import { buildDemo } from '../../../scripts/build-demo.mjs';
import { startDemoServer } from '../../../scripts/serve-demo.mjs';
import { startDemoWithLog } from '../../../scripts/start-demo.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const NBSP = '\u00a0';
const TITLE = `Vos cookies, l’essentiel${NBSP}: vos choix`;

let demo;
let browser;
let work;
let exported;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'aquao-configurator-'));
  [demo, browser] = await Promise.all([startDemoWithLog(0, 0), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await demo?.close();
  await rm(work, { recursive: true, force: true });
});

/** A page that records every CSP violation and script error: the configurator must have none. */
async function openConfigurator(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...options });
  // Errors the page reports as events only (a ResizeObserver loop), as console errors too.
  await context.addInitScript(() => addEventListener('error', (event) => console.error(`error event: ${event.message}`)));
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  // Without its final slash: the server sends the folder's address, so the page's relative links work.
  await page.goto(`${demo.url}/configurateur`);
  await page.getByRole('button', { name: 'Ouvrir la configuration du site' }).click();
  await page.locator('#opened').waitFor();
  return { context, page, problems };
}

/** The banner title inside a preview frame (read in the banner's shadow DOM). */
const previewTitle = (page, width) => page.frameLocator(`iframe[title="Aperçu à ${width} px"]`).locator('aquao-consent-banner [part~="title"]');

async function waitForText(locator, expected) {
  for (let i = 0; i < 100; i++) {
    if ((await locator.textContent({ timeout: 5000 }).catch(() => undefined)) === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.equal(await locator.textContent(), expected);
}

test('Matomo and a YouTube video from the catalogue, a new title seen in both previews, a file that check accepts and the tags', async () => {
  const { context, page, problems } = await openConfigurator();
  const search = page.getByRole('searchbox', { name: 'Chercher un outil du catalogue' });
  await search.fill('matomo');
  await page.getByRole('button', { name: 'Ajouter Matomo', exact: true }).click();
  await search.fill('vidéo');
  await page.getByRole('button', { name: 'Ajouter YouTube', exact: true }).click();
  assert.match(await page.locator('#tools [role="status"]').textContent(), /YouTube ajouté à «\u00a0Contenus intégrés\u00a0»/);

  // Typed with a straight apostrophe and a plain space: French typography is mended as it is typed.
  const title = page.getByRole('textbox', { name: 'Titre du bandeau' });
  await title.fill("Vos cookies, l'essentiel : vos choix");
  assert.equal(await title.inputValue(), TITLE);
  await waitForText(previewTitle(page, 320), TITLE);
  await waitForText(previewTitle(page, 1280), TITLE);
  // Each frame is the width it says, and its preview has the embed's placeholder for the new video.
  for (const width of [320, 1280]) {
    const frame = page.frameLocator(`iframe[title="Aperçu à ${width} px"]`);
    assert.equal(await frame.locator('html').evaluate(() => window.innerWidth), width);
    await frame.locator('aquao-consent-placeholder').first().waitFor();
  }
  // The preview keeps its own decision cookie, limited to its folder: never the site's.
  await page.frameLocator('iframe[title="Aperçu à 320 px"]').locator('aquao-consent-banner [part~="reject-button"]').click();
  await page.frameLocator('iframe[title="Aperçu à 320 px"]').locator('aquao-consent-banner [part~="banner"]').waitFor({ state: 'detached' });
  // The banner closes in the click's frame; the decision is stored after the next paint (decide-after-paint.ts).
  let cookies = [];
  for (const start = Date.now(); !cookies.length && Date.now() - start < 5000; ) {
    cookies = await context.cookies();
    if (!cookies.length) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.deepEqual(cookies.map((c) => `${c.name} ${c.path}`), ['aquao_consent_apercu /configurateur/']);
  // … and sends no proof of consent: the demo's receiver (its `logEndpoint`) got nothing.
  const log = await fetch(`${demo.receiver.url}/export?format=ndjson`, { headers: { Authorization: `Bearer ${demo.adminToken}` } });
  assert.equal(log.status, 200);
  assert.equal(await log.text(), '');

  // English, dark, then the preferences: the frames follow, and the focus stays on the button pressed.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await waitForText(previewTitle(page, 1280), 'Your cookie choices');
  const background = () => previewTitle(page, 320).evaluate((el) => getComputedStyle(el.closest('[part~="banner"]')).backgroundColor);
  const light = await background();
  await page.getByRole('button', { name: 'Sombre' }).click();
  await waitForText(previewTitle(page, 1280), 'Your cookie choices');
  for (let i = 0; i < 50 && (await background()) === light; i++) await page.waitForTimeout(100);
  assert.notEqual(await background(), light, 'the dark preview has the dark colours');
  await page.getByRole('button', { name: 'Les préférences' }).click();
  await page.frameLocator('iframe[title="Aperçu à 1280 px"]').locator('aquao-consent-preferences dialog[open]').waitFor();
  await page.frameLocator('iframe[title="Aperçu à 320 px"]').locator('aquao-consent-preferences dialog[open]').waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Les préférences');

  assert.match(await page.locator('#revision').textContent(), /Matomo ajouté à «\u00a0Mesure d’audience\u00a0»/);
  assert.match(await page.locator('#revision').textContent(), /Pas besoin de nouvelle révision/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Télécharger le fichier/ }).click()]);
  assert.equal(download.suggestedFilename(), 'aquao-consent.config.json');
  exported = join(work, 'aquao-consent.config.json');
  await download.saveAs(exported);
  const config = JSON.parse(await readFile(exported, 'utf8'));
  assert.equal(Object.keys(config)[0], '$schema');
  assert.equal(config.texts.fr.title, TITLE);
  assert.deepEqual(config.categories.analytics.services.map((s) => s.id), ['matomo']);
  // The catalogue files YouTube under the built-in embeds purpose, beside the demo's video; the ads stay alone.
  assert.deepEqual(config.categories.marketing.services.map((s) => s.id), ['ads']);
  assert.deepEqual(config.categories.embeds.services.map((s) => s.id), ['video', 'youtube']);

  // The developer's tags: the catalogue's gated snippets.
  const snippet = (id) => page.locator(`.snippets li[data-service="${id}"] pre`).textContent();
  assert.match(await snippet('matomo'), /^<script type="text\/plain" data-consent="analytics" data-service="matomo" src="\/js\/matomo-init\.js"><\/script>$/);
  assert.match(await snippet('youtube'), /^<iframe data-consent="embeds" data-service="youtube" data-src="https:\/\/www\.youtube\.com\/embed\/VIDEO_ID" title="Vidéo YouTube"/);
  assert.match(await page.locator('#output .diff').textContent(), /\+ +"id": "matomo",/);
  assert.deepEqual(problems, []);
  await context.close();

  // The real command line accepts the file.
  const check = spawnSync(process.execPath, [join(root, 'packages/embed/bin/aquao-consent.mjs'), 'check', exported, '--lang', 'en'], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr + check.stdout);
  assert.match(check.stdout, /aquao-consent\.config\.json: valid/);
});

test('the exported file drives the demo: banner, gating and cookie policy', async () => {
  assert.ok(exported, 'the first test exported a file');
  const site = join(work, 'site');
  await buildDemo({ config: exported, out: site });
  const server = await startDemoServer(0, '127.0.0.1', site);
  const base = `http://127.0.0.1:${server.address().port}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${base}/`);
    assert.equal(await page.locator('aquao-consent-banner [part~="title"]').textContent(), TITLE);
    await page.locator('aquao-consent-banner [part~="customize-button"]').click();
    for (const id of ['analytics-matomo', 'embeds-youtube']) {
      assert.equal(await page.locator(`aquao-consent-preferences [id="${id}"]`).isChecked(), false, `${id} is offered, off`);
    }
    // Gating: nothing measured before the choice; Matomo on (the analytics purpose's only tool) runs the analytics tag.
    assert.equal(await page.evaluate(() => window.demoTrackers?.analytics), undefined);
    await page.locator('aquao-consent-preferences [id="analytics-matomo"]').click();
    await page.locator('aquao-consent-preferences [part~="save-button"]').click();
    await page.waitForFunction(() => window.demoTrackers?.analytics === 1);

    await page.goto(`${base}/politique-de-cookies`);
    const cookies = (id) => page.locator(`aquao-cookie-table section[data-category="${id}"] tbody th`).allTextContents();
    await page.locator('aquao-cookie-table section[data-category="embeds"]').waitFor();
    assert.ok((await cookies('analytics')).includes('_pk_id.*'), 'Matomo’s cookies are in the policy');
    assert.ok((await cookies('embeds')).includes('VISITOR_INFO1_LIVE'), 'YouTube’s cookies are in the policy');
  } finally {
    await context.close();
    server.close();
  }
});

test('axe finds nothing on the configurator, light and dark, at 320 and 1280 px, and 320 px needs no sideways scrolling', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [320, 1280]) {
      const { context, page, problems } = await openConfigurator({ viewport: { width, height: 800 }, colorScheme });
      await page.getByRole('searchbox', { name: 'Chercher un outil du catalogue' }).fill('vidéo');
      // Every folded part open, so axe sees every field.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await page.evaluate(axeSource);
      const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'], iframes: false }));
      const found = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      assert.deepEqual(found, [], `${colorScheme}, ${width} px`);
      if (width === 320) assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320, 'no horizontal scroll at 320 px');
      assert.deepEqual(problems, []);
      await context.close();
    }
  }
});
