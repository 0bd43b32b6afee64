import { expect, fixture, html } from '@open-wc/testing';
import { createConsentManager, type ConsentManager } from '@aquao/consent-core';
import '@aquao/consent-banner/consent-placeholder';
import '@aquao/consent-banner/consent-preferences';
import type { AquaoConsentPlaceholder } from '@aquao/consent-banner/consent-placeholder';
import { wipeCookies } from '../../../core/test/helpers.js';
import { part, realClick } from '../../test/helpers.js';

describe('<aquao-consent-placeholder>', () => {
  let manager: ConsentManager;
  let placeholder: AquaoConsentPlaceholder;

  const mount = async (service?: string, text?: AquaoConsentPlaceholder['text']) => {
    const root = await fixture<HTMLElement>(html`<div>
      <aquao-consent-placeholder .manager=${manager} category="marketing" .service=${service} .text=${text}></aquao-consent-placeholder>
      <aquao-consent-preferences .manager=${manager}></aquao-consent-preferences>
    </div>`);
    placeholder = root.querySelector('aquao-consent-placeholder')!;
    await placeholder.updateComplete;
  };

  beforeEach(() => {
    manager = createConsentManager({
      categories: { marketing: { services: [{ id: 'youtube', name: 'YouTube', provider: 'Google' }, { id: 'vimeo', name: 'Vimeo' }] } },
    });
  });
  afterEach(() => {
    manager.destroy();
    wipeCookies();
  });

  it('says which service is waiting and why, as a labelled group; accessible', async () => {
    await mount('youtube');
    expect(part(placeholder, 'text').textContent).to.contain('YouTube');
    expect(part(placeholder, 'text').textContent).to.contain('Publicité et contenus tiers');
    expect(part(placeholder, 'placeholder').getAttribute('role')).to.equal('group');
    expect(part(placeholder, 'placeholder').getAttribute('aria-label')).to.equal('YouTube');
    await expect(placeholder).to.be.accessible();
  });

  it('«Activer» grants that one service, recorded as given from a placeholder, and decides nothing else', async () => {
    await mount('youtube');
    await realClick(part(placeholder, 'activate-button'));
    expect(manager.getState().services.marketing).to.deep.equal({ youtube: true, vimeo: false });
    expect(manager.getState().method).to.equal('placeholder');
    expect(manager.hasDecision(), 'the other purposes are still to be asked').to.equal(false);
  });

  it('its second button opens the preferences', async () => {
    await mount('vimeo');
    await realClick(part(placeholder, 'preferences-button'));
    const panel = document.querySelector('aquao-consent-preferences')!;
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    panel.shadowRoot!.querySelector('dialog')!.close();
  });

  it('takes configured text, in the page language', async () => {
    await mount('vimeo', { fr: 'Activez {service} ({purpose}) pour voir la vidéo.' });
    expect(part(placeholder, 'text').textContent).to.equal('Activez Vimeo (Publicité et contenus tiers) pour voir la vidéo.');
  });
});
