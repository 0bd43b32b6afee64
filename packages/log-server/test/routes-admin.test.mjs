// GET /consent/:consentId and GET /export, behind the admin token: lookup newest first, export in both formats
// over a range, 10,000 records streamed in bounded memory.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { get } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ADMIN_TOKEN, adminGet, backend, makeRecord, post, serverForThisFile, startApp } from './harness.mjs';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const shared = serverForThisFile();

describe(`admin token (${backend})`, () => {
  test('no token, a wrong token or another scheme: 401, nothing shown', async () => {
    const record = makeRecord();
    await post(shared.base, record);
    for (const authorization of ['', 'Bearer wrong-token-wrong-token-wrong-token-00', `Basic ${ADMIN_TOKEN}`, `Bearer ${ADMIN_TOKEN}x`]) {
      for (const path of [`/consent/${record.consentId}`, '/export']) {
        const { status, text, headers } = await adminGet(shared.base, path, authorization);
        assert.equal(status, 401, `${path} with ${authorization}`);
        assert.doesNotMatch(text, new RegExp(record.recordId));
        assert.match(headers.get('www-authenticate'), /^Bearer/);
      }
    }
    assert.equal((await adminGet(shared.base, `/consent/${record.consentId}`)).status, 200);
    // The scheme is case-insensitive (RFC 9110 §11.1): a client writing `bearer` is not refused.
    assert.equal((await adminGet(shared.base, `/consent/${record.consentId}`, `bearer ${ADMIN_TOKEN}`)).status, 200);
  });

  test('a token shorter than 32 characters keeps the admin routes off, even when presented', async () => {
    const short = 'short-token-0123456789-abcdefghi';
    assert.equal(short.length, 32);
    const tooShort = short.slice(0, 31);
    const off = await startApp(shared.server.store, { adminToken: tooShort });
    const on = await startApp(shared.server.store, { adminToken: short });
    try {
      const refused = await adminGet(off.url, '/export', `Bearer ${tooShort}`);
      assert.equal(refused.status, 401);
      assert.match(refused.text, /admin routes are off: set ADMIN_TOKEN \(32 characters or more\)/);
      assert.equal((await adminGet(on.url, '/export', `Bearer ${short}`)).status, 200);
    } finally {
      await off.close();
      await on.close();
    }
  });
});

describe(`GET /consent/:consentId (${backend})`, () => {
  test('every record of that consent id, newest decision first, and only those', async () => {
    const consentId = crypto.randomUUID();
    const times = ['2026-03-01T10:00:00.000Z', '2026-05-01T10:00:00.000Z', '2026-04-01T10:00:00.000Z'];
    for (const timestamp of times) await post(shared.base, makeRecord({ consentId, timestamp }));
    await post(shared.base, makeRecord());
    const { status, text, headers } = await adminGet(shared.base, `/consent/${consentId}`);
    assert.equal(status, 200);
    assert.equal(headers.get('cache-control'), 'no-store');
    const { records } = JSON.parse(text);
    assert.deepEqual(records.map((r) => r.record.timestamp), [times[1], times[2], times[0]]);
    assert.ok(records.every((r) => r.record.consentId === consentId));
  });

  test('an unknown consent id is a 404, a malformed one a 400', async () => {
    assert.equal((await adminGet(shared.base, `/consent/${crypto.randomUUID()}`)).status, 404);
    assert.equal((await adminGet(shared.base, '/consent/not-a-consent-id')).status, 400);
  });
});

describe(`GET /export (${backend})`, () => {
  test('NDJSON and CSV over a range of receive times; bad parameters are 400s', async () => {
    const consentId = crypto.randomUUID();
    const records = [
      makeRecord({ consentId, language: 'fr,"b"' }),
      makeRecord({ consentId, language: '=HYPERLINK("x")' }),
    ];
    const start = new Date(Date.now() - 1000).toISOString();
    for (const record of records) assert.equal((await post(shared.base, record)).status, 201);
    const end = new Date(Date.now() + 1000).toISOString();

    const ndjson = await adminGet(shared.base, `/export?from=${start}&to=${end}&format=ndjson`);
    assert.equal(ndjson.status, 200);
    assert.match(ndjson.headers.get('content-type'), /^application\/x-ndjson/);
    assert.match(ndjson.headers.get('content-disposition'), /^attachment; filename="consent-log-.*\.ndjson"$/);
    const lines = ndjson.text.trimEnd().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(lines.filter((l) => l.record.consentId === consentId).map((l) => l.record), records);

    const csv = await adminGet(shared.base, `/export?from=${start}&to=${end}&format=csv`);
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type'), /^text\/csv/);
    const [header, ...rows] = csv.text.trimEnd().split('\r\n');
    assert.equal(header, 'receivedAt,recordId,consentId,event,timestamp,firstDecisionAt,method,revision,configHash,language,url,categories,services');
    const ours = rows.filter((row) => row.includes(consentId));
    assert.equal(ours.length, 2);
    // RFC 4180 quoting, and a formula is shown, never run, by a spreadsheet.
    assert.ok(ours[0].includes(',"fr,""b""",'), ours[0]);
    assert.ok(ours[1].includes(`"'=HYPERLINK(""x"")"`), ours[1]);
    assert.ok(ours[0].includes('"{""necessary"":true,""analytics"":true,""marketing"":false}"'));

    const before = await adminGet(shared.base, `/export?to=${start}`);
    assert.ok(!before.text.includes(consentId), 'to is exclusive of later records');
    assert.equal((await adminGet(shared.base, '/export?format=xml')).status, 400);
    // Names every object inherits are no format either: 400, not a 500 from a function taken for a content type.
    for (const inherited of ['toString', 'constructor', '__proto__']) {
      const answer = await adminGet(shared.base, `/export?format=${inherited}`);
      assert.equal(answer.status, 400, inherited);
      assert.match(answer.text, /format must be csv or ndjson/, inherited);
    }
    const badDate = await adminGet(shared.base, '/export?from=last-week');
    assert.equal(badDate.status, 400);
    assert.match(badDate.text, /from must be an ISO 8601 date/);
  });

  test('10,000 records stream out in bounded memory', async () => {
    const consentId = crypto.randomUUID();
    const padding = 'x'.repeat(2000);
    // 10,000 records of about 2.5 KB each: about 25 MB, so holding them all would show in the heap.
    await shared.server.store.query(
      `INSERT INTO consent_records (record_id, consent_id, decided_at, record)
       SELECT id, $1, now(), json_build_object('schema', 1, 'recordId', id, 'consentId', $1::text, 'url', 'https://www.aquao.test/' || $2 || n)
       FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(1, 10000) AS n) AS generated`,
      [consentId, padding],
    );
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const response = await new Promise((resolve, reject) =>
      get(`${shared.base}/export?format=ndjson`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } }, resolve).on('error', reject),
    );
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['transfer-encoding'], 'chunked', 'streamed, not sent with a Content-Length');
    let text = '';
    response.setEncoding('utf8');
    const ended = new Promise((resolve) => response.on('end', resolve));
    // A reader that is slow: the server must wait for it, not read everything ahead into memory.
    await new Promise((resolve) =>
      response.on('data', (chunk) => {
        text += chunk;
        resolve();
      }),
    );
    response.pause();
    await new Promise((resolve) => setTimeout(resolve, 500));
    gc();
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    response.resume();
    await ended;
    const ours = text.split('\n').filter((line) => line.includes(consentId));
    assert.equal(ours.length, 10_000);
    assert.ok(heapGrowth < 8 * 1024 * 1024, `heap grew by ${(heapGrowth / 1048576).toFixed(1)} MB during the export`);
  });
});
