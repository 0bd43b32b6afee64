import { expect, waitUntil } from '@open-wc/testing';
import { openTab, sleep, validRecord, wipeCookies, writeRawCookie, type Tab } from './helpers.js';

describe('two tabs of the same site', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const f of frames.splice(0)) {
      (f.contentWindow as Tab).manager.destroy();
      f.remove();
    }
    wipeCookies();
  });

  it('a decision in one reaches the other without reload: its gated content runs', async () => {
    const a = await openTab('tabs_a');
    const b = await openTab('tabs_a');
    frames.push(a.frame, b.frame);
    expect(b.tab.manager.hasDecision()).to.equal(false);
    a.tab.manager.acceptAll();
    await waitUntil(() => b.tab.manager.isGranted('analytics'), 'the other tab should hear the decision');
    await waitUntil(() => b.tab.__ran.includes('external'), 'the other tab should run its gated script');
    a.tab.manager.rejectAll();
    await waitUntil(() => !b.tab.manager.isGranted('analytics'), 'the other tab should hear the withdrawal');
  });

  it('tabs with another cookie name are not affected', async () => {
    const a = await openTab('tabs_x');
    const b = await openTab('tabs_y');
    frames.push(a.frame, b.frame);
    a.tab.manager.acceptAll();
    await sleep(150);
    expect(b.tab.manager.hasDecision()).to.equal(false);
  });

  it('without BroadcastChannel, a tab coming back into view re-reads the decision', async () => {
    const a = await openTab('tabs_v');
    frames.push(a.frame);
    writeRawCookie('tabs_v', JSON.stringify(validRecord({ cats: { analytics: true } })));
    expect(a.tab.manager.hasDecision()).to.equal(false);
    // Chromium caches document.cookie per document; give the write a moment to reach the tab's document.
    await waitUntil(() => a.tab.document.cookie.includes('tabs_v='), 'the cookie should reach the tab');
    // Simulate the tab coming back into view (the runner's own page may be in the background).
    Object.defineProperty(a.tab.document, 'hidden', { value: false, configurable: true });
    a.tab.document.dispatchEvent(new Event('visibilitychange'));
    expect(a.tab.manager.hasDecision()).to.equal(true);
  });
});
