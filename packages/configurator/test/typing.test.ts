// French typography is mended as it is typed (the rules of `aquao-consent check --fix`), the caret kept where it
// was, and without mending what is still being typed (a «:» at the caret may be «10:30» or «https://»).
import { expect } from '@open-wc/testing';
import { mendAsTyped, mendLeft } from '../src/model/typing.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('typing French', () => {
  it('mends the apostrophe at once, caret kept', () => {
    expect(mendAsTyped("l'", 2)).to.deep.equal({ value: 'l’', caret: 2 });
    expect(mendAsTyped("l'essentiel", 2)).to.deep.equal({ value: 'l’essentiel', caret: 2 });
  });

  it('adds the no-break space once what follows the sign is typed, the caret moving with it', () => {
    expect(mendAsTyped('Vos choix :', 11).value).to.equal('Vos choix :');
    expect(mendAsTyped('Vos choix : ', 12)).to.deep.equal({ value: `Vos choix${NBSP}: `, caret: 12 });
    expect(mendAsTyped('Vraiment ? Oui', 14)).to.deep.equal({ value: `Vraiment${NNBSP}? Oui`, caret: 14 });
    expect(mendAsTyped('Vraiment? Oui', 13)).to.deep.equal({ value: `Vraiment${NNBSP}? Oui`, caret: 14 });
  });

  it('leaves times and addresses alone', () => {
    expect(mendAsTyped('à 10:30', 7).value).to.equal('à 10:30');
    expect(mendAsTyped('https://www.aquao.fr/?q=1', 25).value).to.equal('https://www.aquao.fr/?q=1');
  });

  it('turns straight quotes into « » once closed, caret after them', () => {
    const typed = mendAsTyped('le lien "Gérer" ici', 15);
    expect(typed.value).to.equal(`le lien «${NBSP}Gérer${NBSP}» ici`);
    expect(typed.value.slice(0, typed.caret)).to.equal(`le lien «${NBSP}Gérer${NBSP}»`);
  });

  it('mends everything once the field is left', () => {
    expect(mendLeft('Vos choix :')).to.equal(`Vos choix${NBSP}:`);
  });
});
