// The built core in Node, where there is no `document`: it imports, answers, and does nothing harmful
// (no throw, no global left behind, no timer or channel keeping the process alive).
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('the built core imports and runs without a document', async () => {
  const before = new Set(Object.keys(globalThis));
  const core = await import('@aquao/consent-core');
  const { startGating } = await import('@aquao/consent-core/gate');
  const manager = core.createConsentManager({ categories: { analytics: { cookies: ['_ga'] } } });
  assert.equal(manager.hasDecision(), false);
  assert.equal(manager.isGranted('analytics'), false);
  manager.acceptAll();
  assert.equal(manager.isGranted('analytics'), true, 'a decision still applies for the page (server render)');
  manager.reset();
  const stop = startGating(manager);
  stop();
  manager.destroy();
  assert.deepEqual(Object.keys(globalThis).filter((k) => !before.has(k)), []);
});

test('the production build names the wrong key without the long explanation', async () => {
  const { createConsentManager, ConsentConfigError } = await import('@aquao/consent-core');
  assert.throws(
    () => createConsentManager({ maxAgeDays: 400 }),
    (error) => error instanceof ConsentConfigError && error.key === 'maxAgeDays' && error.message === 'aquao-consent: config.maxAgeDays: invalid',
  );
});
