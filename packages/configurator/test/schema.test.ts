// The words of a field: French from the configurator's own list, with French typography as all its French words
// (no-break spaces before : ; ! ? and inside « »), else the JSON Schema's English.
import { expect } from '@open-wc/testing';
import { helpOf, labelOf } from '../src/model/schema.js';

describe('a field’s words', () => {
  it('French labels and help get French typography; English is as the schema writes it', () => {
    expect(labelOf(['floatingButton'], 'fr')).to.equal('Bouton flottant «\u00a0Gérer mes cookies\u00a0»');
    expect(helpOf(['revision'], 'fr')).to.contain('change\u00a0: tous');
    expect(helpOf(['floatingButton', 'position'], 'fr')).to.match(/^En bas à gauche/);
    expect(labelOf(['floatingButton'], 'en')).to.equal('Floating button');
    expect(helpOf(['floatingButton', 'position'], 'en')).to.equal('Bottom left (where the CNIL\'s example puts it) or bottom right.');
  });
});
