import { expect, waitUntil } from '@open-wc/testing';
import { connectProofLog, PENDING_KEY, type ProofRecord } from '@aquao/consent-core/proof';
import { managersFor, sleep } from './helpers.js';

const CONFIG = {
  categories: { preferences: {}, analytics: { services: [{ id: 'matomo' }] }, marketing: { cookies: ['_gcl_*'] } },
};

describe('proof of consent', () => {
  const make = managersFor(CONFIG);
  afterEach(() => localStorage.removeItem(PENDING_KEY));
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
