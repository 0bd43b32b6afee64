import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ConsentManager } from '@aquao/consent-core';
import '@aquao/consent-banner';
import type { AquaoConsentBanner, AquaoConsentPreferences } from '@aquao/consent-banner';
import { wipeCookies } from '../../../core/test/helpers.js';
import { deepActiveElement, mountBannerAndPanel, part, press, realClick } from '../../test/helpers.js';

describe('<aquao-consent-preferences>', () => {
  let manager: ConsentManager;
  let banner: AquaoConsentBanner;
  let panel: AquaoConsentPreferences;

  const mount = async (...args: Parameters<typeof mountBannerAndPanel>) => ({ manager, banner, panel } = await mountBannerAndPanel(...args));
  const dialog = () => panel.shadowRoot!.querySelector('dialog')!;
  const toggles = () => Array.from(panel.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="toggle"]'));
  const toggle = (id: string) => panel.shadowRoot!.getElementById(id) as HTMLInputElement;

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    manager?.destroy();
    document.documentElement.lang = '';
    wipeCookies();
  });

  describe('on a first visit', () => {
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
      // The browser closes the dialog when it handles the key, which on a busy machine can come after sendKeys returns.
      await waitUntil(() => !dialog().open, 'Esc should close the dialog');
      await panel.updateComplete;
      expect(panel.open).to.equal(false);
      expect(deepActiveElement()).to.equal(customize);
      expect(manager.hasDecision()).to.equal(false);
    });

    it('returns focus to the opener it was given, even when focus was elsewhere', async () => {
      const outside = document.getElementById('outside')!;
      part(banner, 'accept-button').focus();
      await panel.show(outside);
      await press('Escape');
      await waitUntil(() => !dialog().open, 'Esc should close the dialog');
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


  it('speaks English when the page is in English', async () => {
    document.documentElement.lang = 'en';
    await mount();
    await panel.show();
    expect(dialog().getAttribute('lang')).to.equal('en');
    expect(part(panel, 'save-button').textContent).to.equal('Save my choices');
  });

  it('renders config texts as text, never as HTML', async () => {
    const attack = '<img src=x onerror="window.__pwned=1">';
    await mount({ categories: { analytics: { title: attack, description: { fr: attack } } } });
    await panel.show();
    expect(panel.shadowRoot!.querySelector('label[for="analytics-"]')!.textContent).to.equal(attack);
    expect(panel.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
