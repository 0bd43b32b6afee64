// Finding Chromium (chrome.ts): where the project's tests look, with the same flags. Through the package's public
// entry, as users import it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CHROME_CANDIDATES, ChromeNotFoundError, SCANNER_CHROME_ARGS } from '@aquao/consent-scanner';
import { CHROME_ARGS, CHROME_CANDIDATES as TEST_CHROME_CANDIDATES, MISSING_MESSAGE } from '../../../scripts/find-chrome.mjs';

describe('finding Chromium', () => {
  test('the scanner finds Chromium where the project\'s tests do, with the same flags (and its own) and message', () => {
    assert.deepEqual(CHROME_CANDIDATES, TEST_CHROME_CANDIDATES);
    assert.deepEqual(SCANNER_CHROME_ARGS, [...CHROME_ARGS, '--disable-blink-features=AutomationControlled']);
    const path = process.env.CHROME_PATH;
    delete process.env.CHROME_PATH;
    try {
      assert.equal(new ChromeNotFoundError().message, MISSING_MESSAGE);
    } finally {
      if (path !== undefined) process.env.CHROME_PATH = path;
    }
  });
});
