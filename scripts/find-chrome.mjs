// Finds a Chromium or Chrome for the browser tests: CHROME_PATH first, then the usual places.
// `node scripts/find-chrome.mjs --check` exits 1 with one line saying how to get one.
// The scanner (packages/scanner/src/chrome.ts) holds the same list and flags: this script runs before any build and
// without the scanner, and the published scanner cannot reach outside its package, so each keeps its copy and a
// scanner test keeps them equal.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const MISSING_MESSAGE =
  'No Chromium or Chrome found: install one (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROME_PATH to its executable.';

/** @returns {string | undefined} */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CHROME_CANDIDATES.find((path) => existsSync(path));
}

/** Flags that keep Chromium quiet on a closed network, and working as root (where it needs --no-sandbox). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = findChrome();
  if (!path) {
    console.error(
      process.env.CHROME_PATH
        ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist: point it to a Chromium or Chrome executable, or unset it to use the usual paths.`
        : MISSING_MESSAGE,
    );
    process.exit(1);
  }
  if (!process.argv.includes('--check')) console.log(path);
}
