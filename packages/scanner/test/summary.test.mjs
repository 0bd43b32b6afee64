// The summary (summary.ts): one group per item and verdict, and the config snippet of what is undeclared. Through
// the package's public entry, as users import it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CONSENT_TOOLS, NO_DECLARATIONS, classify, mergeSnippets, summarize } from '@aquao/consent-scanner';
import { NOW, cookie, phase } from './helpers.mjs';

describe('the summary and its snippet', () => {
  test('one group per item and verdict; every undeclared item in one snippet, each once', () => {
    const accept = phase('accept', { cookies: [cookie('a'), cookie('b')] });
    const findings = classify(
      [
        { url: 'https://www.shop.fr/', phases: [accept] },
        { url: 'https://www.shop.fr/x', phases: [accept] },
      ],
      { declarations: NO_DECLARATIONS, known: CONSENT_TOOLS, now: NOW },
    );
    const summary = summarize(findings, []);
    assert.deepEqual(summary.undeclared.map((g) => [g.name, g.pages.length]), [['a', 2], ['b', 2]]);
    assert.deepEqual(summary.snippet.categories['?'].cookies.map((c) => c.name), ['a', 'b']);
    const twice = mergeSnippets([summary.snippet, summary.snippet]);
    assert.deepEqual(twice.categories['?'].cookies.map((c) => c.name), ['a', 'b'], 'each cookie once');
    assert.equal(mergeSnippets([]), null);
  });
});
