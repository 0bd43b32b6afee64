// The floating button of aquao-consent.js (floating-button.ts), on the built loader: where it sits, that it never
// covers the page's «Gérer mes cookies» link, its size, its name, and the keyboard.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { translations } from '@aquao/consent-banner/texts';
import { wipeCookies } from '../../core/test/helpers.js';
import { closeFrames, open, type Page } from './helpers.js';

/** Opens `url` with a decision already stored (made on a first page, then hidden), as a returning visitor. */
async function returning(url: string, size?: { width: number; height: number }) {
  const first = await open(url, size);
  await waitUntil(() => first.page.aquaoConsent, 'the embed should start');
  first.page.aquaoConsent!.rejectAll();
  first.frame.hidden = true;
  const again = await open(url, size);
  await waitUntil(() => again.page.aquaoConsent, 'the embed should start');
  return again;
}

const host = (page: Page) => page.document.querySelector('aquao-consent-button')! as HTMLElement;
const button = (page: Page) => host(page).shadowRoot!.querySelector('button')!;
const shown = (page: Page) => !host(page).hidden && button(page).getBoundingClientRect().width > 0;
/** Resolves after two frames: what an IntersectionObserver saw has been delivered. */
const frames = (page: Page) => new Promise((resolve) => page.requestAnimationFrame(() => page.requestAnimationFrame(resolve)));

describe('the floating button (aquao-consent.js, no Lit)', () => {
  afterEach(() => {
    closeFrames();
    wipeCookies();
  });

  it('shows bottom left once a decision exists, a 44 px target, named in French; a returning visit has no UI chunk for it', async () => {
    const { page, frame } = await returning('floating.html?nolink');
    await waitUntil(() => shown(page), 'the button should show');
    const box = button(page).getBoundingClientRect();
    // WCAG 2.5.8 asks 24 × 24 px; 2.5.5 (AAA) 44 × 44.
    expect([box.width, box.height]).to.deep.equal([44, 44]);
    expect(box.left).to.be.below(16);
    expect(frame.clientHeight - box.bottom).to.be.below(16);
    expect(button(page).getAttribute('aria-label')).to.equal(translations.fr!.manage);
    expect(page.customElements.get('aquao-consent-banner'), 'no Lit component').to.equal(undefined);
  });

  it('is hidden before a decision (the banner asks), and absent with "floatingButton": false', async () => {
    const first = await open('floating.html?nolink');
    await waitUntil(() => first.page.document.querySelector('aquao-consent-banner'));
    await frames(first.page);
    // Booleans, not elements: an assertion that fails on an element of another frame cannot be reported.
    expect(shown(first.page), 'no button while the banner asks').to.equal(false);
    first.frame.hidden = true;
    const { page } = await returning('floating.html?nolink&button=off');
    await frames(page);
    expect(page.document.querySelector('aquao-consent-button') === null).to.equal(true);
  });

  it('{ "position": "right" } puts it bottom right', async () => {
    const { page, frame } = await returning('floating.html?nolink&button=right');
    await waitUntil(() => shown(page));
    const box = button(page).getBoundingClientRect();
    expect(frame.clientWidth - box.right).to.be.below(16);
    expect(frame.clientHeight - box.bottom).to.be.below(16);
  });

  for (const position of ['left', 'right']) {
    it(`at 320 × 640, never covers the footer's «Gérer mes cookies» (${position}): it steps aside while the link is on screen`, async () => {
      const { page } = await returning(`floating.html?button=${position}`, { width: 320, height: 640 });
      const link = page.document.querySelector('[data-consent-open]')!;
      await waitUntil(() => shown(page), 'at the top, the link is off screen: the button shows');
      // The top, the middle, the link 30 px below the fold (about to scroll under the button), the end.
      const below = link.getBoundingClientRect().top + page.scrollY - page.innerHeight - 30;
      for (const y of [0, 700, below, page.document.documentElement.scrollHeight]) {
        page.scrollTo(0, y);
        const a = () => link.getBoundingClientRect();
        // On screen, or within 64 px below it (about to scroll into the button's corner).
        const onScreen = () => a().bottom > 0 && a().top < page.innerHeight + 64;
        // An IntersectionObserver reports after the frame is painted.
        await waitUntil(() => shown(page) === !onScreen(), `scrolled to ${y}: the button should ${onScreen() ? 'step aside' : 'show'}`);
        const b = button(page).getBoundingClientRect();
        const overlap = shown(page) && a().left < b.right && b.left < a().right && a().top < b.bottom && b.top < a().bottom;
        expect(overlap, `scrolled to ${y}`).to.equal(false);
      }
      expect(page.scrollY, 'the end of the page was reached').to.be.above(below);
    });
  }

  it('by keyboard: reached with Tab, a visible focus ring, Enter opens the preferences, Escape gives the focus back', async () => {
    const { page } = await returning('floating.html?nolink');
    await waitUntil(() => shown(page));
    page.document.getElementById('top')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(page.document.activeElement === host(page), 'Tab reaches the button').to.equal(true);
    expect(host(page).shadowRoot!.activeElement === button(page)).to.equal(true);
    const ring = page.getComputedStyle(button(page).querySelector('svg')!);
    expect([ring.outlineStyle, ring.outlineWidth]).to.deep.equal(['solid', '3px']);
    await sendKeys({ press: 'Enter' });
    const panel = () => page.document.querySelector('aquao-consent-preferences');
    await waitUntil(() => panel()?.shadowRoot?.querySelector('dialog')?.open, 'the preferences should open');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !panel()!.shadowRoot!.querySelector('dialog')!.open);
    await waitUntil(() => host(page).shadowRoot!.activeElement === button(page), 'focus should come back to the button');
  });

  it('is named in the visitor\'s language, or by the config\'s texts', async () => {
    const english = await returning('floating.html?nolink&lang=en');
    await waitUntil(() => shown(english.page));
    expect(button(english.page).getAttribute('aria-label')).to.equal(translations.en!.manage);
    english.frame.hidden = true;
    const own = await returning(`floating.html?nolink&manage=${encodeURIComponent('Mes cookies')}`);
    await waitUntil(() => shown(own.page));
    expect(button(own.page).getAttribute('aria-label')).to.equal('Mes cookies');
    expect(button(own.page).title).to.equal('Mes cookies');
  });
});
