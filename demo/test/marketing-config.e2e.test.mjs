// "Marketing edits one JSON file, never code": a changed demo/aquao-consent.config.json, built and served, changes
// the banner, the panel, the gating and the cookie policy together; a broken one stops the build, naming the key.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../../scripts/browser.mjs';
import { buildDemo } from '../../scripts/build-demo.mjs';
import { startDemoServer } from '../../scripts/serve-demo.mjs';

const original = JSON.parse(await readFile(new URL('../aquao-consent.config.json', import.meta.url), 'utf8'));
let work;
let server;
let browser;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'aquao-demo-'));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.close();
  await rm(work, { recursive: true, force: true });
});

test('adding a purpose, a service and cookies in the config changes banner, panel, gating and policy', async () => {
  const edited = structuredClone(original);
  edited.categories = {
    ...edited.categories,
    preferences: { cookies: [{ name: 'lang_pref', provider: 'Ce site', duration: '1 an', description: 'Langue choisie.' }] },
  };
  edited.categories.analytics.services = [{ id: 'matomo', name: 'Matomo', provider: 'InnoCraft', cookies: ['_pk_*'] }];
  await writeFile(join(work, 'config.json'), JSON.stringify(edited));
  await buildDemo({ config: join(work, 'config.json'), out: join(work, 'site') });
  server = await startDemoServer(0, '127.0.0.1', join(work, 'site'));
  const base = `http://127.0.0.1:${server.address().port}`;
  const page = await browser.newPage();

  await page.goto(`${base}/`);
  assert.match(await page.locator('aquao-consent-banner [part~="description"]').textContent(), /Préférences/);
  await page.locator('aquao-consent-banner [part~="customize-button"]').click();
  for (const id of ['preferences-', 'analytics-matomo']) {
    assert.equal(await page.locator(`aquao-consent-preferences [id="${id}"]`).isChecked(), false, `${id} is offered, off`);
  }
  // Gating follows: the analytics tag runs once the new Matomo service (the category's only one) is on.
  await page.locator('aquao-consent-preferences [id="analytics-matomo"]').click();
  await page.locator('aquao-consent-preferences [part~="save-button"]').click();
  await page.waitForFunction(() => window.demoTrackers?.analytics === 1);

  await page.goto(`${base}/politique-de-cookies`);
  await page.locator('aquao-cookie-table section[data-category="preferences"]').waitFor();
  const cookies = (id) => page.locator(`aquao-cookie-table section[data-category="${id}"] tbody th`).allTextContents();
  assert.deepEqual(await cookies('preferences'), ['lang_pref']);
  assert.deepEqual(await cookies('analytics'), ['_ga', '_ga_*', '_pk_*']);
  await page.close();
});

test('a config the embed would refuse stops the build, with the line, the key and the fix', async () => {
  const refused = async (name, text, message) => {
    await writeFile(join(work, name), text);
    await assert.rejects(buildDemo({ config: join(work, name), out: join(work, name.replace('.json', '')) }), message);
  };
  await refused('broken.json', JSON.stringify({ ...original, maxAgeDays: 400 }), /broken\.json:1:\d+ maxAgeDays: must be from 1 to 395/);
  await refused('typo.json', '{ "categories": { "analytics": { "cookies": ["_ga" } } }', /typo\.json:1:\d+ \(root\): not valid JSON: a "]" is missing/);
  // What used to pass the build and leave the page without a banner: an unknown key, at any level.
  await refused('unknown.json', JSON.stringify({ ...original, bannerColour: 'red' }), /unknown\.json:1:\d+ bannerColour: unknown key/);
  await refused(
    'nested.json',
    JSON.stringify({ ...original, categories: { ...original.categories, analytics: { cookie: ['_pk*'] } } }),
    /categories\.analytics\.cookie: unknown key; did you mean "cookies"\?/,
  );
  // A second "analytics" block pasted in: JSON would keep the last one silently.
  await refused('twice.json', '{ "categories": { "analytics": { "cookies": ["_ga"] }, "analytics": {} } }', /twice\.json:1:\d+ categories\.analytics: duplicate key/);
});
