// The command line's options (options.ts): defaults, and errors that name the option. Through the package's public
// entry, as users import it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommandLine } from '@aquao/consent-scanner';

describe('the command line', () => {
  test('defaults, and errors that name the option', () => {
    assert.deepEqual(parseCommandLine(['https://x.fr']), {
      url: 'https://x.fr',
      maxPages: 10,
      lang: 'fr',
      failOnUndeclared: false,
      navigationMs: 30000,
      settleMs: 3000,
      bannerMs: 5000,
      locale: 'fr-FR',
      respectRobots: true,
      browserArgs: [],
      quiet: false,
    });
    assert.throws(() => parseCommandLine(['https://x.fr', '--pages', '0']), /--pages takes a whole number of at least 1, not "0"/);
    assert.throws(() => parseCommandLine(['https://x.fr', '--lang', 'de']), /--lang takes fr or en/);
    assert.throws(() => parseCommandLine(['https://x.fr', '--fail-on', 'all']), /--fail-on takes "violation" or "undeclared"/);
    assert.throws(() => parseCommandLine(['--json', '-', '--html', '-', 'https://x.fr']), /only one report can go to standard output/);
    assert.throws(() => parseCommandLine([]), /the URL to scan is missing/);
  });
});
