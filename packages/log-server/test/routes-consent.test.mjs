// POST /consent and GET /healthz, what browsers call: stored once per recordId, refused with the right status and
// nothing stored, CORS for the listed origins only, a rate limit per client.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { adminGet, backend, countRecords, makeRecord, post, serverForThisFile, startApp, storedFor } from './harness.mjs';

const shared = serverForThisFile();

describe(`POST /consent (${backend})`, () => {
  test('a valid record is stored (201) and found by its consent id, exactly as sent', async () => {
    const record = makeRecord();
    // Key order and spacing of the sender are kept: the stored text is the received text.
    const text = JSON.stringify(record, null, 1);
    const { status, body } = await post(shared.base, text);
    assert.equal(status, 201);
    assert.deepEqual(body, { recordId: record.recordId, stored: true });
    const found = await adminGet(shared.base, `/consent/${record.consentId}`);
    assert.equal(found.status, 200);
    const { consentId, records } = JSON.parse(found.text);
    assert.equal(consentId, record.consentId);
    assert.equal(records.length, 1);
    assert.deepEqual(records[0].record, record);
    assert.match(records[0].receivedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const { rows } = await shared.server.store.query('SELECT record::text AS text FROM consent_records WHERE record_id = $1', [record.recordId]);
    assert.equal(rows[0].text, text);
  });

  test('the same recordId twice: stored once, the repeat answers 200', async () => {
    const record = makeRecord();
    assert.equal((await post(shared.base, record)).status, 201);
    const again = await post(shared.base, { ...record, method: 'accept-all' });
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, { recordId: record.recordId, stored: false });
    assert.deepEqual(await storedFor(shared.server.store, record.consentId), [record.recordId]);
  });

  test('the same record sent by many at once (tabs, retries) is still stored once', async () => {
    const record = makeRecord();
    const statuses = (await Promise.all(Array.from({ length: 8 }, () => post(shared.base, record)))).map((r) => r.status).sort();
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 200, 200, 201]);
    assert.equal((await storedFor(shared.server.store, record.consentId)).length, 1);
  });

  test('refusals: the right status, the reason, and nothing stored', async () => {
    const before = await countRecords(shared.server.store);
    const cases = [
      ['bad JSON', '{"schema": 1,', {}, 400, /not valid JSON/],
      ['an empty body', '', {}, 400, /not valid JSON/],
      ['a JSON array', '[]', {}, 400, /\(record\) must be object/],
      ['a category decision that is not a boolean', makeRecord({ categories: { necessary: true, analytics: 'yes' } }), {}, 400, /^categories\.analytics must be boolean/],
      ['a missing recordId', (({ recordId, ...rest }) => rest)(makeRecord()), {}, 400, /^recordId is required/],
      ['a recordId that is not a UUID v4', makeRecord({ recordId: 'abc' }), {}, 400, /^recordId must match/],
      ['a field the schema does not have', makeRecord({ ip: '203.0.113.9' }), {}, 400, /^ip is not a field/],
      ['a date that is no date', makeRecord({ timestamp: 'yesterday' }), {}, 400, /^timestamp must match format "date-time"/],
      ['9 KB', makeRecord({ url: `https://www.aquao.test/${'x'.repeat(9 * 1024)}` }), {}, 413, /at most 8192 bytes/],
      ['text/plain', JSON.stringify(makeRecord()), { 'Content-Type': 'text/plain' }, 415, /application\/json/],
      ['a form', 'schema=1', { 'Content-Type': 'application/x-www-form-urlencoded' }, 415, /application\/json/],
    ];
    for (const [name, body, headers, expected, reason] of cases) {
      const { status, body: answer } = await post(shared.base, body, headers);
      assert.equal(status, expected, name);
      assert.match(answer.error, reason, name);
    }
    // The 400s of the schema name the field, for whoever fixes the sender.
    assert.equal((await post(shared.base, cases[3][1])).body.field, 'categories.analytics');
    assert.equal(await countRecords(shared.server.store), before);
  });

  test('a record just under 8 KB is accepted', async () => {
    const record = makeRecord({ url: 'https://www.aquao.test/' });
    record.url += 'x'.repeat(8 * 1024 - Buffer.byteLength(JSON.stringify(record)));
    assert.equal(Buffer.byteLength(JSON.stringify(record)), 8 * 1024);
    assert.equal((await post(shared.base, record)).status, 201);
  });
});

