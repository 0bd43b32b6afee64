// Builds every package: ESM + .d.ts for core and banner, and the one-file IIFE for the embed.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * Production builds turn `DEV_MODE` off, so rollup drops the developer-only messages (Lit does the same).
 * The sources keep it on, and so does each package's `development` build.
 */
const productionMode = () => ({
  name: 'aquao-production-mode',
  transform: (code, id) =>
    id.endsWith('dev-mode.ts') ? code.replace('DEV_MODE = true', 'DEV_MODE = false') : null,
});

/** ESM library builds of one workspace package (production, and development under `dist/development`). */
const library = (name, input) =>
  [false, true].map((development) => ({
    input: Object.fromEntries(input.map((entry) => [entry, `packages/${name}/src/${entry}.ts`])),
    output: { dir: `packages/${name}/dist${development ? '/development' : ''}`, format: 'es', sourcemap: true },
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    plugins: [
      typescript({
        tsconfig: `packages/${name}/tsconfig.json`,
        // One set of declarations is enough; both builds share the types.
        compilerOptions: development ? { declaration: false, declarationDir: undefined, outDir: `packages/${name}/dist/development` } : {},
      }),
      ...(development ? [] : [productionMode()]),
    ],
  }));

export default [...library('core', ['index', 'gate'])];
