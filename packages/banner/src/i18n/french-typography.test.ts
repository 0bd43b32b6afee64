import { expect } from '@open-wc/testing';
import { cookieTableTexts, translations } from '@aquao/consent-banner/texts';
import { frenchTypography } from './french-typography.js';
import { localize, textsFor } from './localize.js';

/** Every string of a texts object, with its path, categories and nested objects included. */
const strings = (value: unknown, path: string): Array<[string, string]> =>
  typeof value === 'string' ? [[path, value]] : Object.entries(value as object).flatMap(([key, v]) => strings(v, `${path}.${key}`));

const BUILT_IN_FRENCH = [...strings(translations.fr, 'fr'), ...strings(cookieTableTexts.fr, 'cookieTable.fr')];
const BUILT_IN_ENGLISH = [...strings(translations.en, 'en'), ...strings(cookieTableTexts.en, 'cookieTable.en')];

describe('French typography', () => {
  it('every built-in French string has it: no-break spaces before : ; ! ? and inside « », curly apostrophes', () => {
    expect(BUILT_IN_FRENCH.length).to.be.above(50);
    for (const [path, text] of BUILT_IN_FRENCH) {
      expect(text, `${path}: a straight apostrophe`).to.not.include("'");
      expect(text, `${path}: a straight quotation mark`).to.not.include('"');
      // Before : a no-break space (U+00A0); before ; ! ? a narrow one (U+202F); never an ordinary space or none.
      for (const [, before, mark] of text.matchAll(/(.)([:;!?])(?=\s|$)/gu)) {
        expect(before, `${path}: before «${mark}»`).to.equal(mark === ':' ? '\u00a0' : '\u202f');
      }
      for (const [, after] of text.matchAll(/«(.)/gu)) expect(after, `${path}: after «`).to.equal('\u00a0');
      for (const [, before] of text.matchAll(/(.)»/gu)) expect(before, `${path}: before »`).to.equal('\u00a0');
      expect(frenchTypography(text), `${path}: the automatic pass changes nothing`).to.equal(text);
    }
  });

  it('agreement: the strictly necessary cookies are «Toujours actifs», plural', () => {
    expect(translations.fr!.alwaysOn).to.equal('Toujours actifs');
    expect(cookieTableTexts.fr!.alwaysOn).to.equal('toujours actifs');
  });

  it('is applied to French texts from the config, as they are typed on a keyboard, and to nothing else', () => {
    const typed = "Mesure d'audience : Google ; vraiment ? Oui ! « Gérer mes cookies » ou «ici»";
    const expected = 'Mesure d’audience\u00a0: Google\u202f; vraiment\u202f? Oui\u202f! «\u00a0Gérer mes cookies\u00a0» ou «\u00a0ici\u00a0»';
    expect(frenchTypography(typed)).to.equal(expected);
    expect(localize({ fr: typed, en: "Don't : change" }, 'fr')).to.equal(expected);
    expect(localize(typed, 'fr'), 'a plain string shown in French').to.equal(expected);
    expect(localize({ fr: typed, en: "Don't : change" }, 'en'), 'English stays as written').to.equal("Don't : change");
    expect(textsFor('fr', { fr: { title: "L'essentiel : vos choix", categories: { analytics: { title: "Mesure d'audience" } } } })).to.include({
      title: 'L’essentiel\u00a0: vos choix',
    });
    expect(textsFor('fr', { fr: { categories: { analytics: { title: "Mesure d'audience" } } } }).categories.analytics!.title).to.equal('Mesure d’audience');
    // Links, times and queries inside a text are not touched; a missing space after a letter is added.
    expect(frenchTypography('Voir https://aquao.fr/?q=1 à 10:30. Cookies: oui')).to.equal('Voir https://aquao.fr/?q=1 à 10:30. Cookies\u00a0: oui');
  });
});

describe('English', () => {
  it('is in one spelling, British, in every built-in string', () => {
    expect(BUILT_IN_ENGLISH.length).to.be.above(50);
    for (const [path, text] of BUILT_IN_ENGLISH) {
      expect(text, path).to.not.match(/\b(customiz|honor|color|behavior|favor|analyz|organiz|optimiz|personaliz|center|license\b|catalog\b)/i);
      expect(text, `${path}: a straight apostrophe`).to.not.include("'");
    }
    expect(translations.en!.customize).to.equal('Customise');
  });
});
