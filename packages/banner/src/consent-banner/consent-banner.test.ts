import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ConsentManager } from '@aquao/consent-core';
import '@aquao/consent-banner';
import type { AquaoConsentBanner, AquaoConsentCustomizeEvent, AquaoConsentPreferences } from '@aquao/consent-banner';
import { wipeCookies } from '../../../core/test/helpers.js';
import { deepActiveElement, emulateMediaFeatures, mountBannerAndPanel, part, press, realClick } from '../../test/helpers.js';

describe('<aquao-consent-banner>', () => {
  let manager: ConsentManager;
  let banner: AquaoConsentBanner;
  let panel: AquaoConsentPreferences;

  const mount = async (...args: Parameters<typeof mountBannerAndPanel>) => ({ manager, banner, panel } = await mountBannerAndPanel(...args));
  const dialog = () => panel.shadowRoot!.querySelector('dialog')!;

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    manager?.destroy();
    document.documentElement.lang = '';
    wipeCookies();
  });

  describe('first visit', () => {
    beforeEach(() => mount());

    it('shows a labelled region with three buttons and the two policy links, in French', () => {
      const region = part(banner, 'banner');
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('lang')).to.equal('fr');
      const buttons = Array.from(region.querySelectorAll('[part="actions"] button')).map((b) => b.textContent!.trim());
      expect(buttons).to.deep.equal(['Tout accepter', 'Tout refuser', 'Personnaliser']);
      const links = Array.from(region.querySelectorAll('[part="links"] a')).map((a) => [a.textContent, a.getAttribute('href')]);
      expect(links).to.deep.equal([
        ['Politique de confidentialité', '/politique-de-confidentialite.html'],
        ['Politique de cookies', '/politique-de-cookies.html'],
      ]);
      expect(part(banner, 'description').textContent).to.contain('Mesure d’audience, Publicité et contenus tiers');
      expect(part(banner, 'description').textContent).to.contain('Refuser n’a aucune conséquence');
      expect(document.cookie).to.equal('');
    });

    it('gives accept, reject and customize the same look and size (same level, same format)', () => {
      const look = (name: string) => {
        const style = getComputedStyle(part(banner, name));
        const { height, width } = part(banner, name).getBoundingClientRect();
        return {
          height: Math.round(height),
          width: Math.round(width),
          ...Object.fromEntries(
            ['font-size', 'font-weight', 'font-family', 'color', 'background-color', 'border', 'padding', 'border-radius'].map((p) => [p, style.getPropertyValue(p)]),
          ),
        };
      };
      expect(look('reject-button')).to.deep.equal(look('accept-button'));
      expect(look('customize-button')).to.deep.equal(look('accept-button'));
      expect(look('accept-button').height).to.be.at.least(24);
    });

    it('is accessible (axe), in light and in dark (a page that declares "light dark", visited in dark)', async () => {
      await expect(banner).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      document.documentElement.style.colorScheme = 'light dark';
      try {
        expect(getComputedStyle(part(banner, 'banner')).backgroundColor, 'dark indeed').to.equal('rgb(28, 31, 36)');
        await expect(banner).to.be.accessible();
      } finally {
        document.documentElement.style.removeProperty('color-scheme');
      }
    });

    it('keeps every text readable with the WCAG 1.4.12 text spacing (nothing clipped)', async () => {
      // The spacing WCAG 1.4.12 says users may force; added to the component's own stylesheets.
      const spacing = new CSSStyleSheet();
      spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
      banner.shadowRoot!.adoptedStyleSheets = [...banner.shadowRoot!.adoptedStyleSheets, spacing];
      await new Promise((resolve) => requestAnimationFrame(resolve));
      for (const name of ['accept-button', 'reject-button', 'customize-button', 'title', 'description']) {
        const el = part(banner, name);
        expect(el.scrollWidth, `${name} overflows horizontally`).to.be.at.most(el.clientWidth + 1);
        expect(el.scrollHeight, `${name} overflows vertically`).to.be.at.most(el.clientHeight + 1);
      }
    });

    it('reserves its height as the page scroll padding, so it never hides the focused element', async () => {
      await waitUntil(() => document.documentElement.style.scrollPaddingBottom !== '');
      const height = part(banner, 'banner').getBoundingClientRect().height;
      expect(parseFloat(document.documentElement.style.scrollPaddingBottom)).to.be.closeTo(height, 1);
    });

    it('«Tout accepter» grants everything, stores it and closes', async () => {
      await realClick(part(banner, 'accept-button'));
      expect(manager.getState().categories).to.deep.equal({ necessary: true, analytics: true, marketing: true });
      expect(document.cookie).to.contain('aquao_consent=');
      await banner.updateComplete;
      expect(part(banner, 'banner')).to.equal(null);
      expect(document.documentElement.style.scrollPaddingBottom).to.equal('');
    });

    it('«Tout refuser» refuses everything, stores it and closes', async () => {
      await realClick(part(banner, 'reject-button'));
      expect(manager.hasDecision()).to.equal(true);
      expect(manager.getState().categories).to.deep.equal({ necessary: true, analytics: false, marketing: false });
      await banner.updateComplete;
      expect(part(banner, 'banner')).to.equal(null);
    });

    it('after a withdrawal, offers a reload (what already ran cannot be unloaded), and can be dismissed', async () => {
      await realClick(part(banner, 'accept-button'));
      await banner.updateComplete;
      expect(part(banner, 'reload-notice'), 'no notice after a grant').to.equal(null);
      manager.update({ analytics: false });
      await banner.updateComplete;
      const notice = part(banner, 'reload-notice');
      expect(notice.getAttribute('role')).to.equal('status');
      expect(notice.textContent).to.contain('rechargement de la page');
      expect(part(banner, 'reload-button').textContent).to.equal('Recharger la page');
      await expect(banner).to.be.accessible();
      await realClick(part(banner, 'dismiss-button'));
      await banner.updateComplete;
      expect(part(banner, 'reload-notice')).to.equal(null);
    });
  });

  it('«Personnaliser» announces aquao-consent-customize to the document; cancelling it keeps the panel closed', async () => {
    await mount();
    const heard: AquaoConsentCustomizeEvent[] = [];
    const listener = (event: AquaoConsentCustomizeEvent) => {
      heard.push(event);
      event.preventDefault();
    };
    document.addEventListener('aquao-consent-customize', listener);
    try {
      await realClick(part(banner, 'customize-button'));
    } finally {
      document.removeEventListener('aquao-consent-customize', listener);
    }
    expect(heard.map((e) => [e.bubbles, e.composed, e.cancelable, e.target])).to.deep.equal([[true, true, true, banner]]);
    expect(heard[0]!.detail.opener).to.equal(part(banner, 'customize-button'));
    await panel.updateComplete;
    expect(panel.open, 'a cancelled customize leaves the default panel closed').to.equal(false);
    await realClick(part(banner, 'customize-button'));
    await panel.updateComplete;
    expect(dialog().open, 'uncancelled, the default panel opens').to.equal(true);
  });

  it('says the Global Privacy Control signal was honoured and names the purposes it keeps refused, only under the signal', async () => {
    await mount({ categories: { analytics: {}, marketing: { title: { fr: 'Publicité' } }, embeds: {} } });
    expect(part(banner, 'gpc-notice')).to.equal(null);
    const { withGlobalPrivacyControl } = await import('@aquao/consent-core/gpc');
    banner.manager = withGlobalPrivacyControl(manager, {}, true);
    await banner.updateComplete;
    expect(part(banner, 'gpc-notice').textContent).to.equal(
      'Votre navigateur envoie le signal «\u00a0Global Privacy Control\u00a0», que nous respectons\u00a0: «\u00a0Tout accepter\u00a0» n’active donc pas Publicité.',
    );
    await expect(banner).to.be.accessible();
    banner.manager = withGlobalPrivacyControl(manager, { categories: ['embeds', 'marketing'] }, true);
    await banner.updateComplete;
    expect(part(banner, 'gpc-notice').textContent).to.contain('n’active donc pas Publicité, Contenus intégrés.');
  });

  describe('who is asking, and what refusing changes', () => {
    it('names the controller in the first sentence, in the page language; without one, the host name', async () => {
      await mount();
      expect(part(banner, 'description').textContent).to.match(new RegExp(`^Avec votre accord, ${location.hostname} et ses partenaires`));
      banner.controller = { fr: 'Actuelburo', en: 'Actuelburo Ltd' };
      await banner.updateComplete;
      expect(part(banner, 'description').textContent).to.match(/^Avec votre accord, Actuelburo et ses partenaires utilisent des cookies pour\u00a0: Mesure d’audience, Publicité et contenus tiers\./);
      banner.language = 'en';
      await banner.updateComplete;
      expect(part(banner, 'description').textContent).to.match(/^With your consent, Actuelburo Ltd and its partners use cookies for: Analytics, /);
    });

    it('a «partenaires» control shows every service with its provider and privacy policy, as a disclosure', async () => {
      await mount({
        categories: {
          analytics: { cookies: [{ name: '_ga', provider: 'Google' }] },
          embeds: {
            services: [
              { id: 'youtube', name: 'YouTube', provider: 'Google Ireland', privacyPolicyUrl: 'https://policies.google.com/privacy' },
              { id: 'map', name: 'Carte' },
            ],
          },
        },
      });
      const button = part(banner, 'partners-button');
      const list = part(banner, 'partners');
      expect(button.localName).to.equal('button');
      expect(button.textContent).to.equal('Voir nos partenaires (3)');
      expect(button.getAttribute('aria-controls')).to.equal(list.id);
      expect([button.getAttribute('aria-expanded'), list.hidden]).to.deep.equal(['false', true]);
      // From the keyboard, without leaving the page.
      button.focus();
      await press('Enter');
      await banner.updateComplete;
      expect([button.getAttribute('aria-expanded'), list.hidden]).to.deep.equal(['true', false]);
      expect(Array.from(list.querySelectorAll('li')).map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Google (Mesure d’audience)',
        'YouTube, Google Ireland (Contenus intégrés)Politique de confidentialité',
        'Carte (Contenus intégrés)',
      ]);
      expect(list.querySelector('a')!.getAttribute('href')).to.equal('https://policies.google.com/privacy');
      expect(list.getBoundingClientRect().height, 'shown').to.be.above(0);
      await expect(banner).to.be.accessible();
      await press(' ');
      await banner.updateComplete;
      expect(list.hidden).to.equal(true);
      expect(document.cookie, 'looking decides nothing').to.equal('');
    });

    it('says refusing hides the embeds of this page that wait for consent, by name; with none, that it changes nothing', async () => {
      const frames = await fixture<HTMLElement>(html`<div>
        <iframe data-consent="embeds" data-service="youtube" data-src="about:blank" title="Vidéo"></iframe>
        <iframe data-consent="maps" data-srcdoc="<p>carte</p>" title="Carte"></iframe>
        <iframe data-consent="embeds" data-service="youtube" data-src="about:blank" title="Autre vidéo"></iframe>
      </div>`);
      await mount({ categories: { embeds: { services: [{ id: 'youtube', name: 'YouTube' }] }, maps: { title: 'Cartes' } } });
      expect(part(banner, 'description').textContent).to.contain(
        'Si vous refusez, ces contenus ne s’afficheront pas\u00a0: YouTube, Cartes\u202f; le reste du site fonctionne normalement.',
      );
      expect(part(banner, 'description').textContent).to.not.contain('aucune conséquence');
      frames.remove();
      banner.requestUpdate();
      await banner.updateComplete;
      expect(part(banner, 'description').textContent).to.contain('Refuser n’a aucune conséquence sur votre navigation.');
    });
  });

  describe('after a decision', () => {
    const status = () => part(banner, 'status');

    it('a polite live region, there from the start, says what was saved', async () => {
      await mount();
      expect([status().getAttribute('role'), status().textContent]).to.deep.equal(['status', '']);
      const region = status();
      await realClick(part(banner, 'reject-button'));
      await banner.updateComplete;
      expect(status(), 'the same live region').to.equal(region);
      expect(status().textContent).to.equal('Vos choix sont enregistrés. Refusé\u00a0: Mesure d’audience, Publicité et contenus tiers.');
      manager.update({ analytics: { matomo: true } });
      await banner.updateComplete;
      expect(status().textContent).to.equal(
        'Vos choix sont enregistrés. Accepté\u00a0: Mesure d’audience. Refusé\u00a0: Publicité et contenus tiers.',
      );
    });

    /** The embed's loader's floating button, as it puts it in the page: `<aquao-consent-button>`, its button in a shadow root. */
    const loaderButton = () => {
      const host = document.createElement('aquao-consent-button');
      const root = host.attachShadow({ mode: 'open', delegatesFocus: true });
      const button = Object.assign(document.createElement('button'), { textContent: 'Gérer mes cookies' });
      button.style.cssText = 'position: fixed; bottom: 8px; left: 8px';
      root.append(button);
      document.body.append(host);
      return { host, button };
    };

    it("focus leaves the removed buttons for the loader's floating button, where the choice can be changed", async () => {
      const { host, button } = loaderButton();
      try {
        await mount();
        part(banner, 'accept-button').focus();
        await press('Enter');
        await waitUntil(() => host.shadowRoot!.activeElement === button, "focus should move to the loader's floating button");
      } finally {
        host.remove();
      }
    });

    it('a decision in the dialog opened from the banner: focus does not fall to <body> either', async () => {
      const { host, button } = loaderButton();
      try {
        await mount();
        await realClick(part(banner, 'customize-button'));
        await panel.updateComplete;
        await realClick(part(panel, 'save-button'));
        await waitUntil(() => host.shadowRoot!.activeElement === button, "focus should move to the loader's floating button");
        expect(status().textContent).to.equal('Vos choix sont enregistrés. Refusé\u00a0: Mesure d’audience, Publicité et contenus tiers.');
      } finally {
        host.remove();
      }
    });

    it('without a floating button: the start of the main content, without scrolling; focus the visitor put elsewhere stays', async () => {
      const main = await fixture<HTMLElement>(html`<main><p>Contenu</p></main>`);
      await mount();
      part(banner, 'reject-button').focus();
      await press('Enter');
      await waitUntil(() => document.activeElement === main, 'focus should move to <main>');
      expect(main.tabIndex).to.equal(-1);
      // A decision made while the visitor is elsewhere (another tab, the API) does not move their focus.
      const outside = document.getElementById('outside')!;
      outside.focus();
      manager.acceptAll();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(document.activeElement).to.equal(outside);
    });

    it('else a «Gérer mes cookies» link on screen, never one below the fold', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <main><p>Contenu</p></main>
        <div style="height: 200vh"></div>
        <a href="#" id="below" data-consent-open>Gérer mes cookies (en bas)</a>
      </div>`);
      await mount();
      part(banner, 'reject-button').focus();
      await press('Enter');
      await waitUntil(() => document.activeElement === page.querySelector('main'), 'the link below the fold is skipped');
      expect(scrollY, 'the page did not scroll').to.equal(0);
      manager.reset();
      await banner.updateComplete;
      const top = Object.assign(document.createElement('a'), { href: '#', textContent: 'Gérer mes cookies' });
      top.dataset.consentOpen = '';
      page.prepend(top);
      part(banner, 'reject-button').focus();
      await press('Enter');
      await waitUntil(() => document.activeElement === top, 'the link on screen gets focus');
    });

    it("a placeholder's grant keeps the banner asking, and is announced", async () => {
      await mount();
      manager.grant('analytics', 'matomo');
      await banner.updateComplete;
      expect(part(banner, 'banner'), 'the first layer is still there').to.not.equal(null);
      expect(status().textContent).to.equal('Activé\u00a0: Matomo. Vos autres choix restent à faire.');
    });
  });

  describe('theme', () => {
    const background = () => getComputedStyle(part(banner, 'banner')).backgroundColor;
    const LIGHT = 'rgb(255, 255, 255)';
    const DARK = 'rgb(28, 31, 36)';
    afterEach(() => document.documentElement.style.removeProperty('color-scheme'));

    it('"auto" follows the scheme the page declares: light stays light under a dark preference; "light dark" follows it', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      await mount();
      expect(background(), 'a page that declares nothing is light').to.equal(LIGHT);
      document.documentElement.style.colorScheme = 'light';
      expect(background()).to.equal(LIGHT);
      document.documentElement.style.colorScheme = 'light dark';
      expect(background()).to.equal(DARK);
      await emulateMedia({ colorScheme: 'light' });
      expect(background()).to.equal(LIGHT);
      // Declared with <meta name="color-scheme"> instead.
      document.documentElement.style.removeProperty('color-scheme');
      const meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'light dark' });
      document.head.append(meta);
      try {
        await emulateMedia({ colorScheme: 'dark' });
        expect(background(), '<meta name="color-scheme" content="light dark">').to.equal(DARK);
      } finally {
        meta.remove();
      }
    });

    it('"dark" and "light" force one, whatever the page; accessible in both', async () => {
      await mount();
      banner.theme = 'dark';
      await banner.updateComplete;
      expect(background()).to.equal(DARK);
      await expect(banner).to.be.accessible();
      document.documentElement.style.colorScheme = 'dark';
      banner.theme = 'light';
      await banner.updateComplete;
      expect(background()).to.equal(LIGHT);
      await expect(banner).to.be.accessible();
    });

    it('is accessible in forced colours (axe), its focus ring drawn in the system highlight', async () => {
      await mount();
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        await expect(banner).to.be.accessible();
        part(banner, 'accept-button').focus();
        await press('Tab');
        expect(deepActiveElement()).to.equal(part(banner, 'reject-button'));
        const ring = getComputedStyle(part(banner, 'reject-button'));
        expect([ring.outlineStyle, ring.outlineWidth]).to.deep.equal(['solid', '3px']);
      } finally {
        await emulateMediaFeatures([]);
      }
    });
  });

  it('speaks English when the page is in English', async () => {
    document.documentElement.lang = 'en';
    await mount();
    const region = part(banner, 'banner');
    expect(region.getAttribute('lang')).to.equal('en');
    expect(Array.from(region.querySelectorAll('[part="actions"] button')).map((b) => b.textContent!.trim())).to.deep.equal(['Accept all', 'Reject all', 'Customise']);
  });

  it('renders config texts as text, never as HTML, and drops unsafe links', async () => {
    // Without straight double quotes, which a French text shows as « » (French typography): compared as written.
    const attack = '<img src=x onerror=window.__pwned=1>';
    await mount({ categories: { analytics: { title: attack, description: { fr: attack } } } });
    banner.privacyPolicyUrl = 'javascript:window.__pwned=1';
    banner.cookiePolicyUrl = ' java\tscript:window.__pwned=1';
    await banner.updateComplete;
    expect(part(banner, 'description').textContent).to.contain(attack);
    expect(banner.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
