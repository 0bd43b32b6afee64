/**
 * French typography, one rule set for every place that needs it (Lexique des règles typographiques en usage à
 * l'Imprimerie nationale): « » rather than straight quotes, the apostrophe ’, a no-break space (U+00A0) before «:»
 * and inside « », a narrow no-break space (U+202F) before «; ! ?». The banner applies every rule to French config
 * texts at render; `aquao-consent check` reports each rule's code and `--fix` applies them; the configurator mends
 * French fields as they are typed; `frenchSpaces` sets the no-break spaces of our own French messages.
 *
 * Conservative on purpose: a space goes before a sign only when the sign ends a word (a space, the end, a closing
 * bracket or quote, another sign follows), so `https://…`, `?q=1` and `10:30` stay as written; a no-break space
 * already there, plain or narrow, is the writer's choice and stays; an apostrophe is mended only after a letter
 * (elision: l’, qu’, aujourd’hui), so a prime (`5'`) or a quote opening a word is left as typed.
 */

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** What a rule mends: the code `aquao-consent check` reports it under. */
export type TypographyCode = 'quotes' | 'apostrophe' | 'nbsp';

/**
 * Each rule: its code, what it finds, what it puts instead; in the order they apply (quotes first: they bring « »).
 * In a `nbsp` rule, the first group is the plain spaces typed where the no-break one goes, empty or absent when
 * none was (`frenchSpaces` mends only typed ones).
 */
const RULES: ReadonlyArray<readonly [TypographyCode, RegExp, (match: string, ...groups: string[]) => string]> = [
  ['quotes', /"\s*([^"]*?)\s*"/g, (_, inner) => `«${NBSP}${inner}${NBSP}»`],
  ['apostrophe', /(?<=\p{L})'/gu, () => '’'],
  ['nbsp', /«( *)(?=\S)/g, () => `«${NBSP}`],
  ['nbsp', /(?<=\S)( *)»/g, () => `${NBSP}»`],
  // Typed spaces after anything, or none after a word's end (not after an opening « ( [ or another sign: «?!»).
  ['nbsp', /(?:(?<=\S)( +)|(?<=[^\s«(\[;:!?]))([:;!?])(?=[\s»)\]!?]|$)/g, (_, _space, sign) => (sign === ':' ? NBSP : NNBSP) + sign],
];

/** The French typography problems of `text` (each code once, in rule order) and the text mended. */
export function fixFrench(text: string): { codes: TypographyCode[]; fixed: string } {
  const codes = new Set<TypographyCode>();
  let fixed = text;
  for (const [code, find, mend] of RULES) {
    const next = fixed.replace(find, mend);
    if (next !== fixed) codes.add(code);
    fixed = next;
  }
  return { codes: [...codes], fixed };
}

/** A French text as it should be shown: every rule applied. */
export const frenchTypography = (text: string): string => RULES.reduce((fixed, [, find, mend]) => fixed.replace(find, mend), text);

/**
 * Our own French messages, written with plain spaces: each plain space typed before «: ; ! ?» or inside « » becomes
 * the no-break space it stands for, and nothing else changes (a message quotes keys, values and JSON as they are, and
 * `file:line:column key: message` keeps its colon).
 */
export const frenchSpaces = (text: string): string =>
  RULES.reduce(
    (fixed, [code, find, mend]) => (code === 'nbsp' ? fixed.replace(find, (match, space: string, ...rest) => (space ? mend(match, space, ...rest) : match)) : fixed),
    text,
  );

/** What each code means, for `aquao-consent check` and the configurator (tools only: the banner never imports it). */
export const TYPOGRAPHY_MESSAGES: Readonly<Record<TypographyCode, { readonly en: string; readonly fr: string }>> = {
  quotes: { en: 'French typography: straight quotes "…", write « … »', fr: 'typographie : guillemets droits "…", écrivez « … »' },
  apostrophe: { en: "French typography: straight apostrophe ', write ’", fr: "typographie : apostrophe droite ', écrivez ’" },
  nbsp: {
    en: 'French typography: a no-break space is missing before : ; ! ? or inside « »',
    fr: 'typographie : il manque une espace insécable avant : ; ! ? ou dans « »',
  },
};
