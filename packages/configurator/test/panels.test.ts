// The sections in Chromium: the forms come from the config's description (every key has its field, and a key added
// to the description later gets one with no code), French is mended as typed, a wrong value shows the embed's
// message beside its field, the catalogue adds tools, the revision is raised on confirmation; axe finds nothing.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { object, text } from '@aquao/consent-core/schema';
import { findEntry } from '@aquao/consent-catalogue';
import { addCatalogueService, setIn, type Config } from '../src/model/config-edit.js';
import { findingsOf } from '../src/model/findings.js';
import { ROOT } from '../src/model/schema.js';
import { fieldId } from '../src/components/ids.js';
import type { Panel } from '../src/components/panel.js';
import '../src/components/settings-panel.js';
import '../src/components/texts-panel.js';
import '../src/components/tools-panel.js';
import '../src/components/revision-panel.js';
import '../src/components/purposes-panel.js';

const base: Config = { categories: { necessary: {}, analytics: {}, marketing: {} } };

/** Plays the app's part: each edit becomes the panel's config, with its findings. */
function wire<T extends Panel>(panel: T): T {
  panel.addEventListener('cfg-edit', (event) => {
    panel.config = event.detail.config;
    panel.findings = findingsOf(event.detail.config);
  });
  return panel;
}

const type = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  input.value = value;
  if (input.type !== 'number') input.setSelectionRange(value.length, value.length);
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
};

