import { expect, waitUntil } from '@open-wc/testing';
import type { ConsentManager } from '@aquao/consent-core';
import { openPage, validRecord, wipeCookies, type CorePage } from './helpers.js';

const CONFIG = { categories: { analytics: {}, marketing: {} } };
const GRANT = { cats: { necessary: true, analytics: true, marketing: true }, method: 'accept-all' };
const REFUSAL = { cats: { necessary: true, analytics: false, marketing: false }, method: 'reject-all' };

describe('the decision cookie, when the page sees several copies', () => {
  let frame: HTMLIFrameElement;
  let page: CorePage;
  let managers: ConsentManager[] = [];
  /** The frame's `/packages/…/fixtures/deep/path/page.html`, its folder and the folder above. */
  let paths: { page: string; folder: string; parent: string };

  beforeEach(async () => {
    ({ frame, page } = await openPage('deep/path/page.html'));
    const at = page.location.pathname;
    paths = { page: at, folder: at.slice(0, at.lastIndexOf('/')), parent: at.slice(0, at.lastIndexOf('/path/')) };
  });
  afterEach(() => {
    for (const m of managers.splice(0)) m.destroy();
    wipeCookies(page);
    frame.remove();
    wipeCookies();
  });

  const make = (config: object = CONFIG) => {
    const manager = page.core.createConsentManager(config);
    managers.push(manager);
    return manager;
  };
  /** Writes a copy of the decision cookie on `path`, as another page, an older config or an attacker would. */
  const plant = (overrides: Record<string, unknown>, path: string, name = 'aquao_consent') => {
    page.document.cookie = `${name}=${encodeURIComponent(JSON.stringify(validRecord(overrides)))}; Path=${path}`;
  };
  /** Every copy of the decision cookie the frame sees, decoded. */
  const copies = (name = 'aquao_consent') =>
    page.document.cookie
      .split('; ')
      .filter((pair) => pair.startsWith(`${name}=`))
      .map((pair) => JSON.parse(decodeURIComponent(pair.slice(name.length + 1))));

  it('applies the newest valid copy, even when document.cookie lists an older grant first', () => {
    const now = Date.now();
    // The longer path comes first in document.cookie (RFC 6265 §5.4): the order js-cookie's get() trusted.
    plant({ ...GRANT, first: now - 9000, last: now - 5000 }, paths.folder);
    plant({ ...REFUSAL, first: now - 9000, last: now - 1000 }, '/');
    expect(copies().map((c) => c.method)).to.deep.equal(['accept-all', 'reject-all']);
    const manager = make();
    expect(manager.hasDecision()).to.equal(true);
    expect(manager.getState().method).to.equal('reject-all');
    expect(manager.isGranted('analytics')).to.equal(false);
  });

  it('at the same millisecond, the refusal wins, whichever copy comes first', () => {
    const last = Date.now() - 1000;
    plant({ ...GRANT, first: last, last }, paths.folder);
    plant({ ...REFUSAL, first: last, last }, '/');
    expect(make().isGranted('analytics')).to.equal(false);
    wipeCookies(page);
    plant({ ...REFUSAL, first: last, last }, paths.folder);
    plant({ ...GRANT, first: last, last }, '/');
    expect(make().isGranted('analytics')).to.equal(false);
  });

  it('skips an invalid copy for a valid older one', () => {
    const now = Date.now();
    plant({ ...REFUSAL, first: now - 9000, last: now - 1000, rev: 9 }, paths.folder);
    plant({ ...GRANT, first: now - 9000, last: now - 5000 }, '/');
    expect(make().getState().method).to.equal('accept-all');
  });

  it('after a decision exactly one copy is visible, holding it: grants planted on this path and its parents are gone', () => {
    const now = Date.now();
    for (const path of [paths.page, paths.folder, `${paths.folder}/`, paths.parent, '/']) {
      plant({ ...GRANT, first: now - 9000, last: now - 5000 }, path);
    }
    expect(copies()).to.have.length(5);
    const manager = make();
    manager.rejectAll();
    expect(copies().map((c) => [c.method, c.cats.analytics])).to.deep.equal([['reject-all', false]]);
    // The next page load applies the refusal.
    expect(make().isGranted('analytics')).to.equal(false);
  });

  it('reset() removes every copy the page can reach', () => {
    for (const path of [paths.folder, paths.parent, '/']) plant(GRANT, path);
    const manager = make();
    expect(manager.hasDecision()).to.equal(true);
    manager.reset();
    expect(copies()).to.deep.equal([]);
    expect(make().hasDecision()).to.equal(false);
  });

  it('__Host-aquao_consent is written host-only, on path / and Secure, and read back', async () => {
    const config = { ...CONFIG, cookie: { name: '__Host-aquao_consent' } };
    make(config).acceptAll();
    // The Cookie Store API is the only way a page can read a cookie's attributes back. It asks the browser's cookie
    // store, which document.cookie writes reach a moment later.
    type Stored = Array<{ path: string; secure: boolean; domain: string | null }>;
    let stored: Stored = [];
    await waitUntil(async () => (stored = (await page.cookieStore.getAll('__Host-aquao_consent')) as Stored).length > 0);
    expect(stored.map(({ path, secure, domain }) => ({ path, secure, domain }))).to.deep.equal([{ path: '/', secure: true, domain: null }]);
    expect(make(config).isGranted('analytics')).to.equal(true);
  });
});
