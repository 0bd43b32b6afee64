import { expect } from '@open-wc/testing';
import { withGlobalPrivacyControl } from '@aquao/consent-core/gpc';
import { managersFor } from './helpers.js';

const CONFIG = { categories: { preferences: {}, analytics: { services: [{ id: 'matomo' }] }, marketing: {} } };

describe('Global Privacy Control', () => {
  const make = managersFor(CONFIG);
  afterEach(() => delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl);
  it('with navigator.globalPrivacyControl, «Tout accepter» leaves marketing refused and records gpc', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const manager = withGlobalPrivacyControl(make());
    expect(manager.hasGpcSignal()).to.equal(true);
    expect(manager.gpcRefused, 'what the banner names').to.deep.equal(['marketing']);
    manager.acceptAll();
    expect(manager.getState().categories).to.deep.equal({ necessary: true, preferences: true, analytics: true, marketing: false });
    expect(manager.getState().services.analytics).to.deep.equal({ matomo: true });
    expect(manager.getState().method).to.equal('gpc');
    expect(JSON.parse(decodeURIComponent(document.cookie.split('aquao_consent=')[1]!)).method).to.equal('gpc');
  });

  it('an explicit switch-on in the panel still wins', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const manager = withGlobalPrivacyControl(make());
    manager.acceptAll();
    manager.update({ marketing: true });
    expect(manager.isGranted('marketing')).to.equal(true);
    expect(manager.getState().method).to.equal('custom');
  });

  it('without the signal, or with gpc: false, accepts everything', () => {
    const plain = withGlobalPrivacyControl(make());
    expect([plain.hasGpcSignal(), plain.gpcRefused]).to.deep.equal([false, []]);
    plain.acceptAll();
    expect(plain.isGranted('marketing')).to.equal(true);
    plain.reset();
    const off = withGlobalPrivacyControl(make(), false, true);
    off.acceptAll();
    expect(off.isGranted('marketing')).to.equal(true);
    expect(off.getState().method).to.equal('accept-all');
  });

  it('honours the categories configured as sale or sharing', () => {
    const manager = withGlobalPrivacyControl(make(), { categories: ['marketing', 'analytics'] }, true);
    expect(manager.gpcRefused, 'in the config\'s order').to.deep.equal(['analytics', 'marketing']);
    manager.acceptAll();
    expect(manager.getState().categories).to.deep.equal({ necessary: true, preferences: true, analytics: false, marketing: false });
  });
});
