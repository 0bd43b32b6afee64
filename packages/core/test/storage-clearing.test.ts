import { expect } from '@open-wc/testing';
import type { ConsentChange } from '@aquao/consent-core';
import { managersFor } from './helpers.js';

const CONFIG = {
  categories: {
    analytics: { storage: ['_hj*', 'ajs_user_id'], services: [{ id: 'matomo', storage: ['_pk_*'] }, { id: 'hotjar' }] },
    marketing: { storage: [{ name: '_gcl_ls', provider: 'Google' }] },
  },
};

describe('withdrawal of localStorage and sessionStorage keys', () => {
  const make = managersFor(CONFIG);
  const keys = (storage: Storage) => Object.keys(storage).sort();
  beforeEach(() => {
    for (const key of ['_hjSession', 'ajs_user_id', '_pk_ses', '_gcl_ls', 'site_theme']) localStorage.setItem(key, '1');
    sessionStorage.setItem('_hjTab', '1');
    sessionStorage.setItem('site_draft', '1');
  });
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('deletes a refused purpose\'s keys from both storages, and says which', () => {
    const manager = make();
    manager.acceptAll();
    let change: ConsentChange | undefined;
    manager.subscribe((_, c) => (change = c));
    manager.update({ analytics: false });
    expect([...change!.clearedStorage].sort()).to.deep.equal(['_hjSession', '_hjTab', '_pk_ses', 'ajs_user_id']);
    expect(keys(localStorage)).to.deep.equal(['_gcl_ls', 'site_theme']);
    expect(keys(sessionStorage)).to.deep.equal(['site_draft']);
  });

  it('a withdrawn service loses its own keys only; a refusal at a re-ask clears the rest', () => {
    const manager = make();
    manager.acceptAll();
    manager.update({ analytics: { matomo: false } });
    expect(keys(localStorage)).to.deep.equal(['_gcl_ls', '_hjSession', 'ajs_user_id', 'site_theme']);
    const bumped = make({}, { ...CONFIG, revision: 2 });
    bumped.rejectAll();
    expect(keys(localStorage)).to.deep.equal(['site_theme']);
    expect(bumped.getState().categories.analytics).to.equal(false);
  });

  it('with storage disabled by the browser, still decides, clears cookies and throws nothing', () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('The user denied storage', 'SecurityError');
      },
    });
    try {
      const manager = make();
      manager.acceptAll();
      let change: ConsentChange | undefined;
      manager.subscribe((_, c) => (change = c));
      manager.rejectAll();
      expect(manager.isGranted('analytics')).to.equal(false);
      expect(change!.clearedStorage).to.deep.equal(['_hjTab']);
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }
  });
});
