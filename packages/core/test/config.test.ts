import { expect } from '@open-wc/testing';
import { ConsentConfigError, createConsentManager, normalizeConfig, type ConsentConfig } from '@aquao/consent-core';
import { wipeCookies } from './helpers.js';

/** The error a config throws, or fails the test. */
const errorOf = (config: unknown): ConsentConfigError => {
  try {
    createConsentManager(config as ConsentConfig);
  } catch (error) {
    return error as ConsentConfigError;
  }
  throw new Error(`expected ${JSON.stringify(config)} to be refused`);
};

describe('config', () => {
  it('fills in the defaults: necessary first, revision 1, 182 days, aquao_consent cookie', () => {
    const config = normalizeConfig({ categories: { analytics: {}, marketing: {} } });
    expect(config.categories.map((c) => c.id)).to.deep.equal(['necessary', 'analytics', 'marketing']);
    expect(config.categories[0]!.required).to.equal(true);
    expect(config.categories[1]!.required).to.equal(false);
    expect(config.revision).to.equal(1);
    expect(config.maxAgeDays).to.equal(182);
    expect(config.cookie).to.deep.equal({ name: 'aquao_consent', path: '/', sameSite: 'Lax' });
  });

  it('keeps cookie and storage declarations given as names or objects, and services', () => {
    const config = normalizeConfig({
      categories: {
        analytics: {
          cookies: ['_ga', { name: '_ga_*', provider: 'Google', duration: '13 mois' }],
          storage: ['_hj*'],
          services: [{ id: 'matomo', cookies: ['_pk_*'], storage: [{ name: '_pk_ls', provider: 'Matomo' }] }],
        },
      },
    });
    const analytics = config.categories[1]!;
    expect(analytics.storage.map((c) => c.name)).to.deep.equal(['_hj*']);
    expect(analytics.services[0]!.storage[0]).to.deep.equal({ name: '_pk_ls', provider: 'Matomo' });
    expect(config.categories[0]!.storage, "necessary").to.deep.equal([]);
    expect(analytics.cookies.map((c) => c.name)).to.deep.equal(['_ga', '_ga_*']);
    expect(analytics.cookies[1]!.provider).to.equal('Google');
    expect(analytics.services[0]!.name).to.equal('matomo');
    expect(analytics.services[0]!.cookies[0]!.name).to.equal('_pk_*');
  });

  const services = (count: number, prefix = 'service-number-') =>
    Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}` }));

  // [what, config, the key named, what the development message says]
  const cases: Array<[string, unknown, string, string]> = [
    ['a config that is not an object', [], '(root)', 'must be an object { … }, not a list [ … ]'],
    ['categories that are not an object', { categories: ['analytics'] }, 'categories', 'must be an object { … }'],
    ['a category id with a space', { categories: { 'my analytics': {} } }, 'categories.my analytics', '"my analytics" is not an id: letters, digits'],
    ['necessary switched off', { categories: { necessary: { required: false } } }, 'categories.necessary.required', 'must be true'],
    ['required that is not a boolean', { categories: { analytics: { required: 'yes' } } }, 'categories.analytics.required', 'must be true or false, not "yes"'],
    ['cookies that are a string', { categories: { analytics: { cookies: '_ga' } } }, 'categories.analytics.cookies', 'must be a list [ … ], not "_ga"'],
    ['a star inside a cookie name', { categories: { analytics: { cookies: ['_ga', '_g*a'] } } }, 'categories.analytics.cookies[1]', 'must be a cookie name, or a prefix ending in "*"'],
    ['a cookie pattern that is only "*"', { categories: { analytics: { cookies: ['*'] } } }, 'categories.analytics.cookies[0]', 'must be a cookie name'],
    ['a cookie object without a name', { categories: { analytics: { cookies: [{ provider: 'Google' }] } } }, 'categories.analytics.cookies[0].name', 'is missing, and required'],
    ['a service without an id', { categories: { analytics: { services: [{ name: 'Matomo' }] } } }, 'categories.analytics.services[0].id', 'is missing, and required'],
    ['a repeated service id', { categories: { analytics: { services: [{ id: 'a' }, { id: 'a' }] } } }, 'categories.analytics.services[1].id', 'makes the element id "analytics-a", as categories.analytics.services[0].id already does'],
    ['ids that collide as element ids', { categories: { a: { services: [{ id: 'b-x' }] }, 'a-b': { services: [{ id: 'x' }] } } }, 'categories.a-b.services[0].id', 'makes the element id "a-b-x", as categories.a.services[0].id already does'],
    ['a service called "description"', { categories: { analytics: { services: [{ id: 'description' }] } } }, 'categories.analytics.services[0].id', 'makes the element id "analytics-description", as categories.analytics already does'],
    ['a misspelt key in a category', { categories: { analytics: { cookie: ['_pk_*'] } } }, 'categories.analytics.cookie', 'unknown key; did you mean "cookies"?'],
    ['a misspelt key in a service', { categories: { analytics: { services: [{ id: 'matomo', provder: 'InnoCraft' }] } } }, 'categories.analytics.services[0].provder', 'unknown key; did you mean "provider"?'],
    ['a misspelt key in a cookie', { categories: { analytics: { cookies: [{ name: '_ga', duraton: '13 mois' }] } } }, 'categories.analytics.cookies[0].duraton', 'unknown key; did you mean "duration"?'],
    ['a misspelt top-level key', { categorie: {} }, 'categorie', 'unknown key; did you mean "categories"?'],
    ['an unrelated unknown key', { colour: 'red' }, 'colour', 'unknown key; known: categories, revision, maxAgeDays, cookie'],
    ['a null title', { categories: { analytics: { title: null } } }, 'categories.analytics.title', 'must be a text, or an object { … }, not null'],
    ['a null provider', { categories: { analytics: { services: [{ id: 'matomo', provider: null }] } } }, 'categories.analytics.services[0].provider', 'not null'],
    ['an empty title', { categories: { analytics: { title: '' } } }, 'categories.analytics.title', 'must not be empty'],
    ['a title by language with a bad code', { categories: { analytics: { title: { french: 'Mesure' } } } }, 'categories.analytics.title.french', '"french" is not a language code'],
    ['a revision that is not whole', { revision: 1.5 }, 'revision', 'must be a whole number, not 1.5'],
    ['maxAgeDays over 13 months', { maxAgeDays: 400 }, 'maxAgeDays', 'must be from 1 to 395'],
    ['maxAgeDays as a string', { maxAgeDays: '30' }, 'maxAgeDays', 'must be a number, not "30"'],
    ['a cookie name with a space', { cookie: { name: 'my consent' } }, 'cookie.name', 'must be a cookie name such as "aquao_consent"'],
    ['a relative cookie path', { cookie: { path: 'shop' } }, 'cookie.path', 'must be a path starting with "/"'],
    ['a lower-case sameSite', { cookie: { sameSite: 'lax' } }, 'cookie.sameSite', 'must be "Lax", "Strict" or "None"'],
    ['a storage key that is only "*"', { categories: { analytics: { storage: ['*'] } } }, 'categories.analytics.storage[0]', 'must be a storage key, or a prefix ending in "*"'],
    ['storage that is a string', { categories: { analytics: { storage: '_hj' } } }, 'categories.analytics.storage', 'must be a list [ … ], not "_hj"'],
    ['a star inside a service storage key', { categories: { analytics: { services: [{ id: 'a', storage: ['a*b'] }] } } }, 'categories.analytics.services[0].storage[0]', 'must be a storage key'],
    ['a __Host- cookie with a domain', { cookie: { name: '__Host-aquao_consent', domain: 'aquao.fr' } }, 'cookie.name', 'starts with "__Host-", which browsers refuse'],
    ['a __Host- cookie on a sub-path', { cookie: { name: '__Host-consent', path: '/shop' } }, 'cookie.name', 'starts with "__Host-", which browsers refuse'],
    ['a domain with a scheme', { cookie: { domain: 'https://aquao.fr' } }, 'cookie.domain', 'must be a domain such as "example.com"'],
    [
      'too many services for the cookie',
      { categories: { analytics: { services: services(100) }, marketing: { services: services(100) } } },
      'categories',
      '200 services are too many for the consent cookie',
    ],
  ];
  for (const [what, config, key, message] of cases) {
    it(`refuses ${what}, naming config.${key} and the fix`, () => {
      const error = errorOf(config);
      expect(error).to.be.instanceOf(ConsentConfigError);
      expect(error.key).to.equal(key);
      const path = key === '(root)' ? '' : `.${key}`;
      expect(error.message.startsWith(`aquao-consent: config${path}: `), error.message).to.equal(true);
      expect(error.message).to.contain(message);
    });
  }

  it('says how many services fit when the decision would not fit in its cookie', () => {
    const error = errorOf({ categories: { analytics: { services: services(150, 'a-longer-service-id-') } } });
    const [, fit] = error.message.match(/about (\d+) fit/)!;
    // The count it gives is right: that many fit, two more do not (it counts a comma per service, one too many).
    expect(() => createConsentManager({ categories: { analytics: { services: services(Number(fit), 'a-longer-service-id-') } } }).destroy()).to.not.throw();
    expect(() => createConsentManager({ categories: { analytics: { services: services(Number(fit) + 2, 'a-longer-service-id-') } } })).to.throw(/too many/);
  });

  it('stores a decision for the most services that fit, and reads it back (no banner coming back)', () => {
    const error = errorOf({ categories: { analytics: { services: services(400, 'svc-') } } });
    const fit = Number(error.message.match(/about (\d+) fit/)![1]);
    const config = { categories: { analytics: { services: services(fit, 'svc-') } } };
    const manager = createConsentManager(config);
    manager.rejectAll();
    manager.destroy();
    const again = createConsentManager(config);
    expect(again.hasDecision(), 'the stored decision is read back').to.equal(true);
    again.destroy();
    wipeCookies();
  });

  it('accepts undefined for a left-out key (JavaScript callers)', () => {
    expect(normalizeConfig({ revision: undefined, categories: { analytics: { title: undefined } } }).revision).to.equal(1);
  });

  it('refuses an unknown id in update(), in every build, storing nothing', () => {
    const manager = createConsentManager({ categories: { preferences: {}, analytics: { services: [{ id: 'matomo' }] } } });
    expect(() => manager.update({ analitycs: true })).to.throw(TypeError, /update\(\) got "analitycs", which the config does not declare/);
    expect(() => manager.update({ analytics: { matomoo: true } })).to.throw(TypeError, /"matomoo"/);
    expect(() => manager.update({ analytics: 'yes' as never })).to.throw(TypeError, /true or false for "analytics"/);
    // Per-service flags for a category without services would be stored, then read back as no decision.
    expect(() => manager.update({ preferences: {} })).to.throw(TypeError, /true or false for "preferences"/);
    expect(() => manager.update({ preferences: [] as never })).to.throw(TypeError, /true or false for "preferences"/);
    expect(() => manager.update({ analytics: [] as never })).to.throw(TypeError, /true or false for "analytics"/);
    expect(manager.hasDecision()).to.equal(false);
    expect(document.cookie).to.not.contain('aquao_consent');
    manager.destroy();
  });
});
