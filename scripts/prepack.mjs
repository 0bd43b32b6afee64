// `prepack` and `postpack` of every published package (`node ../../scripts/prepack.mjs prepack|postpack`, run by
// npm in the package's folder, for `npm pack` and `npm publish` alike). What a tarball gets that the repository keeps
// elsewhere, and what it must not get:
// - the MIT licence: the root `LICENSE` is the one source, copied in for the pack and removed after;
// - no `source` export condition: in the repository it points tests, the dev server and rollup at the TypeScript
//   sources, but a consumer whose tsconfig sets `customConditions: ["source"]` (a common monorepo setting) would
//   then type-check our sources under their compiler options. The published `exports` keep `types`,
//   `development` and `default` only (the `src` folder is still shipped, for the declaration maps).
// The package.json as written is kept beside it during the pack (`package.json.prepack`) and put back by postpack.
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT_LICENSE = fileURLToPath(new URL('../LICENSE', import.meta.url));
const BACKUP = 'package.json.prepack';
/** Marks a LICENSE this script copied in (a package may one day keep its own, which postpack must not delete). */
const COPIED = '.LICENSE.copied';

/** `exports` without any `source` condition, at any depth. */
export function withoutSource(exports) {
  if (typeof exports !== 'object' || exports === null) return exports;
  return Object.fromEntries(
    Object.entries(exports)
      .filter(([key]) => key !== 'source')
      .map(([key, value]) => [key, withoutSource(value)]),
  );
}

/** The package.json that goes into the tarball. */
export function publishedManifest(manifest) {
  const published = { ...manifest, exports: withoutSource(manifest.exports) };
  if (manifest.exports === undefined) delete published.exports;
  // The sources are not an entry any more: their side effects are those of the built files, listed beside them.
  if (Array.isArray(manifest.sideEffects)) published.sideEffects = manifest.sideEffects.filter((path) => !path.startsWith('./src/'));
  return published;
}

function prepack() {
  // A pack that failed half-way left its backup: the one to keep is that original, not the rewritten file.
  if (!existsSync(BACKUP)) renameSync('package.json', BACKUP);
  const manifest = JSON.parse(readFileSync(BACKUP, 'utf8'));
  writeFileSync('package.json', `${JSON.stringify(publishedManifest(manifest), null, 2)}\n`);
  if (!existsSync('LICENSE')) {
    copyFileSync(ROOT_LICENSE, 'LICENSE');
    writeFileSync(COPIED, '');
  }
}

function postpack() {
  if (existsSync(BACKUP)) renameSync(BACKUP, 'package.json');
  if (existsSync(COPIED)) rmSync('LICENSE');
  rmSync(COPIED, { force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = { prepack, postpack }[process.argv[2]];
  if (!command) {
    console.error('usage: node scripts/prepack.mjs prepack|postpack (in a package folder)');
    process.exit(2);
  }
  command();
}
