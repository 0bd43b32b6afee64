// A fresh project outside the repository that installs our packed tarballs and the tools it builds with, the way a
// developer's app would, but offline: from the tarballs and the npm cache that the repository's `npm ci` filled.
//
// `npm install` would have to resolve each range against the registry's current versions, which the cache may not
// hold. So the project gets a lockfile instead: our packages as the local tarballs, and every other package at the
// version (and place in the tree) the repository's own package-lock.json has, copied from it. `npm ci --offline` then
// needs nothing that is not already on the machine.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../scripts/pack-packages.mjs';

const rootLock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));

/** The lockfile path of the parent folder whose `node_modules` a package at `path` looks in next ('' for the root). */
const parentOf = (path) => {
  const at = path.lastIndexOf('/node_modules/');
  return at === -1 ? '' : path.slice(0, at);
};

/** Where Node would find `name` from the package at `from`, in the repository's tree: its lockfile path. */
function resolveFrom(from, name) {
  for (let base = from; ; base = parentOf(base)) {
    const path = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (rootLock.packages[path]) return path;
    if (!base) return undefined;
  }
}

/**
 * The lockfile entries for `names` and everything they need, at the paths the repository's tree has them. A
 * workspace package (a link in the repository) is replaced by its tarball, and what it needs is found from the root.
 */
function lockEntries(names, tarballs, projectDir) {
  const packages = {};
  const visit = (from, name, optional) => {
    const tarball = tarballs[name];
    if (tarball) {
      const path = `node_modules/${name}`;
      if (packages[path]) return;
      const manifest = JSON.parse(readFileSync(join(ROOT, tarball.dir, 'package.json'), 'utf8'));
      packages[path] = {
        version: manifest.version,
        resolved: `file:${relative(projectDir, tarball.file)}`,
        integrity: tarball.integrity,
        license: manifest.license,
        ...(manifest.dependencies && { dependencies: manifest.dependencies }),
        ...(manifest.peerDependencies && { peerDependencies: manifest.peerDependencies }),
        ...(manifest.peerDependenciesMeta && { peerDependenciesMeta: manifest.peerDependenciesMeta }),
      };
      for (const dependency of Object.keys(manifest.dependencies ?? {})) visit('', dependency, false);
      for (const peer of Object.keys(manifest.peerDependencies ?? {})) if (!manifest.peerDependenciesMeta?.[peer]?.optional) visit('', peer, false);
      return;
    }
    const path = resolveFrom(from, name);
    if (!path) {
      if (optional) return;
      throw new Error(`${name} (needed by ${from || 'the project'}) is not in the repository's package-lock.json: add it to the root devDependencies`);
    }
    if (packages[path]) return;
    const { dev, devOptional, peer, ...entry } = rootLock.packages[path];
    packages[path] = entry;
    const meta = entry.peerDependenciesMeta ?? {};
    for (const dependency of Object.keys(entry.dependencies ?? {})) visit(path, dependency, false);
    for (const dependency of Object.keys(entry.optionalDependencies ?? {})) visit(path, dependency, true);
    // An optional peer is installed only when something else needs it (npm's rule), so it is not followed.
    for (const peerName of Object.keys(entry.peerDependencies ?? {})) if (!meta[peerName]?.optional) visit(path, peerName, false);
  };
  for (const name of names) visit('', name, false);
  return packages;
}

/**
 * Creates `dir` from the `templates` folders (copied in order), with a package.json whose dependencies are `ours` (package names, from
 * `tarballs`: `packAll`'s result) and `tools` (names of the repository's devDependencies, at its locked versions),
 * and installs it offline. Returns `dir`.
 */
export function createScratchProject(dir, { templates, ours, tools, tarballs }) {
  mkdirSync(dir, { recursive: true });
  for (const template of templates) cpSync(template, dir, { recursive: true });
  const dependencies = Object.fromEntries([
    ...ours.map((name) => [name, `file:${relative(dir, tarballs[name].file)}`]),
    ...tools.map((name) => [name, rootLock.packages[`node_modules/${name}`]?.version ?? missingTool(name)]),
  ]);
  const manifest = { name: 'aquao-consent-scratch-app', private: true, type: 'module', dependencies };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const lock = {
    name: manifest.name,
    lockfileVersion: 3,
    requires: true,
    packages: { '': { name: manifest.name, dependencies }, ...lockEntries([...ours, ...tools], tarballs, dir) },
  };
  writeFileSync(join(dir, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  const install = (mode) => execFileSync('npm', ['ci', mode, '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    install('--offline');
  } catch (error) {
    if (!/ENOTCACHED/.test(error.stderr)) throw error;
    // The cache holds what `npm ci` fetched; an `npm install` of a new package stores its metadata in another form
    // (full, not the install-only form `npm ci` asks for). Rather than fail on a developer's machine, fetch only
    // what is missing, and say so.
    console.log(`# ${dir}: not all in the npm cache (${/request to \S+\/([^/\s]+) failed/.exec(error.stderr)?.[1] ?? 'a package'}): installing with --prefer-offline`);
    install('--prefer-offline');
  }
  return dir;
}

function missingTool(name) {
  throw new Error(`${name} is not a root devDependency: the scratch projects install only what the repository's npm ci cached`);
}
