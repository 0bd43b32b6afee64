// The catalogue's tools (catalogue-tools.ts): what the config does not declare, named, with a ready service. Through
// the package's public entry, as users import it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_KNOWN_TOOLS, NO_DECLARATIONS, classify, parseDeclarations } from '@aquao/consent-scanner';
import { NOW, cookie, request, phase, page, config } from './helpers.mjs';

describe('the catalogue of tools names what the config does not', () => {
  const run = (phases, declarations = NO_DECLARATIONS) => classify(page(phases), { declarations, known: DEFAULT_KNOWN_TOOLS, now: NOW });

  test('a known tracker is named, with its usual category; its host is a violation before any choice', () => {
    const findings = run([phase('before', { cookies: [cookie('_ga')], requests: [request('www.google-analytics.com', { types: ['ping'] })] })]);
    assert.deepEqual(
      findings.map((f) => [f.kind, f.name, f.classification, f.tool, f.category, f.verdict]),
      [
        ['cookie', '_ga', 'known', 'Google Analytics 4', 'analytics', 'violation'],
        ['request', 'www.google-analytics.com', 'known', 'Google Analytics 4', 'analytics', 'violation'],
      ],
    );
  });

  test('undeclared after consent: the snippet is the catalogue\'s service, ready for categories.<category>.services', () => {
    const [hotjar] = run([phase('accept', { cookies: [cookie('_hjSessionUser_4242')] })], config);
    assert.deepEqual([hotjar.verdict, hotjar.tool], ['undeclared', 'Hotjar']);
    const service = hotjar.snippet.categories.analytics.services[0];
    assert.equal(service.id, 'hotjar');
    assert.ok(service.cookies.some((c) => c.name === '_hjSessionUser_*' && c.duration.fr && c.description.en), JSON.stringify(service.cookies));
    assert.match(service.provider.fr, /Hotjar Ltd/);
  });

  test('a host several tools share is the one the config declares', () => {
    const recaptcha = parseDeclarations('{"categories":{"marketing":{"services":[{"id":"recaptcha"}]}}}', 'x');
    const [declared] = run([phase('accept', { requests: [request('www.google.com')] })], recaptcha);
    assert.deepEqual([declared.classification, declared.tool, declared.service, declared.verdict], ['declared', 'Google reCAPTCHA', 'recaptcha', 'ok']);
    // The config declares `_gcl_*`, a Google Ads cookie: the same host is then Google Ads, declared.
    const [ads] = run([phase('accept', { requests: [request('www.google.com')] })], config);
    assert.deepEqual([ads.classification, ads.tool, ads.service], ['declared', 'Google Ads', 'ads']);
    const [undeclared] = run([phase('accept', { requests: [request('www.google.com')] })], parseDeclarations('{}', 'x'));
    assert.deepEqual([undeclared.classification, undeclared.verdict], ['known', 'undeclared']);
  });
});
