/**
 * French typography for texts written on an ordinary keyboard (Imprimerie nationale, Lexique des règles
 * typographiques): a no-break space (U+00A0) before « : » and inside « », a narrow no-break space (U+202F) before
 * ; ! ?, and curly apostrophes. The built-in French texts are written this way; config texts in French get it at
 * render (localize.ts), so a line never starts with a lone « ? » or « : ».
 *
 * Conservative on purpose: a space is added before : ; ! ? only after a letter, a digit or a closing bracket or
 * quote and before a space or the end, so `https://…`, `10:30` and `?q=` inside a text stay as written.
 */
export const frenchTypography = (text: string): string =>
  text
    .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
    .replace(/«[ \u00a0\u202f]*/g, '«\u00a0')
    .replace(/[ \u00a0\u202f]*»/g, '\u00a0»')
    .replace(/(?:[ \u00a0\u202f]+|(?<=[\p{L}\d)\]»]))([:;!?])(?=\s|$)/gu, (_, mark: string) => (mark === ':' ? '\u00a0' : '\u202f') + mark);
