/** The command line: `aquao-consent-scan <url> [options]`, read into scan and report options. */
import { parseArgs } from 'node:util';
import { STRINGS, type ReportLanguage } from './report/i18n.js';

export const USAGE = `Usage: aquao-consent-scan <url> [options]

Audits a site's cookies, storage and calls to other sites before any choice, after a refusal and after consent,
against its aquao-consent config.

Options:
  --pages <n>            pages to scan at the most, the start URL included (default 10)
  --config <file.json>   the config to check against (default: the start page's #aquao-consent-config, if any)
  --json <file>          write the findings as JSON ("-" for standard output)
  --html <file>          write a standalone HTML report ("-" for standard output)
  --markdown <file>      write a Markdown report, for a CI comment ("-" for standard output)
  --lang <fr|en>         language of the reports and progress lines (default fr)
  --fail-on <what>       exit 1 on "violation" (default) or also on "undeclared"
  --timeout <seconds>    page load timeout (default 30)
  --settle <ms>          longest wait for a page to go quiet after each step (default 3000)
  --banner-timeout <ms>  longest wait for a banner's button (default 5000)
  --locale <tag>         browser language (default fr-FR)
  --ignore-robots        scan pages robots.txt disallows (your own staging site)
  --browser-arg <flag>   one more Chromium flag (repeatable), e.g. --browser-arg=--proxy-server=…
  --quiet                no progress lines
  --help, --version

Exit code: 0 all good, 1 a violation (or an undeclared item with --fail-on undeclared), 2 the site could not be
scanned. The browser is the installed Chromium or Chrome (CHROME_PATH, else the usual paths); none is downloaded.`;

export interface CliOptions {
  readonly url: string;
  readonly maxPages: number;
  readonly configPath?: string;
  readonly json?: string;
  readonly html?: string;
  readonly markdown?: string;
  readonly lang: ReportLanguage;
  readonly failOnUndeclared: boolean;
  readonly navigationMs: number;
  readonly settleMs: number;
  readonly bannerMs: number;
  readonly locale: string;
  readonly respectRobots: boolean;
  readonly browserArgs: string[];
  readonly quiet: boolean;
}

/** A wrong command line: the message names the option and what it takes. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const wholeNumber = (value: string | undefined, option: string, fallback: number, min: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${option} takes a whole number of at least ${min}, not "${value}"`);
  return n;
};

/** @returns the options, or `'help'` / `'version'`. @throws {UsageError} */
export function parseCommandLine(argv: readonly string[]): CliOptions | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        pages: { type: 'string' },
        config: { type: 'string' },
        json: { type: 'string' },
        html: { type: 'string' },
        markdown: { type: 'string' },
        lang: { type: 'string' },
        'fail-on': { type: 'string' },
        timeout: { type: 'string' },
        settle: { type: 'string' },
        'banner-timeout': { type: 'string' },
        locale: { type: 'string' },
        'ignore-robots': { type: 'boolean' },
        'browser-arg': { type: 'string', multiple: true },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `one URL only, not ${positionals.length}` : 'the URL to scan is missing');
  const lang = values.lang ?? 'fr';
  if (!(lang in STRINGS)) throw new UsageError(`--lang takes ${Object.keys(STRINGS).join(' or ')}, not "${lang}"`);
  const failOn = values['fail-on'] ?? 'violation';
  if (failOn !== 'violation' && failOn !== 'undeclared') throw new UsageError(`--fail-on takes "violation" or "undeclared", not "${failOn}"`);
  const toStdout = [values.json, values.html, values.markdown].filter((v) => v === '-');
  if (toStdout.length > 1) throw new UsageError('only one report can go to standard output ("-")');
  return {
    url: positionals[0]!,
    maxPages: wholeNumber(values.pages, 'pages', 10, 1),
    ...(values.config !== undefined ? { configPath: values.config } : {}),
    ...(values.json !== undefined ? { json: values.json } : {}),
    ...(values.html !== undefined ? { html: values.html } : {}),
    ...(values.markdown !== undefined ? { markdown: values.markdown } : {}),
    lang: lang as ReportLanguage,
    failOnUndeclared: failOn === 'undeclared',
    navigationMs: wholeNumber(values.timeout, 'timeout', 30, 1) * 1000,
    settleMs: wholeNumber(values.settle, 'settle', 3000, 0),
    bannerMs: wholeNumber(values['banner-timeout'], 'banner-timeout', 5000, 0),
    locale: values.locale ?? 'fr-FR',
    respectRobots: !values['ignore-robots'],
    browserArgs: values['browser-arg'] ?? [],
    quiet: values.quiet ?? false,
  };
}
