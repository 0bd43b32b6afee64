import { expect, waitUntil } from '@open-wc/testing';
import { createConsentManager, type ConsentManager } from '@aquao/consent-core';
import { startGating } from '@aquao/consent-core/gate';
import { connectGoogleConsentMode } from '@aquao/consent-core/gcm';
import { withGlobalPrivacyControl } from '@aquao/consent-core/gpc';
import { connectProofLog, PENDING_KEY, type ProofRecord } from '@aquao/consent-core/proof';
import { sleep, wipeCookies } from './helpers.js';

const CONFIG = {
  categories: { preferences: {}, analytics: { services: [{ id: 'matomo' }] }, marketing: { cookies: ['_gcl_*'] } },
};

describe('integrations', () => {
  const managers: ConsentManager[] = [];
  const make = () => {
    const manager = createConsentManager(CONFIG);
    managers.push(manager);
    return manager;
  };
  afterEach(() => {
    for (const m of managers.splice(0)) m.destroy();
    wipeCookies();
    delete window.dataLayer;
    localStorage.removeItem(PENDING_KEY);
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  });

  describe('Google Consent Mode v2', () => {
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

    it('takes a custom mapping and wait time', () => {
      const manager = make();
      connectGoogleConsentMode(manager, { mapping: { analytics: ['analytics_storage', 'ad_user_data'] }, waitForUpdate: 1000 });
      manager.update({ analytics: true });
      expect(commands()[0]![2]).to.include({ wait_for_update: 1000 });
      expect(commands()[1]![2]).to.include({ analytics_storage: 'granted', ad_user_data: 'granted', ad_storage: 'denied' });
    });
  });

  describe('Global Privacy Control', () => {
    it('with navigator.globalPrivacyControl, «Tout accepter» leaves marketing refused and records gpc', () => {
      Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
      const manager = withGlobalPrivacyControl(make());
      expect(manager.hasGpcSignal()).to.equal(true);
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
      expect(plain.hasGpcSignal()).to.equal(false);
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
      manager.acceptAll();
      expect(manager.getState().categories).to.deep.equal({ necessary: true, preferences: true, analytics: false, marketing: false });
    });
  });

  describe('proof of consent', () => {
    let bucket = 0;
    const received = async (name: string): Promise<Array<{ status: number; contentType: string; body: ProofRecord }>> =>
      (await fetch(`/__proof/${name}`)).json();

    it('posts nothing before a decision, then one record per decision with the documented fields', async () => {
      const name = `b${Date.now()}-${bucket++}`;
      const manager = make();
      const stop = connectProofLog(manager, { endpoint: `/__proof/${name}`, language: 'fr' });
      await sleep(150);
      expect(await received(name)).to.deep.equal([]);
      manager.update({ analytics: true });
      await waitUntil(async () => (await received(name)).length === 1, 'one record for the decision');
      manager.rejectAll();
      await waitUntil(async () => (await received(name)).length === 2, 'one record for the withdrawal');
      await sleep(100);
      const [first, second] = await received(name);
      expect(first!.contentType).to.equal('application/json');
      const record = first!.body;
      // The record is exactly what docs/proof-of-consent.schema.json documents: the docs stay true.
      const schema = await (await fetch('/docs/proof-of-consent.schema.json')).json();
      expect(Object.keys(record).sort()).to.deep.equal([...schema.required].sort());
      expect(Object.keys(schema.properties).sort()).to.deep.equal([...schema.required].sort());
      for (const [key, value] of Object.entries(record)) {
        const spec = schema.properties[key];
        if (spec.enum) expect(spec.enum, key).to.include(value);
        if (spec.pattern && typeof value === 'string') expect(value, key).to.match(new RegExp(spec.pattern));
        const types = [spec.type ?? []].flat();
        const actual = value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value;
        if (types.length) expect(types, key).to.include(actual);
      }
      expect(record).to.include({ schema: 1, event: 'decision', method: 'custom', revision: 1, language: 'fr' });
      expect(record.consentId).to.equal(manager.getState().consentId);
      expect(record.categories).to.deep.equal({ necessary: true, preferences: false, analytics: true, marketing: false });
      expect(record.services).to.deep.equal({ necessary: {}, preferences: {}, analytics: { matomo: true }, marketing: {} });
      expect(record.configHash).to.match(/^[\da-f]{64}$/);
      expect(record.url).to.equal(location.origin + location.pathname);
      expect(new Date(record.timestamp).getTime()).to.equal(manager.getState().firstDecisionAt);
      expect(second!.body).to.include({ method: 'reject-all', consentId: record.consentId });
      expect(localStorage.getItem(PENDING_KEY)).to.equal(null);
      stop();
    });

    it('keeps a record whose send failed, and sends it at the next page load', async () => {
      const name = `r${Date.now()}-${bucket++}`;
      const manager = make();
      const stop = connectProofLog(manager, { endpoint: `/__proof/${name}?status=503` });
      manager.acceptAll();
      await waitUntil(async () => (await received(name)).length === 1);
      await waitUntil(() => JSON.parse(localStorage.getItem(PENDING_KEY) ?? '[]').length === 1, 'the failed record waits');
      expect(manager.isGranted('marketing'), 'the local decision stands').to.equal(true);
      stop();
      // The next page load: the endpoint answers again.
      const stopNext = connectProofLog(make(), { endpoint: `/__proof/${name}` });
      await waitUntil(async () => (await received(name)).length === 2, 'the record is retried');
      const [failed, retried] = await received(name);
      expect([failed!.status, retried!.status]).to.deep.equal([503, 204]);
      expect(retried!.body).to.deep.equal(failed!.body);
      await waitUntil(() => localStorage.getItem(PENDING_KEY) === null);
      stopNext();
    });

    it('logs a reset with the consent id it withdrew', async () => {
      const name = `z${Date.now()}-${bucket++}`;
      const manager = make();
      manager.acceptAll();
      const id = manager.getState().consentId;
      const stop = connectProofLog(manager, { endpoint: `/__proof/${name}` });
      manager.reset();
      await waitUntil(async () => (await received(name)).length === 1);
      expect((await received(name))[0]!.body).to.include({ event: 'reset', consentId: id, method: null, firstDecisionAt: null });
      stop();
    });
  });
});
