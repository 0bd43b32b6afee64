// The «revision» helper tells apart what visitors are asked about again by themselves (a new tool, a new purpose),
// what needs a new revision (what an accepted purpose covers changed), and what needs nothing (a removal); it
// raises the revision on request. The first test checks the premise against the core itself.
import { expect } from '@open-wc/testing';
import { createConsentManager, type ConsentConfig } from '@aquao/consent-core';
import { findEntry } from '@aquao/consent-catalogue';
import { addCatalogueService, moveService, removeService, servicesOf, setIn, type Config } from '../src/model/config-edit.js';
import { raiseRevision, revisionAdvice } from '../src/model/revision.js';

const opened: Config = {
  $schema: './schema.json',
  categories: {
    necessary: {},
    analytics: { description: { fr: 'Mesure', en: 'Measure' }, cookies: ['_ga'], services: [{ id: 'matomo', name: 'Matomo', provider: 'Nous' }] },
    marketing: {},
  },
};

/** A stored decision under `before`, read by a manager with `after`: does it still count? */
function stillDecided(before: Config, after: Config): boolean {
  let stored: string | undefined;
  const store = { read: () => stored, write: (value: string) => void (stored = value), remove: () => void (stored = undefined) };
  const core = ({ categories, revision }: Config): ConsentConfig => ({ categories, revision });
  createConsentManager(core(before), { store }).acceptAll();
  return createConsentManager(core(after), { store }).hasDecision();
}

describe('revision advice', () => {
  it('matches the core: a new tool or purpose is asked again by itself, a removed one is not', () => {
    const added = addCatalogueService(opened, findEntry('youtube')!);
    const removed = removeService(opened, servicesOf(opened)[0]!);
    expect(stillDecided(opened, opened)).to.equal(true);
    expect(stillDecided(opened, added)).to.equal(false);
    expect(stillDecided(opened, removed)).to.equal(true);
    expect(stillDecided(opened, raiseRevision(opened, opened))).to.equal(false);
  });

  it('says nothing when nothing changed', () => {
    const advice = revisionAdvice(opened, structuredClone(opened));
    expect([advice.automatic, advice.meaning, advice.neutral, advice.needsRevision]).to.deep.equal([[], [], [], false]);
  });

  it('adding tools is asked again by itself; removing needs nothing', () => {
    const edited = removeService(addCatalogueService(addCatalogueService(opened, findEntry('youtube')!), findEntry('hotjar')!), { category: 'analytics', index: 0 });
    const advice = revisionAdvice(opened, edited);
    // YouTube brings its purpose, embeds, which the opened config lacked: a new purpose, asked for by itself too.
    expect(advice.automatic).to.deep.equal([
      { kind: 'purpose-added', purpose: 'embeds' },
      { kind: 'service-added', purpose: 'analytics', service: 'hotjar' },
    ]);
    expect(advice.neutral).to.deep.equal([{ kind: 'service-removed', purpose: 'analytics', service: 'matomo' }]);
    expect(advice.needsRevision).to.equal(false);
  });

  it('a changed meaning needs a revision: description, a tool moved, a new provider, new cookies', () => {
    let edited = setIn(opened, ['categories', 'analytics', 'description', 'fr'], 'Mesure et publicité');
    edited = setIn(edited, ['categories', 'analytics', 'cookies'], ['_ga', '_gid']);
    edited = setIn(edited, ['categories', 'analytics', 'services', 0, 'provider'], 'Un partenaire');
    expect(revisionAdvice(opened, edited).meaning.map((m) => m.kind)).to.deep.equal(['purpose-description', 'cookies-added', 'service-provider']);
    const moved = moveService(opened, servicesOf(opened)[0]!, 'marketing');
    expect(revisionAdvice(opened, moved).meaning).to.deep.equal([{ kind: 'service-moved', service: 'matomo', from: 'analytics', to: 'marketing' }]);
    expect(revisionAdvice(opened, moved).needsRevision).to.equal(true);
  });

  it('rewording a title or a banner text needs nothing', () => {
    let edited = setIn(opened, ['categories', 'analytics', 'title'], 'Statistiques');
    edited = setIn(edited, ['texts', 'fr', 'title'], 'Vos cookies');
    const advice = revisionAdvice(opened, edited);
    expect([advice.meaning, advice.needsRevision]).to.deep.equal([[], false]);
  });

  it('raises the revision once above what was opened, after $schema; then no longer asks', () => {
    const edited = setIn(opened, ['categories', 'analytics', 'description'], 'Autre chose');
    const raised = raiseRevision(edited, opened);
    expect(Object.keys(raised).slice(0, 2)).to.deep.equal(['$schema', 'revision']);
    expect(raised.revision).to.equal(2);
    expect(raiseRevision(raised, opened).revision).to.equal(2);
    expect(revisionAdvice(opened, raised).needsRevision).to.equal(false);
  });
});
