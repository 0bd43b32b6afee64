// The loader decides the visitor's language without the built-in texts (language.ts); it must decide as the banner
// does, or the floating button and the proof records would say another language than the banner.
import { expect } from '@open-wc/testing';
import { pickLanguage as bannerLanguage, translations } from '@aquao/consent-banner/texts';
import { manageLabel, pickLanguage } from '../src/language.js';

describe('the loader\'s language (language.ts)', () => {
  const page = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = page;
  });

  const texts = { de: { manage: 'Cookies verwalten' }, fr: { manage: 'Mes cookies' } };
  for (const [asked, html] of [
    [undefined, ''],
    [undefined, 'en-GB'],
    [undefined, 'de'],
    ['en', 'fr'],
    ['EN-us', ''],
    ['de', 'en'],
    ['it', 'it'],
    ['it', 'en'],
  ] as const) {
    it(`picks as the banner does: language ${String(asked)}, <html lang="${html}">`, () => {
      document.documentElement.lang = html;
      for (const given of [undefined, texts]) {
        expect(pickLanguage(asked, given)).to.equal(bannerLanguage(asked as string | undefined, given));
      }
    });
  }

  it('names the button as the banner names it: the built-in text, the config\'s, English for an added language', () => {
    expect(manageLabel('fr', undefined)).to.equal(translations.fr!.manage);
    expect(manageLabel('en', undefined)).to.equal(translations.en!.manage);
    expect(manageLabel('fr', texts)).to.equal('Mes cookies');
    expect(manageLabel('de', texts)).to.equal('Cookies verwalten');
    expect(manageLabel('it', { it: {} })).to.equal(translations.en!.manage);
  });
});
