import { expect, fixture, html } from '@open-wc/testing';
import { createConsentManager, type ConsentManager } from '@aquao/consent-core';
import '@aquao/consent-banner/consent-preferences';
import '@aquao/consent-banner/cookie-table';
import type { AquaoCookieTable } from '@aquao/consent-banner/cookie-table';
import { wipeCookies } from '../../../core/test/helpers.js';
import { brokenWords, realClick } from '../../test/helpers.js';

describe('<aquao-cookie-table>', () => {
  let manager: ConsentManager;
  let table: AquaoCookieTable;

  beforeEach(async () => {
    manager = createConsentManager({
      maxAgeDays: 182,
      categories: {
        analytics: {
          title: { fr: "Mesure d'audience", en: 'Analytics' },
          cookies: [{ name: '_ga', provider: 'Google', duration: '13 mois', description: 'Distingue les visiteurs' }, '_ga_*'],
          services: [{ id: 'hotjar', name: 'Hotjar', provider: 'Hotjar Ltd', cookies: [{ name: '_hj*', duration: '1 an' }] }],
        },
        marketing: { description: '<b>pub</b>' },
      },
    });
    const root = await fixture<HTMLElement>(html`<div>
      <aquao-cookie-table .manager=${manager} heading-level="3"></aquao-cookie-table>
      <aquao-consent-preferences .manager=${manager}></aquao-consent-preferences>
    </div>`);
    table = root.querySelector('aquao-cookie-table')!;
  });
  afterEach(() => {
    manager.destroy();
    wipeCookies();
  });

  const section = (id: string) => table.querySelector<HTMLElement>(`section[data-category="${id}"]`)!;
  const rows = (id: string) =>
    Array.from(section(id).querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent!.trim()));

  it("takes the config's texts: a third language, English for what it leaves out, placeholders filled literally", async () => {
    const texts = { de: { cookieTable: { name: 'Name', consentDuration: '{days} Tage ($&)' }, categories: { marketing: { title: 'Werbung' } } } };
    const german = await fixture<AquaoCookieTable>(html`<aquao-cookie-table .manager=${manager} language="de" .texts=${texts}></aquao-cookie-table>`);
    expect(Array.from(german.querySelectorAll('thead th')).slice(0, 4).map((th) => th.textContent)).to.deep.equal(['Name', 'Provider', 'Purpose', 'Duration']);
    expect(german.querySelector('section[data-category="necessary"] tbody tr')!.children[3]!.textContent!.trim()).to.equal('182 Tage ($&)');
    // The category's own title (English, for want of German) wins; a built-in purpose takes texts.de.categories.
    expect(Array.from(german.querySelectorAll('h2')).map((h) => h.textContent)).to.deep.equal(['Strictly necessary', 'Analytics', 'Werbung']);
  });

  it("uses the embed's language and texts when it takes the embed's manager", async () => {
    const page = window as { aquaoConsent?: unknown };
    page.aquaoConsent = { ...manager, language: 'en', texts: { en: { cookieTable: { change: 'Edit my choices' } } } };
    try {
      const adopted = await fixture<AquaoCookieTable>(html`<aquao-cookie-table></aquao-cookie-table>`);
      expect(adopted.querySelector('button')!.textContent).to.equal('Edit my choices');
      expect(adopted.querySelector('h2')!.textContent).to.equal('Strictly necessary');
    } finally {
      delete page.aquaoConsent;
    }
  });

  it('lists every category the config declares, in order, with real headings', () => {
    expect(Array.from(table.querySelectorAll('section')).map((s) => s.dataset.category)).to.deep.equal(['necessary', 'analytics', 'marketing']);
    expect(Array.from(table.querySelectorAll('h3')).map((h) => h.textContent)).to.deep.equal([
      'Strictement nécessaires',
      // French typography applied to the config's own text (an ordinary apostrophe in the config).
      'Mesure d’audience',
      'Publicité et contenus tiers',
    ]);
  });

  it('lists each cookie with provider, purpose and lifetime, services included', () => {
    expect(rows('analytics')).to.deep.equal([
      ['_ga', 'Google', 'Distingue les visiteurs', '13 mois', 'cookie'],
      ['_ga_*', '', '', '', 'cookie'],
      ['_hj*', 'Hotjar (Hotjar Ltd)', '', '1 an', 'cookie'],
    ]);
  });

  it('lists browser storage keys too, each marked as browser storage, the purpose\'s and its services\'', async () => {
    const local = createConsentManager({
      categories: {
        analytics: {
          storage: [{ name: 'ajs_user_id', provider: 'Segment', duration: 'jusqu’à effacement (stockage local)', description: 'Identifie le visiteur' }],
          services: [
            { id: 'hotjar', name: 'Hotjar', provider: 'Hotjar Ltd', cookies: ['_hjSessionUser_*'], storage: ['_hjSession*'] },
            { id: 'clarity', name: 'Clarity', storage: [{ name: '_clsk', duration: { fr: '1 jour', en: '1 day' } }] },
          ],
        },
      },
    });
    const own = await fixture<AquaoCookieTable>(html`<aquao-cookie-table .manager=${local}></aquao-cookie-table>`);
    const cells = (where: ParentNode) =>
      Array.from(where.querySelectorAll('section[data-category="analytics"] tbody tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent!.trim()));
    expect(cells(own)).to.deep.equal([
      ['ajs_user_id', 'Segment', 'Identifie le visiteur', 'jusqu’à effacement (stockage local)', 'stockage du navigateur'],
      ['_hjSessionUser_*', 'Hotjar (Hotjar Ltd)', '', '', 'cookie'],
      ['_hjSession*', 'Hotjar (Hotjar Ltd)', '', '', 'stockage du navigateur'],
      ['_clsk', 'Clarity', '', '1 jour', 'stockage du navigateur'],
    ]);
    expect(Array.from(own.querySelectorAll('section[data-category="analytics"] thead th')).map((th) => th.textContent)).to.deep.equal(['Nom', 'Fournisseur', 'Finalité', 'Durée', 'Type']);
    // A service with storage keys only is not said to set nothing of its own.
    expect(own.querySelector('[data-services]')!.textContent).to.not.contain('aucun cookie');
    const english = await fixture<AquaoCookieTable>(html`<aquao-cookie-table .manager=${local} language="en"></aquao-cookie-table>`);
    expect(cells(english).map((row) => row.at(-1))).to.deep.equal(['browser storage', 'cookie', 'browser storage', 'browser storage']);
    expect(cells(english)[3]![3]).to.equal('1 day');
    await expect(own).to.be.accessible();
    local.destroy();
  });

  it('lists the consent cookie itself with its 6-month lifetime', () => {
    const [consent] = rows('necessary');
    expect(consent![0]).to.equal('aquao_consent');
    expect(consent![1]).to.equal('Ce site');
    expect(consent![3]).to.equal('182\u00a0jours (environ 6\u00a0mois), puis la question vous est reposée');
  });

  it("shows the visitor's current choices and follows them live", async () => {
    const choice = (id: string) => section(id).querySelector('[data-choice]')!.textContent;
    expect([choice('necessary'), choice('analytics'), choice('marketing')]).to.deep.equal([
      'toujours actifs',
      'pas encore de choix (refusé)',
      'pas encore de choix (refusé)',
    ]);
    manager.update({ analytics: true });
    await table.updateComplete;
    expect([choice('analytics'), choice('marketing')]).to.deep.equal(['accepté', 'refusé']);
  });

  it('lists every service with its provider and privacy policy, those that set no cookie of their own too', async () => {
    const local = createConsentManager({
      categories: {
        embeds: {
          services: [
            { id: 'video', name: 'Vidéo', provider: 'Hébergeur', description: 'Affiche la vidéo', privacyPolicyUrl: 'https://example.com/privacy' },
            { id: 'map', name: 'Carte', cookies: ['map_*'] },
          ],
        },
      },
    });
    const own = await fixture<AquaoCookieTable>(html`<aquao-cookie-table .manager=${local}></aquao-cookie-table>`);
    const items = Array.from(own.querySelectorAll('section[data-category="embeds"] [data-services] li'));
    expect(items.map((li) => li.textContent!.replace(/[ \n]+/g, ' ').trim())).to.deep.equal([
      'Vidéo, Hébergeur — Affiche la vidéo (aucun cookie ni stockage propre déclaré) · politique de confidentialité',
      'Carte',
    ]);
    expect(items[0]!.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/privacy');
    await expect(own).to.be.accessible();
    local.destroy();
  });

  it('on a phone, rows become cards that name each column, and no word is broken', async () => {
    const narrow = await fixture<HTMLElement>(html`<div style="width: 300px">
      <aquao-cookie-table .manager=${manager}></aquao-cookie-table>
    </div>`);
    const cells = Array.from(narrow.querySelectorAll('section[data-category="analytics"] tbody tr:first-child > *'));
    const boxes = cells.map((c) => c.getBoundingClientRect());
    // Stacked, each the row's full width: a card, not four squeezed columns.
    expect(boxes.every((b, i) => !i || b.top >= boxes[i - 1]!.bottom - 0.5)).to.equal(true);
    expect(new Set(boxes.map((b) => Math.round(b.width))).size).to.equal(1);
    expect(getComputedStyle(cells[1]!, '::before').content).to.equal('"Fournisseur\u00a0: "');
    expect(getComputedStyle(cells[4]!, '::before').content).to.equal('"Type\u00a0: "');
    expect(cells[4]!.textContent).to.equal('cookie');
    expect(brokenWords(narrow)).to.deep.equal([]);
    expect(narrow.scrollWidth).to.be.at.most(300);
    await expect(narrow.querySelector('aquao-cookie-table')!).to.be.accessible();
    // Wide, it is a table again.
    narrow.style.width = '900px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const wide = cells.map((c) => c.getBoundingClientRect());
    expect(new Set(wide.map((b) => Math.round(b.top))).size, 'one line of cells').to.equal(1);
  });

  it('renders config texts as text', () => {
    expect(section('marketing').textContent).to.contain('<b>pub</b>');
    expect(section('marketing').querySelector('b')).to.equal(null);
  });

  it('has a button that opens the preferences, and passes axe', async () => {
    await realClick(table.querySelector('button')!);
    const panel = document.querySelector('aquao-consent-preferences')!;
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    panel.shadowRoot!.querySelector('dialog')!.close();
    await expect(table).to.be.accessible();
  });

  it('without a manager, takes the embed\'s from aquao-consent-ready, never an element with id="aquaoConsent"', async () => {
    const decoy = document.createElement('div');
    decoy.id = 'aquaoConsent';
    document.body.append(decoy);
    const standalone = document.createElement('aquao-cookie-table');
    document.body.append(standalone);
    try {
      expect((window as { aquaoConsent?: unknown }).aquaoConsent, 'named access').to.equal(decoy);
      expect(standalone.manager).to.equal(undefined);
      document.dispatchEvent(new CustomEvent('aquao-consent-ready', { detail: manager as never }));
      await standalone.updateComplete;
      expect(standalone.manager).to.equal(manager);
      expect(standalone.querySelectorAll('section')).to.have.length(3);
    } finally {
      standalone.remove();
      decoy.remove();
    }
  });
});
