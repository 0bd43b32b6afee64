// The production bundle on a page whose config marketing got wrong (config-cases.js): it fails closed (nothing gated
// runs, no cookie), shows no broken UI, and logs exactly one console.error naming the key path; the development
// bundle adds the fix. And what works: texts in three languages, literal `$` texts, a late config element.
import { expect, waitUntil } from '@open-wc/testing';
import { wipeCookies } from '../../core/test/helpers.js';
import { bannerPart, click, closeFrames, open, type Page } from './helpers.js';

/** What a visitor and a developer see: the console's errors, the banner, what ran, the cookie. */
function seen(page: Page) {
  return {
    errors: page.__errors,
    banner: page.document.querySelector('aquao-consent-banner'),
    global: page.aquaoConsent,
    ran: page.__ran ?? [],
    cookie: page.document.cookie,
    frameSrc: page.document.querySelector('iframe')!.getAttribute('src'),
  };
}

describe('a wrong config, production bundle: fails closed with one console.error naming the key', () => {
  afterEach(() => {
    closeFrames();
    wipeCookies();
  });

  const cases: Array<[string, string, string]> = [
    ['a typo below the top level ("cookie")', 'cookie-typo', 'aquao-consent: config.categories.analytics.cookie: unknown key'],
    ['an unknown top-level key', 'unknown-top-level', 'aquao-consent: config.bannerColor: unknown key'],
    ['"title": null', 'null-title', 'aquao-consent: config.categories.analytics.title: invalid'],
    ['"language": 5', 'numeric-language', 'aquao-consent: config.language: invalid'],
    ['a service "provider": null', 'null-provider', 'aquao-consent: config.categories.marketing.services[0].provider: invalid'],
    ['no categories', 'no-categories', 'aquao-consent: config.categories: invalid'],
    ['150 services', 'too-many-services', 'aquao-consent: config.categories: too many services for the consent cookie (about '],
  ];
  for (const [what, name, message] of cases) {
    it(what, async () => {
      const { page, frame } = await open(`config-case.html?case=${name}`);
      const s = seen(page);
      expect(s.errors).to.have.length(1);
      expect(s.errors[0]!.startsWith(message), s.errors[0]).to.equal(true);
      expect(s.banner, 'no banner, so no broken one').to.equal(null);
      expect(s.global).to.equal(undefined);
      expect(s.ran).to.deep.equal([]);
      expect(s.frameSrc).to.equal(null);
      // The «Gérer mes cookies» link does nothing harmful: no error, nothing opens, nothing is written.
      await click(frame, page.document.querySelector('[data-consent-open]')!);
      expect(page.__errors).to.have.length(1);
      expect(page.document.querySelector('aquao-consent-preferences')).to.equal(null);
      expect(page.document.cookie).to.equal('');
    });
  }

  it('a duplicated "analytics" block: production cannot see it (JSON keeps the last), the page works with it', async () => {
    const { page } = await open('config-case.html?case=duplicate-key');
    await waitUntil(() => bannerPart(page, 'banner'));
    expect(page.__errors).to.deep.equal([]);
    expect(page.aquaoConsent!.config.categories.find((c) => c.id === 'analytics')!.cookies).to.deep.equal([]);
  });

  it('update() with an unknown id throws a TypeError naming it, stores nothing, and the banner stays', async () => {
    const { page } = await open('config-case.html?case=valid');
    await waitUntil(() => bannerPart(page, 'banner'));
    let thrown: Error | undefined;
    try {
      page.aquaoConsent!.update({ analitycs: true });
    } catch (error) {
      thrown = error as Error;
    }
    expect(thrown?.name).to.equal('TypeError');
    expect(thrown?.message).to.equal('aquao-consent: update() got "analitycs", which the config does not declare');
    expect(page.aquaoConsent!.hasDecision()).to.equal(false);
    expect(page.document.cookie).to.equal('');
    await page.document.querySelector('aquao-consent-banner')!.updateComplete;
    expect(bannerPart(page, 'banner')).to.not.equal(null);
  });
});

describe('a wrong config, development bundle: the same, plus the fix', () => {
  afterEach(() => {
    closeFrames();
    wipeCookies();
  });

  const cases: Array<[string, string]> = [
    ['cookie-typo', 'aquao-consent: config.categories.analytics.cookie: unknown key; did you mean "cookies"?'],
    ['unknown-top-level', 'aquao-consent: config.bannerColor: unknown key; known: $schema, categories, revision, maxAgeDays, cookie, '],
    ['null-title', 'aquao-consent: config.categories.analytics.title: must be a text, or an object { … }, not null'],
    ['numeric-language', 'aquao-consent: config.language: must be a text, not 5'],
    ['null-provider', 'aquao-consent: config.categories.marketing.services[0].provider: must be a text, or an object { … }, not null'],
    ['no-categories', 'aquao-consent: config.categories: is missing, and required'],
    ['too-many-services', 'aquao-consent: config.categories: 150 services are too many for the consent cookie ('],
    ['duplicate-key', 'aquao-consent: config.categories.analytics: duplicate key: the one on line 1 is ignored, this one replaces it; keep one'],
  ];
  for (const [name, message] of cases) {
    it(name, async () => {
      const { page } = await open(`config-case.dev.html?case=${name}`);
      expect(page.__errors).to.have.length(1);
      expect(page.__errors[0]!.startsWith(message), page.__errors[0]).to.equal(true);
      expect(page.document.querySelector('aquao-consent-banner')).to.equal(null);
      expect(page.__ran ?? []).to.deep.equal([]);
      expect(page.document.cookie).to.equal('');
    });
  }
});

