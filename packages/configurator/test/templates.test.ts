// Each template is a config the embed accepts as it is, with no typography to mend, and starts from the catalogue.
import { expect } from '@open-wc/testing';
import { SCHEMA_PATH } from '@aquao/consent-embed/validate';
import { servicesOf } from '../src/model/config-edit.js';
import { findingsOf } from '../src/model/findings.js';
import { TEMPLATES, fromTemplate } from '../src/model/templates.js';

describe('templates', () => {
  for (const template of TEMPLATES) {
    it(`«${template.name.fr}» is valid and has its tools`, () => {
      const config = fromTemplate(template);
      expect(findingsOf(config).map((f) => `${f.key}: ${f.message('en')}`)).to.deep.equal([]);
      expect(config.$schema).to.equal(SCHEMA_PATH);
      expect(servicesOf(config).map((s) => s.service.id)).to.deep.equal(template.tools);
    });
  }

  it('files the videos under the built-in embeds purpose, in the banner\'s order, the ads under marketing', () => {
    const [videos, shop] = ['videos', 'boutique'].map((id) => fromTemplate(TEMPLATES.find((t) => t.id === id)!));
    expect(Object.keys(videos!.categories)).to.deep.equal(['necessary', 'analytics', 'embeds']);
    expect(videos!.categories.embeds.services.map((s: { id: string }) => s.id)).to.deep.equal(['youtube', 'vimeo']);
    expect(Object.keys(shop!.categories)).to.deep.equal(['necessary', 'preferences', 'analytics', 'marketing']);
  });
});
