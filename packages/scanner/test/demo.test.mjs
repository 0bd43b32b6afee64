// The clean site: the built demo (npm run build makes demo/dist), served as the demo server serves it. Five pages,
// three phases each: 0 violations, nothing undeclared, nothing stale, exit 0 even with --fail-on undeclared.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoServer } from '../../../scripts/serve-demo.mjs';
import { lines, scanCli } from './helpers.mjs';

let server;
before(async () => {
  server = await startDemoServer(0, '127.0.0.1');
});
after(() => server?.close());

test('the demo, 5 pages: 0 violations, 0 undeclared, 0 stale, exit 0', async () => {
  const { port } = server.address();
  const { code, stdout, stderr, result } = await scanCli([`http://127.0.0.1:${port}/`, '--pages', '5', '--fail-on', 'undeclared', '--banner-timeout', '15000']);
  assert.equal(code, 0, `${stdout}\n${stderr}`);
  assert.match(stdout, /Conforme : rien n’est déposé/);
  assert.equal(result.pages.length, 5);
  assert.deepEqual(result.pages.filter((p) => !p.bannerFound || p.bannerTool !== 'aquao-consent' || p.error), []);
  assert.equal(result.config.source, 'page', 'checked against the config the site itself embeds');
  assert.deepEqual(lines(result, (f) => f.verdict !== 'ok'), []);
  // The scan really refused and accepted: the choice was stored, and the demo's trackers ran after consent only.
  const seen = new Set(lines(result));
  for (const line of ['ok reject cookie aquao_consent', 'ok accept cookie _ga', 'ok accept cookie _ga_DEMO42', 'ok accept cookie _gcl_au']) {
    assert.ok(seen.has(line), `${line} in ${[...seen]}`);
  }
  assert.ok(![...seen].some((l) => / (before|reject) cookie _g/.test(l)));
});
