import { expect } from '@open-wc/testing';
import { type ConsentChange, type ConsentConfig } from '@aquao/consent-core';
import { managersFor, rawCookie, validRecord, writeRawCookie } from './helpers.js';

const CONFIG: ConsentConfig = { categories: { analytics: { cookies: ['_ga', '_ga_*'] }, marketing: {} } };
const DAY = 864e5;

describe('consent manager', () => {
  const build = managersFor(CONFIG);
  const make = (config: ConsentConfig = CONFIG, now?: () => number) => build(now ? { now } : {}, config);

  describe('before a decision', () => {
    it('has no decision, grants only necessary, and writes no cookie', () => {
      const manager = make();
      expect(manager.hasDecision()).to.equal(false);
      expect(manager.isGranted('necessary')).to.equal(true);
      expect(manager.isGranted('analytics')).to.equal(false);
      expect(manager.isGranted('marketing')).to.equal(false);
      expect(manager.getState().categories).to.deep.equal({ necessary: true, analytics: false, marketing: false });
      expect(document.cookie).to.equal('');
    });

    it('never grants an id the config does not declare', () => {
      const manager = make();
      manager.acceptAll();
      expect(manager.isGranted('unknown')).to.equal(false);
      expect(manager.isGranted('analytics', 'unknown')).to.equal(false);
    });
  });

  describe('decisions round-trip through the cookie', () => {
    it('acceptAll grants everything and a new page load reads it back', () => {
      make().acceptAll();
      const stored = JSON.parse(rawCookie('aquao_consent')!);
      expect(stored.cats).to.deep.equal({ necessary: true, analytics: true, marketing: true });
      expect(stored.method).to.equal('accept-all');
      expect(stored.rev).to.equal(1);
      expect(stored.id).to.match(/^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/);
      const reloaded = make();
      expect(reloaded.hasDecision()).to.equal(true);
      expect(reloaded.isGranted('analytics')).to.equal(true);
      expect(reloaded.isGranted('marketing')).to.equal(true);
      expect(reloaded.getState().consentId).to.equal(stored.id);
    });

    it('rejectAll is stored too, so the question is not asked again', () => {
      make().rejectAll();
      const reloaded = make();
      expect(reloaded.hasDecision()).to.equal(true);
      expect(reloaded.getState().categories).to.deep.equal({ necessary: true, analytics: false, marketing: false });
      expect(reloaded.getState().method).to.equal('reject-all');
    });

    it('update records only what is given, keeps the rest, and keeps the consent id and first time', () => {
      let time = 1_700_000_000_000;
      const manager = make(CONFIG, () => time);
      manager.update({ analytics: true });
      const first = manager.getState();
      expect(first.categories).to.deep.equal({ necessary: true, analytics: true, marketing: false });
      expect(first.method).to.equal('custom');
      time += 5000;
      manager.update({ marketing: true });
      const second = make(CONFIG, () => time).getState();
      expect(second.categories).to.deep.equal({ necessary: true, analytics: true, marketing: true });
      expect(second.consentId).to.equal(first.consentId);
      expect(second.firstDecisionAt).to.equal(first.firstDecisionAt);
      expect(second.lastDecisionAt).to.equal(first.lastDecisionAt! + 5000);
    });

    it('writes the cookie with path /, SameSite=Lax and an expiry matching maxAgeDays', async () => {
      make().acceptAll();
      // The Cookie Store API is the only way a page can read a cookie's attributes back.
      const [cookie] = (await cookieStore.getAll('aquao_consent')) as Array<{ path: string; sameSite: string; expires: number }>;
      expect(cookie!.path).to.equal('/');
      expect(cookie!.sameSite).to.equal('lax');
      const days = (cookie!.expires! - Date.now()) / DAY;
      expect(days).to.be.within(182, 184);
    });

    it('reset deletes the cookie and asks again', () => {
      const manager = make();
      manager.acceptAll();
      manager.reset();
      expect(rawCookie('aquao_consent')).to.equal(undefined);
      expect(manager.hasDecision()).to.equal(false);
      expect(make().hasDecision()).to.equal(false);
    });
  });

  describe('the question is asked again', () => {
    it('when the revision is bumped', () => {
      make().acceptAll();
      expect(make({ ...CONFIG, revision: 2 }).hasDecision()).to.equal(false);
      expect(make({ ...CONFIG, revision: 1 }).hasDecision()).to.equal(true);
    });

    it('after maxAgeDays, judged by the stored time and not the cookie expiry', () => {
      const decidedAt = Date.now();
      make(CONFIG, () => decidedAt).acceptAll();
      expect(make(CONFIG, () => decidedAt + 181 * DAY).hasDecision()).to.equal(true);
      expect(make(CONFIG, () => decidedAt + 183 * DAY).hasDecision()).to.equal(false);
      expect(make({ ...CONFIG, maxAgeDays: 30 }, () => decidedAt + 31 * DAY).hasDecision()).to.equal(false);
    });

    it('when a category is added to the config', () => {
      make().acceptAll();
      const grown = make({ categories: { ...CONFIG.categories, preferences: {} } });
      expect(grown.hasDecision()).to.equal(false);
      expect(grown.isGranted('analytics')).to.equal(false);
    });
  });

  describe('a stored value it did not write means no decision, and never throws', () => {
    const tampered: Array<[string, string]> = [
      ['not JSON', '{"v":1,'],
      ['JSON that is not an object', '[1,2,3]'],
      ['a foreign value', 'yes'],
      ['an older schema', JSON.stringify(validRecord({ v: 0 }))],
      ['another revision', JSON.stringify(validRecord({ rev: 7 }))],
      ['a malformed consent id', JSON.stringify(validRecord({ id: 'x' }))],
      ['a time in the future', JSON.stringify(validRecord({ last: Date.now() + 3 * 864e5 }))],
      ['a time that is not a number', JSON.stringify(validRecord({ last: '2024-01-01' }))],
      ['first after last', JSON.stringify(validRecord({ first: Date.now(), last: Date.now() - 5000 }))],
      ['an unknown method', JSON.stringify(validRecord({ method: 'implied' }))],
      ['a decision that is not a boolean', JSON.stringify(validRecord({ cats: { analytics: 'true', marketing: false } }))],
      ['categories that are null', JSON.stringify(validRecord({ cats: null }))],
      // Longer than any decision a config may produce, yet short enough for the browser to keep.
      ['an oversized value', JSON.stringify(validRecord({ pad: 'x'.repeat(3901 - JSON.stringify(validRecord({ pad: '' })).length) }))],
      ['a broken percent-encoding', '%E0%A4%A'],
    ];
    for (const [what, value] of tampered) {
      it(`for ${what}`, () => {
        if (what === 'a broken percent-encoding') document.cookie = `aquao_consent=${value}; Path=/`;
        else writeRawCookie('aquao_consent', value);
        expect(document.cookie, 'the browser kept the value').to.contain('aquao_consent=');
        const manager = make();
        expect(manager.hasDecision()).to.equal(false);
        expect(manager.isGranted('analytics')).to.equal(false);
      });
    }

    it('while the untouched record is accepted (the control case)', () => {
      writeRawCookie('aquao_consent', JSON.stringify(validRecord()));
      const manager = make();
      expect(manager.hasDecision()).to.equal(true);
      expect(manager.isGranted('analytics')).to.equal(true);
    });
  });

  describe('contextual consent: a placeholder grants one service and answers for nothing else', () => {
    const EMBEDS: ConsentConfig = {
      categories: {
        analytics: { cookies: ['_ga'] },
        embeds: { services: [{ id: 'video', cookies: ['vid_*'] }, { id: 'map' }] },
        marketing: {},
      },
    };

    it('before a decision: that service only, no decision, kept across pages, with its own consent id', () => {
      const manager = make(EMBEDS);
      const heard: ConsentChange[] = [];
      manager.subscribe((_, change) => heard.push(change));
      manager.grant('embeds', 'video');
      expect(manager.hasDecision(), 'the first layer keeps asking').to.equal(false);
      expect(manager.isGranted('embeds', 'video')).to.equal(true);
      expect(manager.isGranted('embeds', 'map')).to.equal(false);
      expect(manager.isGranted('analytics')).to.equal(false);
      expect(manager.isGranted('marketing')).to.equal(false);
      expect(heard.map((c) => [c.source, c.granted])).to.deep.equal([['decision', ['embeds', 'embeds/video']]]);
      const state = manager.getState();
      expect([state.method, typeof state.consentId]).to.deep.equal(['placeholder', 'string']);
      expect(JSON.parse(rawCookie('aquao_consent')!)).to.include({ method: 'placeholder', partial: true });
      // The next page reads the same partial grant back.
      const next = make(EMBEDS);
      expect(next.hasDecision()).to.equal(false);
      expect(next.getState().services.embeds).to.deep.equal({ video: true, map: false });
      expect(next.getState().consentId).to.equal(state.consentId);
      // A second placeholder adds its service to the first.
      next.grant('embeds', 'map');
      expect(next.hasDecision()).to.equal(false);
      expect(make(EMBEDS).getState().services.embeds).to.deep.equal({ video: true, map: true });
    });

    it('a decision supersedes it: «Tout refuser» refuses that service too (the later choice wins); a choice keeps the consent id', () => {
      const manager = make(EMBEDS);
      manager.grant('embeds', 'video');
      const id = manager.getState().consentId;
      document.cookie = 'vid_1=x; Path=/';
      const heard: ConsentChange[] = [];
      manager.subscribe((_, change) => heard.push(change));
      manager.rejectAll();
      expect(manager.hasDecision()).to.equal(true);
      expect(manager.isGranted('embeds', 'video')).to.equal(false);
      expect(heard[0]!.revoked).to.deep.equal(['embeds', 'embeds/video']);
      expect(heard[0]!.clearedCookies).to.deep.equal(['vid_1']);
      expect(manager.getState().consentId).to.equal(id);
      expect(JSON.parse(rawCookie('aquao_consent')!).partial).to.equal(undefined);
    });

    it('a choice in the panel keeps what the placeholder granted unless switched off; after a decision, a placeholder changes it for its service only', () => {
      const manager = make(EMBEDS);
      manager.grant('embeds', 'video');
      manager.update({ analytics: true });
      expect(manager.hasDecision()).to.equal(true);
      expect(manager.getState().services.embeds).to.deep.equal({ video: true, map: false });
      manager.grant('embeds', 'map');
      expect([manager.hasDecision(), manager.getState().method]).to.deep.equal([true, 'placeholder']);
      expect(make(EMBEDS).getState().categories).to.deep.equal({ necessary: true, analytics: true, embeds: true, marketing: false });
      expect(make(EMBEDS).hasDecision()).to.equal(true);
    });

    it('a category without services can be granted alone; an undeclared id is refused, storing nothing', () => {
      const manager = make(EMBEDS);
      manager.grant('marketing');
      expect(manager.getState().categories).to.deep.equal({ necessary: true, analytics: false, embeds: false, marketing: true });
      expect(() => manager.grant('embeds', 'vidoe')).to.throw(TypeError, 'grant() got "vidoe"');
      expect(() => manager.grant('embed')).to.throw(TypeError, 'grant() got "embed"');
      expect(make(EMBEDS).getState().services.embeds).to.deep.equal({ video: false, map: false });
    });

    it('keeps the guarantees of a decision: expiry, revision, tampering', () => {
      const at = Date.now();
      make(EMBEDS, () => at).grant('embeds', 'video');
      expect(make(EMBEDS, () => at + 181 * DAY).isGranted('embeds', 'video')).to.equal(true);
      expect(make(EMBEDS, () => at + 183 * DAY).isGranted('embeds', 'video'), 'expired').to.equal(false);
      expect(make({ ...EMBEDS, revision: 2 }).isGranted('embeds', 'video'), 'another revision').to.equal(false);
      const stored = JSON.parse(rawCookie('aquao_consent')!);
      for (const forged of [{ ...stored, method: 'accept-all' }, { ...stored, partial: 1 }, { ...stored, partial: false }]) {
        writeRawCookie('aquao_consent', JSON.stringify(forged));
        const manager = make(EMBEDS);
        expect([manager.hasDecision(), manager.isGranted('embeds', 'video')], JSON.stringify(forged)).to.deep.equal([false, false]);
      }
    });

    it('of two copies, a decision beats a newer partial grant', () => {
      const decision = validRecord({ method: 'reject-all', cats: { necessary: true, analytics: false, marketing: false } });
      const partial = validRecord({ method: 'placeholder', partial: true, last: Date.now(), cats: { necessary: true, analytics: true, marketing: false } });
      const store = { read: () => [JSON.stringify(partial), JSON.stringify(decision)], write() {}, remove() {} };
      const manager = build({ store });
      expect([manager.hasDecision(), manager.getState().method]).to.deep.equal([true, 'reject-all']);
    });
  });

  describe('subscribers', () => {
    it('hear each decision with what was granted and revoked', () => {
      const manager = make();
      const heard: ConsentChange[] = [];
      const stop = manager.subscribe((_, change) => heard.push(change));
      manager.acceptAll();
      manager.update({ analytics: false });
      stop();
      manager.rejectAll();
      expect(heard.map((c) => [c.source, c.granted, c.revoked])).to.deep.equal([
        ['decision', ['analytics', 'marketing'], []],
        ['decision', [], ['analytics']],
      ]);
    });

    it('keep hearing when another subscriber throws', async () => {
      const manager = make();
      // The error is re-thrown asynchronously so the page still reports it; catch it here instead of mocha.
      const mochaOnError = window.onerror;
      const uncaught = new Promise<unknown>((resolve) => {
        window.onerror = (_message, _source, _line, _column, error) => {
          resolve(error);
          return true;
        };
      }).finally(() => (window.onerror = mochaOnError));
      let heard = 0;
      manager.subscribe(() => {
        throw new Error('faulty subscriber');
      });
      manager.subscribe(() => heard++);
      manager.acceptAll();
      expect(heard).to.equal(1);
      expect(((await uncaught) as Error).message).to.equal('faulty subscriber');
    });
  });
});
