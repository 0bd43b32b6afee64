// The tarballs a developer would install: `npm pack` of every published workspace package (each `packages/*` not
// marked `private`), with their prepack steps (scripts/prepack.mjs). Shared by the package checks (publint, attw)
// and the consumer builds. Run `npm run build` first: a tarball holds the built `dist`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Every published package: `{ name, dir, manifest }` (`dir` relative to the root, `packages/core`). */
export function publishedPackages() {
  return readdirSync(join(ROOT, 'packages'))
    .map((folder) => ({ dir: `packages/${folder}`, file: join(ROOT, 'packages', folder, 'package.json') }))
    .flatMap(({ dir, file }) => {
      let manifest;
      try {
        manifest = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        return [];
      }
      return manifest.private ? [] : [{ name: manifest.name, dir, manifest }];
    });
}

/**
 * Packs every published package into `destination`. Returns, by package name, `{ name, dir, file, integrity,
 * files }`: the tarball's absolute path, its sha512 integrity and the paths it holds.
 */
export function packAll(destination) {
  const packages = publishedPackages();
  mkdirSync(destination, { recursive: true });
  const output = execFileSync(
    'npm',
    ['pack', '--json', '--pack-destination', destination, ...packages.flatMap(({ dir }) => ['--workspace', dir])],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return Object.fromEntries(
    JSON.parse(output).map(({ name, filename, integrity, files }) => [
      name,
      { name, dir: packages.find((p) => p.name === name).dir, file: join(destination, filename), integrity, files: files.map((f) => f.path) },
    ]),
  );
}
