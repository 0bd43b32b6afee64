// `npm test`'s package checks, on the tarballs `npm pack` makes (what a developer installs, not the workspace):
// publint (package.json against the files: exports, types, files, sideEffects) and Are the Types Wrong (each entry's
// types resolve, under TypeScript's `node16` and `bundler` resolutions, to the module the runtime loads), then the
// rules publint does not know: an MIT LICENSE in every tarball, no `source` export condition, `repository` with its
// `directory`, `engines`, `sideEffects`, no test file; for the embed, no dependency and the licences of what its
// files bundle. Run after `npm run build`.
//
// publint runs `strict` (its warnings fail the check) with one known misreading set aside (`misread` below).
//
// attw runs with `--profile esm-only`: our packages are ES modules only, so the `node10` resolution (no `exports`)
// and `require()` from CommonJS are not ours to satisfy; Node 20 can load them with `import()`.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { ROOT, packAll } from './pack-packages.mjs';

const run = promisify(execFile);
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

/** A file of a tarball (a `.tgz` of ustar entries under `package/`), as text. */
function readFromTarball(tarball, path) {
  const tar = gunzipSync(readFileSync(tarball));
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const name = tar.toString('utf8', offset, offset + 100).replace(/\0.*$/s, '');
    if (!name) break;
    const size = parseInt(tar.toString('utf8', offset + 124, offset + 136).replace(/\0.*$/s, '').trim() || '0', 8);
    if (name === `package/${path}`) return tar.toString('utf8', offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return undefined;
}

/**
 * The one publint message that is wrong about us: the embed's development scripts (`aquao-consent.dev.js`, and any
 * `aquao-*.dev.js` beside it) are classic scripts (an IIFE, neither CommonJS nor an ES module), and publint's
 * CommonJS guess is a regex that takes the unminified Lit development build's `global.litIssuedWarnings` (its own
 * `const global = globalThis`) for Node's `global`. Set aside only for those files, only while the file really is
 * one IIFE and nothing outside it.
 */
function misread(message, file) {
  if (message.code !== 'FILE_INVALID_FORMAT' || message.args.actualFormat !== 'CJS') return false;
  const path = message.args.actualFilePath?.replace(/^\.?\//, '');
  if (!/^dist\/aquao-[\w-]+\.dev\.js$/.test(path ?? '')) return false;
  const code = readFromTarball(file, path);
  return /^\(function \(\) \{\n[\s\S]*\n\}\)\(\);\n(\/\/# sourceMappingURL=\S+\n?)?$/.test(code);
}

/** publint, strict, on one tarball: `{ ok, output }`. */
async function lint(file) {
  const { messages, pkg } = await publint({ pack: { tarball: new Uint8Array(readFileSync(file)).buffer }, strict: true });
  const problems = messages.filter((message) => !misread(message, file));
  return { ok: !problems.length, output: problems.map((message) => `${message.type}: ${formatMessage(message, pkg)}`).join('\n') };
}

/** The `source` conditions left in `exports`, as paths (`exports["./gate"].source`). */
function sourceConditions(exports, path = 'exports') {
  if (typeof exports !== 'object' || exports === null) return [];
  return Object.entries(exports).flatMap(([key, value]) =>
    key === 'source' ? [path] : sourceConditions(value, `${path}[${JSON.stringify(key)}]`),
  );
}

/** Our own rules for one tarball: a list of problems (empty when all is well). */
function houseRules({ file, files }) {
  const problems = [];
  const manifest = JSON.parse(readFromTarball(file, 'package.json'));
  const licence = readFromTarball(file, 'LICENSE');
  if (!licence?.startsWith('MIT License')) problems.push('no MIT LICENSE file (scripts/prepack.mjs copies the root one)');
  if (manifest.license !== 'MIT') problems.push(`"license" is ${JSON.stringify(manifest.license)}, not "MIT"`);
  for (const path of sourceConditions(manifest.exports)) problems.push(`${path}.source is published: consumers with customConditions ["source"] would compile our sources`);
  if (!manifest.repository?.directory) problems.push('"repository" lacks its "directory"');
  if (!manifest.engines?.node) problems.push('no "engines.node"');
  // The embed's files are built with everything in them (Lit, js-cookie, the core, the CLI's catalogue): a dependency
  // would only be a download for nothing, and a second Lit in a page's bundle.
  if (manifest.name === '@aquao/consent-embed') {
    if (Object.keys(manifest.dependencies ?? {}).length) problems.push(`"dependencies" ${Object.keys(manifest.dependencies).join(', ')}: the embed's files bundle what they need`);
    // What they bundle, others' licences ask to be reproduced with the copy (scripts/third-party-notices.mjs).
    const notices = readFromTarball(file, 'dist/THIRD-PARTY-NOTICES.txt') ?? '';
    for (const name of ['lit-html', 'lit-element', '@lit/reactive-element', 'js-cookie', 'jsonc-parser']) if (!notices.includes(`\n${name}@`)) problems.push(`dist/THIRD-PARTY-NOTICES.txt does not give ${name}'s licence`);
  }
  if (manifest.sideEffects === undefined) problems.push('no "sideEffects": a bundler then keeps every module an import reaches');
  // npm links a workspace's commands when it installs the repository, before any build, and skips a file that is not
  // there yet: a command under dist/ would then be missing from node_modules/.bin, and `npx` would look for it on
  // the registry. A committed file that loads the build is linked at once.
  for (const [name, path] of Object.entries(typeof manifest.bin === 'string' ? { [manifest.name]: manifest.bin } : (manifest.bin ?? {})))
    if (/^(\.\/)?dist\//.test(path)) problems.push(`"bin" ${name} is ${path}, a build output: npm does not link it in a fresh clone (point it to a committed file that imports the build)`);
  for (const path of files.filter((f) => /(^|\/)(test|test-node)\/|\.test\.[cm]?[jt]s$/.test(f))) problems.push(`a test file is packed: ${path}`);
  return problems;
}

const destination = mkdtempSync(join(tmpdir(), 'aquao-packages-'));
let failed = false;
try {
  const packed = Object.values(packAll(destination));
  // Two at a time: attw takes about a second a package, and the machine has two cores.
  const queue = [...packed];
  const results = new Map();
  await Promise.all(
    [0, 1].map(async () => {
      for (let pkg; (pkg = queue.shift()); ) {
        const outcome = async (command, args) => {
          try {
            const { stdout } = await run(command, args, { cwd: destination, maxBuffer: 1 << 24 });
            return { ok: true, output: stdout };
          } catch (error) {
            return { ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}` || String(error) };
          }
        };
        results.set(pkg.name, {
          publint: await lint(pkg.file),
          attw: await outcome(bin('attw'), [pkg.file, '--profile', 'esm-only', '--format', 'table-flipped', '--no-color']),
          house: houseRules(pkg),
        });
      }
    }),
  );
  for (const pkg of packed) {
    const { publint, attw, house } = results.get(pkg.name);
    const ok = publint.ok && attw.ok && !house.length;
    failed ||= !ok;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${pkg.name} (${pkg.files.length} files): publint ${publint.ok ? 'ok' : 'failed'}, attw ${attw.ok ? 'ok' : 'failed'}, house rules ${house.length ? 'failed' : 'ok'}`);
    if (!publint.ok) console.log(publint.output.replace(/^/gm, '    '));
    if (!attw.ok) console.log(attw.output.replace(/^/gm, '    '));
    for (const problem of house) console.log(`    ${problem}`);
  }
} finally {
  rmSync(destination, { recursive: true, force: true });
}
if (failed) {
  console.error('\ncheck-packages: fix the package.json or the build of the packages above (the tarballs are what users install)');
  process.exit(1);
}
