import { expect } from '@open-wc/testing';
import { fill, localize, pickLanguage, textsFor } from './localize.js';

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

  it('gives French config texts French typography, as they are typed on a keyboard, and nothing else', () => {
    const typed = "Mesure d'audience : Google ; vraiment ? Oui ! « Gérer mes cookies » ou «ici»";
    const expected = 'Mesure d’audience\u00a0: Google\u202f; vraiment\u202f? Oui\u202f! «\u00a0Gérer mes cookies\u00a0» ou «\u00a0ici\u00a0»';
    expect(localize({ fr: typed, en: "Don't : change" }, 'fr')).to.equal(expected);
    expect(localize(typed, 'fr'), 'a plain string shown in French').to.equal(expected);
    expect(localize({ fr: typed, en: "Don't : change" }, 'en'), 'English stays as written').to.equal("Don't : change");
    expect(textsFor('fr', { fr: { title: "L'essentiel : vos choix", categories: { analytics: { title: "Mesure d'audience" } } } })).to.include({
      title: 'L’essentiel\u00a0: vos choix',
    });
    expect(textsFor('fr', { fr: { categories: { analytics: { title: "Mesure d'audience" } } } }).categories.analytics!.title).to.equal('Mesure d’audience');
    // The rules themselves (links, times, queries left alone) are tested with the core's french-typography.ts.
  });
});
