import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { ConsentManager } from '@aquao/consent-core';
import '@aquao/consent-banner';
import type { AquaoConsentBanner, AquaoConsentPreferences } from '@aquao/consent-banner';
import { wipeCookies } from '../../../core/test/helpers.js';
import { brokenWords, clearlyDiffering, deepActiveElement, emulateMediaFeatures, mountBannerAndPanel, part, press, realClick, screenshot } from '../../test/helpers.js';

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
      panel.theme = 'dark';
      await panel.updateComplete;
      expect(getComputedStyle(dialog()).backgroundColor, 'dark indeed').to.equal('rgb(28, 31, 36)');
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


  it("shows the visitor's consent id and the date of the last decision, to quote to support", async () => {
    await mount();
    await panel.show();
    expect(part(panel, 'consent-id'), 'nothing before a choice').to.equal(null);
    panel.open = false;
    manager.rejectAll();
    await panel.show();
    const { consentId, lastDecisionAt } = manager.getState();
    const shown = part(panel, 'consent-id');
    expect(shown.querySelector('code')!.textContent).to.equal(consentId);
    // One click selects the whole id, to copy it.
    expect(getComputedStyle(shown.querySelector('code')!).userSelect).to.equal('all');
    const date = new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeStyle: 'short' }).format(lastDecisionAt);
    expect(shown.textContent!.replace(/[ \n]+/g, ' ').trim()).to.equal(
      `Identifiant de votre consentement, à nous indiquer pour toute question\u00a0: ${consentId} Dernier choix le ${date}.`,
    );
    await expect(panel).to.be.accessible();
  });

  describe('on a phone (320 × 640)', () => {
    beforeEach(async () => {
      await setViewport({ width: 320, height: 640 });
      await mount();
      await panel.show();
    });
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('is a full-screen sheet whose buttons stay on screen while the purposes scroll; no switch is clipped', async () => {
      const box = dialog().getBoundingClientRect();
      expect([box.x, box.y, box.width, box.height]).to.deep.equal([0, 0, 320, 640]);
      const body = part(panel, 'body');
      expect(body.scrollHeight, 'the purposes scroll').to.be.above(body.clientHeight);
      for (const name of ['accept-button', 'reject-button', 'save-button']) {
        const b = part(panel, name).getBoundingClientRect();
        expect(b.bottom, `${name} on screen`).to.be.at.most(640);
        expect(b.top, `${name} below the purposes`).to.be.at.least(body.getBoundingClientRect().bottom);
      }
      body.scrollTop = body.scrollHeight;
      expect(part(panel, 'save-button').getBoundingClientRect().bottom, 'still on screen after scrolling').to.be.at.most(640);
      for (const toggle of toggles()) {
        toggle.scrollIntoView({ block: 'nearest' });
        const t = toggle.getBoundingClientRect();
        expect([t.left >= 0, t.right <= 320], `${toggle.id} inside the screen`).to.deep.equal([true, true]);
      }
      expect(dialog().scrollWidth, 'no horizontal scroll').to.be.at.most(dialog().clientWidth);
      // Rows wrap (the switch goes to the next line) rather than squeezing a label until its words break.
      expect(brokenWords(part(panel, 'body'))).to.deep.equal([]);
    });
  });

  describe('in forced colours (Windows high contrast)', () => {
    beforeEach(async () => {
      await mount({ categories: { analytics: { services: [{ id: 'matomo', name: 'Matomo' }, { id: 'hotjar', name: 'Hotjar' }] } } });
      await panel.show();
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    });
    afterEach(() => emulateMediaFeatures([]));

    it('on, off, mixed and locked each look clearly different (knob position and glyph), and it stays accessible', async () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      // Each state is shot after the browser has drawn it; the focus ring, outside the box, is not in the shot.
      const shot = async (element: Element) => {
        await panel.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return screenshot(element);
      };
      const matomo = toggle('analytics-matomo');
      const category = toggle('analytics-');
      const off = await shot(matomo);
      const categoryOff = await shot(category);
      await realClick(matomo);
      const on = await shot(matomo);
      expect(category.indeterminate, 'its category is mixed').to.equal(true);
      const mixed = await shot(category);
      await realClick(toggle('analytics-hotjar'));
      const categoryOn = await shot(category);
      const locked = await shot(toggle('necessary-'));
      const pairs: Array<[string, string, string]> = [
        ['on and off', on, off],
        ['mixed and on', mixed, categoryOn],
        ['mixed and off', mixed, categoryOff],
        ['locked and on', locked, categoryOn],
        ['locked and off', locked, categoryOff],
      ];
      for (const [what, a, b] of pairs) expect(await clearlyDiffering(a, b), what).to.be.above(0.1);
      await expect(panel).to.be.accessible();
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
    // Without straight double quotes, which a French text shows as « » (French typography): compared as written.
    const attack = '<img src=x onerror=window.__pwned=1>';
    await mount({ categories: { analytics: { title: attack, description: { fr: attack } } } });
    await panel.show();
    expect(panel.shadowRoot!.querySelector('label[for="analytics-"]')!.textContent).to.equal(attack);
    expect(panel.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
