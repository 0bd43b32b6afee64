import { expect } from '@open-wc/testing';
import { createConsentManager, normalizeConfig, type ConsentConfig } from '@aquao/consent-core';
import { createUncheckedManager } from '@aquao/consent-core/unchecked';
import { cookieNames, wipeCookies } from './helpers.js';

/** A stored decision granting every purpose, made by a checked manager of `config`. */
const grantEverything = (config: ConsentConfig) => createConsentManager(config).acceptAll();

describe('createUncheckedManager (@aquao/consent-core/unchecked)', () => {
  afterEach(() => wipeCookies());

  it('reads a right config exactly as createConsentManager does, down to the JSON its proof records hash', () => {
    const config: ConsentConfig = {
      revision: 3,
      maxAgeDays: 30,
      cookie: { name: 'consent', sameSite: 'Strict' },
      categories: {
        analytics: { title: 'Mesure', cookies: ['_ga', { name: '_ga_*', provider: 'Google' }] },
        marketing: { services: [{ id: 'video', name: 'Vidéo', storage: ['_v'] }] },
        support: { required: true },
      },
    };
    const expected = {
      categories: [
        { id: 'necessary', required: true, cookies: [], storage: [], services: [] },
        { title: 'Mesure', cookies: [{ name: '_ga' }, { name: '_ga_*', provider: 'Google' }], id: 'analytics', required: false, storage: [], services: [] },
        {
          services: [{ id: 'video', name: 'Vidéo', storage: [{ name: '_v' }], cookies: [] }],
          id: 'marketing',
          required: false,
          cookies: [],
          storage: [],
        },
        { required: true, id: 'support', cookies: [], storage: [], services: [] },
      ],
      revision: 3,
      maxAgeDays: 30,
      cookie: { name: 'consent', path: '/', sameSite: 'Strict' },
    };
    // As JSON, keys in order: the proof log hashes this JSON, so the config's hash stays what it was.
    expect(JSON.stringify(createUncheckedManager(config).config)).to.equal(JSON.stringify(expected));
    expect(JSON.stringify(normalizeConfig(config))).to.equal(JSON.stringify(expected));
  });

  it('reads a wrong config fail-safe: it never throws, and grants nothing it was not given', () => {
    const wrong = {
      categories: {
        analytics: { required: 'yes', cookies: '_ga', services: 'matomo' },
        marketing: { services: [{ name: 'no id' }, null, { id: 'video', cookies: [5, '*', { name: '_v' }] }] },
        necessary: { required: false },
        broken: 5,
        empty: null,
      },
      maxAgeDays: 1e9,
      cookie: { name: 7, path: '/' },
    } as unknown as ConsentConfig;
    expect(() => createConsentManager(wrong), 'the checked manager refuses it').to.throw();
    const manager = createUncheckedManager(wrong);
    const [necessary, analytics, marketing, broken, empty] = manager.config.categories;
    expect(analytics!.required, '"yes" is not true').to.equal(false);
    expect(manager.isGranted('analytics')).to.equal(false);
    expect(necessary!.required, 'necessary stays necessary').to.equal(true);
    expect(analytics!.cookies).to.deep.equal([]);
    expect(analytics!.services).to.deep.equal([]);
    expect(marketing!.services.map((s) => s.id)).to.deep.equal(['video']);
    // A bare "*" would delete every cookie of the site on a withdrawal.
    expect(marketing!.services[0]!.cookies.map((c) => c.name)).to.deep.equal(['_v']);
    expect(broken!.required).to.equal(false);
    expect(empty!.required, 'null is a purpose that says nothing').to.equal(false);
    expect(manager.config.maxAgeDays, 'never longer than 13 months').to.equal(395);
    expect(manager.config.cookie.name).to.equal('aquao_consent');
    manager.rejectAll();
    expect(cookieNames()).to.deep.equal(['aquao_consent']);
  });

  it('a config that went wrong after a decision grants no more than the decision did', () => {
    grantEverything({ categories: { analytics: {}, marketing: { services: [{ id: 'video' }, { id: 'ads' }] } } });
    // `services` misspelt: the decision's services are no longer read, and nothing else is granted.
    const manager = createUncheckedManager({ categories: { analytics: {}, marketing: { service: [{ id: 'video' }] } } } as unknown as ConsentConfig);
    expect(manager.hasDecision()).to.equal(true);
    expect(manager.isGranted('marketing', 'video')).to.equal(false);
    expect(manager.isGranted('analytics')).to.equal(true);
    // A purpose the decision never covered: no decision, the question is asked again.
    expect(createUncheckedManager({ categories: { analytics: {}, marketing: {}, ads: {} } }).hasDecision()).to.equal(false);
  });
});
