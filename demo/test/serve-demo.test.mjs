// The demo server refuses what a copied server must refuse (people copy it): bad URLs, oversized or invalid records,
// forged log lines, other methods, framing and sniffing, symlinks out of the site. Against a throwaway site folder.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoServer } from '../../scripts/serve-demo.mjs';

let work;
let server;
let base;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'aquao-serve-'));
  const site = join(work, 'site');
  await mkdir(join(site, 'docs'), { recursive: true });
  await writeFile(join(site, 'index.html'), '<!doctype html><title>demo</title>');
  await mkdir(join(site, 'docs', 'app'));
  await writeFile(join(site, 'docs', 'app', 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(work, 'secret.txt'), 'outside the site');
  await mkdir(join(work, 'private'));
  await writeFile(join(work, 'private', 'index.html'), 'outside the site');
  await symlink(join(work, 'secret.txt'), join(site, 'leak.txt'));
  await symlink(join(work, 'private'), join(site, 'docs', 'private'));
  await symlink(join(site, 'index.html'), join(site, 'home.html'));
  server = await startDemoServer(0, '127.0.0.1', site);
  base = `http://127.0.0.1:${server.address().port}`;
});
after(async () => {
  server?.close();
  await rm(work, { recursive: true, force: true });
});

/** A record exactly as docs/proof-of-consent.schema.json describes it. */
const record = (overrides = {}) => ({
  schema: 1,
  recordId: '0f6c1e2a-7d4b-4c1e-9f3a-2b5d8e7c6a10',
  event: 'decision',
  consentId: '5b0e8c8e-2f6a-4c9e-9a7e-0b3f1c2d4e5f',
  timestamp: '2026-11-26T14:03:12.511Z',
  firstDecisionAt: '2026-11-26T14:03:12.511Z',
  revision: 1,
  configHash: null,
  categories: { necessary: true, analytics: false },
  services: { necessary: {}, analytics: {} },
  method: 'reject-all',
  language: 'fr',
  url: 'https://www.aquao.fr',
  ...overrides,
});
const post = (body) => fetch(`${base}/api/consent-log`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
const logged = async () => (await fetch(`${base}/api/consent-log`)).json();

describe('the demo server', () => {
  test('a folder without its final slash is redirected to it (its page links to its files relatively)', async () => {
    const answer = await fetch(`${base}/docs/app`, { redirect: 'manual' });
    assert.equal(answer.status, 301);
    assert.equal(new URL(answer.headers.get('location'), answer.url).pathname, '/docs/app/');
    // Relative: whatever the request's path, the answer leads to this site only. `/a/..//docs/app`, sent as is (a
    // browser would normalize it), is the folder `//docs/app`, which an absolute Location would make a host.
    const location = await new Promise((resolve, reject) =>
      request({ host: '127.0.0.1', port: server.address().port, path: '/a/..//docs/app' }, (answer) => resolve(answer.resume().headers.location))
        .on('error', reject)
        .end(),
    );
    assert.equal(new URL(location, `${base}//docs/app`).host, new URL(base).host);
    assert.equal((await fetch(`${base}/docs/app/`)).status, 200);
    assert.equal((await fetch(`${base}/index`, { redirect: 'manual' })).status, 200);
    // Never towards what the site does not serve: a folder reached by a symlink out of it stays a 404.
    assert.equal((await fetch(`${base}/docs/private`, { redirect: 'manual' })).status, 404);
  });

  test('a broken percent-encoding is a 400, and the server goes on', async () => {
    assert.equal((await fetch(`${base}/%E0%A4%A`)).status, 400);
    assert.equal((await fetch(`${base}/api/consent-log%E0`)).status, 400);
    assert.equal((await fetch(`${base}/`)).status, 200);
  });

  test('symlinks do not lead out of the site; one inside it is served', async () => {
    assert.equal((await fetch(`${base}/leak.txt`)).status, 404);
    assert.equal((await fetch(`${base}/docs/private/`)).status, 404);
    assert.equal((await fetch(`${base}/docs/private/index.html`)).status, 404);
    assert.equal((await fetch(`${base}/..%2fsecret.txt`)).status, 404);
    assert.equal((await fetch(`${base}/home.html`)).status, 200);
  });

  test('every answer forbids MIME sniffing and framing by other sites', async () => {
    for (const path of ['/', '/missing', '/api/consent-log', '/%E0']) {
      const response = await fetch(`${base}${path}`);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      assert.match(response.headers.get('content-security-policy'), /frame-ancestors 'self'/, path);
    }
  });

  test('the log is listed on GET only: other methods are a 405, and list nothing', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const response = await fetch(`${base}/api/consent-log`, { method, body: method === 'DELETE' ? undefined : '{}' });
      assert.equal(response.status, 405, method);
      assert.equal(response.headers.get('allow'), 'GET, HEAD, POST');
      assert.equal(await response.text(), '', method);
    }
    assert.equal((await fetch(`${base}/`, { method: 'POST', body: '' })).status, 405);
  });

  test('stores only records of the documented shape: anything else is a 400 and nothing is stored', async () => {
    const before = (await logged()).length;
    const refused = [
      'null',
      '{}',
      'not json',
      '[]',
      JSON.stringify(record({ extra: 1 })),
      JSON.stringify(record({ revision: '1' })),
      JSON.stringify(record({ recordId: 'x' })),
      JSON.stringify(record({ method: 'implied' })),
      JSON.stringify(record({ categories: { analytics: 'yes' } })),
      JSON.stringify(record({ timestamp: 'yesterday' })),
      JSON.stringify(Object.fromEntries(Object.entries(record()).filter(([key]) => key !== 'url'))),
    ];
    for (const body of refused) assert.equal((await post(body)).status, 400, body);
    assert.equal((await logged()).length, before);
    assert.equal((await post(JSON.stringify(record()))).status, 204);
    assert.deepEqual((await logged()).at(-1), record());
  });

  test('a newline or an escape in a record cannot forge a log line', async () => {
    const lines = [];
    const log = console.log;
    console.log = (...args) => lines.push(args.join(' '));
    try {
      const forged = record({ categories: { 'analytics\nproof of consent: forged': true, '\u001b[2Kx': false }, language: 'fr\nforged' });
      assert.equal((await post(JSON.stringify(forged))).status, 204);
    } finally {
      console.log = log;
    }
    assert.equal(lines.length, 1);
    assert.doesNotMatch(lines[0], /[\n\r\u001b]/);
    assert.match(lines[0], /^proof of consent: \{"event":"decision"/);
  });

  test('a body past the limit is a 413: announced, refused before it is read; streamed, reading stops', async () => {
    const announced = await fetch(`${base}/api/consent-log`, { method: 'POST', headers: { 'Content-Length': '20000' }, body: 'x'.repeat(20_000) });
    assert.equal(announced.status, 413);

    // 300 MB offered in 64 KB chunks, without a Content-Length: the server must answer long before taking it all.
    const offered = 300 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let written = 0;
    const status = await new Promise((resolve) => {
      const req = request(`${base}/api/consent-log`, { method: 'POST', headers: { 'Transfer-Encoding': 'chunked' } });
      req.on('response', (res) => {
        resolve(res.statusCode);
        res.resume();
      });
      req.on('error', () => resolve('closed'));
      const pump = () => {
        while (written < offered) {
          written += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    assert.equal(status, 413);
    // What was written before the answer sits in socket buffers, never in the server's memory.
    assert.ok(written < 32 * 1024 * 1024, `${written} bytes were taken before the 413`);
    assert.equal((await fetch(`${base}/`)).status, 200, 'the server goes on');
  });
});
