import { expect, waitUntil } from '@open-wc/testing';
import { createConsentManager, type ConsentManager } from '@aquao/consent-core';
import { startGating, type GateOptions } from '@aquao/consent-core/gate';
import { openPage, openTab, sleep, validRecord, wipeCookies, writeRawCookie } from './helpers.js';

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
  const start = (options: GateOptions = {}) => {
    manager = createConsentManager(CONFIG);
    stop = startGating(manager, { root: container, ...options });
  };
  const externalGated = (name: string, extra: Record<string, string> = {}, delay = 0) =>
    gated('script', { type: 'text/plain', 'data-consent': 'analytics', src: external(name, delay), ...extra });

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

  describe('no element holds back the gated scripts after it', () => {
    it('a nomodule script (never fetched where modules run)', async () => {
      container.append(externalGated('nomodule', { nomodule: '' }), inline('after-nomodule'));
      start();
      manager.acceptAll();
      await waitUntil(() => window.__ran!.includes('after-nomodule'), 'the script after it should run');
      expect(window.__ran).to.deep.equal(['after-nomodule']);
    });

    it('a data block with a src (a type the browser does not run, so never fetches)', async () => {
      container.append(externalGated('data-block', { 'data-type': 'application/ld+json' }), inline('after-data-block'));
      start();
      manager.acceptAll();
      await waitUntil(() => window.__ran!.includes('after-data-block'), 'the script after it should run');
      expect(window.__ran).to.deep.equal(['after-data-block']);
    });

    it('a queued script the page removed (a single-page app changing view): it does not run either', async () => {
      const removed = externalGated('removed');
      container.append(externalGated('slow', {}, 300), removed, inline('after-removed'));
      start();
      manager.acceptAll();
      // While the slow one loads, the app drops the next one from the page.
      removed.remove();
      await waitUntil(() => window.__ran!.includes('after-removed'), 'the script after it should run');
      await sleep(100);
      expect(window.__ran).to.deep.equal(['slow', 'after-removed']);
    });

    it('a script that does not answer: the next ones stop waiting after scriptTimeout; it still runs when it arrives', async () => {
      container.append(externalGated('late', {}, 2000), inline('after-late'));
      start({ scriptTimeout: 200 });
      manager.acceptAll();
      await waitUntil(() => window.__ran!.includes('after-late'), 'the script after it should run', { timeout: 1500 });
      expect(window.__ran).to.deep.equal(['after-late']);
      await waitUntil(() => window.__ran!.includes('late'), 'the late script still runs', { timeout: 4000 });
    });
  });

  it('gates srcset images, <picture> sources and srcdoc frames: nothing fetched or shown before, all after', async () => {
    const img = gated('img', { 'data-consent': 'marketing', 'data-srcset': `${FIXTURES}pixel.gif?srcset-test 1x`, alt: '' }) as HTMLImageElement;
    const picture = document.createElement('picture');
    const fallback = gated('img', { 'data-consent': 'marketing', 'data-src': `${FIXTURES}pixel.gif?picture-fallback`, alt: '' }) as HTMLImageElement;
    picture.append(gated('source', { 'data-consent': 'marketing', 'data-srcset': `${FIXTURES}pixel.gif?picture-test` }), fallback);
    const frame = gated('iframe', { 'data-consent': 'marketing', 'data-srcdoc': '<p>gated srcdoc</p>' }) as HTMLIFrameElement;
    container.append(img, picture, frame);
    start();
    await sleep(100);
    expect(performance.getEntriesByType('resource').filter((e) => /srcset-test|picture-/.test(e.name))).to.deep.equal([]);
    expect([img.currentSrc, fallback.currentSrc, frame.srcdoc]).to.deep.equal(['', '', '']);
    manager.update({ marketing: true });
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the srcset image should load');
    await waitUntil(() => fallback.complete && fallback.currentSrc.includes('picture-test'), 'the picture should use its source');
    await waitUntil(() => frame.contentDocument?.body?.textContent === 'gated srcdoc', 'the frame should show its srcdoc');
  });

  it('warns once, in development builds, about an element whose category or service the config does not declare', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: unknown) => warnings.push(String(message));
    try {
      container.append(
        gated('iframe', { 'data-consent': 'videos', 'data-src': `${FIXTURES}frame.html` }),
        gated('iframe', { 'data-consent': 'videos', 'data-src': `${FIXTURES}frame.html` }),
        inline('piwik', 'analytics', { 'data-service': 'piwik' }),
        inline('declared'),
      );
      start();
      manager.acceptAll();
      container.append(document.createElement('span'));
      await waitUntil(() => window.__ran!.includes('declared'));
      await sleep(50);
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.match(/^aquao-consent \[undeclared-category\]: <iframe data-consent="videos"> waits for a category the config does not declare/);
      expect(warnings[1]).to.match(/^aquao-consent \[undeclared-service\]: <script data-consent="analytics" data-service="piwik">/);
      expect(window.__ran).to.deep.equal(['declared']);
    } finally {
      console.warn = original;
    }
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

describe('gating under Trusted Types (require-trusted-types-for \'script\')', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    wipeCookies();
  });

  /** Opens a Trusted Types fixture page, gates it and grants everything. */
  const grantedPage = async (path: string) => {
    const opened = await openPage(path);
    frame = opened.frame;
    const manager = opened.page.core.createConsentManager({ categories: { analytics: {} } });
    opened.page.core.startGating(manager);
    manager.acceptAll();
    return { page: opened.page, manager };
  };

  it('releases scripts and srcdoc frames through the aquao-consent policy the CSP allows', async () => {
    const { page, manager } = await grantedPage('trusted-types.html');
    await waitUntil(() => page.__ran!.length === 2, 'both gated scripts should run');
    expect(page.__ran).to.deep.equal(['tt-external', 'tt-inline']);
    const srcdoc = page.document.querySelector('iframe')!;
    await waitUntil(() => srcdoc.contentDocument?.body?.textContent === 'gated srcdoc', 'the srcdoc frame should show');
    expect(page.__errors).to.deep.equal([]);
    manager.destroy();
  });

  it('where the policy is not allowed, one clear console error, and the queue goes on past the refused element', async () => {
    const { page, manager } = await grantedPage('trusted-types-default.html');
    // The page's default policy refuses the first script's URL and lets the rest through.
    await waitUntil(() => page.__ran!.includes('after-refused'), 'the script after the refused one should run');
    await waitUntil(() => page.document.querySelector('img')!.complete);
    expect(page.__ran).to.deep.equal(['after-refused']);
    expect(page.__errors).to.have.length(1);
    expect(page.__errors[0]).to.match(/^aquao-consent: gated content was refused; under Trusted Types allow the policy: trusted-types aquao-consent/);
    expect(page.document.querySelector('img')!.naturalWidth).to.be.greaterThan(0);
    manager.destroy();
  });
});
