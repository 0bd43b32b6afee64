// `aquao-consent check [file]`: checks a config file, or the config element of an HTML page, with the embed's own
// validation (dist/validate.js, built from the same sources as aquao-consent.js), and reports
// `file:line:column key.path: message`. Also: duplicate keys (JSON keeps the last one silently) and French
// typography, with the rules the banner applies at render (`--fix` mends it). Exit code 0: no error (warnings allowed); 1: errors; 2: the command was misused.
import { readFile, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { UsageError, langOf, readArgs } from './options.mjs';

/** The messages' language, unless `--lang` says: the locale's (POSIX order: LC_ALL, then LC_MESSAGES, then LANG). */
export const languageOf = (env = process.env) => (/^fr/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'fr' : 'en');

const WORDS = {
  en: {
    usage: 'Usage: aquao-consent check [file] [--fix] [--lang fr|en]\n  file: a .json config, or an .html page with <script type="application/json" id="aquao-consent-config"> (default: aquao-consent.config.json)\n  --fix: mend French typography in the file\n  --lang: language of the messages (default: from LC_ALL, LC_MESSAGES or LANG)',
    warning: 'warning:',
    unreadable: (file, error) => `aquao-consent check: cannot read ${file}: ${error}`,
    noElement: 'no <script type="application/json" id="aquao-consent-config"> element in this page',
    twoElements: 'a second config element: the embed reads the first one only; keep one',
    unknownOption: (problem) => `aquao-consent check: ${problem}`,
    notBuilt: 'aquao-consent check: dist/validate.js is missing; run `npm run build` first',
    fixed: (n, file) => `${n} text${n > 1 ? 's' : ''} mended in ${file}`,
    hash: (hash) => `configHash ${hash}: the proof-of-consent records of visitors shown this config carry it`,
    result: (file, errors, warnings) =>
      errors
        ? `${file}: ${errors} error${errors > 1 ? 's' : ''}${warnings ? `, ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}: the embed would refuse this config`
        : `${file}: valid${warnings ? ` (${warnings} warning${warnings > 1 ? 's' : ''})` : ''}`,
  },
  fr: {
    usage: 'Usage : aquao-consent check [fichier] [--fix] [--lang fr|en]\n  fichier : une configuration .json, ou une page .html avec <script type="application/json" id="aquao-consent-config"> (par défaut : aquao-consent.config.json)\n  --fix : corrige la typographie française dans le fichier\n  --lang : langue des messages (par défaut : selon LC_ALL, LC_MESSAGES ou LANG)',
    warning: 'avertissement :',
    unreadable: (file, error) => `aquao-consent check : impossible de lire ${file} : ${error}`,
    noElement: 'aucun élément <script type="application/json" id="aquao-consent-config"> dans cette page',
    twoElements: 'un second élément de configuration : l’embed ne lit que le premier ; n’en gardez qu’un',
    unknownOption: (problem) => `aquao-consent check : ${problem}`,
    notBuilt: 'aquao-consent check : dist/validate.js manque ; lancez d’abord `npm run build`',
    fixed: (n, file) => `${n} texte${n > 1 ? 's' : ''} corrigé${n > 1 ? 's' : ''} dans ${file}`,
    hash: (hash) => `configHash ${hash} : les preuves de consentement des visiteurs qui ont vu cette configuration le portent`,
    result: (file, errors, warnings) =>
      errors
        ? `${file} : ${errors} erreur${errors > 1 ? 's' : ''}${warnings ? `, ${warnings} avertissement${warnings > 1 ? 's' : ''}` : ''} : l’embed refuserait cette configuration`
        : `${file} : valide${warnings ? ` (${warnings} avertissement${warnings > 1 ? 's' : ''})` : ''}`,
  },
};

/** The config elements of an HTML page: the JSON text of each and where it starts. */
function configElements(html) {
  const found = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bid\s*=\s*["']?aquao-consent-config["'\s>]/i.test(`${match[1]}>`)) {
      found.push({ json: match[2], start: match.index + match[0].indexOf('>') + 1 });
    }
  }
  return found;
}

/** 1-based line and column of an offset in `text`. */
function position(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Checks the text of a config file (`html`: a page holding the config element).
 * @returns `problems` with their line, column, key path and message, and `fixed`: the text with French typography
 *   mended (the same text when there was nothing to mend).
 */
export async function checkSource(text, { html = false, lang = 'en' } = {}) {
  const validation = await import('../dist/validate.js').catch(() => {
    throw new Error(WORDS[lang].notBuilt);
  });
  const words = WORDS[lang];
  const problems = [];
  const report = (offset, path, message, warning = false) => problems.push({ ...position(text, offset), path, message, warning });
  // A byte-order mark (some Windows editors write one; `add` keeps it) is not JSON: skip it.
  let start = text.startsWith('\ufeff') ? 1 : 0;
  let json = text.slice(start);
  if (html) {
    const [first, ...others] = configElements(text);
    for (const other of others) report(other.start, '', words.twoElements);
    if (!first) {
      report(0, '', words.noElement);
      return { problems, fixed: text };
    }
    ({ json, start } = first);
  }
  const source = validation.parseJsonSource(json);
  const found = [...source.problems];
  if (source.value !== undefined) found.push(...validation.checkEmbedConfig(source.value));
  for (const problem of found) {
    const offset = problem.offset ?? source.rangeOf(problem.path, problem.code === 'unknown' || problem.code === 'key')[0];
    report(start + offset, validation.formatPath(problem.path), validation.describeProblem(problem, lang), problem.warning);
  }
  // French typography: warnings, mended in a copy (edits from the end, so earlier offsets stay right).
  const edits = [];
  if (source.value !== undefined && !found.some((p) => !p.warning)) {
    const language = String(source.value.language ?? 'fr').split('-')[0];
    for (const { path, value, language: lang_ } of validation.textsOf(source.value, validation.embedConfigSchema, [], language)) {
      if (lang_ !== 'fr') continue;
      const { codes, fixed } = validation.fixFrench(value);
      if (!codes.length) continue;
      const [offset, length] = source.rangeOf(path);
      for (const code of codes) report(start + offset, validation.formatPath(path), validation.TYPOGRAPHY_MESSAGES[code][lang], true);
      // In a page, "</" inside the element would end it: JSON may write it "<\/".
      edits.push({ offset: start + offset, length, text: JSON.stringify(fixed).replaceAll('</', html ? '<\\/' : '</') });
    }
  }
  let fixed = text;
  for (const edit of edits.sort((a, b) => b.offset - a.offset)) {
    fixed = fixed.slice(0, edit.offset) + edit.text + fixed.slice(edit.offset + edit.length);
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  // The notice's SHA-256, computed as the embed computes each proof record's configHash: a site keeps this file
  // and can match its records to it (docs/proof-of-consent.md).
  const valid = source.value !== undefined && !problems.some((p) => !p.warning);
  const hash = valid ? await validation.hashConfig(validation.withDefaults(source.value)) : undefined;
  return { problems, fixed, mended: edits.length, hash };
}

/** `file:line:column key.path: message`, the line every problem is reported as. */
export const formatLine = (name, p, lang = 'en') =>
  `${name}:${p.line}:${p.column} ${p.path || '(root)'}: ${p.warning ? `${WORDS[lang].warning} ` : ''}${p.message}`;

/** Runs the command (the dispatcher's `io`: `out`, `err`, `cwd`). @returns the exit code. */
export async function run(args, { out = (line) => console.log(line), err = (line) => console.error(line), cwd = process.cwd(), env = process.env } = {}) {
  // `--lang` if given, else the locale: a French marketing team reads French without asking for it.
  const asked = args.some((a) => a === '--lang' || a.startsWith('--lang='));
  let options;
  try {
    options = readArgs(args, { fix: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const lang = asked ? langOf(args) : languageOf(env);
    err(WORDS[lang].unknownOption(error.message));
    err(WORDS[lang].usage);
    return 2;
  }
  const lang = asked ? options.lang : languageOf(env);
  const words = WORDS[lang];
  const validation = await import('../dist/validate.js').catch(() => undefined);
  // French output follows French typography, as the check asks of French texts.
  const say = (print) => (line) => print(lang === 'fr' && validation ? validation.frenchSpaces(line) : line);
  [out, err] = [say(out), say(err)];
  if (options.help) {
    out(words.usage);
    return 0;
  }
  const file = options.positionals[0] ?? 'aquao-consent.config.json';
  const path = resolve(cwd, file);
  const name = relative(cwd, path) || file;
  const html = /\.x?html?$/i.test(file);
  let text;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    err(words.unreadable(file, error.code ?? error.message));
    return 2;
  }
  let result;
  try {
    result = await checkSource(text, { html, lang });
  } catch (error) {
    err(error.message);
    return 2;
  }
  let { problems } = result;
  if (options.fix && result.mended) {
    await writeFile(path, result.fixed);
    out(words.fixed(result.mended, name));
    ({ problems } = await checkSource(result.fixed, { html, lang }));
  }
  for (const p of problems) (p.warning ? out : err)(formatLine(name, p, lang));
  const errors = problems.filter((p) => !p.warning).length;
  (errors ? err : out)(words.result(name, errors, problems.length - errors));
  if (result.hash && !options.fix) out(words.hash(result.hash));
  return errors ? 1 : 0;
}
