// toServiceConfig's output is what lands in a site's config: the core's validation must accept every entry's,
// inside a whole config, and every visitor-facing text must come out in French and English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeConfig } from '@aquao/consent-core';
// The embed's validation of the whole element (the core's keys, the embed's, texts, integrations).
import { checkEmbedConfig } from '@aquao/consent-embed/validate';
import { entries, findEntry, toServiceConfig } from '@aquao/consent-catalogue';
import { fullConfig } from './full-config.mjs';

const isTexts = (value) => typeof value?.fr === 'string' && typeof value?.en === 'string' && value.fr && value.en;

test('a config holding every entry as a service passes the embed\'s validation', () => {
  const config = fullConfig();
  assert.deepEqual(checkEmbedConfig(config).filter((p) => !p.warning), []);
  // The core checks and keeps its own keys.
  const normalized = normalizeConfig({ revision: config.revision, categories: config.categories });
  const services = normalized.categories.flatMap((category) => category.services.map((service) => [category.id, service.id]));
  assert.deepEqual(
    services.sort(),
    entries.map((entry) => [entry.category, entry.id]).sort(),
    'every entry is a service of its default purpose',
  );
  for (const category of normalized.categories) {
    for (const service of category.services) {
      assert.equal(service.cookies.length, findEntry(service.id).cookies.length, `${service.id}: cookies kept`);
    }
  }
});

test('each entry alone also passes, under any purpose', () => {
  for (const entry of entries) {
    for (const category of ['necessary', 'analytics', 'marketing', 'videos']) {
      assert.doesNotThrow(
        () => normalizeConfig({ categories: { [category]: { services: [toServiceConfig(entry)] } } }),
        `${entry.id} under ${category}`,
      );
    }
  }
});

test('the validation this relies on does refuse a bad service', () => {
  const crisp = toServiceConfig(findEntry('crisp'));
  const slash = { ...crisp, cookies: [{ ...crisp.cookies[0], name: 'crisp-client/*' }] };
  assert.throws(() => normalizeConfig({ categories: { preferences: { services: [slash] } } }), /preferences\.services\[0\]\.cookies\[0\]/);
  assert.throws(
    () => normalizeConfig({ categories: { marketing: { services: [toServiceConfig(findEntry('youtube')), toServiceConfig(findEntry('youtube'))] } } }),
    /services\[1\]\.id/,
  );
});

test('every text a visitor reads comes out as { fr, en }', () => {
  for (const entry of entries) {
    const service = toServiceConfig(entry);
    assert.equal(service.id, entry.id);
    assert.equal(service.name, entry.name);
    assert.ok(isTexts(service.provider), `${entry.id}.provider`);
    assert.ok(isTexts(service.description), `${entry.id}.description`);
    assert.equal(service.privacyPolicyUrl, entry.provider.privacyPolicyUrl, `${entry.id}: the provider's privacy policy`);
    for (const cookie of service.cookies ?? []) {
      for (const key of ['provider', 'duration', 'description']) assert.ok(isTexts(cookie[key]), `${entry.id}: ${cookie.name}.${key}`);
    }
    for (const item of service.storage ?? []) {
      for (const key of ['provider', 'duration', 'description']) assert.ok(isTexts(item[key]), `${entry.id}: ${item.name}.${key}`);
    }
  }
});

test('the provider is named with its country, and a third-party cookie with its domain', () => {
  const youtube = toServiceConfig(findEntry('youtube'));
  assert.deepEqual(youtube.provider, { fr: 'Google Ireland Limited (Irlande)', en: 'Google Ireland Limited (Ireland)' });
  assert.deepEqual(youtube.cookies[0].provider, { fr: 'Google Ireland Limited (youtube.com)', en: 'Google Ireland Limited (youtube.com)' });
  const ga = toServiceConfig(findEntry('google-analytics'));
  assert.deepEqual(ga.cookies[0].provider, { fr: 'Google Ireland Limited', en: 'Google Ireland Limited' });
  assert.deepEqual(youtube.storage[0], {
    name: 'yt-remote-*',
    provider: { fr: 'Google Ireland Limited (youtube.com)', en: 'Google Ireland Limited (youtube.com)' },
    duration: { fr: 'jusqu’à effacement (stockage local)', en: 'until deleted (local storage)' },
    description: findEntry('youtube').storage[0].purpose,
  });
});

test('options: another id, the site as provider, storage left out', () => {
  const matomo = toServiceConfig(findEntry('matomo-exempt'), { id: 'stats', provider: 'Actuelburo (aquao.fr)' });
  assert.equal(matomo.id, 'stats');
  assert.deepEqual(matomo.provider, { fr: 'Actuelburo (aquao.fr)', en: 'Actuelburo (aquao.fr)' });
  assert.deepEqual(matomo.cookies[0].provider, { fr: 'Actuelburo (aquao.fr)', en: 'Actuelburo (aquao.fr)' });
  assert.equal('privacyPolicyUrl' in matomo, false, 'run by the site: the vendor\'s privacy policy does not apply');
  const youtube = findEntry('youtube');
  assert.equal(toServiceConfig(youtube).storage.length, youtube.storage.length);
  assert.equal('storage' in toServiceConfig(youtube, { storage: false }), false);
  assert.equal('cookies' in toServiceConfig(findEntry('plausible')), false, 'no empty cookies list');
});

test('the output is plain JSON data, and a fresh copy each time', () => {
  const entry = findEntry('google-analytics');
  const service = toServiceConfig(entry);
  assert.deepEqual(JSON.parse(JSON.stringify(service)), service);
  service.cookies[0].duration.fr = 'changé';
  service.description.fr = 'changé';
  assert.notEqual(entry.cookies[0].duration.fr, 'changé');
  assert.notEqual(entry.description.fr, 'changé');
  assert.notEqual(toServiceConfig(entry).cookies[0].duration.fr, 'changé');
});
