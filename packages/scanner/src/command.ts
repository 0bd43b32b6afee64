/** The command: reads the options, scans, prints progress and the summary, writes the reports, returns the exit code. */
import { readFile, writeFile } from 'node:fs/promises';
import { ChromeNotFoundError } from './chrome.js';
import { RobotsDisallowError } from './crawl.js';
import { parseDeclarations, ScanConfigError } from './declarations.js';
import { parseCommandLine, USAGE, type CliOptions } from './options.js';
import { htmlReport } from './report/html.js';
import { STRINGS } from './report/i18n.js';
import { markdownReport } from './report/markdown.js';
import { progressLine, terminalSummary } from './report/terminal.js';
import { scan, ScanError, VERSION, type ScanResult } from './scan.js';

/** Exit codes, for CI. */
export const EXIT = { ok: 0, failed: 1, couldNotScan: 2 } as const;

export interface Streams {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/** 1 when there is a violation, or an undeclared item and `--fail-on undeclared`; else 0. */
export const exitCodeFor = (result: ScanResult, failOnUndeclared: boolean): number =>
  result.summary.violations.length || (failOnUndeclared && result.summary.undeclared.length) ? EXIT.failed : EXIT.ok;

async function writeReports(result: ScanResult, options: CliOptions, stdout: NodeJS.WritableStream): Promise<void> {
  const t = STRINGS[options.lang];
  const reports: [string | undefined, () => string][] = [
    [options.json, () => `${JSON.stringify(result, null, 2)}\n`],
    [options.html, () => htmlReport(result, t, options.lang)],
    [options.markdown, () => markdownReport(result, t)],
  ];
  for (const [path, render] of reports) {
    if (path === '-') stdout.write(render());
    else if (path) await writeFile(path, render());
  }
}

export async function runCommand(argv: readonly string[], { stdout, stderr }: Streams = process): Promise<number> {
  let options: CliOptions;
  try {
    const parsed = parseCommandLine(argv);
    if (parsed === 'help' || parsed === 'version') {
      stdout.write(`${parsed === 'help' ? USAGE : VERSION}\n`);
      return EXIT.ok;
    }
    options = parsed;
  } catch (error) {
    stderr.write(`aquao-consent-scan: ${(error as Error).message}\n\n${USAGE}\n`);
    return EXIT.couldNotScan;
  }
  const t = STRINGS[options.lang];
  // When a report goes to standard output, the lines for people go to standard error.
  const say = [options.json, options.html, options.markdown].includes('-') ? stderr : stdout;
  try {
    const declarations = options.configPath
      ? parseDeclarations(await readFile(options.configPath, 'utf8'), options.configPath, options.lang)
      : undefined;
    say.write(`aquao-consent-scan ${VERSION} · ${options.url} · ${t.upTo(options.maxPages)}${options.configPath ? ` · ${options.configPath}` : ''}\n`);
    const result = await scan({
      url: options.url,
      maxPages: options.maxPages,
      ...(declarations ? { declarations } : {}),
      respectRobots: options.respectRobots,
      settleMs: options.settleMs,
      bannerMs: options.bannerMs,
      navigationMs: options.navigationMs,
      locale: options.locale,
      lang: options.lang,
      browserArgs: options.browserArgs,
      onPage: (page, index) => options.quiet || say.write(`${progressLine(page, index, t)}\n`),
    });
    say.write(`${terminalSummary(result, t)}\n`);
    await writeReports(result, options, stdout);
    return exitCodeFor(result, options.failOnUndeclared);
  } catch (error) {
    const known = [ScanError, ScanConfigError, RobotsDisallowError, ChromeNotFoundError].some((type) => error instanceof type);
    const code = (error as NodeJS.ErrnoException).code;
    const message = known || code === 'ENOENT' || code === 'EACCES' ? (error as Error).message : (error as Error).stack;
    stderr.write(`aquao-consent-scan: ${message}\n`);
    return EXIT.couldNotScan;
  }
}
