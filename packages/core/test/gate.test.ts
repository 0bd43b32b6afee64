import { expect, waitUntil } from '@open-wc/testing';
import { createConsentManager, type ConsentManager } from '@aquao/consent-core';
import { startGating } from '@aquao/consent-core/gate';
import { openTab, sleep, validRecord, wipeCookies, writeRawCookie } from './helpers.js';

declare global {
  interface Window {
    __ran?: string[];
  }
}

const FIXTURES = new URL('./fixtures/', import.meta.url).href;
const external = (name: string, delay = 0) => `${FIXTURES}record-run.js?name=${name}&delay=${delay}`;

/** Builds gated markup with the DOM API (never innerHTML, which would not run scripts anyway). */
function gated(tag: string, attributes: Record<string, string>, text = ''): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (text) el.textContent = text;
  return el;
}
const inline = (name: string, category = 'analytics', extra: Record<string, string> = {}) =>
  gated('script', { type: 'text/plain', 'data-consent': category, ...extra }, `(window.__ran ||= []).push(${JSON.stringify(name)});`);

describe('gating', () => {
  let container: HTMLElement;
  let manager: ConsentManager;
  let stop: () => void;
  const CONFIG = { categories: { analytics: { services: [{ id: 'matomo' }, { id: 'hotjar' }] }, marketing: {} } };
  const start = () => {
    manager = createConsentManager(CONFIG);
    stop = startGating(manager, { root: container });
  };

  beforeEach(() => {
    window.__ran = [];
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    stop?.();
    manager?.destroy();
    container.remove();
    wipeCookies();
  });

  it('runs nothing and fetches nothing before a decision', async () => {
    container.append(
      inline('a'),
      gated('script', { type: 'text/plain', 'data-consent': 'analytics', src: external('b') }),
      gated('iframe', { 'data-consent': 'marketing', 'data-src': `${FIXTURES}frame.html` }),
      gated('img', { 'data-consent': 'marketing', 'data-src': `${FIXTURES}pixel.gif?gate-test` }),
    );
    start();
    await sleep(100);
    expect(window.__ran).to.deep.equal([]);
    expect(container.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
    expect(container.querySelector('img')!.hasAttribute('src')).to.equal(false);
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes('gate-test'))).to.equal(false);
    expect(document.cookie).to.equal('');
  });

  it('runs nothing while refused', async () => {
    container.append(inline('a'), inline('m', 'marketing'));
    start();
    manager.rejectAll();
    manager.update({ marketing: false });
    await sleep(100);
    expect(window.__ran).to.deep.equal([]);
  });

  it('runs granted scripts exactly once, in document order, even when an earlier external one is slow', async () => {
    container.append(
      gated('script', { type: 'text/plain', 'data-consent': 'analytics', src: external('slow', 200) }),
      inline('inline-after-slow'),
      gated('script', { type: 'text/plain', 'data-consent': 'analytics', src: external('fast') }),
      inline('last'),
      inline('marketing-only', 'marketing'),
    );
    start();
    manager.update({ analytics: true });
    // Rescans while the slow script is still loading must not queue anything a second time.
    container.append(document.createElement('span'));
    manager.update({ analytics: true });
    await waitUntil(() => window.__ran!.length >= 4, 'the four analytics scripts should run');
    await sleep(100);
    expect(window.__ran).to.deep.equal(['slow', 'inline-after-slow', 'fast', 'last']);
    // And the queue is not left waiting on a duplicate: a script added now still runs.
    container.append(inline('added-later'));
    await waitUntil(() => window.__ran!.length === 5, 'a script added later should still run');
    // A later decision, a re-grant and a rescan must not run anything twice.
    manager.update({ analytics: false });
    manager.update({ analytics: true });
    container.append(document.createElement('span'));
    await sleep(150);
    expect(window.__ran).to.deep.equal(['slow', 'inline-after-slow', 'fast', 'last', 'added-later']);
  });

  it('runs at start for a stored decision', async () => {
    const earlierPage = createConsentManager(CONFIG);
    earlierPage.acceptAll();
    earlierPage.destroy();
    container.append(inline('stored'));
    start();
    await waitUntil(() => window.__ran!.length === 1);
    expect(window.__ran).to.deep.equal(['stored']);
  });

  it('keeps attributes and the nonce, and turns data-type into type', async () => {
    const script = inline('with-attributes', 'analytics', { id: 'tracker', 'data-extra': 'kept', nonce: 'n0nce' });
    container.append(
      script,
      gated('script', { type: 'text/plain', 'data-consent': 'analytics', 'data-type': 'module', src: `${FIXTURES}record-module.js?name=m`, crossorigin: 'anonymous' }),
    );
    start();
    manager.acceptAll();
    await waitUntil(() => window.__ran!.length === 2);
    const live = container.querySelector<HTMLScriptElement>('#tracker')!;
    expect(live).to.not.equal(script);
    expect(live.type).to.equal('');
    expect(live.nonce).to.equal('n0nce');
    expect(live.dataset.extra).to.equal('kept');
    const module = container.querySelector<HTMLScriptElement>('script[src*="record-module"]')!;
    expect(module.type).to.equal('module');
    expect(module.crossOrigin).to.equal('anonymous');
    expect(window.__ran).to.include('module:m');
  });

  it('handles gated elements added after the decision', async () => {
    start();
    manager.acceptAll();
    container.append(inline('late'));
    const frame = gated('iframe', { 'data-consent': 'marketing', 'data-src': `${FIXTURES}frame.html` });
    container.append(frame);
    await waitUntil(() => window.__ran!.length === 1 && frame.hasAttribute('src'));
    expect(window.__ran).to.deep.equal(['late']);
    expect(frame.getAttribute('src')).to.equal(`${FIXTURES}frame.html`);
    expect(frame.hasAttribute('data-src')).to.equal(false);
  });

  it('releases iframes and images when their category is granted', async () => {
    const img = gated('img', { 'data-consent': 'marketing', 'data-src': `${FIXTURES}pixel.gif`, alt: '' }) as HTMLImageElement;
    container.append(img);
    start();
    manager.update({ marketing: true });
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the image should load');
  });

  it('with data-service, waits for that service, not just the category', async () => {
    container.append(inline('matomo', 'analytics', { 'data-service': 'matomo' }), inline('hotjar', 'analytics', { 'data-service': 'hotjar' }));
    start();
    manager.update({ analytics: { matomo: true } });
    await waitUntil(() => window.__ran!.length === 1);
    await sleep(50);
    expect(window.__ran).to.deep.equal(['matomo']);
  });

  it('releases nothing of a category the record grants while refusing every one of its services', async () => {
    // Not a record the library writes; a tampered or foreign one can say so, and must not release the category.
    writeRawCookie('aquao_consent', JSON.stringify(validRecord({
      cats: { necessary: true, analytics: true, marketing: false },
      svcs: { necessary: {}, analytics: { matomo: false, hotjar: false }, marketing: {} },
    })));
    container.append(inline('category-only'), inline('matomo', 'analytics', { 'data-service': 'matomo' }));
    start();
    expect(manager.hasDecision()).to.equal(true);
    expect(manager.isGranted('analytics')).to.equal(false);
    await sleep(100);
    expect(window.__ran).to.deep.equal([]);
  });

  it('stops watching when stopped', async () => {
    start();
    stop();
    manager.acceptAll();
    container.append(inline('after-stop'));
    await sleep(50);
    expect(window.__ran).to.deep.equal([]);
  });
});

describe('gating under a strict CSP (no unsafe-inline, no eval)', () => {
  afterEach(() => wipeCookies());

  it('runs a gated inline script that carries the page nonce, and external ones; the rest stays blocked', async () => {
    const { frame, tab } = await openTab('csp');
    tab.manager.acceptAll();
    await waitUntil(() => tab.__ran.includes('external'), 'the external gated script should run');
    await sleep(50);
    expect(tab.__ran).to.deep.equal(['with-nonce', 'external']);
    // The script without a nonce is refused by the browser, as it would be without the library.
    expect(tab.__violations).to.deep.equal(['script-src-elem']);
    tab.manager.destroy();
    frame.remove();
  });
});
