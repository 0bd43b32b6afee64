// Builds every package: ESM + .d.ts for core, banner and catalogue, and the embed's script-tag IIFEs (the loader,
// its chunks, the cookie table).
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import configurator from './packages/configurator/rollup.config.mjs';
import { thirdPartyNotices } from './scripts/third-party-notices.mjs';

/**
 * Production builds turn `DEV_MODE` off, so rollup drops the developer-only messages (Lit does the same).
 * The sources keep it on, and so does each package's `development` build.
 */
const productionMode = () => ({
  name: 'aquao-production-mode',
  transform: (code, id) =>
    id.endsWith('dev-mode.ts') ? code.replace('DEV_MODE = true', 'DEV_MODE = false') : null,
});

/**
 * The oldest browsers the CSS is written for: those with a native modal `<dialog>` (Safari 15.4, 2022). Without
 * targets, lightningcss (the CSS side of the template minifier) would rewrite `max-width` media queries into the
 * range syntax that Safari reads only from 16.4.
 */
const CSS_TARGETS = { chrome: 90 << 16, firefox: 98 << 16, safari: (15 << 16) | (4 << 8) };

/**
 * The embed's files carry Lit, js-cookie, jsonc-parser and the catalogue's facts, minified without their licence
 * headers: one THIRD-PARTY-NOTICES.txt beside them gives each licence in full (shared by the embed's builds below).
 */
const embedNotices = thirdPartyNotices('packages/embed/dist/THIRD-PARTY-NOTICES.txt', 'The embed (@aquao/consent-embed)');

/** Dependencies stay dependencies: only our relative imports (and rollup's virtual modules) are bundled. */
const isExternal = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/** Tests sit next to the code they test (`x.test.ts`); a build that reaches one fails rather than ship it. */
const noTests = () => ({
  name: 'aquao-no-tests',
  load(id) {
    if (/\.test\.[cm]?[jt]s$/.test(id)) this.error(`${id} is a test file: no bundle may include it`);
    return null;
  },
});

