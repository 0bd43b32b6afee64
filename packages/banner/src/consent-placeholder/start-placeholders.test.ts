import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createConsentManager, type ConsentManager } from '@aquao/consent-core';
import { startGating } from '@aquao/consent-core/gate';
// The entry alone: it defines the placeholder element it creates.
import { startPlaceholders } from '@aquao/consent-banner/start-placeholders';
import type { AquaoConsentPlaceholder } from '@aquao/consent-banner/consent-placeholder';
import { wipeCookies } from '../../../core/test/helpers.js';
import { brokenWords, part, press, realClick } from '../../test/helpers.js';

const FRAME = new URL('../../../core/test/fixtures/frame.html', import.meta.url).href;

describe('startPlaceholders', () => {
  let manager: ConsentManager;
  let root: HTMLElement;
  let stops: Array<() => void>;

  beforeEach(async () => {
    manager = createConsentManager({
      categories: {
        marketing: {
          services: [
            { id: 'youtube', name: 'YouTube', provider: 'Google' },
            { id: 'vimeo', name: 'Vimeo' },
          ],
        },
      },
    });
    root = await fixture(html`<div>
      <iframe id="yt" data-consent="marketing" data-service="youtube" data-src=${`${FRAME}?yt`} width="400" height="225" title="YouTube video"></iframe>
      <iframe id="vimeo" data-consent="marketing" data-service="vimeo" data-src=${`${FRAME}?vimeo`} width="300" height="200" title="Vimeo video"></iframe>
    </div>`);
    stops = [startGating(manager, { root }), startPlaceholders(manager, { root })];
  });
  afterEach(() => {
    for (const stop of stops) stop();
    manager.destroy();
    wipeCookies();
  });

  const placeholderFor = (id: string) => root.querySelector(`#${id}`)!.previousElementSibling as AquaoConsentPlaceholder;

  it('stands in for each refused embed, hiding it, at its width and proportions, for its service', async () => {
    const placeholder = placeholderFor('yt');
    expect(placeholder.localName).to.equal('aquao-consent-placeholder');
    await placeholder.updateComplete;
    const frame = root.querySelector<HTMLIFrameElement>('#yt')!;
    expect(frame.hidden).to.equal(true);
    frame.hidden = false;
    const frameBox = frame.getBoundingClientRect();
    frame.hidden = true;
    const box = placeholder.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([frameBox.width, frameBox.height]);
    expect(box.width).to.be.at.least(400);
    expect(part(placeholder, 'text').textContent).to.contain('YouTube');
  });

  it('once its service is granted, gives way to the embed, which loads; the other embed still waits', async () => {
    await placeholderFor('yt').updateComplete;
    await realClick(part(placeholderFor('yt'), 'activate-button'));
    const yt = root.querySelector<HTMLIFrameElement>('#yt')!;
    await waitUntil(() => yt.getAttribute('src') === `${FRAME}?yt`, 'the YouTube embed should load');
    await waitUntil(() => !yt.hidden && !yt.previousElementSibling?.matches('aquao-consent-placeholder'));
    expect(root.querySelector('#vimeo')!.hasAttribute('src')).to.equal(false);
    expect(placeholderFor('vimeo').localName).to.equal('aquao-consent-placeholder');
  });

  it('stands in for a gated srcdoc iframe too, until it is released', async () => {
    const frame = document.createElement('iframe');
    frame.dataset.consent = 'marketing';
    frame.dataset.service = 'vimeo';
    frame.dataset.srcdoc = '<p>Vimeo</p>';
    root.append(frame);
    await waitUntil(() => frame.previousElementSibling?.localName === 'aquao-consent-placeholder', 'a placeholder for the srcdoc iframe');
    expect(frame.hidden).to.equal(true);
    manager.grant('marketing', 'vimeo');
    await waitUntil(() => !frame.hidden && frame.previousElementSibling?.localName !== 'aquao-consent-placeholder', 'released, the placeholder goes');
    expect(frame.getAttribute('srcdoc')).to.equal('<p>Vimeo</p>');
  });

  it('«Activer» from the keyboard: focus goes to the content it enabled, not to <body>', async () => {
    const placeholder = placeholderFor('yt');
    await placeholder.updateComplete;
    part(placeholder, 'activate-button').focus();
    await press('Enter');
    const yt = root.querySelector<HTMLIFrameElement>('#yt')!;
    await waitUntil(() => document.activeElement === yt, 'focus should move to the video');
    expect(manager.hasDecision(), 'the other purposes are still to be asked').to.equal(false);
  });

  describe('on a phone and at 400 % zoom', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));
    for (const [width, height] of [
      [320, 640],
      [320, 200],
    ]) {
      it(`at ${width} × ${height}, grows to its content: no text or button cut, no word broken`, async () => {
        await setViewport({ width: width!, height: height! });
        // An iframe of the default size, 300 × 150: too small for the text and the buttons.
        const frame = document.createElement('iframe');
        Object.assign(frame.dataset, { consent: 'marketing', service: 'vimeo', src: FRAME });
        root.append(frame);
        await waitUntil(() => frame.previousElementSibling?.localName === 'aquao-consent-placeholder');
        const placeholder = frame.previousElementSibling as AquaoConsentPlaceholder;
        await placeholder.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        // The box the page lays out (and may clip, as a 16:9 wrapper with overflow: hidden does).
        const box = placeholder.getBoundingClientRect();
        expect(box.width, 'as wide as the screen allows').to.be.at.most(width!);
        for (const name of ['text', 'activate-button', 'preferences-button']) {
          const b = part(placeholder, name).getBoundingClientRect();
          expect(b.left >= box.left && b.right <= box.right + 0.5 && b.top >= box.top && b.bottom <= box.bottom + 0.5, `${name} inside`).to.equal(true);
          const el = part(placeholder, name);
          expect(el.scrollWidth, `${name} not cut`).to.be.at.most(el.clientWidth + 1);
        }
        expect(brokenWords(placeholder.shadowRoot!)).to.deep.equal([]);
      });
    }
  });

  it('covers embeds added later, with the configured text', async () => {
    stops.push(startPlaceholders(manager, { root, text: { fr: 'Activez {service} ({purpose}) pour voir la vidéo.' } }));
    const extra = document.createElement('iframe');
    extra.dataset.consent = 'marketing';
    extra.dataset.service = 'vimeo';
    extra.dataset.src = FRAME;
    root.append(extra);
    await waitUntil(() => extra.previousElementSibling?.localName === 'aquao-consent-placeholder');
    const placeholder = extra.previousElementSibling as AquaoConsentPlaceholder;
    await placeholder.updateComplete;
    expect(part(placeholder, 'text').textContent).to.equal('Activez Vimeo (Publicité et contenus tiers) pour voir la vidéo.');
  });

  it('stops watching when its stop function is called', async () => {
    for (const stop of stops) stop();
    const extra = document.createElement('iframe');
    extra.dataset.consent = 'marketing';
    extra.dataset.src = FRAME;
    root.append(extra);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(extra.previousElementSibling?.localName).to.not.equal('aquao-consent-placeholder');
    expect(extra.hidden).to.equal(false);
  });
});
