// Reading and rewriting a JSON config file without disturbing what its author chose: key order (JSON.parse keeps
// it), indentation, line endings, a byte-order mark, and whether the file ends with a newline.
import { readFileSync, writeFileSync } from 'node:fs';

/** A file that cannot be used, with what is wrong in a sentence for the person who runs the command. */
export class JsonFileError extends Error {
  constructor(kind, detail = {}) {
    super(kind);
    this.kind = kind;
    this.detail = detail;
  }
}

/** `position 42` in the parser's message, as the line and column an editor shows (both from 1). */
function whereIs(text, message) {
  const position = Number(/position (\d+)/.exec(message)?.[1]);
  if (!Number.isInteger(position)) return {};
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: before.at(-1).length + 1 };
}

/**
 * The parsed file, its text (without a byte-order mark) and its layout.
 * @throws {JsonFileError} `missing` (no such file), `unreadable`, or `syntax` (with `line`, `column`, `message`).
 */
export function readJsonFile(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new JsonFileError(error.code === 'ENOENT' ? 'missing' : 'unreadable', { message: error.message });
  }
  const bom = text.startsWith('\ufeff');
  const body = bom ? text.slice(1) : text;
  let data;
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw new JsonFileError('syntax', { message: error.message, ...whereIs(body, error.message) });
  }
  const layout = {
    bom,
    eol: body.includes('\r\n') ? '\r\n' : '\n',
    // The first indented key's indentation; a one-line file gets the house style, two spaces.
    indent: /\n([ \t]+)"/.exec(body)?.[1] ?? '  ',
    finalNewline: /\n$/.test(body),
  };
  return { data, layout, text: body };
}

/** Writes `data` back with the layout `readJsonFile` found. */
export function writeJsonFile(path, data, layout) {
  const json = JSON.stringify(data, null, layout.indent).replace(/\n/g, layout.eol);
  writeFileSync(path, `${layout.bom ? '\ufeff' : ''}${json}${layout.finalNewline ? layout.eol : ''}`);
}