describe('what the config can change, production bundle', () => {
  afterEach(() => {
    closeFrames();
    wipeCookies();
  });

  /** The banner's and the preferences' visible texts. */
  async function texts(page: Page) {
    await waitUntil(() => bannerPart(page, 'accept-button'), 'the banner should show');
    const text = (part: string) => bannerPart(page, part)!.textContent!.replace(/\s+/g, ' ').trim();
    await page.aquaoConsent!.showPreferences();
    const panel = page.document.querySelector('aquao-consent-preferences')!.shadowRoot!;
    return {
      lang: bannerPart(page, 'banner')!.getAttribute('lang'),
      title: text('title'),
      description: text('description'),
      buttons: ['accept-button', 'reject-button', 'customize-button'].map(text),
      preferencesTitle: panel.querySelector('[part="title"]')!.textContent,
      analytics: panel.querySelector('label[for="analytics-"]')!.textContent,
    };
  }

  it('texts overridden in French, the rest built in', async () => {
    const { page } = await open('config-case.html?case=texts-fr');
    const t = await texts(page);
    expect(t.lang).to.equal('fr');
    expect(t.title).to.equal('Vos cookies, vos choix');
    expect(t.buttons).to.deep.equal(['J’accepte tout', 'Tout refuser', 'Personnaliser']);
    expect(t.description).to.contain('utilisent des cookies pour : Statistiques, Publicité et contenus tiers.');
    expect(t.preferencesTitle).to.equal('Réglages');
    expect(t.analytics).to.equal('Statistiques');
    expect(page.__warnings).to.deep.equal([]);
  });

  it('texts overridden in English', async () => {
    const { page } = await open('config-case.html?case=texts-en');
    const t = await texts(page);
    expect(t.lang).to.equal('en');
    expect(t.title).to.equal('Cookies on this site');
    expect(t.buttons).to.deep.equal(['Accept all', 'No thanks', 'Customise']);
    expect(t.preferencesTitle).to.equal('Settings');
    expect(t.analytics).to.equal('Analytics');
  });

  it('a third language supplied by the config, English for what it leaves out', async () => {
    const { page } = await open('config-case.html?case=texts-de');
    const t = await texts(page);
    expect(t.lang).to.equal('de');
    expect(t.title).to.equal('Ihre Cookie-Auswahl');
    expect(t.description).to.equal('Mit Ihrer Zustimmung nutzen wir Cookies für: Statistik, Werbung.');
    expect(t.buttons).to.deep.equal(['Alle akzeptieren', 'Alle ablehnen', 'Anpassen']);
    expect(t.preferencesTitle).to.equal('Cookie settings');
    expect(t.analytics).to.equal('Statistik');
  });

  it('texts with $&, $`, $\' and $$ come out as written, as text', async () => {
    const { page } = await open('config-case.html?case=dollars');
    await waitUntil(() => bannerPart(page, 'description'));
    expect(bannerPart(page, 'description')!.textContent).to.equal(
      // French typography applies to French config texts (no-break space before «:», curly apostrophe).
      "Finalités $'\u00a0: Mesure $& d’audience $$, Publicité et contenus tiers. Fin $`.",
    );
  });
});

describe('a config element after the script: read once the document is parsed, gating waits for it', () => {
  afterEach(() => {
    closeFrames();
    wipeCookies();
  });

  for (const [what, fixture] of [
    ['blocking script in <head>', 'late-config.html'],
    ['async script that runs before the element is parsed', 'late-config-async.html'],
  ]) {
    it(what, async () => {
      const { page, frame } = await open(fixture!);
      await waitUntil(() => bannerPart(page, 'accept-button'), 'the banner should show');
      if (fixture === 'late-config-async.html') {
        const [bundle, slow] = ['aquao-consent.js', 'slow.js'].map(
          (name) => page.performance.getEntriesByType('resource').find((e) => e.name.includes(name)) as PerformanceResourceTiming,
        );
        expect(bundle!.responseEnd, 'the bundle arrived while the parser waited').to.be.below(slow!.responseEnd);
      }
      expect(page.__errors).to.deep.equal([]);
      expect(page.aquaoConsent!.config.categories.map((c) => c.id)).to.deep.equal(['necessary', 'statistics']);
      expect(bannerPart(page, 'accept-button')!.textContent).to.equal('Accept all');
      expect(page.__ran ?? []).to.deep.equal([]);
      await click(frame, bannerPart(page, 'accept-button')!);
      await waitUntil(() => page.__ran?.includes('analytics'), 'the gated script of the late config runs');
    });
  }
});