/** A package's entries: the `source` file of each subpath of its package.json `exports` (one list to keep). */
const entriesOf = (name) => {
  const { exports } = JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8'));
  return Object.values(exports)
    .filter((target) => typeof target === 'object' && target.source)
    .map((target) => target.source.replace(/^\.\/src\//, '').replace(/\.ts$/, ''));
};

/**
 * ESM library builds of one workspace package (production, and development under `dist/development`).
 * `preserveModules` keeps one output file per source file, so `dist` mirrors `src` and the package's `sideEffects`
 * can name the defining files exactly.
 */
const library = (name, { preserveModules = false } = {}) =>
  [false, true].map((development) => ({
    input: Object.fromEntries(entriesOf(name).map((entry) => [entry, `packages/${name}/src/${entry}.ts`])),
    output: {
      dir: `packages/${name}/dist${development ? '/development' : ''}`,
      format: 'es',
      sourcemap: true,
      ...(preserveModules && { preserveModules: true, preserveModulesRoot: `packages/${name}/src` }),
    },
    external: isExternal,
    plugins: [
      noTests(),
      typescript({
        tsconfig: `packages/${name}/tsconfig.json`,
        // One set of declarations is enough; both builds share the types.
        compilerOptions: development ? { declaration: false, declarationMap: false, declarationDir: undefined, outDir: `packages/${name}/dist/development` } : {},
      }),
      ...(development ? [] : [productionMode()]),
    ],
  }));

/** A workspace package's package.json, read once. */
const packageJson = (name) => (packageJson[name] ??= JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8')));

/**
 * Whether a module has side effects, as its package declares in `sideEffects`: the TypeScript plugin resolves the
 * workspace's relative imports itself, so node-resolve's reading of that field never reaches them. A module its
 * package declares pure is left out when nothing of it is used (the loader then carries none of the config's
 * descriptions, for instance). jsonc-parser declares nothing and has none.
 */
const declaredSideEffects = (id) => {
  const [, name, file] = id.match(/\/packages\/([^/]+)\/(.+)$/) ?? [];
  if (!name) return !id.includes('/jsonc-parser/');
  const { sideEffects } = packageJson(name);
  return sideEffects === undefined || (sideEffects !== false && sideEffects.includes(`./${file}`));
};

/**
 * The loader's record of its chunks (src/chunks.ts): their file names in this build and the SRI hash of each
 * (W3C Subresource Integrity, sha256: the shortest hash SRI requires browsers to support), read from the files the chunk builds above have just written.
 */
const chunkManifest = (development) => {
  let chunks;
  return {
    name: 'aquao-chunk-manifest',
    load(id) {
      if (!id.endsWith('/packages/embed/src/chunks.ts')) return null;
      const chunk = (name) => {
        const file = `${name}${development ? '.dev' : ''}.js`;
        const path = `packages/embed/dist/${file}`;
        if (!existsSync(path)) this.error(`${path} must be built before the loader (its integrity hash goes into it)`);
        return { file, integrity: `sha256-${createHash('sha256').update(readFileSync(path)).digest('base64')}` };
      };
      chunks = { ui: chunk('aquao-consent-ui'), log: chunk('aquao-consent-log') };
      return `export const CHUNKS = ${JSON.stringify(chunks)};`;
    },
    // The `<link rel="preload">` line for pages where first visits land (docs/getting-started.md): a preload is used
    // only if its integrity is the script's, so each build writes its own line.
    generateBundle() {
      if (development) return;
      this.emitFile({
        type: 'asset',
        fileName: 'aquao-consent.preload.html',
        source:
          '<!-- In <head>, on pages where first visits land: fetches the banner with the page (this build\'s hash; the path as you serve the files). -->\n' +
          `<link rel="preload" href="/${chunks.ui.file}" as="script" integrity="${chunks.ui.integrity}">\n`,
      });
    },
  };
};

/**
 * A script-tag bundle: one IIFE with everything it needs. The production one is minified, with Lit in production
 * mode and no developer messages; `name.dev.js` keeps the config messages (key and fix) and Lit's dev-mode checks,
 * for setting a site up. The loader (`aquao-consent`) gets its chunks' hashes, so its chunks are built first.
 */
const scriptTag = (name, development = false) => ({
  input: `packages/embed/src/${name}.ts`,
  output: { file: `packages/embed/dist/${name}${development ? '.dev' : ''}.js`, format: 'iife', sourcemap: true },
  treeshake: { moduleSideEffects: declaredSideEffects },
  plugins: [
    noTests(),
    ...(name === 'aquao-consent' ? [chunkManifest(development)] : []),
    // `source` bundles the workspace packages from their TypeScript.
    nodeResolve({ exportConditions: development ? ['source', 'development'] : ['source'] }),
    // Lit's own minifier for the `html` and `css` templates (terser leaves template text alone); before TypeScript,
    // as its docs ask. A template it cannot parse fails the build rather than ship unminified.
    ...(development
      ? []
      : [minifyHTML({ include: ['packages/**/*.ts'], failOnError: true, options: { minifyOptions: { minifyCSS: { targets: CSS_TARGETS } } } })]),
    typescript({ tsconfig: 'packages/embed/tsconfig.json' }),
    ...(development ? [] : [productionMode(), terser({ format: { comments: false }, compress: { passes: 2 } })]),
    embedNotices,
  ],
});

/**
 * `dist/validate.js`: the embed's config validation as one ESM file for Node (aquao-consent check, the demo build,
 * the JSON Schema): the embed's own sources, in development mode (every message and fix), jsonc-parser bundled in.
 */
const validation = {
  input: 'packages/embed/src/validate.ts',
  output: { file: 'packages/embed/dist/validate.js', format: 'es' },
  plugins: [nodeResolve({ exportConditions: ['source', 'development'] }), typescript({ tsconfig: 'packages/embed/tsconfig.json' }), embedNotices],
};

/**
 * `npx aquao-consent`'s commands (`packages/embed/cli/*.mjs`) as files that need no other package, so the embed
 * installs with no dependency: the catalogue and the core's cookie matching are bundled in (their development
 * builds, from above: every message), `dist/validate.js` stays the one copy of the validation (an import of it
 * stays relative, `../validate.js`), Node's own modules stay Node's. One file per command, loaded on demand by the
 * bin, with what they share in chunks beside them.
 */
const cli = {
  input: Object.fromEntries(['add', 'cdn', 'check', 'help', 'services'].map((command) => [command, `packages/embed/cli/${command}.mjs`])),
  output: {
    dir: 'packages/embed/dist/cli',
    format: 'es',
    chunkFileNames: '[name].js',
    paths: (id) => (id.endsWith('/embed/dist/validate.js') ? '../validate.js' : id),
  },
  external: (id) => id.startsWith('node:') || id.endsWith('/embed/dist/validate.js'),
  plugins: [noTests(), nodeResolve({ exportConditions: ['development'] }), embedNotices],
};

/**
 * `@aquao/consent-react`: one file per module, like `src`, with no development build (nothing in it differs). Each
 * file starts with `'use client'` (React Server Components: its components and hook run in the browser, so a Next
 * server component may import them); rollup drops directives from module sources, so the output banner adds it.
 */
const react = {
  input: Object.fromEntries(entriesOf('react').map((entry) => [entry, `packages/react/src/${entry}.ts`])),
  output: {
    dir: 'packages/react/dist',
    format: 'es',
    sourcemap: true,
    preserveModules: true,
    preserveModulesRoot: 'packages/react/src',
    banner: "'use client';",
  },
  external: isExternal,
  plugins: [noTests(), typescript({ tsconfig: 'packages/react/tsconfig.json' })],
};

/**
 * The scanner: a Node library and its command line (`aquao-consent-scan`, run by the package's bin/), one build,
 * dependencies left external.
 */
const scanner = {
  input: { index: 'packages/scanner/src/index.ts', cli: 'packages/scanner/src/cli.ts' },
  output: {
    dir: 'packages/scanner/dist',
    format: 'es',
    sourcemap: true,
  },
  external: isExternal,
  plugins: [typescript({ tsconfig: 'packages/scanner/tsconfig.json' })],
};

// Each build starts from empty `dist` folders: a renamed or deleted source must not leave its old output behind. Only
// when rollup itself runs this file: a tool that imports it for one build's settings (the benchmark) keeps them.
if (/rollup/.test(process.argv[1] ?? '')) {
  for (const name of ['core', 'banner', 'catalogue', 'react', 'embed', 'scanner', 'log-server']) rmSync(`packages/${name}/dist`, { recursive: true, force: true });
}

export default [
  ...library('core'),
  ...library('banner', { preserveModules: true }),
  // Tooling only (the CLI, the configurator): no script-tag bundle imports it.
  ...library('catalogue'),
  react,
  // The chunks, then the loaders that record their hashes (rollup runs this list in order).
  ...['aquao-consent-ui', 'aquao-consent-log'].flatMap((chunk) => [scriptTag(chunk), scriptTag(chunk, true)]),
  scriptTag('aquao-consent'),
  scriptTag('aquao-consent', true),
  scriptTag('aquao-cookie-table'),
  validation,
  cli,
  scanner,
  // Last: it bundles dist/validate.js and copies the embed's files.
  configurator,
];
