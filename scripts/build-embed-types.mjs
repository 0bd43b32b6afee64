// The embed's declarations, self-contained: `packages/embed/dist/aquao-consent.d.ts` (the page's types:
// `window.aquaoConsent`, `EmbedConfig`, the events and their global maps) and `dist/validate.d.ts`. The embed has no
// dependency, so its types cannot import `@aquao/consent-core` or `@aquao/consent-banner`: TypeScript writes the
// declarations of the embed and of the sources it uses, then rollup-plugin-dts bundles each entry's, with what it
// needs of the core and the banner inlined. Run after rollup (`npm run build` does).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';
import { ROOT } from './pack-packages.mjs';

/** Entry name → the embed source whose declarations it is. */
const ENTRIES = { 'aquao-consent': 'src/index.ts', validate: 'src/validate.ts' };

const declarations = mkdtempSync(join(tmpdir(), 'aquao-embed-types-'));
try {
  // The embed's tsconfig reaches the core's and the banner's sources (the `source` condition), so one run declares
  // all three, under `declarations/<package folder>/src/…`.
  execFileSync(
    join(ROOT, 'node_modules/.bin/tsc'),
    ['-p', 'packages/embed/tsconfig.json', '--declaration', '--emitDeclarationOnly', '--noEmit', 'false', '--outDir', declarations],
    { cwd: ROOT, stdio: 'inherit' },
  );
  const declarationOf = (folder, source) => join(declarations, folder, source.replace(/^\.\//, '').replace(/\.ts$/, '.d.ts'));
  /** `@aquao/consent-core/gcm` → the declarations of the source file its `exports` name. */
  const workspaceDeclarations = {
    name: 'aquao-workspace-declarations',
    resolveId(id) {
      const [, name, subpath = ''] = /^(@aquao\/consent-[\w-]+)(\/.+)?$/.exec(id) ?? [];
      if (!name) return null;
      const folder = { '@aquao/consent-core': 'core', '@aquao/consent-banner': 'banner', '@aquao/consent-embed': 'embed' }[name];
      const { exports } = JSON.parse(readFileSync(join(ROOT, 'packages', folder, 'package.json'), 'utf8'));
      const source = exports[`.${subpath}`]?.source;
      if (!source) throw new Error(`${id}: no such entry with a source in packages/${folder}/package.json`);
      return declarationOf(folder, source);
    },
  };
  // One build per entry, so each file stands alone (a shared chunk would hold types neither entry exports).
  for (const [name, source] of Object.entries(ENTRIES)) {
    const bundle = await rollup({
      input: { [name]: declarationOf('embed', source) },
      plugins: [workspaceDeclarations, dts()],
      onwarn(warning) {
        // The banner's index reaches Lit's types, which no declaration of ours keeps: checked on the output below.
        if (warning.code !== 'UNRESOLVED_IMPORT') throw new Error(`embed types, ${name}.d.ts: ${warning.message}`);
      },
    });
    const { output } = await bundle.write({ dir: join(ROOT, 'packages/embed/dist'), format: 'es' });
    // Anything left to import would be a package the embed does not depend on: the consumer's compiler would not find it.
    const imports = output.flatMap((chunk) => chunk.imports ?? []);
    if (imports.length) throw new Error(`embed types, ${name}.d.ts still imports ${imports.join(', ')}: inline it or drop it from the public types`);
  }
} finally {
  rmSync(declarations, { recursive: true, force: true });
}
