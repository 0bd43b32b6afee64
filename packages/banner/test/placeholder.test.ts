import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createConsentManager, type ConsentManager } from '@aquao/consent-core';
import { startGating } from '@aquao/consent-core/gate';
import { startPlaceholders } from '@aquao/consent-banner';
import type { AquaoConsentPlaceholder } from '@aquao/consent-banner';
import { realClick, wipeCookies } from './helpers.js';

const FRAME = new URL('../../core/test/fixtures/frame.html', import.meta.url).href;

describe('contextual consent placeholders', () => {
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
      <aquao-consent-preferences .manager=${manager}></aquao-consent-preferences>
    </div>`);
    stops = [startGating(manager, { root }), startPlaceholders(manager, { root })];
  });
  afterEach(() => {
    for (const stop of stops) stop();
    manager.destroy();
    wipeCookies();
  });

  const placeholderFor = (id: string) => root.querySelector(`#${id}`)!.previousElementSibling as AquaoConsentPlaceholder;
  const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

  it('stands in for each refused embed, same size, saying which service and why; accessible', async () => {
    const placeholder = placeholderFor('yt');
    await placeholder.updateComplete;
    expect(placeholder.localName).to.equal('aquao-consent-placeholder');
    const frame = root.querySelector<HTMLIFrameElement>('#yt')!;
    expect(frame.hidden).to.equal(true);
    frame.hidden = false;
    const frameBox = frame.getBoundingClientRect();
    frame.hidden = true;
    const box = placeholder.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([frameBox.width, frameBox.height]);
    expect(box.width).to.be.at.least(400);
    expect(part(placeholder, 'text').textContent).to.contain('YouTube');
    expect(part(placeholder, 'text').textContent).to.contain('Publicité et contenus tiers');
    expect(part(placeholder, 'placeholder').getAttribute('aria-label')).to.equal('YouTube');
    await expect(placeholder).to.be.accessible();
  });

  it('«Activer» grants that one service and loads exactly that embed', async () => {
    const placeholder = placeholderFor('yt');
    await placeholder.updateComplete;
    await realClick(part(placeholder, 'activate-button'));
    const yt = root.querySelector<HTMLIFrameElement>('#yt')!;
    await waitUntil(() => yt.getAttribute('src') === `${FRAME}?yt`, 'the YouTube embed should load');
    await waitUntil(() => !yt.hidden && !root.querySelector('#yt')!.previousElementSibling?.matches('aquao-consent-placeholder'));
    expect(manager.getState().services.marketing).to.deep.equal({ youtube: true, vimeo: false });
    expect(manager.getState().method).to.equal('placeholder');
    const vimeo = root.querySelector<HTMLIFrameElement>('#vimeo')!;
    expect(vimeo.hasAttribute('src')).to.equal(false);
    expect(placeholderFor('vimeo').localName).to.equal('aquao-consent-placeholder');
  });

  it('its second button opens the preferences', async () => {
    const placeholder = placeholderFor('vimeo');
    await placeholder.updateComplete;
    await realClick(part(placeholder, 'preferences-button'));
    const panel = root.querySelector('aquao-consent-preferences')!;
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    panel.shadowRoot!.querySelector('dialog')!.close();
  });

  it('takes configured text, in the page language', async () => {
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
});
