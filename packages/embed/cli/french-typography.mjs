// French typography in the config's French texts (Lexique des règles typographiques en usage à l'Imprimerie
// nationale): a narrow no-break space before ; ! ?, a no-break space before : and inside « », the typographic
// apostrophe ’, and « » rather than straight quotes. `aquao-consent check` warns; `--fix` applies `fixFrench`.

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Each rule: what it finds and how it mends it, in the order they apply (quotes first, they bring « »). */
const RULES = [
  { code: 'quotes', find: /"([^"]*)"/g, mend: (_, inner) => `«${NBSP}${inner.trim()}${NBSP}»` },
  { code: 'apostrophe', find: /'/g, mend: () => '’' },
  { code: 'nbsp', find: /«[ ]?(?=[^\s\u00a0\u202f])/g, mend: () => `«${NBSP}` },
  { code: 'nbsp', find: /([^\s\u00a0\u202f])[ ]?»/g, mend: (_, before) => `${before}${NBSP}»` },
  // Only before a space, the end or a closing sign: a URL's "://" or "?q=" and a time's "10:30" are not punctuation.
  {
    code: 'nbsp',
    find: /([^\s\u00a0\u202f«;:!?])[ ]?([;:!?])(?=[\s»)]|$)/g,
    mend: (_, before, sign) => `${before}${sign === ':' ? NBSP : NNBSP}${sign}`,
  },
];

/** The typography problems of a French text (`nbsp`, `apostrophe`, `quotes`) and the text mended. */
export function fixFrench(text) {
  const codes = new Set();
  let fixed = text;
  for (const { code, find, mend } of RULES) {
    const next = fixed.replace(find, mend);
    if (next !== fixed) codes.add(code);
    fixed = next;
  }
  return { codes: [...codes], fixed };
}

export const TYPOGRAPHY_MESSAGES = {
  nbsp: {
    en: 'French typography: a no-break space is missing before : ; ! ? or inside « »',
    fr: 'typographie : il manque une espace insécable avant : ; ! ? ou dans « »',
  },
  apostrophe: { en: "French typography: straight apostrophe ', write ’", fr: "typographie : apostrophe droite ', écrivez ’" },
  quotes: { en: 'French typography: straight quotes "…", write « … »', fr: 'typographie : guillemets droits "…", écrivez « … »' },
};
