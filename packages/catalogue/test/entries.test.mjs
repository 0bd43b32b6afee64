// Every catalogue entry is complete and true to its type: unique kebab-case ids, https links, both languages
// everywhere a visitor reads, and French typography in the French texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COUNTRIES, FactSource, Purpose, SignalType, entries, gatedSnippet } from '@aquao/consent-catalogue';
import { fixFrench } from '@aquao/consent-core/french-typography';

const OCD = 'https://github.com/jkwakman/Open-Cookie-Database';
const isHttps = (url) => {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
};
const isTexts = (value) =>
  typeof value?.fr === 'string' && typeof value?.en === 'string' && value.fr.trim() !== '' && value.en.trim() !== '';

/** Every `{ fr, en }` a visitor or a marketer may read, with where it is. `source` is for maintainers (English). */
function textsOf(entry) {
  const found = [];
  const walk = (value, at) => {
    if (isTexts(value)) found.push([at, value]);
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${at}[${i}]`));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, `${at}.${key}`);
  };
  for (const [key, value] of Object.entries(entry)) if (key !== 'source' && key !== 'keywords') walk(value, key);
  return found;
}

/**
 * French typography: what `aquao-consent check` asks of a config's French texts, since these go into configs (the
 * same rules, from the core), and no stray spaces. Code in backticks (the developer's `setup` notes) is not prose.
 */
export function frenchTypographyProblems(text) {
  const problems = fixFrench(text.replace(/`[^`]*`/g, 'code')).codes;
  if (/\s$|^\s|\s{2}/.test(text)) problems.push('stray spaces');
  return problems;
}

test('the catalogue has at least 30 entries, among them every tool French sites use most', () => {
  assert.ok(entries.length >= 30, `${entries.length} entries`);
  const ids = entries.map((entry) => entry.id);
  for (const id of [
    'google-analytics', 'google-tag-manager', 'google-ads', 'google-maps', 'youtube', 'youtube-nocookie', 'recaptcha',
    'matomo', 'matomo-exempt', 'plausible', 'microsoft-clarity', 'microsoft-advertising', 'meta-pixel',
    'linkedin-insight', 'tiktok-pixel', 'pinterest-tag', 'x-pixel', 'hotjar', 'hubspot', 'brevo', 'mailchimp', 'crisp',
    'intercom', 'zendesk', 'calendly', 'vimeo', 'dailymotion', 'spotify', 'soundcloud', 'typeform', 'ab-tasty', 'kameleoon',
  ]) {
    assert.ok(ids.includes(id), `missing ${id}`);
  }
});

test('ids are unique and kebab-case', () => {
  const ids = entries.map((entry) => entry.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
  for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
});

for (const entry of entries) {
  test(`${entry.id}: provider, purpose, links and hosts`, () => {
    assert.ok(entry.name.trim(), 'name');
    assert.ok(entry.provider.name.trim(), 'provider.name');
    assert.ok(entry.provider.country in COUNTRIES, `provider.country ${entry.provider.country}`);
    assert.ok(isHttps(entry.provider.privacyPolicyUrl), `provider.privacyPolicyUrl ${entry.provider.privacyPolicyUrl}`);
    assert.ok(Object.values(Purpose).includes(entry.category), `category ${entry.category}`);
    assert.ok(entry.hosts.length > 0, 'hosts');
    for (const host of entry.hosts) assert.match(host, /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/, `host ${host}`);
    for (const word of [...entry.keywords.fr, ...entry.keywords.en]) assert.equal(word, word.toLowerCase().trim(), `keyword ${word}`);
  });

  test(`${entry.id}: cookies and storage each have a duration and a purpose in French and English`, () => {
    for (const cookie of entry.cookies) {
      assert.match(cookie.name, /^[^*\s]+\*?$/, `cookie name ${cookie.name}: a wildcard only at the end`);
      assert.ok(isTexts(cookie.duration), `${cookie.name}.duration`);
      assert.ok(isTexts(cookie.purpose), `${cookie.name}.purpose`);
      if (cookie.domain !== undefined) assert.match(cookie.domain, /^[a-z0-9-]+(\.[a-z0-9-]+)+$/, `${cookie.name}.domain`);
    }
    for (const item of entry.storage) {
      assert.match(item.name, /^[^*\s]+\*?$/, `storage name ${item.name}`);
      assert.ok(['localStorage', 'sessionStorage'].includes(item.type), `${item.name}.type`);
      assert.ok(isTexts(item.purpose), `${item.name}.purpose`);
    }
  });

  test(`${entry.id}: something to gate, with https URLs or files of the site`, () => {
    assert.ok(entry.embed || entry.scripts.length, 'neither an embed nor a script');
    for (const script of entry.scripts) assert.ok(isHttps(script.src) || script.src.startsWith('/js/'), `script ${script.src}`);
    if (entry.embed) {
      assert.ok(isHttps(entry.embed.src), `embed.src ${entry.embed.src}`);
      assert.ok(isTexts(entry.embed.title), 'embed.title');
      assert.match(gatedSnippet(entry), /<iframe data-consent="[\w-]+" data-service="[\w-]+" data-src="https:/);
    }
    for (const signal of entry.signals) {
      assert.ok(Object.values(SignalType).includes(signal.type), `signal ${signal.type}`);
      assert.ok(signal.grant.trim() && signal.revoke.trim(), `${signal.type} calls`);
    }
  });

  test(`${entry.id}: every fact says where it comes from`, () => {
    const { facts, references, notes } = entry.source;
    assert.ok(facts.length && facts.every((fact) => Object.values(FactSource).includes(fact)), `source.facts ${facts}`);
    assert.ok(references.length && references.every(isHttps), `source.references ${references}`);
    if (facts.includes('open-cookie-database')) assert.ok(references.includes(OCD), 'the Open Cookie Database is cited');
    assert.ok(notes === undefined || notes.trim(), 'source.notes');
  });

  test(`${entry.id}: every text exists in French and English, and the French follows French typography`, () => {
    assert.ok(isTexts(entry.description), 'description');
    assert.ok(!/\n/.test(entry.description.fr + entry.description.en), 'description is one line');
    for (const [at, texts] of textsOf(entry)) {
      assert.deepEqual(frenchTypographyProblems(texts.fr), [], `${at}.fr: «${texts.fr}»`);
      assert.ok(!/\s$|^\s/.test(texts.en), `${at}.en has stray spaces`);
    }
  });
}

test('the typography check catches what it is for', () => {
  assert.deepEqual(frenchTypographyProblems('Mesure d’audience\u00a0: ok\u202f!'), []);
  assert.equal(frenchTypographyProblems("Mesure d'audience").length, 1);
  assert.equal(frenchTypographyProblems('Attention : ici').length, 1);
  assert.equal(frenchTypographyProblems('Vraiment?').length, 1);
  assert.equal(frenchTypographyProblems('«Activer»').length, 1);
  assert.equal(frenchTypographyProblems('"Activer"').length, 1);
  assert.equal(frenchTypographyProblems('Mesure  d’audience').length, 1);
  assert.deepEqual(frenchTypographyProblems('Voir https://exemple.fr/?q=1 à 10:30'), []);
  assert.deepEqual(frenchTypographyProblems('Copiez `"a": \'b\';` ici'), []);
});
