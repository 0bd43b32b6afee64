import { expect, waitUntil } from '@open-wc/testing';
import { connectProofLog, PENDING_KEY, type ProofRecord } from '@aquao/consent-core/proof';
import type { ConsentManager } from '@aquao/consent-core';
import { managersFor, openPage, sleep, wipeCookies, type CorePage } from './helpers.js';

const CONFIG = {
  categories: { preferences: {}, analytics: { services: [{ id: 'matomo' }] }, marketing: { cookies: ['_gcl_*'] } },
};

describe('proof of consent', () => {
  const make = managersFor(CONFIG);
  afterEach(() => localStorage.removeItem(PENDING_KEY));
  let bucket = 0;
  type Received = { status: number | 'hang' | 'drop'; contentType: string; body: ProofRecord };
  const received = async (name: string): Promise<Received[]> => (await fetch(`/__proof/${name}`)).json();
  /** The records the endpoint acknowledged with a 2xx, once each by recordId (as a receiver keeps them). */
  const delivered = async (name: string) => {
    const kept = new Map<string, ProofRecord>();
    for (const { status, body } of await received(name)) {
      if (typeof status === 'number' && status < 300) kept.set(body.recordId, body);
    }
    return [...kept.values()];
  };
  /** Makes the test endpoint answer the next POSTs with a fault, or normally again (`none`). */
  const fault = (name: string, kind: '500' | 'hang' | 'drop' | 'none') => fetch(`/__proof/${name}?fault=${kind}`);
  const stored = (): ProofRecord[] => JSON.parse(localStorage.getItem(PENDING_KEY) ?? '[]');
  const newBucket = () => `p${Date.now()}-${bucket++}`;

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
    expect(record.url, 'the origin only, by default').to.equal(location.origin);
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

  it('drops a record the endpoint refuses for what it is (400, 413, 415, 422), retries every other refusal', async () => {
    for (const status of [400, 413, 415, 422]) {
      const name = newBucket();
      const manager = make();
      const stop = connectProofLog(manager, { endpoint: `/__proof/${name}?status=${status}` });
      manager.acceptAll();
      await waitUntil(async () => (await received(name)).length === 1);
      await waitUntil(() => localStorage.getItem(PENDING_KEY) === null, `a ${status} leaves the queue: resending cannot help`);
      stop();
    }
    // An endpoint not deployed yet (404), behind an auth wall (401, 403), busy (429) or down (503): kept for a retry.
    for (const status of [401, 403, 404, 429, 503]) {
      const name = newBucket();
      const manager = make();
      const stop = connectProofLog(manager, { endpoint: `/__proof/${name}?status=${status}` });
      manager.rejectAll();
      await waitUntil(async () => (await received(name)).length === 1);
      await sleep(100);
      expect(stored().map((r) => r.method), `a ${status} stays queued`).to.deep.equal(['reject-all']);
      stop();
      localStorage.removeItem(PENDING_KEY);
    }
  });

  it("logs a placeholder's grant with the method placeholder, and the decision that follows under the same consent id", async () => {
    const name = newBucket();
    const manager = make();
    const stop = connectProofLog(manager, { endpoint: `/__proof/${name}`, language: 'fr' });
    manager.grant('analytics', 'matomo');
    await waitUntil(async () => (await delivered(name)).length === 1, 'one record for the grant');
    manager.rejectAll();
    await waitUntil(async () => (await delivered(name)).length === 2, 'one record for the decision');
    const [grant, decision] = await delivered(name);
    expect(grant).to.include({ event: 'decision', method: 'placeholder' });
    expect(grant!.services.analytics).to.deep.equal({ matomo: true });
    expect(grant!.categories).to.deep.equal({ necessary: true, preferences: false, analytics: true, marketing: false });
    expect(decision).to.include({ method: 'reject-all', consentId: grant!.consentId });
    stop();
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

  it('a hanging endpoint loses nothing: each send times out, every record waits, and all arrive once it answers', async () => {
    const name = newBucket();
    await fault(name, 'hang');
    const manager = make();
    const stop = connectProofLog(manager, { endpoint: `/__proof/${name}`, timeout: 200 });
    manager.acceptAll();
    manager.update({ analytics: false });
    manager.rejectAll();
    await waitUntil(() => stored().length === 3, 'the three records wait in storage');
    await waitUntil(async () => (await received(name)).length >= 1, 'a send was tried');
    stop();
    await fault(name, 'none');
    // The next page load, the endpoint answering again.
    const next = connectProofLog(make(), { endpoint: `/__proof/${name}`, timeout: 200 });
    await waitUntil(async () => (await delivered(name)).length === 3, 'the three records arrive', { timeout: 4000 });
    // Arrival order is not kept (the first page's sends may still be under way); each record has its timestamp.
    expect((await delivered(name)).map((r) => r.method).sort()).to.deep.equal(['accept-all', 'custom', 'reject-all']);
    await waitUntil(() => localStorage.getItem(PENDING_KEY) === null, 'the queue empties');
    next();
  });

  it('a corrupt queue value is dropped, repaired, and the log goes on', async () => {
    for (const corrupt of ['{"not":"a list"}', 'not json', '[null, 5, "x", {"recordId": 7}, {"schema": 1}]']) {
      const name = newBucket();
      localStorage.setItem(PENDING_KEY, corrupt);
      const manager = make();
      const stop = connectProofLog(manager, { endpoint: `/__proof/${name}` });
      manager.acceptAll();
      await waitUntil(async () => (await delivered(name)).length === 1, `the record is sent despite ${corrupt}`);
      expect(await received(name), 'nothing from the corrupt value is sent').to.have.length(1);
      await waitUntil(() => localStorage.getItem(PENDING_KEY) === null, 'the stored value is repaired');
      stop();
    }
  });

  it('logs the language given (a function is asked at each decision), and the path only when asked', async () => {
    const name = newBucket();
    let shown = 'en';
    const manager = make();
    const stop = connectProofLog(manager, { endpoint: `/__proof/${name}`, language: () => shown, url: 'path' });
    manager.acceptAll();
    await waitUntil(async () => (await delivered(name)).length === 1);
    shown = 'fr';
    manager.rejectAll();
    await waitUntil(async () => (await delivered(name)).length === 2);
    const records = await delivered(name);
    expect(records.map((r) => r.language)).to.deep.equal(['en', 'fr']);
    expect(records[0]!.url).to.equal(location.origin + location.pathname);
    stop();
  });

  describe('in pages of their own (frames: storage, page hide, tabs)', () => {
    const frames: HTMLIFrameElement[] = [];
    afterEach(() => {
      for (const frame of frames.splice(0)) {
        wipeCookies(frame.contentWindow!);
        frame.remove();
      }
      for (const key of Object.keys(localStorage)) localStorage.removeItem(key);
    });

    /** A page of the site with a manager and the proof log; `locks: false` takes Web Locks away, as on http. */
    const openLogged = async (name: string, locks = true, reloading?: HTMLIFrameElement) => {
      let frame: HTMLIFrameElement;
      let page: CorePage;
      if (reloading) {
        frame = reloading;
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        frame.contentWindow!.location.reload();
        await loaded;
        await waitUntil(() => (frame.contentWindow as CorePage).core, 'the reloaded page should start');
        page = frame.contentWindow as CorePage;
      } else {
        ({ frame, page } = await openPage('deep/path/page.html'));
        frames.push(frame);
      }
      if (!locks) Object.defineProperty(page.navigator, 'locks', { value: undefined, configurable: true });
      const manager: ConsentManager = page.core.createConsentManager({ ...CONFIG, cookie: { name: `proof_${name}` } });
      page.core.connectProofLog(manager, { endpoint: `/__proof/${name}`, timeout: 300 });
      return { frame, page, manager };
    };
    /** Fills localStorage to its quota, as a site with big caches does. */
    const fillStorage = () => {
      let i = 0;
      for (let size = 1 << 20; size >= 8; size >>= 1) {
        try {
          for (;;) localStorage.setItem(`fill-${i++}`, 'x'.repeat(size));
        } catch {
          // full at this size: try a smaller one
        }
      }
    };

    it('with localStorage full, records are still sent; what is pending when the page goes leaves by sendBeacon', async () => {
      const name = newBucket();
      fillStorage();
      const tab = await openLogged(name);
      tab.manager.acceptAll();
      await waitUntil(async () => (await delivered(name)).length === 1, 'sent from memory');
      expect(localStorage.getItem(PENDING_KEY)).to.equal(null);
      await fault(name, '500');
      tab.manager.rejectAll();
      await waitUntil(async () => (await received(name)).some((r) => r.status === 500), 'the refusal was tried');
      await fault(name, 'none');
      // The visitor leaves: the refusal, in memory only, goes with the page.
      tab.page.location.reload();
      await waitUntil(async () => (await delivered(name)).length === 2, 'the refusal arrives by beacon');
      expect((await delivered(name)).map((r) => r.method)).to.deep.equal(['accept-all', 'reject-all']);
    });

    it('with localStorage disabled, records are still sent', async () => {
      const name = newBucket();
      const { page } = await openPage('deep/path/page.html');
      frames.push(page.frameElement as HTMLIFrameElement);
      Object.defineProperty(page, 'localStorage', {
        configurable: true,
        get: () => {
          throw new DOMException('The user denied storage', 'SecurityError');
        },
      });
      const manager = page.core.createConsentManager({ ...CONFIG, cookie: { name: `proof_${name}` } });
      page.core.connectProofLog(manager, { endpoint: `/__proof/${name}` });
      manager.acceptAll();
      await waitUntil(async () => (await delivered(name)).length === 1, 'sent from memory');
    });

    it('without Web Locks, a record another tab wrote over is put back into the stored queue', async () => {
      const name = newBucket();
      await fault(name, '500');
      const tab = await openLogged(name, false);
      tab.manager.acceptAll();
      await waitUntil(() => stored().length === 1, 'the failed record is stored');
      const [first] = stored();
      // Another tab's read-modify-write, racing without a lock, drops it.
      localStorage.setItem(PENDING_KEY, '[]');
      tab.manager.rejectAll();
      await waitUntil(() => stored().length === 2, 'both records are in the stored queue again');
      expect(stored().map((r) => r.recordId)).to.include(first!.recordId);
      await fault(name, 'none');
    });

    for (const locks of [true, false]) {
      it(`fault injection, two tabs and reloads${locks ? '' : ', without Web Locks (http)'}: every record arrives once by recordId`, async () => {
        const name = newBucket();
        const a = await openLogged(name, locks);
        let b = await openLogged(name, locks);
        const attempts = async (status: Received['status']) => (await received(name)).filter((r) => r.status === status).length;

        await fault(name, '500');
        a.manager.acceptAll();
        b.manager.rejectAll();
        await waitUntil(async () => (await attempts(500)) >= 2, 'both sends answered 500');

        await fault(name, 'hang');
        a.manager.update({ marketing: true });
        b.manager.update({ analytics: true });
        await waitUntil(async () => (await attempts('hang')) >= 2, 'sends left hanging');

        await fault(name, 'drop');
        a.manager.rejectAll();
        b = await openLogged(name, locks, b.frame);
        b.manager.update({ preferences: true });
        await waitUntil(async () => (await attempts('drop')) >= 1, 'connections dropped');

        await fault(name, 'none');
        await openLogged(name, locks, a.frame);
        const methods = ['accept-all', 'reject-all', 'custom', 'custom', 'reject-all', 'custom'];
        await waitUntil(async () => (await delivered(name)).length === methods.length, 'every record arrives', { timeout: 5000 });
        await sleep(300);
        const all = await received(name);
        const kept = await delivered(name);
        expect(kept.map((r) => r.method).sort()).to.deep.equal([...methods].sort());
        // Nothing the endpoint ever saw is missing, and a record sent twice is the same record.
        for (const { body } of all) {
          expect(kept.find((r) => r.recordId === body.recordId), `record ${body.recordId}`).to.deep.equal(body);
        }
      });
    }
  });
});