describe('the configurator’s sections', () => {
  it('settings: every key of the description has its field, a key added later too', async () => {
    const shown = ['$schema', 'categories', 'texts', 'revision'];
    const keys = Object.keys(ROOT.k!).filter((key) => !shown.includes(key));
    (ROOT.k as Record<string, unknown>).controller = object({ name: text({ title: 'Controller', description: 'Who asks for consent.' }) }, { title: 'Controller', description: 'The site’s operator.' });
    try {
      const panel = wire(await fixture<Panel>(html`<cfg-settings-panel .config=${base}></cfg-settings-panel>`));
      for (const key of keys) expect(panel.querySelector(`#${fieldId([key])}`), key).to.exist;
      const controller = panel.querySelector(`#${fieldId(['controller'])}`)!;
      expect(controller.querySelector('legend')!.textContent).to.equal('Controller');
      const french = panel.querySelector<HTMLInputElement>(`#${fieldId(['controller', 'name', 'fr'])}`)!;
      type(french, "Actuelburo, l'équipe");
      expect(panel.config.controller).to.deep.equal({ name: { fr: 'Actuelburo, l’équipe' } });
    } finally {
      delete (ROOT.k as Record<string, unknown>).controller;
    }
  });

  it('texts: every text in the description has its field; French is mended as typed, English is not', async () => {
    const panel = wire(await fixture<Panel>(html`<cfg-texts-panel .config=${base}></cfg-texts-panel>`));
    const texts = ROOT.k!.texts!.k!.fr!;
    for (const key of Object.keys(texts.k!).filter((k) => k !== 'categories' && k !== 'cookieTable')) {
      expect(panel.querySelector(`#${fieldId(['texts', 'fr', key])}`), key).to.exist;
    }
    for (const key of Object.keys(texts.k!.cookieTable!.k!)) expect(panel.querySelector(`#${fieldId(['texts', 'fr', 'cookieTable', key])}`), key).to.exist;
    const title = panel.querySelector<HTMLInputElement>(`#${fieldId(['texts', 'fr', 'title'])}`)!;
    expect(title.placeholder).to.equal('Vos choix sur les cookies');
    type(title, "L'essentiel : vos choix");
    expect(panel.config.texts).to.deep.equal({ fr: { title: 'L’essentiel\u00a0: vos choix' } });
    expect(title.value).to.equal('L’essentiel\u00a0: vos choix');
    panel.querySelector<HTMLButtonElement>('.segmented button:nth-child(2)')!.click();
    await panel.updateComplete;
    type(panel.querySelector<HTMLInputElement>(`#${fieldId(['texts', 'en', 'title'])}`)!, "It's yours: choose");
    expect(panel.config.texts.en).to.deep.equal({ title: "It's yours: choose" });
    // Emptied, a text goes, and `texts` with it when nothing is left.
    type(panel.querySelector<HTMLInputElement>(`#${fieldId(['texts', 'en', 'title'])}`)!, '');
    expect(panel.config.texts).to.deep.equal({ fr: { title: 'L’essentiel\u00a0: vos choix' } });
    await expect(panel).to.be.accessible();
  });

  it('a wrong value shows the embed’s message beside its field, tied to it', async () => {
    const config = { ...base, maxAgeDays: 400 };
    const panel = wire(await fixture<Panel>(html`<cfg-settings-panel .config=${config} .findings=${findingsOf(config)}></cfg-settings-panel>`));
    const input = panel.querySelector<HTMLInputElement>(`#${fieldId(['maxAgeDays'])}`)!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const described = input.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!.textContent!.replace(/\s+/g, ' '));
    expect(described.join(' ')).to.contain('doit être entre 1 et 395');
    type(input, '182');
    await panel.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    await expect(panel).to.be.accessible();
  });

  it('tools: «pixel» finds the ad pixels; adding one puts it under its purpose, with a field for every key of a service', async () => {
    const panel = wire(await fixture<Panel>(html`<cfg-tools-panel .config=${base}></cfg-tools-panel>`));
    type(panel.querySelector<HTMLInputElement>('#catalogue-search')!, 'pixel');
    await panel.updateComplete;
    expect(panel.querySelectorAll('.results li')).to.have.length(6);
    panel.querySelector<HTMLButtonElement>('button[aria-label="Ajouter Meta Pixel (Facebook, Instagram)"]')!.click();
    await panel.updateComplete;
    expect(panel.config.categories.marketing.services.map((s: Config) => s.id)).to.deep.equal(['meta-pixel']);
    expect(panel.querySelector('[role="status"]')!.textContent).to.contain('Meta Pixel (Facebook, Instagram) ajouté');
    // Its button is gone («Déjà ajouté»): the focus is back in the search, not lost.
    expect(document.activeElement?.id).to.equal('catalogue-search');
    // Moved, it keeps the focus in its new place; removed, the focus goes to its purpose's heading.
    const menu = panel.querySelector<HTMLSelectElement>(`#${fieldId(['categories', 'marketing', 'services', 0])}-purpose`)!;
    menu.value = 'analytics';
    menu.dispatchEvent(new Event('change'));
    await panel.updateComplete;
    expect(panel.config.categories.analytics.services.map((s: Config) => s.id)).to.deep.equal(['meta-pixel']);
    expect(document.activeElement?.id).to.equal(`${fieldId(['categories', 'analytics', 'services', 0])}-purpose`);
    panel.querySelector<HTMLButtonElement>('button[aria-label="Retirer Meta Pixel (Facebook, Instagram)"]')!.click();
    await panel.updateComplete;
    expect(document.activeElement?.id).to.equal('tools-analytics');
    panel.config = addCatalogueService(base, findEntry('meta-pixel')!);
    await panel.updateComplete;
    const service = ROOT.k!.categories!.of!.k!.services!.of!;
    for (const key of Object.keys(service.k!)) expect(panel.querySelector(`#${fieldId(['categories', 'marketing', 'services', 0, key])}`), key).to.exist;
    await expect(panel).to.be.accessible();
  });

  it('purposes: add one (built-in texts, or a title to write), declare its cookies line by line, remove it', async () => {
    const panel = wire(await fixture<Panel>(html`<cfg-purposes-panel .config=${base}></cfg-purposes-panel>`));
    const add = async (id: string) => {
      type(panel.querySelector<HTMLInputElement>('#new-purpose')!, id);
      panel.querySelector('form')!.requestSubmit();
      await panel.updateComplete;
    };
    await add('preferences');
    await add('statistiques');
    expect(panel.config.categories.preferences).to.deep.equal({});
    expect(panel.config.categories.statistiques).to.deep.equal({ title: { fr: 'statistiques', en: 'statistiques' } });
    const cookies = ['categories', 'statistiques', 'cookies'];
    panel.querySelector<HTMLButtonElement>(`#${fieldId(cookies)}-add`)!.click();
    await panel.updateComplete;
    type(panel.querySelector<HTMLInputElement>(`#${fieldId([...cookies, 0, 'name'])}`)!, '_stat_*');
    await panel.updateComplete;
    type(panel.querySelector<HTMLInputElement>(`#${fieldId([...cookies, 0, 'duration', 'fr'])}`)!, '13 mois');
    expect(panel.config.categories.statistiques.cookies).to.deep.equal([{ name: '_stat_*', duration: { fr: '13 mois' } }]);
    await panel.updateComplete;
    await expect(panel).to.be.accessible();
    panel.querySelector<HTMLButtonElement>(`#${fieldId([...cookies, 0])} button`)!.click();
    await panel.updateComplete;
    await new Promise(requestAnimationFrame);
    expect(panel.config.categories.statistiques.cookies).to.equal(undefined);
    expect(document.activeElement?.id).to.equal(`${fieldId(cookies)}-add`);
    Array.from(panel.querySelectorAll('button')).find((b) => b.textContent!.includes('Retirer la finalité statistiques'))!.click();
    await panel.updateComplete;
    expect(Object.keys(panel.config.categories)).to.deep.equal(['necessary', 'analytics', 'marketing', 'preferences']);
    expect(document.activeElement?.id).to.equal('purposes-title');
  });

  it('revision: a changed description asks for the next revision, raised on confirmation only', async () => {
    const opened = addCatalogueService(base, findEntry('matomo')!);
    const edited = setIn(opened, ['categories', 'analytics', 'description'], { fr: 'Mesure et publicité', en: 'Measure and ads' });
    const panel = wire(await fixture<Panel & { opened: Config }>(html`<cfg-revision-panel .opened=${opened} .config=${edited}></cfg-revision-panel>`));
    const raise = Array.from(panel.querySelectorAll('button')).find((b) => b.textContent!.includes('Passer à la révision 2'))!;
    raise.click();
    await panel.updateComplete;
    expect(panel.config.revision).to.equal(undefined);
    expect(document.activeElement!.textContent).to.equal('Confirmer');
    await expect(panel).to.be.accessible();
    setTimeout(() => (document.activeElement as HTMLButtonElement).click());
    await oneEvent(panel, 'cfg-edit');
    expect(panel.config.revision).to.equal(2);
  });
});
