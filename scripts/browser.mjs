// Launches the project's headless Chromium through playwright-core (it never downloads a browser), for the
// end-to-end tests and the screenshots.
import { chromium } from 'playwright-core';
import { CHROME_ARGS, MISSING_MESSAGE, findChrome } from './find-chrome.mjs';

/** @param {string[]} [extraArgs] more Chromium flags, e.g. `--host-resolver-rules=…` for several test origins. */
export async function launchBrowser(extraArgs = []) {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(MISSING_MESSAGE);
  return chromium.launch({ executablePath, headless: true, args: [...CHROME_ARGS, ...extraArgs] });
}
