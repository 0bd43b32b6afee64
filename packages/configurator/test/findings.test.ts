// The configurator's findings are the embed's own checks (its messages, in French or English, each at its key
// path) plus French typography, which waits until the config is otherwise valid, as `aquao-consent check` does.
import { expect } from '@open-wc/testing';
import { checkEmbedConfig, describeProblem } from '@aquao/consent-embed/validate';
import { findingsOf } from '../src/model/findings.js';

describe('findings', () => {
  it('are the embed’s problems, at their key, in both languages', () => {
    const config = { categories: { necessary: {}, analytics: { cookie: ['_ga'] } }, maxAgeDays: 400 };
    const found = findingsOf(config);
    const problems = checkEmbedConfig(config);
    expect(found.map((f) => f.key)).to.deep.equal(['categories.analytics.cookie', 'maxAgeDays']);
    expect(found.map((f) => f.message('fr'))).to.deep.equal(problems.map((p) => describeProblem(p, 'fr')));
    expect(found[0]!.message('fr')).to.contain('vouliez-vous dire «\u00a0cookies\u00a0»');
    expect(found[0]!.message('en')).to.contain('did you mean "cookies"?');
    expect(found[0]!.code).to.equal('unknown');
  });

  it('add French typography once the config is valid, with the text mended', () => {
    const config = { categories: { necessary: {}, analytics: {} }, texts: { fr: { title: "L'essentiel" }, en: { title: "It's fine" } } };
    const [typography] = findingsOf(config);
    expect(typography!.key).to.equal('texts.fr.title');
    expect(typography!.warning).to.equal(true);
    expect(typography!.mended).to.equal('L’essentiel');
    expect(findingsOf(config)).to.have.length(1);
    expect(findingsOf({ ...config, maxAgeDays: 0 }).map((f) => f.key)).to.deep.equal(['maxAgeDays']);
  });
});
