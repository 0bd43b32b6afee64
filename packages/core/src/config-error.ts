/** How a wrong config is reported: one error naming the first problem's key path, with the fix in development. */
import { DEV_MODE } from './dev-mode.js';
import { errorsOf, formatPath, type ConfigProblem } from './config-schema.js';
import { describeProblem } from './config-messages.js';

/**
 * Thrown for a malformed config. `key` is the path of the wrong key, e.g. `categories.analytics.cookies[0]`;
 * `problems` lists every problem found (the message tells the first). Development builds say how to fix it;
 * production builds name the key only.
 */
export class ConsentConfigError extends Error {
  readonly key: string;
  constructor(readonly problems: readonly ConfigProblem[]) {
    const [first] = problems as [ConfigProblem];
    const key = formatPath(first.path);
    const { code, arg } = first as { code: string; arg: any };
    super(
      `aquao-consent: config${key && `.${key}`}: ${
        DEV_MODE
          ? describeProblem(first) +
            (problems.length > 1 ? ` (and ${problems.length - 1} more: ${problems.slice(1).map((p) => formatPath(p.path)).join(', ')})` : '')
          : // Production keeps what a marketing edit breaks most: the key, a JSON typo, a cookie too small.
            code === 'unknown'
            ? 'unknown key'
            : code === 'json'
              ? `not valid JSON: ${arg}`
              : code === 'size'
                ? `too many services for the consent cookie (about ${arg.fit} fit)`
                : 'invalid'
      }`,
    );
    this.name = 'ConsentConfigError';
    this.key = key || '(root)';
  }
}

/** Throws the errors among `problems` as one {@link ConsentConfigError}; returns the warnings. */
export function throwErrors(problems: readonly ConfigProblem[]): ConfigProblem[] {
  const errors = errorsOf(problems);
  if (errors.length) throw new ConsentConfigError(errors);
  return problems.filter((p) => p.warning);
}
