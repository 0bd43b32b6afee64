// Classification and verdicts (classify.ts): each cookie, storage key and request against the config, by phase.
// Through the package's public entry, as users import it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CONSENT_TOOLS, NO_DECLARATIONS, classify, combineKnownTools, knownToolsFromList, parseDeclarations } from '@aquao/consent-scanner';
import { NOW, inDays, cookie, request, phase, page, config, only } from './helpers.mjs';

describe('classification and verdicts', () => {
  const known = combineKnownTools(
    knownToolsFromList([{ id: 'hotjar', name: 'Hotjar', category: 'analytics', cookies: ['_hj*'], hosts: ['*.hotjar.com'] }]),
    CONSENT_TOOLS,
  );
  const run = (phases, declarations = config) => classify(page(phases), { declarations, known, now: NOW });

  test('before a choice and after a refusal, a declared non-necessary cookie is a violation; the consent cookie, the proof queue and necessary ones are not', () => {
    const findings = run([
      phase('before', { cookies: [cookie('_ga'), cookie('PHPSESSID')], storage: [{ name: 'aquao_consent_pending', type: 'localStorage', origin: 'https://www.shop.fr' }] }),
      phase('reject', { cookies: [cookie('aquao_consent', { expires: inDays(183) }), cookie('_gcl_au')] }),
    ]);
    const verdicts = Object.fromEntries(findings.filter((f) => f.phase).map((f) => [`${f.phase} ${f.name}`, [f.verdict, f.violation, f.exempt]]));
    assert.deepEqual(verdicts, {
      'before _ga': ['violation', true, null],
      'before PHPSESSID': ['ok', false, 'necessary'],
      'before aquao_consent_pending': ['ok', false, 'consent'],
      'reject aquao_consent': ['ok', false, 'consent'],
      'reject _gcl_au': ['violation', true, null],
    });
    assert.deepEqual(only(findings, '_gcl_au')[0].service, 'ads');
    assert.deepEqual(only(findings, 'aquao_consent')[0].warnings, [], '183 days is maxAgeDays + 1: what the core writes');
  });

  test('after consent, what the config does not declare is undeclared, with a snippet (the known tool as a service)', () => {
    const findings = run([
      phase('accept', {
        cookies: [cookie('_ga'), cookie('_hjSessionUser_1'), cookie('mystery', { expires: inDays(30) })],
        storage: [{ name: 'heat', type: 'localStorage', origin: 'https://www.shop.fr' }],
      }),
    ]);
    assert.equal(only(findings, '_ga')[0].verdict, 'ok');
    const hotjar = only(findings, '_hjSessionUser_1')[0];
    assert.deepEqual([hotjar.verdict, hotjar.classification, hotjar.tool, hotjar.category], ['undeclared', 'known', 'Hotjar', 'analytics']);
    assert.deepEqual(hotjar.snippet, { categories: { analytics: { services: [{ id: 'hotjar', name: 'Hotjar', cookies: ['_hj*'] }] } } });
    const mystery = only(findings, 'mystery')[0];
    assert.equal(mystery.classification, 'unknown');
    assert.deepEqual(mystery.snippet.categories['?'].cookies[0].name, 'mystery');
    assert.deepEqual(mystery.snippet.categories['?'].cookies[0].duration, { fr: '30 jours', en: '30 days' });
    const heat = only(findings, 'heat')[0];
    assert.equal(heat.verdict, 'undeclared');
    assert.deepEqual(heat.snippet.categories['?'].storage[0].name, 'heat', 'a storage key is declared under `storage`');
  });

  test('storage keys are declared under `storage` (or, as older configs did, under `cookies`); stale ones too', () => {
    const declarations = parseDeclarations(
      '{"categories":{"analytics":{"storage":["_hjSession*"],"cookies":["legacy_key"]},"marketing":{"services":[{"id":"chat","storage":["chat_*"]}]}}}',
      'x',
    );
    const storage = (name) => ({ name, type: 'localStorage', origin: 'https://www.shop.fr' });
    const findings = run([phase('accept', { storage: [storage('_hjSession_1'), storage('legacy_key')], cookies: [cookie('chat_id')] })], declarations);
    assert.deepEqual(
      findings.map((f) => [f.kind, f.name, f.verdict, f.category, f.service]),
      [
        ['cookie', 'chat_id', 'undeclared', null, null],
        ['storage', '_hjSession_1', 'ok', 'analytics', null],
        ['storage', 'legacy_key', 'ok', 'analytics', null],
        ['storage', 'chat_*', 'stale', 'marketing', 'chat'],
      ],
      'a cookie is not declared by a storage declaration',
    );
  });

  test('requests to another site: a known tracker, or an unknown one that acts like a tracker, is a violation before a choice', () => {
    const findings = run([
      phase('before', {
        requests: [
          request('cdn.jsdelivr.net'),
          request('static.hotjar.com'),
          request('px.ads.example', { types: ['image'], signals: ['pixel'] }),
          request('collect.example', { types: ['ping'], signals: ['beacon', 'post'] }),
          request('cdn.cookielaw.org'),
        ],
      }),
      phase('accept', { requests: [request('static.hotjar.com'), request('px.ads.example', { signals: ['pixel'] })] }),
    ]);
    const verdicts = findings.filter((f) => f.kind === 'request').map((f) => `${f.phase} ${f.name} ${f.verdict}`);
    assert.deepEqual(verdicts, [
      'before cdn.jsdelivr.net ok',
      'before static.hotjar.com violation',
      'before px.ads.example violation',
      'before collect.example violation',
      'before cdn.cookielaw.org ok',
      'accept static.hotjar.com undeclared',
      'accept px.ads.example ok',
    ]);
    assert.ok(findings.filter((f) => f.kind === 'request').every((f) => f.thirdParty));
  });

  test('a known tool whose cookie the config declares is declared, its requests included', () => {
    const declared = parseDeclarations('{"categories":{"analytics":{"cookies":["_hjid"]}}}', 'x');
    const [f] = run([phase('accept', { requests: [request('static.hotjar.com')] })], declared);
    assert.deepEqual([f.verdict, f.classification, f.category], ['ok', 'declared', 'analytics']);
  });

  test('stale: declared, never seen in any phase (a `*` pattern counts as seen when one name matches it)', () => {
    const findings = run([phase('accept', { cookies: [cookie('_ga'), cookie('_ga_X1')] })]);
    assert.deepEqual(
      findings.filter((f) => f.verdict === 'stale').map((f) => [f.name, f.page, f.phase]),
      [['PHPSESSID', null, null], ['_gcl_*', null, null]],
    );
  });

  test('lifetimes: over 13 months flagged; the consent cookie checked against maxAgeDays and written before a choice', () => {
    const findings = run([
      phase('before', { cookies: [cookie('aquao_consent', { expires: inDays(190) })] }),
      phase('accept', { cookies: [cookie('_ga', { expires: inDays(395) }), cookie('_ga_Y', { expires: inDays(400) })] }),
    ]);
    assert.deepEqual(only(findings, 'aquao_consent')[0].warnings, ['consent-cookie-outlives-choice', 'consent-cookie-before-choice'], '190 days > 182 + 1');
    assert.deepEqual(only(findings, '_ga')[0].warnings, [], '395 days is within 13 months');
    assert.deepEqual(only(findings, '_ga_Y')[0].warnings, ['lifetime-over-13-months']);
    assert.equal(only(findings, '_ga_Y')[0].cookie.lifetimeDays, 400);
  });

  test('without a config nothing is declared or stale; the consent cookie is still exempt, named by the tool it belongs to', () => {
    const findings = run([phase('reject', { cookies: [cookie('aquao_consent'), cookie('cc_cookie'), cookie('_ga')] })], NO_DECLARATIONS);
    assert.deepEqual(
      findings.map((f) => [f.name, f.classification, f.verdict, f.tool]),
      [
        ['aquao_consent', 'known', 'ok', 'aquao-consent'],
        ['cc_cookie', 'known', 'ok', 'vanilla-cookieconsent'],
        ['_ga', 'unknown', 'violation', null],
      ],
    );
  });

  test('a cookie of another site is third-party', () => {
    const [first, third] = run([phase('before', { cookies: [cookie('PHPSESSID', { domain: '.shop.fr' }), cookie('IDE', { domain: '.doubleclick.net' })] })]);
    assert.deepEqual([first.thirdParty, third.thirdParty], [false, true]);
  });
});
