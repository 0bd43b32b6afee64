/**
 * The chunks beside the loader and the Subresource Integrity hash of each (W3C SRI): this file is what the sources
 * say; the build replaces it with the file names and `sha256-…` hashes of the chunks it has just written
 * (rollup.config.mjs, `chunkManifest`), so a chunk whose bytes differ from the build's is refused by the browser.
 */
export const CHUNKS = {
  ui: { file: 'aquao-consent-ui.js', integrity: '' },
  log: { file: 'aquao-consent-log.js', integrity: '' },
};

export type ChunkName = keyof typeof CHUNKS;
