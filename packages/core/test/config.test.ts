import { expect } from '@open-wc/testing';
import { ConsentConfigError, createConsentManager, normalizeConfig, type ConsentConfig } from '@aquao/consent-core';

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

  const cases: Array<[string, unknown, string]> = [
    ['a config that is not an object', [], '(root)'],
    ['categories that are not an object', { categories: ['analytics'] }, 'categories'],
    ['a category id with a space', { categories: { 'my analytics': {} } }, 'categories.my analytics'],
    ['necessary switched off', { categories: { necessary: { required: false } } }, 'categories.necessary.required'],
    ['required that is not a boolean', { categories: { analytics: { required: 'yes' } } }, 'categories.analytics.required'],
    ['cookies that are a string', { categories: { analytics: { cookies: '_ga' } } }, 'categories.analytics.cookies'],
    ['a star inside a cookie name', { categories: { analytics: { cookies: ['_ga', '_g*a'] } } }, 'categories.analytics.cookies[1]'],
    ['a cookie object without a name', { categories: { analytics: { cookies: [{ provider: 'Google' }] } } }, 'categories.analytics.cookies[0]'],
    ['a service without an id', { categories: { analytics: { services: [{ name: 'Matomo' }] } } }, 'categories.analytics.services[0].id'],
    ['a repeated service id', { categories: { analytics: { services: [{ id: 'a' }, { id: 'a' }] } } }, 'categories.analytics.services[1].id'],
    ['a revision that is not whole', { revision: 1.5 }, 'revision'],
    ['maxAgeDays over 13 months', { maxAgeDays: 400 }, 'maxAgeDays'],
    ['maxAgeDays as a string', { maxAgeDays: '30' }, 'maxAgeDays'],
    ['a cookie name with a space', { cookie: { name: 'my consent' } }, 'cookie.name'],
    ['a relative cookie path', { cookie: { path: 'shop' } }, 'cookie.path'],
    ['a lower-case sameSite', { cookie: { sameSite: 'lax' } }, 'cookie.sameSite'],
    ['a __Host- cookie with a domain', { cookie: { name: '__Host-aquao_consent', domain: 'aquao.fr' } }, 'cookie.name'],
    ['a __Host- cookie on another path', { cookie: { name: '__Host-aquao_consent', path: '/shop' } }, 'cookie.name'],
    ['storage that is a string', { categories: { analytics: { storage: '_hj' } } }, 'categories.analytics.storage'],
    ['a bare "*" storage key', { categories: { analytics: { storage: ['_hj', '*'] } } }, 'categories.analytics.storage[1]'],
    ['a star inside a service storage key', { categories: { analytics: { services: [{ id: 'a', storage: ['a*b'] }] } } }, 'categories.analytics.services[0].storage[0]'],
  ];
  for (const [what, config, key] of cases) {
    it(`refuses ${what}, naming config.${key} and the fix`, () => {
      const error = errorOf(config);
      expect(error).to.be.instanceOf(ConsentConfigError);
      expect(error.key).to.equal(key);
      expect(error.message).to.match(new RegExp(`^aquao-consent: config\\.${key.replace(/[.[\]()]/g, '\\$&')} (must|cannot|has) `));
    });
  }

  it('refuses an unknown category in update(), in development', () => {
    const manager = createConsentManager({ categories: { analytics: {} } });
    expect(() => manager.update({ analitycs: true })).to.throw(TypeError, /"analitycs"/);
    expect(manager.hasDecision()).to.equal(false);
    expect(document.cookie).to.not.contain('aquao_consent');
    manager.destroy();
  });
});
