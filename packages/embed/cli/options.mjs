// What every command shares: reading its options with node:util's parseArgs, `--lang`, and the usage error.
import { parseArgs } from 'node:util';

/** A mistake in how the command was called: the dispatcher's caller gets the usage and exit code 2. */
export class UsageError extends Error {}

export const LANGUAGES = ['fr', 'en'];

/**
 * The command's options and positionals. `--lang fr|en` (default `fr`, the project's first language) is known to
 * every command.
 * @throws {UsageError} for an unknown option, a missing value or a language we do not ship.
 */
export function readArgs(args, options = {}) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { lang: { type: 'string' }, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const lang = parsed.values.lang ?? 'fr';
  if (!LANGUAGES.includes(lang)) throw new UsageError(`--lang must be fr or en, not "${lang}"`);
  return { ...parsed.values, lang, positionals: parsed.positionals };
}

/** The language asked for, even in arguments that fail to parse, so the usage text is in the right one. */
export const langOf = (args) => (args[args.indexOf('--lang') + 1] === 'en' || args.includes('--lang=en') ? 'en' : 'fr');