describe(`CORS and origins (${backend})`, () => {
  const preflight = (origin) =>
    fetch(`${shared.base}/consent`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });

  test('an allowed origin passes the preflight and its record is stored', async () => {
    const answer = await preflight('https://www.aquao.test');
    assert.equal(answer.status, 204);
    assert.equal(answer.headers.get('access-control-allow-origin'), 'https://www.aquao.test');
    assert.match(answer.headers.get('access-control-allow-methods'), /POST/);
    // What a sendBeacon's preflight needs (its credentials mode is "include").
    assert.equal(answer.headers.get('access-control-allow-credentials'), 'true');
    const record = makeRecord();
    const { status, headers } = await post(shared.base, record, { Origin: 'https://www.aquao.test' });
    assert.equal(status, 201);
    assert.equal(headers.get('access-control-allow-origin'), 'https://www.aquao.test');
  });

  test('a foreign origin gets no CORS header, its record is refused (403) and not stored', async () => {
    const answer = await preflight('https://evil.test');
    assert.equal(answer.headers.get('access-control-allow-origin'), null);
    const record = makeRecord();
    const { status, headers } = await post(shared.base, record, { Origin: 'https://evil.test' });
    assert.equal(status, 403);
    assert.equal(headers.get('access-control-allow-origin'), null);
    assert.deepEqual(await storedFor(shared.server.store, record.consentId), []);
  });

  test('ALLOWED_ORIGINS=*: any origin, answered by name, so a beacon (credentials included) passes the CORS check', async () => {
    const any = await startApp(shared.server.store, { allowedOrigins: '*' });
    try {
      const answer = await fetch(`${any.url}/consent`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://anywhere.test', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
      });
      assert.equal(answer.headers.get('access-control-allow-origin'), 'https://anywhere.test');
      assert.equal(answer.headers.get('access-control-allow-credentials'), 'true');
      assert.equal((await post(any.url, makeRecord(), { Origin: 'https://anywhere.test' })).status, 201);
    } finally {
      await any.close();
    }
  });

  test('without ALLOWED_ORIGINS: same-origin records only (a reverse proxy under the site\'s domain)', async () => {
    const local = await startApp(shared.server.store, { allowedOrigins: undefined });
    try {
      const same = makeRecord();
      assert.equal((await post(local.url, same, { Origin: local.url })).status, 201);
      const foreign = makeRecord();
      assert.equal((await post(local.url, foreign, { Origin: 'https://www.aquao.test' })).status, 403);
      assert.equal((await preflight('https://www.aquao.test')).headers.get('access-control-allow-origin'), 'https://www.aquao.test', 'the other server');
      const localPreflight = await fetch(`${local.url}/consent`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://www.aquao.test', 'Access-Control-Request-Method': 'POST' },
      });
      assert.equal(localPreflight.headers.get('access-control-allow-origin'), null);
      assert.deepEqual(await storedFor(shared.server.store, foreign.consentId), []);
    } finally {
      await local.close();
    }
  });
});

describe(`rate limit and health (${backend})`, () => {
  test('past RATE_LIMIT a minute a client gets 429 with Retry-After, and that record is not stored', async () => {
    const limited = await startApp(shared.server.store, { rateLimit: 3 });
    try {
      for (let i = 0; i < 3; i++) assert.equal((await post(limited.url, makeRecord())).status, 201);
      const record = makeRecord();
      const { status, headers } = await post(limited.url, record);
      assert.equal(status, 429);
      assert.ok(Number(headers.get('retry-after')) > 0);
      assert.deepEqual(await storedFor(limited.store, record.consentId), []);
      // Health checks are not counted: a load balancer polls them.
      assert.equal((await fetch(`${limited.url}/healthz`)).status, 200);
    } finally {
      await limited.close();
    }
  });

  test('GET /healthz says the database answers', async () => {
    const answer = await fetch(`${shared.base}/healthz`);
    assert.equal(answer.status, 200);
    assert.deepEqual(await answer.json(), { status: 'ok', database: shared.server.store.kind });
  });
});
