// The terminal and Markdown reports (report/): the verdict and the items, in French or English. Through the
// package's public entry, as users import it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CONSENT_TOOLS, classify, summarize, STRINGS, terminalSummary, markdownReport, htmlReport } from '@aquao/consent-scanner';
import { NOW, cookie, phase, page, config } from './helpers.mjs';

describe('the reports', () => {
  test('the terminal and Markdown reports say the verdict and name the items, in French or English', () => {
    const findings = classify(page([phase('before', { cookies: [cookie('_ga')] })]), { declarations: config, known: CONSENT_TOOLS, now: NOW });
    const result = { url: 'https://www.shop.fr/', ms: 1200, config: { source: 'given' }, pages: [], findings, summary: summarize(findings, []) };
    assert.match(terminalSummary(result, STRINGS.fr), /Non conforme : 1 élément[^]*infraction +cookie +_ga +mesure d’audience +Avant tout choix/);
    assert.match(markdownReport(result, STRINGS.en), /Not compliant: 1 item[^]*\| `_ga` \| cookie \| audience measurement \| Before any choice \|/);
  });

  test('a page whose refusal or consent phase could not finish counts as a page with errors, and every report says which', () => {
    const ok = (phase) => ({ phase, ms: 1, violations: 0, undeclared: 0 });
    const pages = [
      { url: 'https://www.shop.fr/', ms: 1, bannerFound: true, phases: [ok('before'), { ...ok('reject'), error: 'HTTP 500' }, ok('accept')] },
      { url: 'https://www.shop.fr/ok', ms: 1, bannerFound: true, phases: [ok('before'), ok('reject'), ok('accept')] },
    ];
    const findings = classify(page([phase('before')]), { declarations: config, known: CONSENT_TOOLS, now: NOW });
    const result = {
      scanner: { version: '0' },
      url: 'https://www.shop.fr/',
      startedAt: new Date(NOW).toISOString(),
      ms: 1200,
      browser: 'Chromium',
      config: { source: 'given' },
      pages,
      findings,
      summary: summarize(findings, pages),
    };
    // Nothing was seen after a refusal on that page: «0 pages with errors» would say it was checked.
    assert.equal(result.summary.pagesFailed, 1);
    assert.match(terminalSummary(result, STRINGS.en), /Pages with errors: 1/);
    assert.match(markdownReport(result, STRINGS.en), /- https:\/\/www\.shop\.fr\/: After a refusal: could not be scanned \(HTTP 500\)/);
    assert.doesNotMatch(markdownReport(result, STRINGS.en), /shop\.fr\/ok/);
    assert.match(htmlReport(result, STRINGS.fr, 'fr'), /Après un refus\s:\simpossible à analyser \(HTTP 500\)/);
  });
});
