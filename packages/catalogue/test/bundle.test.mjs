// The runtime stays small: the script-tag bundles never carry the catalogue (it is for the CLI and the
// configurator). Checked on the built files, after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const embedDist = new URL('../../embed/dist/', import.meta.url);
const catalogueBuild = new URL('../dist/index.js', import.meta.url);
const gzip = (url) => gzipSync(readFileSync(url), { level: 9 }).length;
// Strings only the catalogue holds: a fact, a legal entity, a reference.
const MARKERS = ['kameleoonVisitorCode', 'InnoCraft Ltd', 'Open-Cookie-Database', 'VISITOR_INFO1_LIVE'];

// Every script a page may load, the loader's chunks included (their .dev builds too), however the embed is split.
const scripts = (existsSync(embedDist) ? readdirSync(embedDist) : []).filter((name) => /^aquao-.*\.js$/.test(name));

for (const file of new Set(['aquao-consent.js', 'aquao-consent.dev.js', 'aquao-cookie-table.js', ...scripts])) {
  test(`${file} carries none of the catalogue`, () => {
    const url = new URL(file, embedDist);
    assert.ok(existsSync(url), `${file} is missing: run npm run build first`);
    const code = readFileSync(url, 'utf8');
    for (const marker of MARKERS) assert.ok(!code.includes(marker), `${file} contains "${marker}"`);
  });
}

test('by size too: the embed is smaller than the catalogue alone', () => {
  const embed = gzip(new URL('aquao-consent.js', embedDist));
  const catalogue = gzip(catalogueBuild);
  assert.ok(embed < catalogue, `aquao-consent.js ${embed} B gzip, the catalogue ${catalogue} B gzip`);
});
