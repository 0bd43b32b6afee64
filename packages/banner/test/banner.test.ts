import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { createConsentManager, type ConsentConfig, type ConsentManager } from '@aquao/consent-core';
import '@aquao/consent-banner';
import type { AquaoConsentBanner, AquaoConsentPreferences } from '@aquao/consent-banner';
import { deepActiveElement, press, realClick, wipeCookies } from './helpers.js';

const CONFIG: ConsentConfig = {
  categories: {
    analytics: {
      cookies: ['_ga'],
      services: [{ id: 'matomo', name: 'Matomo', provider: 'InnoCraft', description: 'Mesure d’audience auto-hébergée' }, { id: 'hotjar', name: 'Hotjar' }],
    },
    marketing: {},
  },
};

describe('<aquao-consent-banner> and <aquao-consent-preferences>', () => {
  let manager: ConsentManager;
  let banner: AquaoConsentBanner;
  let panel: AquaoConsentPreferences;

  const mount = async (config = CONFIG, language?: string) => {
    manager = createConsentManager(config);
    const root = await fixture<HTMLElement>(html`<div>
      <button id="outside">Outside</button>
      <aquao-consent-banner .manager=${manager} .language=${language} floating-button
        privacy-policy-url="/politique-de-confidentialite.html" cookie-policy-url="/politique-de-cookies.html"></aquao-consent-banner>
      <aquao-consent-preferences .manager=${manager} .language=${language}
        privacy-policy-url="/politique-de-confidentialite.html" cookie-policy-url="/politique-de-cookies.html"></aquao-consent-preferences>
    </div>`);
    banner = root.querySelector('aquao-consent-banner')!;
    panel = root.querySelector('aquao-consent-preferences')!;
    await banner.updateComplete;
  };
  const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
  const dialog = () => panel.shadowRoot!.querySelector('dialog')!;
  const toggles = () => Array.from(panel.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="toggle"]'));
  const toggle = (id: string) => panel.shadowRoot!.getElementById(id) as HTMLInputElement;

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
      const buttons = Array.from(region.querySelectorAll('button')).map((b) => b.textContent!.trim());
      expect(buttons).to.deep.equal(['Tout accepter', 'Tout refuser', 'Personnaliser']);
      const links = Array.from(region.querySelectorAll('a')).map((a) => [a.textContent, a.getAttribute('href')]);
      expect(links).to.deep.equal([
        ['Politique de confidentialité', '/politique-de-confidentialite.html'],
        ['Politique de cookies', '/politique-de-cookies.html'],
      ]);
      expect(part(banner, 'description').textContent).to.contain("Mesure d'audience, Publicité et contenus tiers");
      expect(part(banner, 'description').textContent).to.contain('Refuser n');
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

    it('is accessible (axe), in light and in dark', async () => {
      await expect(banner).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      await expect(banner).to.be.accessible();
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

    it('after a decision, offers the floating button that reopens the panel', async () => {
      await realClick(part(banner, 'reject-button'));
      await banner.updateComplete;
      const floating = part(banner, 'floating-button');
      expect(floating.getAttribute('aria-label')).to.equal('Gérer mes cookies');
      await realClick(floating);
      await panel.updateComplete;
      expect(dialog().open).to.equal(true);
    });
  });

  describe('preferences panel', () => {
    beforeEach(() => mount());

    it('opens from «Personnaliser» as a modal dialog labelled by its title, everything off but necessary', async () => {
      await realClick(part(banner, 'customize-button'));
      await panel.updateComplete;
      expect(dialog().open).to.equal(true);
      expect(dialog().matches(':modal')).to.equal(true);
      const title = panel.shadowRoot!.getElementById(dialog().getAttribute('aria-labelledby')!)!;
      expect(title.textContent).to.equal('Paramètres des cookies');
      expect(toggles().map((t) => [t.id, t.checked, t.disabled, t.getAttribute('role')])).to.deep.equal([
        ['necessary-', true, true, 'switch'],
        ['analytics-', false, false, 'switch'],
        ['analytics-matomo', false, false, 'switch'],
        ['analytics-hotjar', false, false, 'switch'],
        ['marketing-', false, false, 'switch'],
      ]);
      // Each service says who runs it and why, tied to its switch.
      const matomo = toggle('analytics-matomo');
      expect(panel.shadowRoot!.getElementById(matomo.getAttribute('aria-describedby')!)!.textContent).to.equal(
        'InnoCraft — Mesure d’audience auto-hébergée',
      );
      await expect(panel).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      await expect(panel).to.be.accessible();
    });

    it('saves exactly what was switched on, and shows it again when reopened', async () => {
      await panel.show();
      await realClick(toggle('analytics-matomo'));
      await panel.updateComplete;
      expect(toggle('analytics-').indeterminate).to.equal(true);
      await realClick(part(panel, 'save-button'));
      expect(manager.getState().services.analytics).to.deep.equal({ matomo: true, hotjar: false });
      expect(manager.isGranted('marketing')).to.equal(false);
      expect(manager.getState().method).to.equal('custom');
      expect(dialog().open).to.equal(false);
      await panel.show();
      expect(toggles().map((t) => t.checked)).to.deep.equal([true, true, true, false, false]);
      // Withdrawal from the same place: switch the category off and save.
      await realClick(toggle('analytics-'));
      await realClick(part(panel, 'save-button'));
      expect(manager.isGranted('analytics')).to.equal(false);
    });

    it('a category switch turns all its services on', async () => {
      await panel.show();
      await realClick(toggle('analytics-'));
      await panel.updateComplete;
      expect([toggle('analytics-matomo').checked, toggle('analytics-hotjar').checked]).to.deep.equal([true, true]);
    });

    it('keyboard: Tab reaches «Personnaliser», Enter opens, focus is inside and stays, Esc closes, focus returns', async () => {
      const customize = part(banner, 'customize-button');
      customize.focus();
      await press('Enter');
      await panel.updateComplete;
      expect(dialog().open).to.equal(true);
      expect(panel.shadowRoot!.contains(deepActiveElement())).to.equal(true);
      for (let i = 0; i < 12; i++) {
        await press('Tab');
        expect(panel.shadowRoot!.contains(deepActiveElement()), `focus left the dialog after ${i + 1} Tab`).to.equal(true);
      }
      await press('Escape');
      await panel.updateComplete;
      expect(dialog().open).to.equal(false);
      expect(panel.open).to.equal(false);
      expect(deepActiveElement()).to.equal(customize);
      expect(manager.hasDecision()).to.equal(false);
    });

    it('returns focus to the opener it was given, even when focus was elsewhere', async () => {
      const outside = document.getElementById('outside')!;
      part(banner, 'accept-button').focus();
      await panel.show(outside);
      await press('Escape');
      await panel.updateComplete;
      expect(deepActiveElement()).to.equal(outside);
    });

    it('the × closes without deciding', async () => {
      await panel.show();
      await realClick(part(panel, 'close-button'));
      await panel.updateComplete;
      expect(dialog().open).to.equal(false);
      expect(manager.hasDecision()).to.equal(false);
    });
  });

  it('says the Global Privacy Control signal was honoured, only under the signal', async () => {
    await mount();
    expect(part(banner, 'gpc-notice')).to.equal(null);
    const { withGlobalPrivacyControl } = await import('@aquao/consent-core/gpc');
    banner.manager = withGlobalPrivacyControl(manager, {}, true);
    await banner.updateComplete;
    expect(part(banner, 'gpc-notice').textContent).to.contain('Global Privacy Control');
    await expect(banner).to.be.accessible();
  });

  it('speaks English when the page is in English', async () => {
    document.documentElement.lang = 'en';
    await mount();
    const region = part(banner, 'banner');
    expect(region.getAttribute('lang')).to.equal('en');
    expect(Array.from(region.querySelectorAll('button')).map((b) => b.textContent!.trim())).to.deep.equal(['Accept all', 'Reject all', 'Customize']);
    await panel.show();
    expect(dialog().getAttribute('lang')).to.equal('en');
    expect(part(panel, 'save-button').textContent).to.equal('Save my choices');
  });

  it('renders config texts as text, never as HTML, and drops unsafe links', async () => {
    const attack = '<img src=x onerror="window.__pwned=1">';
    await mount({ categories: { analytics: { title: attack, description: { fr: attack } } } });
    banner.privacyPolicyUrl = 'javascript:window.__pwned=1';
    banner.cookiePolicyUrl = ' java\tscript:window.__pwned=1';
    await banner.updateComplete;
    expect(part(banner, 'description').textContent).to.contain(attack);
    expect(banner.shadowRoot!.querySelector('img')).to.equal(null);
    expect(banner.shadowRoot!.querySelector('a')).to.equal(null);
    await panel.show();
    expect(panel.shadowRoot!.querySelector('label[for="analytics-"]')!.textContent).to.equal(attack);
    expect(panel.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
