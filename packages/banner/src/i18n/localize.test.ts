import { expect } from '@open-wc/testing';
import { fill, pickLanguage, textsFor } from './localize.js';

describe('localize', () => {
  const pageLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  it('picks the language asked for, else the page’s, else French; the primary subtag counts', () => {
    document.documentElement.lang = 'en-GB';
    expect(pickLanguage('fr-CA')).to.equal('fr');
    expect(pickLanguage(undefined)).to.equal('en');
    expect(pickLanguage('de')).to.equal('en');
    expect(pickLanguage('de', { de: { title: 'Cookies' } })).to.equal('de');
    document.documentElement.lang = '';
    expect(pickLanguage('xx')).to.equal('fr');
  });

  it('never takes an inherited member for a language (own keys only)', () => {
    document.documentElement.lang = 'constructor';
    expect(pickLanguage('toString', {})).to.equal('fr');
    expect(textsFor(pickLanguage('__proto__')).acceptAll).to.equal('Tout accepter');
  });

  it('fills placeholders literally: $ patterns stay as written', () => {
    expect(fill('{service} ({purpose})', { service: 'A $& B $$', purpose: "$'" })).to.equal("A $& B $$ ($')");
  });
});
