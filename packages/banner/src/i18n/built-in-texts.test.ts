// The built-in texts: French typography and agreement in every French string, one spelling in every English one.
import { expect } from '@open-wc/testing';
import { cookieTableTexts, translations } from '@aquao/consent-banner/texts';
import { fixFrench } from '@aquao/consent-core/french-typography';

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
      expect(fixFrench(text).codes, `${path}: what the config's French texts get changes nothing`).to.deep.equal([]);
    }
  });

  it('agreement: the strictly necessary cookies are «Toujours actifs», plural', () => {
    expect(translations.fr!.alwaysOn).to.equal('Toujours actifs');
    expect(cookieTableTexts.fr!.alwaysOn).to.equal('toujours actifs');
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
