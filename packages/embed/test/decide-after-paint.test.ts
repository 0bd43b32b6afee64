// A click's decision waits for the next paint (decide-after-paint.ts), on the built files: the click returns before
// anything is stored, the decision is stored right after the next frame, before anything gated runs, and it survives
// the page closing at once.
import { expect, waitUntil } from '@open-wc/testing';
import { wipeCookies } from '../../core/test/helpers.js';
import { bannerPart, closeFrames, open } from './helpers.js';

describe('a decision made in the UI waits for the next paint (INP), and is never lost', () => {
  afterEach(() => {
    closeFrames();
    wipeCookies();
  });

  it('the banner closes in the click\'s frame; the decision is stored after that frame, before the gated scripts run', async () => {
    const { page } = await open('page.html');
    await waitUntil(() => bannerPart(page, 'accept-button'));
    const seen: string[] = [];
    const stored = () => page.document.cookie.includes('aquao_consent=');
    // Heard after the button's own handler: the click is over.
    page.addEventListener('click', () => {
      seen.push(`click: stored ${stored()}`);
      page.requestAnimationFrame(() => seen.push(`next frame: stored ${stored()}, banner ${bannerPart(page, 'banner') ? 'open' : 'closed'}`));
    });
    page.document.addEventListener('aquao-consent-change', () => seen.push(`change: stored ${stored()}, ran ${page.__ran?.length ?? 0}`));
    bannerPart(page, 'accept-button')!.click();
    await waitUntil(() => page.__ran?.length === 2, 'the gated scripts run');
    expect(seen).to.deep.equal(['click: stored false', 'next frame: stored false, banner closed', 'change: stored true, ran 0']);
  });

  it('the page closing right after the click still stores the decision, and its proof record is sent', async () => {
    const bucket = `after-paint-${Date.now()}`;
    const { page, frame } = await open(`page.html?config=log-de&bucket=${bucket}`);
    await waitUntil(() => bannerPart(page, 'accept-button'));
    expect(page.__violations).to.deep.equal([]);
    bannerPart(page, 'accept-button')!.click();
    // Gone in the same task: no frame is painted, the page is hidden and unloaded.
    frame.remove();
    expect(document.cookie, 'stored as the page went').to.contain('aquao_consent=');
    let records: Array<{ body: { method: string } }> = [];
    await waitUntil(async () => (records = await (await fetch(`/__proof/${bucket}`)).json()).length === 1, 'the record is beaconed');
    expect(records[0]!.body.method).to.equal('accept-all');
  });

  it('a call of the page\'s API meanwhile comes after it: the click is not undone by a later decision', async () => {
    const { page } = await open('page.html');
    await waitUntil(() => bannerPart(page, 'accept-button'));
    bannerPart(page, 'accept-button')!.click();
    page.aquaoConsent!.update({ analytics: false });
    expect(page.aquaoConsent!.isGranted('marketing'), 'the click applied first').to.equal(true);
    expect(page.aquaoConsent!.isGranted('analytics'), 'then the call').to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.aquaoConsent!.isGranted('analytics'), 'and nothing reorders them later').to.equal(false);
  });
});
