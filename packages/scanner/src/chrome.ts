/**
 * Finds and launches the Chromium the scanner drives, through playwright-core: it never downloads a browser, it uses
 * the one installed (`CHROME_PATH` first, then the usual install paths). The repository's tests find theirs the same
 * way (`scripts/find-chrome.mjs`). Two copies on purpose: that script runs before any build and without the scanner,
 * and this published package cannot import from outside itself; a test keeps the lists, flags and message equal.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROME_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * The flags of the project's test browser (quiet, runs as root, no background traffic on a closed network), plus
 * one of the scanner's own: `navigator.webdriver` stays false, because some banners hide from automated browsers
 * (vanilla-cookieconsent's `hideFromBots`) and a scan must see what a visitor sees.
 */
export const SCANNER_CHROME_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-blink-features=AutomationControlled',
];

export class ChromeNotFoundError extends Error {
  constructor() {
    super(
      process.env['CHROME_PATH']
        ? `CHROME_PATH=${process.env['CHROME_PATH']} does not exist: point it to a Chromium or Chrome executable, or unset it to use the usual paths.`
        : 'No Chromium or Chrome found: install one (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROME_PATH to its executable.',
    );
    this.name = 'ChromeNotFoundError';
  }
}

/** `CHROME_PATH` when set (and only it), else the first usual path that exists. */
export function findChrome(): string | undefined {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CHROME_CANDIDATES.find((path) => existsSync(path));
}

/**
 * @param extraArgs more Chromium flags (a proxy, `--host-resolver-rules` for test hosts…). Default none.
 * @throws {ChromeNotFoundError} when there is no browser to drive.
 */
export async function launchChrome(extraArgs: readonly string[] = []): Promise<Browser> {
  const executablePath = findChrome();
  if (!executablePath) throw new ChromeNotFoundError();
  return chromium.launch({ executablePath, headless: true, args: [...SCANNER_CHROME_ARGS, ...extraArgs] });
}
