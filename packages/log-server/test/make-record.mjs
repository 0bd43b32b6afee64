// A valid proof record for tests and the benchmark; nothing else in here, so the benchmark loads no test runner.
import { randomUUID } from 'node:crypto';

/** A valid proof record, as the embed sends it (docs/proof-of-consent.md). */
export function makeRecord(overrides = {}) {
  const now = new Date().toISOString();
  return {
    schema: 1,
    recordId: randomUUID(),
    event: 'decision',
    consentId: randomUUID(),
    timestamp: now,
    firstDecisionAt: now,
    revision: 1,
    configHash: 'a'.repeat(64),
    categories: { necessary: true, analytics: true, marketing: false },
    services: { necessary: {}, analytics: {}, marketing: { ads: false, video: false } },
    method: 'custom',
    language: 'fr',
    url: 'https://www.aquao.test/',
    ...overrides,
  };
}

