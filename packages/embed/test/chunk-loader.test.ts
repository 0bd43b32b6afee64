// How aquao-consent.js loads its chunks (chunk-loader.ts), on the built files: from beside itself wherever it is
// served (a sub-folder, another origin), with the page's nonce, and only with the bytes of its own build.
import { expect, waitUntil } from '@open-wc/testing';
import { wipeCookies } from '../../core/test/helpers.js';
import { bannerPart, click, closeFrames, open, requested, type Page } from './helpers.js';

/** A first visit's decision, «Tout accepter», in a frame that then leaves the screen to the next one. */
async function acceptAll(url: string) {
  const first = await open(url);
  await waitUntil(() => bannerPart(first.page, 'accept-button'), 'the banner should show');
  await click(first.frame, bannerPart(first.page, 'accept-button')!);
  await waitUntil(() => first.page.__ran?.includes('analytics'), 'the decision should apply');
  first.frame.hidden = true;
}

/** What a page did not want: errors thrown into it (window `error` and `unhandledrejection`, see page-setup.js). */
const thrown = (page: Page) => page.__thrown;

describe('the chunk loader (aquao-consent.js loading aquao-consent-ui.js)', () => {
  afterEach(() => {
    closeFrames();
    wipeCookies();
  });

  it('loads the UI from beside a loader in a sub-folder, and from another origin (a CDN), with integrity and the nonce', async () => {
    // Another origin: the same server under another name; only the nonce lets its scripts run (?csp=nonce).
    const cdn = `http://127.0.0.1:${location.port}/__cdn/v1/`;
    for (const folder of ['/__cdn/sub-folder/', cdn]) {
      const { page } = await open(`chunks.html?csp=nonce&loader=${encodeURIComponent(folder)}`);
      await waitUntil(() => bannerPart(page, 'accept-button'), `the banner should show with the loader in ${folder}`);
      const ui = page.document.querySelector<HTMLScriptElement>('script[src$="aquao-consent-ui.js"]')!;
      expect(ui.src).to.equal(new URL('aquao-consent-ui.js', new URL(folder, page.location.href)).href);
      expect(ui.integrity).to.match(/^sha256-[\w+/]{43}=$/);
      expect(ui.nonce).to.equal('t3st');
      // Across origins an integrity check needs CORS; on the page's own origin the request stays as it was.
      expect(ui.crossOrigin).to.equal(folder === cdn ? 'anonymous' : null);
      expect(thrown(page)).to.deep.equal([]);
    }
  });

  it('refuses a UI chunk with other bytes: nothing gated runs on a first visit, one console error, nothing thrown', async () => {
    const { page, frame } = await open(`chunks.html?loader=${encodeURIComponent('/__tampered/')}`);
    await waitUntil(() => page.__errors.length, 'the refusal should be reported');
    expect(page.__tampered, 'the altered chunk never ran').to.equal(undefined);
    expect(requested(page)).to.include('/__tampered/aquao-consent-ui.js');
    expect(page.__errors).to.have.length(1);
    expect(page.__errors[0]).to.match(/^aquao-consent: http:\/\/.+\/__tampered\/aquao-consent-ui\.js did not load \(missing, blocked, or not this build's: integrity\)$/);
    expect(page.document.querySelector('aquao-consent-banner')).to.equal(null);
    expect(page.aquaoConsent, 'no decision can be made on a config nobody checked').to.equal(undefined);
    // «Gérer mes cookies» still answers: with the error already given, and nothing thrown or written.
    await click(frame, page.document.querySelector('[data-consent-open]')!);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.__errors).to.have.length(1);
    expect(page.__ran ?? []).to.deep.equal([]);
    expect(page.document.cookie).to.equal('');
    expect(thrown(page)).to.deep.equal([]);
  });

  it('refuses it on a returning visit too: what was granted still runs, once; «Gérer mes cookies» says why it cannot open', async () => {
    await acceptAll('chunks.html');
    const { page, frame } = await open(`chunks.html?loader=${encodeURIComponent('/__tampered/')}`);
    await waitUntil(() => page.__ran?.length === 1, 'the granted script runs');
    expect(page.__errors).to.deep.equal([]);
    await click(frame, page.document.querySelector('[data-consent-open]')!);
    await waitUntil(() => page.__errors.length, 'the click should be answered');
    expect(page.__errors).to.have.length(1);
    expect(page.__errors[0]).to.contain('aquao-consent-ui.js did not load');
    expect(page.__tampered).to.equal(undefined);
    expect(page.document.querySelector('aquao-consent-preferences')).to.equal(null);
    expect(page.__ran).to.deep.equal(['analytics']);
    expect(page.aquaoConsent!.isGranted('analytics')).to.equal(true);
    expect(thrown(page)).to.deep.equal([]);
  });

  it('a UI chunk that failed to load once is fetched again when next needed: «Gérer mes cookies» opens on the second click', async () => {
    await acceptAll('chunks.html');
    const { page, frame } = await open(`chunks.html?loader=${encodeURIComponent(`/__flaky/returning-${Date.now()}/`)}`);
    await waitUntil(() => page.__ran?.length === 1, 'the granted script runs');
    const link = page.document.querySelector('[data-consent-open]')!;
    await click(frame, link);
    await waitUntil(() => page.__errors.length, 'the failure should be reported');
    expect(page.__errors[0]).to.contain('aquao-consent-ui.js did not load');
    await click(frame, link);
    await waitUntil(() => page.document.querySelector('aquao-consent-preferences')?.shadowRoot?.querySelector('dialog')?.open, 'the preferences should open');
    // The failed element is gone; the retry has a URL of its own, or the document's cache would answer the 503 again.
    const scripts = page.document.querySelectorAll<HTMLScriptElement>('script[src*="aquao-consent-ui.js"]');
    expect([...scripts].map((script) => new URL(script.src).search)).to.deep.equal(['?retry=1']);
    expect(page.__errors).to.have.length(1);
    expect(page.__ran).to.deep.equal(['analytics']);
    expect(thrown(page)).to.deep.equal([]);
  });

  it('on a first visit too: the banner and window.aquaoConsent come with the retry, once, and nothing runs before the decision', async () => {
    const { page, frame } = await open(`chunks.html?loader=${encodeURIComponent(`/__flaky/first-${Date.now()}/`)}`);
    await waitUntil(() => page.__errors.length, 'the failure should be reported');
    expect(page.aquaoConsent).to.equal(undefined);
    await click(frame, page.document.querySelector('[data-consent-open]')!);
    await waitUntil(() => bannerPart(page, 'accept-button'), 'the banner should show');
    expect(page.__ready).to.have.length(1);
    expect(page.aquaoConsent!.hasDecision()).to.equal(false);
    expect(page.__ran ?? []).to.deep.equal([]);
    await click(frame, bannerPart(page, 'accept-button')!);
    await waitUntil(() => page.__ran?.includes('analytics'), 'the gated script should run');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(page.__ran).to.deep.equal(['analytics']);
    expect(page.__ready).to.have.length(1);
    expect(thrown(page)).to.deep.equal([]);
  });

  it('a log chunk that failed to load once is fetched again at the next decision, which logs the one before it too', async () => {
    await acceptAll('chunks.html');
    const bucket = `flaky-log-${Date.now()}`;
    const { page } = await open(`chunks.html?config=log-de&bucket=${bucket}&loader=${encodeURIComponent(`/__flaky/${bucket}/`)}`);
    await waitUntil(() => page.__ran?.length === 1, 'the granted script runs');
    page.aquaoConsent!.update({ analytics: false });
    await waitUntil(() => page.__errors.length, 'the failure should be reported');
    expect(page.__errors[0]).to.contain('aquao-consent-log.js did not load');
    page.aquaoConsent!.update({ analytics: true });
    let records: Array<{ body: { categories: Record<string, boolean> } }> = [];
    await waitUntil(async () => (records = await (await fetch(`/__proof/${bucket}`)).json()).length === 2, 'both decisions are logged');
    expect(records.map((r) => r.body.categories.analytics)).to.deep.equal([false, true]);
    expect(thrown(page)).to.deep.equal([]);
  });

  it('a decision made in the banner is logged where the log chunk never loads, the page closing at once: the UI carries the log', async () => {
    const bucket = `nolog-${Date.now()}`;
    const { page, frame } = await open(`chunks.html?config=log-de&bucket=${bucket}&loader=${encodeURIComponent('/__nolog/')}`);
    await waitUntil(() => bannerPart(page, 'accept-button'));
    bannerPart(page, 'accept-button')!.click();
    const logChunk = requested(page).filter((path) => path.includes('aquao-consent-log'));
    // Gone in the same task: the record can only leave with the page (sendBeacon at pagehide).
    frame.remove();
    let records: Array<{ body: { method: string } }> = [];
    await waitUntil(async () => (records = await (await fetch(`/__proof/${bucket}`)).json()).length === 1, 'the record is beaconed');
    expect(records[0]!.body.method).to.equal('accept-all');
    expect(logChunk, 'a first visit needs no log chunk').to.deep.equal([]);
  });

  it('a returning visit reads a logEndpoint that is not a string as none: no log chunk, no request to "/true"', async () => {
    await acceptAll('chunks.html');
    const { page } = await open(`chunks.html?edit=${encodeURIComponent('{"logEndpoint":true}')}`);
    await waitUntil(() => page.__ran?.length === 1, 'the granted script runs');
    page.aquaoConsent!.update({ analytics: false });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requested(page).filter((path) => path.includes('aquao-consent-log') || path.endsWith('/true'))).to.deep.equal([]);
    expect(page.aquaoConsent!.isGranted('analytics')).to.equal(false);
    expect(thrown(page)).to.deep.equal([]);
  });

  it('a UI chunk refused for good (an ad blocker, other bytes) is not asked for again at each change of the page, only at a click', async () => {
    const first = await open('chunks.html');
    await waitUntil(() => first.page.aquaoConsent);
    first.page.aquaoConsent!.update({ analytics: true, marketing: false });
    first.frame.hidden = true;
    const { page, frame } = await open(`chunks.html?loader=${encodeURIComponent('/__tampered/')}`);
    await waitUntil(() => page.__ran?.length === 1, 'the granted script runs');
    const uiRequests = () => requested(page).filter((path) => path.endsWith('/aquao-consent-ui.js')).length;
    // An embed still waiting for consent needs the UI (its placeholder); then the page keeps changing.
    const embed = Object.assign(page.document.createElement('iframe'), { title: 'Vidéo' });
    embed.dataset.consent = 'marketing';
    embed.dataset.src = './embed-frame.html';
    page.document.body.append(embed);
    await waitUntil(() => uiRequests() === 1 && page.__errors.length === 1, 'the embed asks for the UI once');
    for (let i = 0; i < 5; i++) {
      page.document.body.append(page.document.createElement('p'));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(uiRequests(), 'not once per change').to.equal(1);
    // A visitor's click is worth another try.
    await click(frame, page.document.querySelector('[data-consent-open]')!);
    await waitUntil(() => uiRequests() === 2, 'a click tries again');
    expect(page.__errors).to.have.length(1);
    expect(thrown(page)).to.deep.equal([]);
  });

  it("the build's preload line is used: the UI chunk is downloaded once, early", async () => {
    const { page } = await open('chunks.html?preload');
    await waitUntil(() => bannerPart(page, 'accept-button'), 'the banner should show');
    const ui = requested(page).filter((path) => path.endsWith('/aquao-consent-ui.js'));
    // A preload whose integrity differed from the script's would not be used: two downloads.
    expect(ui).to.deep.equal(['/packages/embed/dist/aquao-consent-ui.js']);
    expect(page.document.querySelector('link[rel="preload"]')!.getAttribute('integrity')).to.equal(
      page.document.querySelector<HTMLScriptElement>('script[src$="aquao-consent-ui.js"]')!.integrity,
    );
  });

  for (const csp of ['nonce', 'self']) {
    it(`works under a header CSP ${csp === 'nonce' ? "that allows only the nonce (script-src 'nonce-…')" : "without a nonce (script-src 'self')"}: banner, decision, gating, no violation`, async () => {
      // closeFrames() checks that nothing tripped the CSP.
      const { page, frame } = await open(`chunks.html?csp=${csp}`);
      await waitUntil(() => bannerPart(page, 'accept-button'), 'the banner should show');
      expect(page.__ran ?? []).to.deep.equal([]);
      await click(frame, bannerPart(page, 'accept-button')!);
      await waitUntil(() => page.__ran?.includes('analytics'), 'the gated script should run');
      await click(frame, page.document.querySelector('[data-consent-open]')!);
      const panel = page.document.querySelector('aquao-consent-preferences')!;
      await waitUntil(() => panel.shadowRoot?.querySelector('dialog')?.open, 'the preferences should open');
      expect(page.__violations).to.deep.equal([]);
    });
  }
});
