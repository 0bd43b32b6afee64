// Edits of a config as data: each returns a new config, the old one untouched; emptied texts leave no `{}` behind,
// while `"necessary": {}` stays; tools move and go with their fields.
import { expect } from '@open-wc/testing';
import { findEntry } from '@aquao/consent-catalogue';
import { addCatalogueService, addPurpose, getIn, moveService, removePurpose, removeService, servicesOf, setIn } from '../src/model/config-edit.js';

describe('config edits', () => {
  it('sets a value deep down without touching the original', () => {
    const config = { categories: { necessary: {} } };
    const edited = setIn(config, ['texts', 'fr', 'title'], 'Vos cookies');
    expect(edited).to.deep.equal({ categories: { necessary: {} }, texts: { fr: { title: 'Vos cookies' } } });
    expect(config).to.deep.equal({ categories: { necessary: {} } });
  });

  it('removes a text and the texts it leaves empty, from the depth asked only', () => {
    const config = { texts: { fr: { title: 'a' } }, categories: { necessary: { title: 'x' } } };
    expect(setIn(config, ['texts', 'fr', 'title'], undefined, 1)).to.deep.equal({ categories: { necessary: { title: 'x' } } });
    // Without pruning, the purpose stays, empty: it still means «ask for it».
    expect(setIn(config, ['categories', 'necessary', 'title'], undefined)).to.deep.equal({ texts: { fr: { title: 'a' } }, categories: { necessary: {} } });
  });

  it('adds a catalogue tool under its usual purpose, creating the purpose, as `aquao-consent add` does', () => {
    const config = addCatalogueService({ categories: { necessary: {} } }, findEntry('youtube')!);
    expect(Object.keys(config.categories)).to.deep.equal(['necessary', 'embeds']);
    expect(getIn(config, ['categories', 'embeds', 'services', 0, 'id'])).to.equal('youtube');
    expect(getIn(config, ['categories', 'embeds', 'services', 0, 'cookies', 0, 'name'])).to.equal('YSC');
    expect(getIn(config, ['categories', 'embeds', 'services', 0, 'privacyPolicyUrl'])).to.equal('https://policies.google.com/privacy');
  });

  it('moves a tool to another purpose and removes one, leaving the purpose', () => {
    let config = addCatalogueService(addCatalogueService({ categories: { necessary: {}, analytics: {} } }, findEntry('matomo')!), findEntry('hotjar')!);
    const [matomo] = servicesOf(config);
    config = moveService(config, matomo!, 'marketing');
    expect(servicesOf(config).map((s) => `${s.category}/${s.service.id}`)).to.deep.equal(['analytics/hotjar', 'marketing/matomo']);
    config = removeService(config, servicesOf(config)[0]!);
    expect(config.categories.analytics).to.deep.equal({});
  });

  it('adds and removes purposes; necessary stays', () => {
    const config = addPurpose({ categories: { necessary: {} } }, 'preferences');
    expect(Object.keys(config.categories)).to.deep.equal(['necessary', 'preferences']);
    expect(removePurpose(config, 'necessary')).to.equal(config);
    expect(Object.keys(removePurpose(config, 'preferences').categories)).to.deep.equal(['necessary']);
  });
});
