// End to end: the built embed (packages/embed/dist/aquao-consent.js) in headless Chromium on one origin, the
// receiver on another. A visitor decides; the record is found by its consent id. The receiver then stops, the
// visitor decides again, and the embed's retry lands that record once the receiver is back.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../../scripts/browser.mjs';
import { adminGet, backend, freshDatabase, makeRecord, startServer } from './harness.mjs';

const DIST = new URL('../../embed/dist/', import.meta.url);
const EMBED = fileURLToPath(new URL('aquao-consent.js', DIST));
if (!existsSync(EMBED)) throw new Error(`${EMBED} is missing: run \`npm run build\` first (npm test does).`);

let database;
let receiver;
let logPort;
let site;
let siteOrigin;
let browser;

/** The customer's page: the embed, its config with the receiver as logEndpoint, and a CSP that allows it. */
function page(logEndpoint) {
  const config = { categories: { necessary: {}, analytics: {} }, logEndpoint };
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Site</title>
<script type="application/json" id="aquao-consent-config">${JSON.stringify(config)}</script>
<script src="/aquao-consent.js" defer></script></head><body><main><h1>Bienvenue</h1></main></body></html>`;
}

before(async () => {
  database = await freshDatabase();
  site = createServer((request, response) => {
    const logEndpoint = `http://log.aquao.test:${logPort}/consent`;
    // Served the way we advise: a strict CSP, whose connect-src names the receiver.
    response.setHeader('Content-Security-Policy', `default-src 'self'; connect-src 'self' http://log.aquao.test:${logPort}`);
    // The loader and the chunks it loads from beside itself.
    if (/^\/aquao-consent(-ui|-log)?\.js$/.test(request.url)) {
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(new URL(`.${request.url}`, DIST)));
    } else response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page(logEndpoint));
  });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteOrigin = `http://www.aquao.test:${site.address().port}`;
  receiver = await startServer(database.options, { allowedOrigins: [siteOrigin] });
  logPort = new URL(receiver.url).port;
  browser = await launchBrowser(['--host-resolver-rules=MAP www.aquao.test 127.0.0.1, MAP log.aquao.test 127.0.0.1']);
});
after(async () => {
  await browser?.close();
  await receiver?.close();
  site?.close();
  await database?.drop();
});

/** The records the receiver holds for a consent id, waiting up to 10 s for `count` of them. */
async function recordsOf(consentId, count) {
  for (let i = 0; ; i++) {
    const { status, text } = await adminGet(receiver.url, `/consent/${consentId}`);
    const records = status === 200 ? JSON.parse(text).records.map((r) => r.record) : [];
    if (records.length >= count || i === 100) return records;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test(`a decision in Chromium on one origin is found by its consent id on the receiver's (${backend})`, async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await tab.goto(`${siteOrigin}/`);
  await tab.locator('aquao-consent-banner [part~="accept-button"]').click();
  const consentId = await tab.evaluate(() => window.aquaoConsent.getState().consentId);
  const [record] = await recordsOf(consentId, 1);
  assert.equal(record?.method, 'accept-all');
  assert.deepEqual(record.categories, { necessary: true, analytics: true });
  // The site's origin: the default `url` of a record (docs/proof-of-consent.md).
  assert.equal(record.url, siteOrigin);
  assert.deepEqual(problems, []);

  // The receiver goes away; the visitor withdraws meanwhile. Nothing is lost: the embed keeps the record...
  await receiver.close();
  await tab.evaluate(() => window.aquaoConsent.rejectAll());
  await tab.waitForFunction(() => localStorage.getItem('aquao_consent_pending') !== null);
  receiver = await startServer(database.options, { allowedOrigins: [siteOrigin], port: Number(logPort) });
  // ...and sends it again on a later page, where it lands: newest first, the withdrawal, then the grant.
  await tab.reload();
  const records = await recordsOf(consentId, 2);
  assert.deepEqual(records.map((r) => r.method), ['reject-all', 'accept-all']);
  assert.equal(records[0].categories.analytics, false);
  await context.close();
});

test(`a record sent with navigator.sendBeacon from the other origin lands too, as JSON (${backend})`, async () => {
  // What a page that is closing can still send: a beacon, here with the JSON type the receiver requires.
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${siteOrigin}/`);
  const record = makeRecord({ url: siteOrigin });
  const queued = await tab.evaluate(
    ([url, body]) => navigator.sendBeacon(url, new Blob([body], { type: 'application/json' })),
    [`http://log.aquao.test:${logPort}/consent`, JSON.stringify(record)],
  );
  assert.equal(queued, true);
  const [stored] = await recordsOf(record.consentId, 1);
  assert.equal(stored?.recordId, record.recordId);
  await context.close();
});
