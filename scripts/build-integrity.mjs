// `packages/embed/dist/integrity.json`: the Subresource Integrity hash of each file a page may load from a CDN (every
// `aquao-*.js` of the embed's dist), for `<script integrity="…" crossorigin="anonymous">` (W3C Subresource
// Integrity). sha384, the algorithm the SRI spec's examples and the CDNs' own generators use. Published with the
// package (so also at the CDN, beside the files); `npx aquao-consent cdn` prints the tags with them. A chunk the
// loader fetches itself is checked by the loader, against the hash the build wrote into it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../packages/embed/dist', import.meta.url));
const files = readdirSync(dist)
  .filter((name) => /^aquao-.*\.js$/.test(name))
  .sort();
if (!files.includes('aquao-consent.js')) throw new Error(`${dist}/aquao-consent.js is missing: build the embed first`);
const hashes = Object.fromEntries(
  files.map((name) => [name, `sha384-${createHash('sha384').update(readFileSync(join(dist, name))).digest('base64')}`]),
);
writeFileSync(join(dist, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
