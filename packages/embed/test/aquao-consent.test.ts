import { expect, waitUntil } from '@open-wc/testing';
import { wipeCookies } from '../../core/test/helpers.js';
import { bannerStyles } from '../../banner/src/consent-banner/consent-banner.styles.js';

import { hashConfig } from '@aquao/consent-core/proof';
import { CONFIG_ELEMENT_ID, withDefaults } from '../src/embed-config.js';
import { bannerPart, click, closeFrames, open, requested } from './helpers.js';

describe('the embed bundle (aquao-consent.js) on a page with a strict CSP', () => {
  afterEach(() => {
    closeFrames();
    wipeCookies();
  });

  it('first visit: shows the banner, runs nothing gated, fetches no gated frame, writes no cookie', async () => {
    const { page } = await open('page.html');
    await waitUntil(() => bannerPart(page, 'accept-button'), 'the banner should show');
    expect(page.__ran ?? []).to.deep.equal([]);
    expect(page.document.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
    expect(page.document.cookie).to.equal('');
    expect(typeof page.aquaoConsent!.showPreferences).to.equal('function');
    expect(page.aquaoConsent!.hasDecision()).to.equal(false);
    // The minified CSS keeps the sources' values (the CSS minifier rounds numbers of over six digits inside var()).
    const zIndex = bannerStyles.cssText.match(/z-index: var\(--aquao-consent-z-index, (\d+)\)/)![1];
    expect(page.getComputedStyle(bannerPart(page, 'banner')!).zIndex).to.equal(zIndex);
  });

  it('«Tout accepter»: gated scripts run once, the frame loads, the event fires; a reload shows no banner', async () => {
    const first = await open('page.html');
    await waitUntil(() => bannerPart(first.page, 'accept-button'));
    await click(first.frame, bannerPart(first.page, 'accept-button')!);
    await waitUntil(() => first.page.__ran?.length === 2, 'both gated scripts should run');
    expect(first.page.__ran).to.deep.equal(['analytics', 'marketing']);
    expect(first.page.document.querySelector('iframe')!.getAttribute('src')).to.equal('./embed-frame.html');
    // The state's fields stay where they were; `change` says what changed.
    expect(first.page.__events.map((e) => e.categories)).to.deep.equal([{ necessary: true, analytics: true, marketing: true }]);
    expect(first.page.__events[0]!.method).to.equal('accept-all');
    expect(first.page.__events[0]!.change).to.deep.equal({
      source: 'decision',
      granted: ['analytics', 'marketing', 'marketing/video'],
      revoked: [],
      clearedCookies: [],
      clearedStorage: [],
    });
    expect(first.page.__ready).to.have.length(1);
    expect(first.page.__ready[0], 'ready carries window.aquaoConsent').to.equal(first.page.aquaoConsent);
    expect(first.page.__heardOnWindow).to.deep.equal([
      ['aquao-consent-ready', true, true, false],
      ['aquao-consent-change', true, true, false],
    ]);

    const again = await open('page.html');
    await waitUntil(() => again.page.__ran?.length === 2, 'a stored decision releases at start');
    expect(bannerPart(again.page, 'banner')).to.equal(null);
    // The loader's floating button, there to reopen the preferences (floating-button.test.ts says when it shows).
    expect(again.page.document.querySelector('aquao-consent-button')).to.not.equal(null);
  });

  it('a returning visit downloads the loader alone (no UI chunk, no Lit) and runs the gated scripts exactly once', async () => {
    const first = await open('page.html');
    await waitUntil(() => bannerPart(first.page, 'accept-button'));
    expect(requested(first.page), 'a first visit fetches the UI').to.include('/packages/embed/dist/aquao-consent-ui.js');
    await click(first.frame, bannerPart(first.page, 'accept-button')!);
    await waitUntil(() => first.page.__ran?.length === 2);
    first.frame.hidden = true;

    const again = await open('page.html');
    await waitUntil(() => again.page.__ran?.length === 2, 'the stored decision releases the gated scripts');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(again.page.__ran, 'each once').to.deep.equal(['analytics', 'marketing']);
    const ours = requested(again.page).filter((path) => path.startsWith('/packages/embed/dist/'));
    expect(ours).to.deep.equal(['/packages/embed/dist/aquao-consent.js']);
    expect(again.page.customElements.get('aquao-consent-banner'), 'no component defined').to.equal(undefined);
    expect(again.page.document.querySelector('aquao-consent-banner')).to.equal(null);
    expect(again.page.__ready, 'the global is there at once').to.have.length(1);
  });

  it('«Gérer mes cookies» on a returning visit loads the UI and opens the preferences with the current choices', async () => {
    const first = await open('page.html');
    await waitUntil(() => first.page.aquaoConsent);
    first.page.aquaoConsent!.update({ analytics: true, marketing: { video: true } });
    first.frame.hidden = true;

    const { page, frame } = await open('page.html');
    await waitUntil(() => page.__ran?.length === 2);
    expect(requested(page)).to.not.include('/packages/embed/dist/aquao-consent-ui.js');
    await click(frame, page.document.querySelector('[data-consent-open]')!);
    const panel = page.document.querySelector('aquao-consent-preferences')!;
    await waitUntil(() => panel?.shadowRoot?.querySelector('dialog')?.open, 'the preferences should open');
    expect((panel.shadowRoot!.getElementById('analytics-') as HTMLInputElement).checked).to.equal(true);
    expect((panel.shadowRoot!.getElementById('marketing-video') as HTMLInputElement).checked).to.equal(true);
    // The banner stays closed: there is a decision.
    await page.document.querySelector('aquao-consent-banner')!.updateComplete;
    expect(bannerPart(page, 'banner')).to.equal(null);
    // Closing gives the focus back to the link.
    panel.shadowRoot!.querySelector('dialog')!.close();
    await waitUntil(() => page.document.activeElement === page.document.querySelector('[data-consent-open]'));
  });

  for (const held of ['src', 'srcdoc']) {
    it(`a returning visit that refused an embed (data-${held}) loads the UI for its placeholder`, async () => {
      const first = await open(`page.html?${held}`);
      await waitUntil(() => first.page.aquaoConsent);
      first.page.aquaoConsent!.update({ analytics: true });
      first.frame.hidden = true;

      const { page } = await open(`page.html?${held}`);
      await waitUntil(() => page.document.querySelector('aquao-consent-placeholder'), 'a placeholder should stand in for the embed');
      expect(requested(page)).to.include('/packages/embed/dist/aquao-consent-ui.js');
      expect(page.document.querySelector('iframe')!.hasAttribute(held === 'src' ? 'data-src' : 'data-srcdoc')).to.equal(true);
      expect(page.__ran).to.deep.equal(['analytics']);
    });
  }

  it('window.aquaoConsent.onConsent runs once when granted, and at once for a returning visitor', async () => {
    const first = await open('page.html');
    await waitUntil(() => first.page.aquaoConsent);
    const calls: string[] = [];
    first.page.aquaoConsent!.onConsent('analytics', () => calls.push('first visit'));
    expect(calls, 'nothing before a decision').to.deep.equal([]);
    await click(first.frame, bannerPart(first.page, 'accept-button')!);
    first.page.aquaoConsent!.update({ analytics: false });
    first.page.aquaoConsent!.update({ analytics: true });
    expect(calls, 'once, not again after a withdrawal and a new grant').to.deep.equal(['first visit']);

    const again = await open('page.html');
    await waitUntil(() => again.page.aquaoConsent);
    again.page.aquaoConsent!.onConsent('analytics', () => calls.push('returning visitor'));
    expect(calls).to.deep.equal(['first visit', 'returning visitor']);
  });

  it('«Tout refuser»: nothing runs, and a reload shows no banner', async () => {
    const first = await open('page.html');
    await waitUntil(() => bannerPart(first.page, 'reject-button'));
    await click(first.frame, bannerPart(first.page, 'reject-button')!);
    await waitUntil(() => first.page.aquaoConsent!.hasDecision());
    const again = await open('page.html');
    await waitUntil(() => again.page.aquaoConsent);
    await again.page.document.querySelector('aquao-consent-banner')!.updateComplete;
    expect(bannerPart(again.page, 'banner')).to.equal(null);
    expect(again.page.__ran ?? []).to.deep.equal([]);
  });

  it('the «Gérer mes cookies» link opens the panel with the current state; withdrawing clears _ga and _ga_*', async () => {
    const { page, frame } = await open('page.html');
    await waitUntil(() => page.aquaoConsent);
    page.aquaoConsent!.acceptAll();
    await waitUntil(() => page.document.cookie.includes('_ga_TEST42'));
    await click(frame, page.document.querySelector('[data-consent-open]')!);
    const panel = page.document.querySelector('aquao-consent-preferences')!;
    await panel.updateComplete;
    const dialog = panel.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    const analytics = panel.shadowRoot!.getElementById('analytics-') as HTMLInputElement;
    expect(analytics.checked).to.equal(true);
    // The production bundle renders services with who runs them and why.
    expect((panel.shadowRoot!.getElementById('marketing-video') as HTMLInputElement).checked).to.equal(true);
    expect(panel.shadowRoot!.getElementById('marketing-video-description')!.textContent).to.equal('Hébergeur — Lecteur vidéo');
    await click(frame, analytics);
    await click(frame, panel.shadowRoot!.querySelector('[part="save-button"]')!);
    expect(page.aquaoConsent!.isGranted('analytics')).to.equal(false);
    expect(page.document.cookie).to.not.match(/_ga/);
    expect(page.document.cookie).to.contain('aquao_consent=');
    const { change, categories } = page.__events.at(-1)!;
    expect(categories.analytics).to.equal(false);
    expect(change.revoked).to.deep.equal(['analytics']);
    expect([...change.clearedCookies].sort()).to.deep.equal(['_ga', '_ga_TEST42']);
  });

  it('as a blocking script in <head>: mounts once the body exists, gates what the parser adds later', async () => {
    const first = await open('sync-head.html');
    await waitUntil(() => bannerPart(first.page, 'accept-button'), 'the banner should mount');
    expect(bannerPart(first.page, 'accept-button')!.textContent).to.equal('Accept all');
    expect(first.page.__ran ?? []).to.deep.equal([]);
    await click(first.frame, bannerPart(first.page, 'accept-button')!);
    await waitUntil(() => first.page.__ran?.includes('analytics'));
    // Next page: the decision is read before the body is parsed; the gated script arrives later and still runs.
    const again = await open('sync-head.html');
    await waitUntil(() => again.page.__ran?.includes('analytics'), 'a script parsed after the bundle ran is released');
  });

  for (const twice of [false, true]) {
    it(`an element with id="aquaoConsent"${twice ? ' (twice: a collection)' : ''} does not stop the embed`, async () => {
      const { page } = await open(`page.html?config=id-clash${twice ? '&twice' : ''}`);
      await waitUntil(() => bannerPart(page, 'accept-button'), 'the banner should show');
      expect(typeof page.aquaoConsent!.showPreferences).to.equal('function');
      expect(page.document.querySelectorAll('#aquaoConsent')).to.have.length(twice ? 2 : 1);
    });
  }

  it('the script included twice, on a first visit: one banner, one manager, each gated script run once', async () => {
    // The second copy starts while the first still waits for its UI chunk, before window.aquaoConsent exists.
    const { page, frame } = await open('page.html?second-copy');
    expect(page.document.querySelectorAll('script[src$="/aquao-consent.js"]')).to.have.length(2);
    await waitUntil(() => bannerPart(page, 'accept-button'), 'the banner should show');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(page.document.querySelectorAll('aquao-consent-banner')).to.have.length(1);
    expect(page.document.querySelectorAll('aquao-consent-preferences')).to.have.length(1);
    await click(frame, bannerPart(page, 'accept-button')!);
    await waitUntil(() => page.__ran?.length === 2, 'both gated scripts should run');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.__ran, 'each once').to.deep.equal(['analytics', 'marketing']);
    expect(page.__ready).to.have.length(1);
    expect(page.__events).to.have.length(1);
  });

  it('a proof record names the language the banner showed, not the page\'s', async () => {
    const bucket = `embed-${Date.now()}`;
    const { page, frame } = await open(`page.html?config=log-de&bucket=${bucket}`);
    await waitUntil(() => bannerPart(page, 'accept-button'));
    // German is not shipped: the banner is in French.
    expect(bannerPart(page, 'accept-button')!.textContent).to.equal('Tout accepter');
    await click(frame, bannerPart(page, 'accept-button')!);
    let records: Array<{ body: { language: string; url: string; configHash: string } }> = [];
    await waitUntil(async () => (records = await (await fetch(`/__proof/${bucket}`)).json()).length === 1, 'one record');
    expect(records[0]!.body.language).to.equal('fr');
    expect(records[0]!.body.url).to.equal(location.origin);
    // configHash is the notice as published, texts and links included (what `aquao-consent check` prints for the
    // file), not the core's normalized purposes only.
    const published = JSON.parse(page.document.getElementById(CONFIG_ELEMENT_ID)!.textContent!);
    expect(records[0]!.body.configHash).to.equal(await hashConfig(withDefaults(published)));
    expect(records[0]!.body.configHash).to.not.equal(await hashConfig(page.aquaoConsent!.config));
  });

  it('a decision made through the API on a returning visit is logged: the log chunk comes, alone', async () => {
    const bucket = `embed-api-${Date.now()}`;
    const url = `page.html?config=log-de&bucket=${bucket}`;
    const records = async () => (await (await fetch(`/__proof/${bucket}`)).json()) as Array<{ body: { method: string; categories: Record<string, boolean> } }>;
    const first = await open(url);
    await waitUntil(() => bannerPart(first.page, 'accept-button'));
    await click(first.frame, bannerPart(first.page, 'accept-button')!);
    await waitUntil(async () => (await records()).length === 1, 'the first decision is logged');
    first.frame.hidden = true;

    const { page } = await open(url);
    await waitUntil(() => page.__ran?.length === 2);
    expect(requested(page), 'nothing to send yet').to.not.include('/packages/embed/dist/aquao-consent-log.js');
    page.aquaoConsent!.update({ analytics: false });
    await waitUntil(async () => (await records()).length === 2, 'the withdrawal is logged');
    const [, withdrawal] = await records();
    expect(withdrawal!.body.method).to.equal('custom');
    expect(withdrawal!.body.categories.analytics).to.equal(false);
    expect(requested(page)).to.include('/packages/embed/dist/aquao-consent-log.js');
    expect(requested(page)).to.not.include('/packages/embed/dist/aquao-consent-ui.js');
  });

  it('aquao-consent.dev.js names the wrong key and says how to fix it', async () => {
    const { page } = await open('dev-bundle.html');
    expect(page.aquaoConsent).to.equal(undefined);
    expect(page.__errors).to.have.length(1);
    expect(page.__errors[0]).to.equal('aquao-consent: config.categorie: unknown key; did you mean "categories"? (and 1 more: categories)');
  });

  it('without a config element, uses aquao.fr defaults', async () => {
    const { page } = await open('page.html?config=none');
    await waitUntil(() => bannerPart(page, 'banner'));
    expect(page.aquaoConsent!.config.categories.map((c) => c.id)).to.deep.equal(['necessary', 'analytics', 'marketing']);
    const links = Array.from(bannerPart(page, 'banner')!.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['/politique-de-confidentialite', '/politique-de-cookies']);
  });

  it('a config with an unsafe link fails closed: an error naming the key, no banner, nothing released', async () => {
    const { page } = await open('page.html?config=unsafe-link');
    // The bundle is deferred: by `load` it has run.
    expect(page.aquaoConsent).to.equal(undefined);
    expect(page.__errors).to.have.length(1);
    // The production bundle names the key; the development one (tested in embed-config.test.ts) also says the fix.
    expect(page.__errors[0]).to.equal('aquao-consent: config.privacyPolicyUrl: invalid');
    expect(page.document.querySelector('aquao-consent-banner')).to.equal(null);
    expect(page.__ran ?? []).to.deep.equal([]);
  });
});
