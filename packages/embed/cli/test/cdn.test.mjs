// `aquao-consent cdn`, as a user runs it: the tags for this package's version, with the hashes of the built files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cli } from './cli.mjs';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
/** The SRI value of a built file, computed here rather than read from dist/integrity.json. */
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(new URL(`../../dist/${file}`, import.meta.url))).digest('base64')}`;
const tags = (stdout) => [...stdout.matchAll(/<script src="([^"]+)" integrity="([^"]+)" crossorigin="anonymous" defer><\/script>/g)].map(([, src, integrity]) => ({ src, integrity }));

test('cdn prints the loader and the cookie table from jsDelivr, pinned to this version, with their SRI hashes', () => {
  const { status, stdout } = cli(['cdn']);
  assert.equal(status, 0);
  assert.deepEqual(tags(stdout), [
    { src: `https://cdn.jsdelivr.net/npm/@aquao/consent-embed@${version}/dist/aquao-consent.js`, integrity: sri('aquao-consent.js') },
    { src: `https://cdn.jsdelivr.net/npm/@aquao/consent-embed@${version}/dist/aquao-cookie-table.js`, integrity: sri('aquao-cookie-table.js') },
  ]);
  assert.match(stdout, /script-src 'self' https:\/\/cdn\.jsdelivr\.net/);
});

test('cdn prints the UI chunk\'s preload line with the hash the loader itself requests it with', () => {
  const { status, stdout } = cli(['cdn']);
  assert.equal(status, 0);
  const [, href, integrity] = /<link rel="preload" href="([^"]+)" as="script" integrity="([^"]+)" crossorigin="anonymous">/.exec(stdout) ?? [];
  assert.equal(href, `https://cdn.jsdelivr.net/npm/@aquao/consent-embed@${version}/dist/aquao-consent-ui.js`);
  // The loader's recorded hash, as built into it: the preload is reused only if the two are equal.
  const loader = readFileSync(new URL('../../dist/aquao-consent.js', import.meta.url), 'utf8');
  assert.ok(integrity.startsWith('sha256-') && loader.includes(integrity), `${integrity} is not the hash in aquao-consent.js`);
});

test('cdn --cdn unpkg --dev: the development build from unpkg, in English with --lang en', () => {
  const { status, stdout } = cli(['cdn', '--cdn', 'unpkg', '--dev', '--lang', 'en']);
  assert.equal(status, 0);
  assert.deepEqual(tags(stdout)[0], {
    src: `https://unpkg.com/@aquao/consent-embed@${version}/dist/aquao-consent.dev.js`,
    integrity: sri('aquao-consent.dev.js'),
  });
  assert.match(stdout, /from unpkg: pinned version/);
});

test('cdn with a CDN it does not know is a usage mistake: exit 2, the usage', () => {
  const { status, stdout, stderr } = cli(['cdn', '--cdn', 'example']);
  assert.equal(status, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /--cdn doit être jsdelivr ou unpkg, pas «\u00a0example\u00a0»/);
  assert.match(stderr, /npx aquao-consent <commande>/);
});
