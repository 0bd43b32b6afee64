// French typography in the config's French texts (Lexique des règles typographiques en usage à l'Imprimerie
// nationale): a narrow no-break space before ; ! ?, a no-break space before : and inside « », the typographic
// apostrophe ’, and « » rather than straight quotes. `aquao-consent check` warns; `--fix` applies `fixFrench`; the
// configurator mends French fields as they are typed. No Node API here: the configurator runs it in the browser.

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

/** The free texts of a config, with their language: strings whose description has no pattern and no list of values. */
export function* textsOf(value, node, path, language) {
  if (node.alt) {
    const alt = node.alt.find((a) => (a.t === 'array' ? Array.isArray(value) : a.t === 'map' || a.t === 'object' ? typeof value === 'object' && value && !Array.isArray(value) : typeof value === a.t));
    if (alt) yield* textsOf(value, alt, path, language);
  } else if (node.t === 'string') {
    if (typeof value === 'string' && !node.re && !node.in && path[0] !== '$schema') yield { path, value, language };
  } else if (node.t === 'array' && Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* textsOf(item, node.of, [...path, i], language);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const child = node.k?.[key] ?? (node.t === 'map' ? node.of : undefined);
      if (child) yield* textsOf(item, child, [...path, key], node.pn === 'language' ? key : language);
    }
  }
}

