// The configurator's build: a static folder, packages/configurator/dist, to host anywhere (no server code). Its two
// pages (the app and the preview), their scripts and styles, and a copy of the built embed beside them in embed/,
// which the preview loads through its public path, aquao-consent.js. Imported by the root rollup.config.mjs, after
// the embed's and the validation's builds (rollup runs the configs in order), since it bundles dist/validate.js
// and copies the embed.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdir, readFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { thirdPartyNotices } from '../../scripts/third-party-notices.mjs';

const here = 'packages/configurator';
const embedDist = 'packages/embed/dist';

/**
 * The embed as sites get it: its production `aquao-consent*.js` files (not the development build, the cookie table's,
 * source maps or the Node tools beside them), so a loader and the chunks it loads beside it all come along, however
 * it is split.
 */
const isEmbedFile = (name) => /^aquao-consent[\w.-]*\.js$/.test(name) && !/\.dev\./.test(name);

/** Adds the pages, the styles and the embed to the output, as files rollup writes. */
const staticFiles = () => ({
  name: 'aquao-configurator-static',
  async generateBundle() {
    for (const name of await readdir(`${here}/public`)) {
      this.emitFile({ type: 'asset', fileName: name, source: await readFile(`${here}/public/${name}`) });
    }
    const embed = (await readdir(embedDist)).filter(isEmbedFile);
    if (!embed.includes('aquao-consent.js')) this.error(`${embedDist}/aquao-consent.js is missing: the embed builds first`);
    for (const name of embed) this.emitFile({ type: 'asset', fileName: `embed/${name}`, source: await readFile(`${embedDist}/${name}`) });
  },
});

rmSync(`${here}/dist`, { recursive: true, force: true });

export default {
  input: { configurator: `${here}/src/configurator.ts`, preview: `${here}/src/preview/preview-page.ts` },
  output: { dir: `${here}/dist`, format: 'es', sourcemap: true, chunkFileNames: '[name]-[hash].js' },
  plugins: [
    // The built packages (no `source` condition): dist/validate.js is the embed's own validation, imported, not copied.
    nodeResolve({ exportConditions: ['browser'] }),
    typescript({ tsconfig: `${here}/tsconfig.json` }),
    // Third-party licence headers stay (Lit's `@license`, `/*! … */`): the hosted folder redistributes that code.
    terser({ format: { comments: /^!|@license/ } }),
    staticFiles(),
    thirdPartyNotices(`${here}/dist/THIRD-PARTY-NOTICES.txt`, 'The configurator'),
  ],
};
