/**
 * `true` in the sources and in `aquao-consent.dev.js`, `false` in `aquao-consent.js`, where the build drops every
 * branch it guards (rollup.config.mjs rewrites each package's `dev-mode.ts`, as Lit does with its DEV_MODE). Each
 * package has its own: the core's is not part of its public API.
 */
export const DEV_MODE = true;
