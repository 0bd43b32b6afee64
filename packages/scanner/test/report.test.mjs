// The terminal and Markdown reports (report/): the verdict and the items, in French or English. Through the
// package's public entry, as users import it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CONSENT_TOOLS, classify, summarize, STRINGS, terminalSummary, markdownReport } from '@aquao/consent-scanner';
import { NOW, cookie, phase, page, config } from './helpers.mjs';

describe('the reports', () => {
  test('the terminal and Markdown reports say the verdict and name the items, in French or English', () => {
    const findings = classify(page([phase('before', { cookies: [cookie('_ga')] })]), { declarations: config, known: CONSENT_TOOLS, now: NOW });
    const result = { url: 'https://www.shop.fr/', ms: 1200, config: { source: 'given' }, pages: [], findings, summary: summarize(findings, []) };
    assert.match(terminalSummary(result, STRINGS.fr), /Non conforme : 1 élément[^]*infraction +cookie +_ga +mesure d’audience +Avant tout choix/);
    assert.match(markdownReport(result, STRINGS.en), /Not compliant: 1 item[^]*\| `_ga` \| cookie \| audience measurement \| Before any choice \|/);
  });
});
