import { expect, waitUntil } from '@open-wc/testing';
import { startGating } from '@aquao/consent-core/gate';
import { connectGoogleConsentMode } from '@aquao/consent-core/gcm';
import { managersFor, wipeCookies } from './helpers.js';

// The page's own declaration, as an app makes it: the library declares none, so any type an app gives it compiles.
declare global {
  interface Window {
    dataLayer?: unknown[];
  }
}

const CONFIG = { categories: { preferences: {}, analytics: {}, marketing: {} } };

describe('Google Consent Mode v2', () => {
  const make = managersFor(CONFIG);
  afterEach(() => delete window.dataLayer);
  /** dataLayer entries as plain arrays, checking each was pushed as an `arguments` object like gtag() does. */
  const commands = () =>
    window.dataLayer!.map((entry) => {
      if (Object.prototype.toString.call(entry) !== '[object Arguments]') return ['not-gtag', entry];
      return Array.from(entry as ArrayLike<unknown>);
    });
  const DENIED = {
    ad_storage: 'denied',
    ad_user_data: 'denied',
    ad_personalization: 'denied',
    analytics_storage: 'denied',
    functionality_storage: 'denied',
    personalization_storage: 'denied',
    security_storage: 'granted',
  };

  it('pushes the default before anything gated runs, then an update on each decision', async () => {
    const gated = document.createElement('script');
    gated.type = 'text/plain';
    gated.dataset.consent = 'analytics';
    gated.textContent = "window.dataLayer.push(['gated-tag-ran'])";
    document.body.append(gated);
    const manager = make();
    connectGoogleConsentMode(manager);
    startGating(manager);
    expect(commands()).to.deep.equal([['consent', 'default', { ...DENIED, wait_for_update: 500 }]]);
    manager.update({ analytics: true });
    await waitUntil(() => commands().length === 3);
    expect(commands()[1]).to.deep.equal(['consent', 'update', { ...DENIED, analytics_storage: 'granted' }]);
    expect(commands()[2]).to.deep.equal(['not-gtag', ['gated-tag-ran']]);
    manager.rejectAll();
    expect(commands()[3]).to.deep.equal(['consent', 'update', DENIED]);
    gated.remove();
  });

  it('on a page with a stored decision, follows the default with an update at once', () => {
    make().update({ marketing: true, preferences: true });
    window.dataLayer = [];
    connectGoogleConsentMode(make());
    expect(commands()).to.deep.equal([
      ['consent', 'default', { ...DENIED, wait_for_update: 500 }],
      [
        'consent',
        'update',
        { ...DENIED, ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', functionality_storage: 'granted', personalization_storage: 'granted' },
      ],
    ]);
  });

  it("on a page with only a placeholder's grant, sends it at once too", () => {
    make().grant('marketing');
    window.dataLayer = [];
    connectGoogleConsentMode(make());
    expect(commands()[1]).to.deep.equal(['consent', 'update', { ...DENIED, ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' }]);
    window.dataLayer = [];
    wipeCookies();
    connectGoogleConsentMode(make());
    expect(commands().length, 'no grant, no decision: the default alone').to.equal(1);
  });

  it('takes a custom mapping and wait time', () => {
    const manager = make();
    connectGoogleConsentMode(manager, { mapping: { analytics: ['analytics_storage', 'ad_user_data'] }, waitForUpdate: 1000 });
    manager.update({ analytics: true });
    expect(commands()[0]![2]).to.include({ wait_for_update: 1000 });
    expect(commands()[1]![2]).to.include({ analytics_storage: 'granted', ad_user_data: 'granted', ad_storage: 'denied' });
  });

  it('reads its options fail-safe, as the loader hands them over unchecked on a returning visit: a wrong value grants nothing and never throws', () => {
    const manager = make();
    manager.update({ analytics: true, marketing: true });
    // A config gone wrong after the decision: a number where a list of types goes, a text for the wait time.
    const options = { mapping: { analytics: 5, marketing: 'ad_storage' }, waitForUpdate: 'soon' } as unknown as Parameters<typeof connectGoogleConsentMode>[1];
    expect(() => connectGoogleConsentMode(manager, options)).not.to.throw();
    expect(commands()[0]![2]).to.include({ wait_for_update: 500 });
    expect(commands()[1]![2]).to.include({ analytics_storage: 'denied', ad_storage: 'denied' });
  });
});
