// `npm start` (scripts/start-demo.mjs): a decision on the demo reaches the proof-of-consent receiver through the
// front server's /api/consent-log, and the admin lookup it prints finds it by the visitor's consent id.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { launchBrowser } from '../../scripts/browser.mjs';
import { startDemoWithLog } from '../../scripts/start-demo.mjs';

let demo;
let browser;
before(async () => {
  demo = await startDemoWithLog(0);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await demo?.close();
});

test('npm start: a decision on the demo can be looked up on the receiver by its consent id', async () => {
  const page = await browser.newPage();
  await page.goto(`${demo.url}/`);
  await page.locator('aquao-consent-banner [part~="reject-button"]').click();
  const consentId = await page.evaluate(() => window.aquaoConsent.getState().consentId);
  let found;
  for (let i = 0; i < 100 && !found; i++) {
    const answer = await fetch(`${demo.receiver.url}/consent/${consentId}`, { headers: { Authorization: `Bearer ${demo.adminToken}` } });
    if (answer.status === 200) found = (await answer.json()).records;
    else await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.equal(found?.length, 1);
  assert.equal(found[0].record.method, 'reject-all');
  assert.equal(found[0].record.url, demo.url);
  await page.close();
});

test('the temporary database goes with the demo', async () => {
  const { dataDir } = demo;
  await demo.close();
  demo = undefined;
  assert.equal(existsSync(dataDir), false);
});
