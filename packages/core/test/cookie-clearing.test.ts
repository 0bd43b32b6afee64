import { expect } from '@open-wc/testing';
import { createConsentManager, type ConsentChange } from '@aquao/consent-core';
import { cookieNames, wipeCookies } from './helpers.js';

describe('withdrawal', () => {
  afterEach(wipeCookies);

  const config = {
    categories: {
      analytics: {
        cookies: ['_ga', '_ga_*'],
        services: [
          { id: 'matomo', cookies: ['_pk_id*'] },
          { id: 'hotjar', cookies: ['_hj*'] },
        ],
      },
      marketing: { cookies: ['_gcl_*'] },
    },
  };

  it('deletes the category cookies (_ga, _ga_<id>) and nothing else, and says so', () => {
    const manager = createConsentManager(config);
    manager.acceptAll();
    for (const name of ['_ga', '_ga_ABC123', '_ga_XYZ', '_gcl_au', 'site_session', '_gac']) {
      document.cookie = `${name}=1; Path=/`;
    }
    let change: ConsentChange | undefined;
    manager.subscribe((_, c) => (change = c));
    manager.update({ analytics: false });
    expect(cookieNames().sort()).to.deep.equal(['_gac', '_gcl_au', 'aquao_consent', 'site_session']);
    expect(change!.revoked).to.deep.equal(['analytics', 'analytics/matomo', 'analytics/hotjar']);
    expect([...change!.clearedCookies].sort()).to.deep.equal(['_ga', '_ga_ABC123', '_ga_XYZ']);
    manager.destroy();
  });

  it('deletes only a withdrawn service cookies when one service is switched off', () => {
    const manager = createConsentManager(config);
    manager.acceptAll();
    document.cookie = '_pk_id.1.abc=1; Path=/';
    document.cookie = '_hjSession=1; Path=/';
    document.cookie = '_ga=1; Path=/';
    manager.update({ analytics: { hotjar: false } });
    expect(manager.isGranted('analytics')).to.equal(true);
    expect(manager.isGranted('analytics', 'matomo')).to.equal(true);
    expect(manager.isGranted('analytics', 'hotjar')).to.equal(false);
    expect(cookieNames().sort()).to.deep.equal(['_ga', '_pk_id.1.abc', 'aquao_consent']);
    manager.destroy();
  });

  it('reset withdraws everything: the decision cookie and every granted category cookie go', () => {
    const manager = createConsentManager(config);
    manager.acceptAll();
    document.cookie = '_ga=1; Path=/';
    document.cookie = '_gcl_aw=1; Path=/';
    manager.reset();
    expect(cookieNames()).to.deep.equal([]);
    manager.destroy();
  });

  it('a category with services is granted while one of its services is', () => {
    const manager = createConsentManager(config);
    manager.update({ analytics: { matomo: true } });
    expect(manager.isGranted('analytics')).to.equal(true);
    manager.update({ analytics: { matomo: false } });
    expect(manager.isGranted('analytics')).to.equal(false);
    manager.update({ analytics: true });
    expect(manager.getState().services.analytics).to.deep.equal({ matomo: true, hotjar: true });
    manager.destroy();
  });
});
