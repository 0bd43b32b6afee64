// The app as a whole: a kept draft is offered and reopened against what it started from, the findings' summary lists
// the embed's problems with a way to fix a stray key, and «English» switches the words and the page's language.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DRAFT_KEY, readDraft, saveDraft } from '../src/model/draft.js';
import { PREVIEW_STORAGE_KEY } from '../src/model/preview-config.js';
import type { AquaoConfigurator } from '../src/components/configurator-app.js';
import '../src/components/configurator-app.js';

const opened = { categories: { necessary: {}, analytics: {} } };
const edited = { ...opened, bannerColour: 'red', categories: { ...opened.categories, marketing: {} } };
const button = (root: Element, text: string) => Array.from(root.querySelectorAll('button')).find((b) => b.textContent!.trim() === text)!;

describe('<aquao-configurator>', () => {
  beforeEach(() => localStorage.removeItem(DRAFT_KEY));
  // Test files share one origin: leave its storages as found (the preview's payload, the draft).
  afterEach(() => {
    localStorage.removeItem(DRAFT_KEY);
    sessionStorage.removeItem(PREVIEW_STORAGE_KEY);
    document.documentElement.lang = 'en';
  });

  it('keeps a draft as the person edits, and reads back only a well-formed one', () => {
    expect(readDraft()).to.equal(undefined);
    saveDraft({ config: edited, opened, source: 'un fichier' });
    expect(readDraft()).to.deep.equal({ config: edited, opened, source: 'un fichier' });
    localStorage.setItem(DRAFT_KEY, '{"config":');
    expect(readDraft()).to.equal(undefined);
  });

  it('reopens the draft, lists its problems, removes a stray key, and switches to English', async () => {
    saveDraft({ config: edited, opened, source: 'un fichier' });
    const app = await fixture<AquaoConfigurator>(html`<aquao-configurator></aquao-configurator>`);
    button(app, 'Reprendre le brouillon').click();
    await waitUntil(() => app.querySelector('#opened'));
    expect(app.querySelector('#opened')!.textContent).to.equal('Ouvert\u00a0: le brouillon.');
    await waitUntil(() => document.activeElement === app.querySelector('#opened'), 'the focus goes to what was opened');
    const summary = app.querySelector('.findings-summary')!;
    expect(summary.querySelector('[role="status"]')!.textContent).to.contain('1 erreur');
    expect(summary.querySelector('li')!.textContent).to.contain('bannerColour');
    // The draft is compared with what it started from: the new purpose is news for the revision helper.
    expect(app.querySelector('#revision')!.textContent).to.contain('nouvelle finalité');
    button(summary, 'Supprimer cette clé').click();
    await waitUntil(() => app.querySelector('.findings-summary [role="status"]')!.textContent!.includes('valide'));
    expect(readDraft()!.config).to.deep.equal({ categories: edited.categories });

    button(app, 'English').click();
    await waitUntil(() => app.querySelector('h1')!.textContent === 'Cookie configurator');
    expect(document.documentElement.lang).to.equal('en');
    expect(app.querySelector('.findings-summary [role="status"]')!.textContent).to.equal('The config is valid: the banner accepts it.');
  });
});
