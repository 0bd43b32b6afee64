import { expect } from '@open-wc/testing';
import { createConsentManager, onConsent, type ConsentManager, type ConsentState } from '@aquao/consent-core';
import { validRecord, wipeCookies, writeRawCookie } from './helpers.js';

const CONFIG = {
  categories: { analytics: { services: [{ id: 'matomo', name: 'Matomo' }, { id: 'hotjar', name: 'Hotjar' }] }, marketing: {} },
};

describe('onConsent', () => {
  let manager: ConsentManager;
  let calls: ConsentState[];
  const record = (state: ConsentState) => calls.push(state);

  beforeEach(() => {
    calls = [];
  });
  afterEach(() => {
    manager.destroy();
    wipeCookies();
  });

  it('runs at once when the category is already granted', () => {
    manager = createConsentManager(CONFIG);
    manager.acceptAll();
    onConsent(manager, 'analytics', record);
    expect(calls.map((s) => s.categories.analytics)).to.deep.equal([true]);
  });

  it('runs at once for a returning visitor, from the stored decision (no change event happens)', () => {
    const stored = validRecord({
      cats: { necessary: true, analytics: true, marketing: false },
      svcs: { necessary: {}, analytics: { matomo: true, hotjar: false }, marketing: {} },
    });
    writeRawCookie('aquao_consent', JSON.stringify(stored));
    manager = createConsentManager(CONFIG);
    onConsent(manager, 'analytics', record);
    onConsent(manager, 'marketing', record);
    expect(calls).to.have.length(1);
    expect(calls[0]!.consentId).to.equal(stored.id);
  });

  it('runs later, when the category is granted, with the new state', () => {
    manager = createConsentManager(CONFIG);
    onConsent(manager, 'marketing', record);
    manager.rejectAll();
    expect(calls, 'not on a refusal').to.deep.equal([]);
    manager.update({ marketing: true });
    expect(calls).to.have.length(1);
    expect(calls[0]).to.equal(manager.getState());
  });

  it('never runs twice: a withdrawal and a new grant do not run it again', () => {
    manager = createConsentManager(CONFIG);
    onConsent(manager, 'marketing', record);
    manager.acceptAll();
    manager.update({ marketing: false });
    manager.update({ marketing: true });
    manager.reset();
    manager.acceptAll();
    expect(calls).to.have.length(1);
  });

  it('never runs once disposed before the grant; disposing after it is harmless', () => {
    manager = createConsentManager(CONFIG);
    const dispose = onConsent(manager, 'marketing', record);
    dispose();
    manager.acceptAll();
    expect(calls).to.deep.equal([]);
    const later = onConsent(manager, 'marketing', record);
    expect(calls).to.have.length(1);
    expect(() => later()).to.not.throw();
  });

  it('with a service, waits for that service only', () => {
    manager = createConsentManager(CONFIG);
    onConsent(manager, 'analytics', record, 'matomo');
    manager.update({ analytics: { hotjar: true } });
    expect(calls, 'another service of the category').to.deep.equal([]);
    manager.update({ analytics: { matomo: true } });
    expect(calls).to.have.length(1);
  });

  it('runs at once for a required category, before any decision', () => {
    manager = createConsentManager(CONFIG);
    onConsent(manager, 'necessary', record);
    expect(calls).to.have.length(1);
  });

  it('names an undeclared category or service (development builds): it could never run', () => {
    manager = createConsentManager(CONFIG);
    expect(() => onConsent(manager, 'analitycs', record)).to.throw(TypeError, 'onConsent() got "analitycs", which the config does not declare');
    expect(() => onConsent(manager, 'analytics', record, 'matmo')).to.throw(TypeError, '"analytics/matmo"');
  });
});
