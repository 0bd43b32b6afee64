/**
 * `true` in the sources and in the `development` build, `false` in the default (production) build, where rollup
 * drops every branch it guards. The same pattern as Lit's DEV_MODE: the long explanations are for developers; the
 * bytes every visitor downloads stay small.
 */
export const DEV_MODE = true;
