/**
 * A config as written: its JSON text with positions, for what `JSON.parse` cannot say. It finds duplicate keys
 * (JSON keeps the last one silently: a second pasted "analytics" block replaces the first) and where each key is,
 * so `aquao-consent check` reports `file:line:column`. Development builds and the check use it; production parses
 * with `JSON.parse` only.
 *
 * jsonc-parser (Microsoft's, the parser behind VS Code's JSON support) does the parsing: it gives a tree with offsets
 * and keeps going after an error, which a hand-written parser would have to get right for every escape and number
 * form; it runs here in strict JSON mode (no comments, no trailing commas).
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { ConfigPath, ConfigProblem } from '@aquao/consent-core/schema';

/** A syntax error's meaning, by jsonc-parser's code (the `json` problem's `arg`). */
const SYNTAX: Record<string, { en: string; fr: string }> = {
  InvalidSymbol: { en: 'unexpected character', fr: 'caractère inattendu' },
  InvalidNumberFormat: { en: 'malformed number', fr: 'nombre mal écrit' },
  PropertyNameExpected: { en: 'a key in double quotes is expected (is there a comma too many?)', fr: 'une clé entre guillemets droits est attendue (une virgule en trop ?)' },
  ValueExpected: { en: 'a value is expected', fr: 'une valeur est attendue' },
  ColonExpected: { en: 'a ":" is expected after the key', fr: 'un « : » est attendu après la clé' },
  CommaExpected: { en: 'a comma is missing', fr: 'il manque une virgule' },
  CloseBraceExpected: { en: 'a "}" is missing', fr: 'il manque une « } »' },
  CloseBracketExpected: { en: 'a "]" is missing', fr: 'il manque un « ] »' },
  EndOfFileExpected: { en: 'text after the end of the JSON', fr: 'du texte après la fin du JSON' },
  InvalidCommentToken: { en: 'comments are not allowed in JSON', fr: 'les commentaires sont interdits en JSON' },
  UnexpectedEndOfComment: { en: 'comments are not allowed in JSON', fr: 'les commentaires sont interdits en JSON' },
  UnexpectedEndOfString: { en: 'a text is not closed by a double quote', fr: 'un texte n’est pas fermé par un guillemet droit' },
  UnexpectedEndOfNumber: { en: 'malformed number', fr: 'nombre mal écrit' },
  InvalidUnicode: { en: 'malformed \\u escape', fr: 'échappement \\u mal écrit' },
  InvalidEscapeCharacter: { en: 'malformed \\ escape (write \\\\ for a backslash)', fr: 'échappement \\ mal écrit (écrivez \\\\ pour une barre oblique inverse)' },
  InvalidCharacter: { en: 'a control character (a tab or line break) inside a text: write \\t or \\n', fr: 'un caractère de contrôle (tabulation ou retour à la ligne) dans un texte : écrivez \\t ou \\n' },
};

/** A problem found in the text, at `offset` (characters from the start of the JSON). */
export type SourceProblem = ConfigProblem & { readonly offset: number };

export interface JsonSource {
  /** The parsed value (undefined when the text has a syntax error). */
  readonly value: unknown;
  /** Syntax errors (`json`) and duplicate keys (`duplicate`), in text order. */
  readonly problems: readonly SourceProblem[];
  /**
   * Where a path is in the text, as `[offset, length]`: its key for `key: true` (an unknown key), else its value;
   * the nearest parent that exists when it does not (a missing key).
   */
  rangeOf(path: ConfigPath, key?: boolean): [number, number];
  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number };
}

export function parseJsonSource(text: string): JsonSource {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const position = (offset: number) => {
    let line = lineStarts.length - 1;
    while (lineStarts[line]! > offset) line--;
    return { line: line + 1, column: offset - lineStarts[line]! + 1 };
  };
  const problems: SourceProblem[] = errors.map((e) => ({
    path: [],
    code: 'json',
    arg: SYNTAX[printParseErrorCode(e.error)] ?? { en: 'syntax error', fr: 'erreur de syntaxe' },
    offset: e.offset,
  }));
  if (!errors.length && root) {
    const visit = (node: Node, path: ConfigPath) => {
      if (node.type === 'array') node.children?.forEach((child, i) => visit(child, [...path, i]));
      if (node.type !== 'object') return;
      const first = new Map<string, number>();
      for (const property of node.children ?? []) {
        const [key, value] = property.children as [Node, Node];
        const seen = first.get(key.value);
        if (seen !== undefined) {
          problems.push({ path: [...path, key.value], code: 'duplicate', arg: position(seen).line, offset: key.offset });
        } else first.set(key.value, key.offset);
        visit(value, [...path, key.value]);
      }
    };
    visit(root, []);
  }

  /** The last property node of `key` in an object node (the one JSON keeps). */
  const property = (node: Node, key: string | number): Node | undefined =>
    node.type === 'array'
      ? node.children?.[key as number]
      : node.children?.filter((p) => p.children?.[0]?.value === key).pop();

  return {
    value: errors.length ? undefined : JSON.parse(text),
    problems,
    position,
    rangeOf(path, key) {
      let node = root;
      if (!node) return [0, 0];
      for (const [i, segment] of path.entries()) {
        const next = property(node, segment);
        if (!next) break;
        const last = i === path.length - 1;
        node = next.type === 'property' ? next.children![last && key ? 0 : 1]! : next;
      }
      return [node.offset, node.length];
    },
  };
}
