/**
 * `true` in the sources and the `development` build, `false` in the default build, where rollup drops every branch
 * it guards (rollup.config.mjs rewrites each package's `dev-mode.ts`, as Lit does with its DEV_MODE).
 */
export const DEV_MODE = true;

const issued = new Set<string>();

/**
 * Tells a developer, once per message, about a mistake that would otherwise fail in silence. The `code` is stable,
 * as with Lit's `issueWarning`: the "Development warnings" section of docs/api.md gives each code and its fix.
 */
export function issueWarning(code: string, message: string): void {
  if (issued.has(message)) return;
  issued.add(message);
  console.warn(`aquao-consent [${code}]: ${message} (docs/api.md, "Development warnings": ${code})`);
}
