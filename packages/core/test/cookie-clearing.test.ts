import { expect } from '@open-wc/testing';
import { createConsentManager, type ConsentChange } from '@aquao/consent-core';
import { cookieNames, openPage, wipeCookies } from './helpers.js';

describe('withdrawal', () => {
  afterEach(() => wipeCookies());

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

  it('a refusal at a re-ask (revision bump, expiry) deletes the cookies of the earlier grant', () => {
    const earlier = createConsentManager(config);
    earlier.acceptAll();
    earlier.destroy();
    const plantTrackers = () => ['_ga', '_ga_X', '_gcl_au', '_pk_id.1', 'site_session'].forEach((n) => (document.cookie = `${n}=1; Path=/`));
    plantTrackers();
    const bumped = createConsentManager({ ...config, revision: 2 });
    expect(bumped.hasDecision()).to.equal(false);
    let change: ConsentChange | undefined;
    bumped.subscribe((_, c) => (change = c));
    bumped.update({ marketing: true });
    // Nothing was granted under revision 2, so nothing counts as revoked; every refused purpose is cleared anyway.
    expect(change!.revoked).to.deep.equal([]);
    expect([...change!.clearedCookies].sort()).to.deep.equal(['_ga', '_ga_X', '_pk_id.1']);
    expect(cookieNames().sort()).to.deep.equal(['_gcl_au', 'aquao_consent', 'site_session']);
    bumped.destroy();

    const later = Date.now() + 200 * 864e5;
    plantTrackers();
    const expired = createConsentManager({ ...config, revision: 2 }, { now: () => later });
    expect(expired.hasDecision()).to.equal(false);
    expired.rejectAll();
    expect(cookieNames().sort()).to.deep.equal(['aquao_consent', 'site_session']);
    expired.destroy();
  });

  it('deletes for real what it reports: encoded names, __Secure- and __Host- names, partitioned copies', () => {
    const manager = createConsentManager({
      categories: { analytics: { cookies: ['AMCV_*', '__Secure-tracker', '__Host-tracker', '_pc', 'ghost'] } },
    });
    manager.acceptAll();
    // localhost is a secure context, where the browser takes Secure, __Secure-, __Host- and Partitioned cookies.
    document.cookie = 'AMCV_ABC%40AdobeOrg=1; Path=/';
    document.cookie = '__Secure-tracker=1; Path=/; Secure';
    document.cookie = '__Host-tracker=1; Path=/; Secure';
    document.cookie = '_pc=1; Path=/; Secure; Partitioned';
    // A cookie without a name (`Set-Cookie: ghost`): document.cookie shows "ghost", yet no name can delete it.
    document.cookie = 'ghost; Path=/';
    let change: ConsentChange | undefined;
    manager.subscribe((_, c) => (change = c));
    manager.update({ analytics: false });
    expect([...change!.clearedCookies].sort()).to.deep.equal(['AMCV_ABC%40AdobeOrg', '__Host-tracker', '__Secure-tracker', '_pc']);
    expect(cookieNames().sort(), 'what is reported is gone, what is not reported is not').to.deep.equal(['aquao_consent', 'ghost']);
    manager.destroy();
  });

  it('deletes the copies on the page\'s own path and each parent path', async () => {
    const { frame, page } = await openPage('deep/path/page.html');
    const at = page.location.pathname;
    const folder = at.slice(0, at.lastIndexOf('/'));
    page.document.cookie = `_ga=1; Path=${folder}`;
    page.document.cookie = `_ga=2; Path=${folder}/`;
    page.document.cookie = `_ga=3; Path=${at.slice(0, at.lastIndexOf('/path/'))}`;
    page.document.cookie = `_ga_X=1; Path=${at}`;
    page.document.cookie = '_ga=4; Path=/';
    const manager = page.core.createConsentManager(config);
    manager.acceptAll();
    let change: ConsentChange | undefined;
    manager.subscribe((_, c) => (change = c));
    manager.rejectAll();
    expect(page.document.cookie).to.not.match(/_ga/);
    expect([...change!.clearedCookies].sort()).to.deep.equal(['_ga', '_ga_X']);
    manager.destroy();
    wipeCookies(page);
    frame.remove();
  });
});
