import { expect } from '@open-wc/testing';
import { TYPOGRAPHY_MESSAGES, fixFrench, frenchSpaces, frenchTypography } from '@aquao/consent-core/french-typography';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('French typography', () => {
  it('mends text as typed on a keyboard: « », ’, no-break spaces before : and inside « », narrow ones before ; ! ?', () => {
    const typed = "Mesure d'audience : Google ; vraiment ? Oui ! « Gérer mes cookies » ou «ici», \"la politique\"";
    const expected = `Mesure d’audience${NBSP}: Google${NNBSP}; vraiment${NNBSP}? Oui${NNBSP}! «${NBSP}Gérer mes cookies${NBSP}» ou «${NBSP}ici${NBSP}», «${NBSP}la politique${NBSP}»`;
    expect(frenchTypography(typed)).to.equal(expected);
    expect(fixFrench(typed)).to.deep.equal({ codes: ['quotes', 'apostrophe', 'nbsp'], fixed: expected });
    expect(frenchTypography(expected), 'mended text stays as it is').to.equal(expected);
    expect(fixFrench(expected).codes, 'and has no problem').to.deep.equal([]);
  });

  it('adds the missing space where a sign ends a word, after a word, a bracket, a quote or a full stop', () => {
    expect(frenchTypography('Cookies: oui. Quoi?! (voir ici!) «Vraiment?» etc.: fin')).to.equal(
      `Cookies${NBSP}: oui. Quoi${NNBSP}?! (voir ici${NNBSP}!) «${NBSP}Vraiment${NNBSP}?${NBSP}» etc.${NBSP}: fin`,
    );
    expect(fixFrench('Vraiment?').codes).to.deep.equal(['nbsp']);
  });

  it('leaves links, queries, times and the no-break spaces already there alone', () => {
    for (const text of ['Voir https://aquao.fr/?q=1&a=b à 10:30.', `Vraiment${NBSP}? Oui${NBSP}!`, `«${NNBSP}ici${NNBSP}»`, 'mailto:dpo@aquao.fr']) {
      expect(fixFrench(text), text).to.deep.equal({ codes: [], fixed: text });
    }
  });

  it('mends an apostrophe after a letter only: a prime or a quote opening a word stays as typed', () => {
    expect(frenchTypography("l'essentiel, aujourd'hui, qu'")).to.equal('l’essentiel, aujourd’hui, qu’');
    expect(frenchTypography("un écran de 5' et 'ici")).to.equal("un écran de 5' et 'ici");
  });

  it('pairs straight double quotes only; an unpaired one stays', () => {
    expect(frenchTypography('un "  mot " et un écran de 15"')).to.equal(`un «${NBSP}mot${NBSP}» et un écran de 15"`);
  });

  it('frenchSpaces, for our own messages: typed spaces become no-break ones, nothing else changes', () => {
    expect(frenchSpaces('clé inconnue ; vouliez-vous dire « cookies » ? Voir : ici')).to.equal(
      `clé inconnue${NNBSP}; vouliez-vous dire «${NBSP}cookies${NBSP}»${NNBSP}? Voir${NBSP}: ici`,
    );
    const verbatim = 'x.json:1:2 categories.a: ajoutez "analytics": {}, l\'«id»?';
    expect(frenchSpaces(verbatim)).to.equal(verbatim);
  });

  it('has a message in both languages for every code it reports', () => {
    const codes = fixFrench('"a" l\'a:').codes;
    expect(codes).to.have.length(3);
    for (const code of codes) expect(TYPOGRAPHY_MESSAGES[code].fr).to.match(/^typographie/);
    expect(Object.keys(TYPOGRAPHY_MESSAGES).sort()).to.deep.equal([...codes].sort());
  });
});
