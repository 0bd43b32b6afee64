// Builds every package: ESM + .d.ts for core, banner and catalogue, and the one-file IIFE for the embed.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { chmod } from 'node:fs/promises';

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
 * Collapses the white space of our `css` and `html` tagged templates (terser leaves template text alone). Only our
 * own sources, only runs of white space: a newline and its indent become one space, none around CSS punctuation.
 */
const minifyTemplates = () => ({
  name: 'aquao-minify-templates',
  transform(code, id) {
    if (!id.includes('/packages/') || id.includes('node_modules')) return null;
    return code.replace(/\b(css|html)\s*`([^`]*)`/g, (_, tag, body) => {
      let text = body.replace(/\s*\n\s*/g, ' ');
      if (tag === 'css') text = text.replace(/\/\*[^]*?\*\//g, '').replace(/\s*([{};:,>])\s*/g, '$1').replace(/;}/g, '}');
      return `${tag}\`${text.trim()}\``;
    });
  },
});

/** Dependencies stay dependencies: only our relative imports (and rollup's virtual modules) are bundled. */
const isExternal = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/** ESM library builds of one workspace package (production, and development under `dist/development`). */
const library = (name, input) =>
  [false, true].map((development) => ({
    input: Object.fromEntries(input.map((entry) => [entry, `packages/${name}/src/${entry}.ts`])),
    output: { dir: `packages/${name}/dist${development ? '/development' : ''}`, format: 'es', sourcemap: true },
    external: isExternal,
    plugins: [
      typescript({
        tsconfig: `packages/${name}/tsconfig.json`,
        // One set of declarations is enough; both builds share the types.
        compilerOptions: development ? { declaration: false, declarationDir: undefined, outDir: `packages/${name}/dist/development` } : {},
      }),
      ...(development ? [] : [productionMode()]),
    ],
  }));

/**
 * A script-tag bundle: one IIFE with everything it needs. The production one is minified, with Lit in production
 * mode and no developer messages; `name.dev.js` keeps the config messages (key and fix) and Lit's dev-mode checks,
 * for setting a site up.
 */
const scriptTag = (name, development = false) => ({
  input: `packages/embed/src/${name}.ts`,
  output: { file: `packages/embed/dist/${name}${development ? '.dev' : ''}.js`, format: 'iife', sourcemap: true },
  // jsonc-parser declares no `sideEffects`; it has none, so production drops it with the development-only check.
  treeshake: { moduleSideEffects: (id) => !id.includes('/jsonc-parser/') },
  plugins: [
    // `source` bundles the workspace packages from their TypeScript.
    nodeResolve({ exportConditions: development ? ['source', 'development'] : ['source'] }),
    // No comments in the production JS: minifyTemplates folds lines, and a `//` comment inside a template's `${}`
    // would then swallow the code after it.
    typescript({ tsconfig: 'packages/embed/tsconfig.json', ...(development ? {} : { compilerOptions: { removeComments: true } }) }),
    ...(development ? [] : [minifyTemplates(), productionMode(), terser({ format: { comments: false }, compress: { passes: 2 } })]),
  ],
});

/**
 * `dist/validate.js`: the embed's config validation as one ESM file for Node (aquao-consent check, the demo build,
 * the JSON Schema): the embed's own sources, in development mode (every message and fix), jsonc-parser bundled in.
 */
const validation = {
  input: 'packages/embed/src/validate.ts',
  output: { file: 'packages/embed/dist/validate.js', format: 'es' },
  plugins: [nodeResolve({ exportConditions: ['source', 'development'] }), typescript({ tsconfig: 'packages/embed/tsconfig.json' })],
};

/**
 * The scanner: a Node library and its command line (`aquao-consent-scan`), one build, dependencies left external.
 * The command's file gets its `#!` line and the executable bit.
 */
const scanner = {
  input: { index: 'packages/scanner/src/index.ts', cli: 'packages/scanner/src/cli.ts' },
  output: {
    dir: 'packages/scanner/dist',
    format: 'es',
    sourcemap: true,
    banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
  },
  external: isExternal,
  plugins: [
    typescript({ tsconfig: 'packages/scanner/tsconfig.json' }),
    { name: 'aquao-executable-cli', writeBundle: ({ dir }) => chmod(`${dir}/cli.js`, 0o755) },
  ],
};

export default [
  ...library('core', ['index', 'gate', 'gpc', 'google-consent-mode', 'proof-log', 'schema']),
  ...library('banner', ['index', 'cookie-table', 'texts']),
  // Tooling only (the CLI, the configurator): no script-tag bundle imports it.
  ...library('catalogue', ['index']),
  scriptTag('aquao-consent'),
  scriptTag('aquao-consent', true),
  scriptTag('aquao-cookie-table'),
  validation,
  scanner,
];
