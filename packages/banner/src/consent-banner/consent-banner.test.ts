import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ConsentManager } from '@aquao/consent-core';
import '@aquao/consent-banner';
import type { AquaoConsentBanner, AquaoConsentCustomizeEvent, AquaoConsentPreferences } from '@aquao/consent-banner';
import { wipeCookies } from '../../../core/test/helpers.js';
import { mountBannerAndPanel, part, realClick } from '../../test/helpers.js';

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
  });

  it('renders config texts as text, never as HTML, and drops unsafe links', async () => {
    const attack = '<img src=x onerror="window.__pwned=1">';
    await mount({ categories: { analytics: { title: attack, description: { fr: attack } } } });
    banner.privacyPolicyUrl = 'javascript:window.__pwned=1';
    banner.cookiePolicyUrl = ' java\tscript:window.__pwned=1';
    await banner.updateComplete;
    expect(part(banner, 'description').textContent).to.contain(attack);
    expect(banner.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
