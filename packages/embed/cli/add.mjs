// `aquao-consent add <id> [--category c] [--provider p] <config.json>`: puts a catalogue tool into a config file as a
// service of a purpose, checks the result with the embed's own validation before writing anything, and prints the
// gated tag to hand to the developer.
import { relative, resolve } from 'node:path';
import { matchesCookie } from '@aquao/consent-core';
// The embed's own validation (the whole element: core, embed, texts, integrations), as `aquao-consent check` runs it.
import { checkEmbedConfig, describeProblem, formatPath, parseJsonSource } from '../dist/validate.js';
import { Purpose, findEntry, gatedSnippet, search, toServiceConfig } from '@aquao/consent-catalogue';
import { ADD_TEXT } from './add-messages.mjs';
import { usage } from './help.mjs';
import { JsonFileError, readJsonFile, writeJsonFile } from './json-file.mjs';
import { UsageError, langOf, readArgs } from './options.mjs';

/** The core's rule for category ids (config.ts), so a bad `--category` is refused before the file is touched. */
const CATEGORY_ID = /^[a-z][\w-]*$/i;

/**
 * The config's first error, as `config.key.path: message`, or undefined when the embed would accept it. A file
 * that only lacks purposes (`starting`: before the first add) is a starting point, not an error.
 */
const validate = (config, lang, starting = false) => {
  const error = checkEmbedConfig(config).find(
    (p) => !p.warning && !(starting && (p.code === 'purposes' || (p.code === 'required' && formatPath(p.path) === 'categories'))),
  );
  return error && `config.${formatPath(error.path)}: ${describeProblem(error, lang)}`;
};

/** Ends the command with a message on stderr and an exit code. */
class Stop extends Error {
  constructor(message, code = 1) {
    super(message);
    this.code = code;
  }
}

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const nameOf = (cookie) => (typeof cookie === 'string' ? cookie : cookie?.name);

/** Where else the config already declares a cookie this service declares (a category's own list, another service). */
function overlaps(categories, service) {
  const patterns = (service.cookies ?? []).map((cookie) => cookie.name);
  const covers = (declared) => patterns.some((pattern) => pattern === declared || (!declared.endsWith('*') && matchesCookie(pattern, declared)));
  const found = [];
  for (const [id, category] of Object.entries(categories)) {
    if (!isObject(category)) continue;
    const own = (Array.isArray(category.cookies) ? category.cookies : []).map(nameOf).filter((name) => typeof name === 'string' && covers(name));
    if (own.length) found.push([`categories.${id}.cookies`, own]);
    (Array.isArray(category.services) ? category.services : []).forEach((other, i) => {
      if (other === service || !isObject(other)) return;
      const names = (Array.isArray(other.cookies) ? other.cookies : []).map(nameOf).filter((name) => typeof name === 'string' && covers(name));
      if (names.length) found.push([`categories.${id}.services[${i}] (${other.id})`, names]);
    });
  }
  return found;
}

/** The service id's current place in the config, if any. */
function findService(categories, id) {
  for (const [categoryId, category] of Object.entries(categories)) {
    const services = isObject(category) && Array.isArray(category.services) ? category.services : [];
    const index = services.findIndex((service) => isObject(service) && service.id === id);
    if (index >= 0) return `categories.${categoryId}.services[${index}]`;
  }
  return undefined;
}

function addService({ id, file, category: asked, provider, lang, cwd }) {
  const t = ADD_TEXT[lang];
  const entry = findEntry(id);
  if (!entry) {
    const close = search(id.replace(/[-_]/g, ' ')).slice(0, 5).map((e) => e.id);
    throw new Stop([t.unknownId(id), ...(close.length ? [t.didYouMean(close)] : [])].join('\n'));
  }
  const categoryId = asked ?? entry.category;
  if (!CATEGORY_ID.test(categoryId)) throw new Stop(t.badCategory(categoryId), 2);

  const shown = relative(cwd, resolve(cwd, file)) || file;
  let read;
  try {
    read = readJsonFile(resolve(cwd, file));
  } catch (error) {
    if (!(error instanceof JsonFileError)) throw error;
    throw new Stop(error.kind === 'syntax' ? t.syntax(shown, error.detail) : t[error.kind](shown, error.detail.message));
  }
  const { data: config, layout, text } = read;
  // A key written twice: JSON.parse kept the last block only, and writing the file back would delete the first.
  const twice = parseJsonSource(text).problems.find((p) => p.code === 'duplicate');
  if (twice) {
    const { line, column } = parseJsonSource(text).position(twice.offset);
    throw new Stop(t.duplicateKey(shown, { line, column, key: formatPath(twice.path), first: twice.arg }));
  }
  if (!isObject(config)) throw new Stop(t.notObject(shown, '(root)'));
  const before = validate(config, lang, true);
  if (before) throw new Stop(t.invalidBefore(shown, before));

  config.categories ??= {};
  if (!isObject(config.categories)) throw new Stop(t.notObject(shown, 'categories'));
  const where = findService(config.categories, entry.id);
  if (where) throw new Stop(t.duplicate(entry.id, where));

  const key = `categories.${categoryId}`;
  const created = config.categories[categoryId] === undefined;
  const category = (config.categories[categoryId] ??= {});
  if (!isObject(category)) throw new Stop(t.notObject(shown, key));
  category.services ??= [];
  if (!Array.isArray(category.services)) throw new Stop(t.notArray(shown, `${key}.services`));

  const service = toServiceConfig(entry, provider ? { provider } : {});
  category.services.push(service);
  const after = validate(config, lang);
  if (after) throw new Stop(t.invalidAfter(after));
  writeJsonFile(resolve(cwd, file), config, layout);

  const required = category.required === true || categoryId === Purpose.necessary;
  return { entry, service, key, shown, created, required, overlaps: overlaps(config.categories, service), categoryId };
}

/** What was added, the tag to hand over, what the site must do, and what visitors will see. */
function report(done, lang, io) {
  const t = ADD_TEXT[lang];
  const { entry, service, key, shown, created, required, categoryId } = done;
  const list = (items) => (items.length ? items.join(', ') : t.none);
  io.out(t.added(entry.name, `${key}.services`, shown));
  io.out(`  ${t.provider}${lang === 'fr' ? '\u00a0' : ''}: ${service.provider[lang]}`);
  io.out(`  ${t.cookies}${lang === 'fr' ? '\u00a0' : ''}: ${list(entry.cookies.map((c) => c.name))}`);
  io.out(`  ${t.storage}${lang === 'fr' ? '\u00a0' : ''}: ${list(entry.storage.map((s) => `${s.name} (${s.type})`))}`);
  if (created) io.out(t.created(key));
  if (created && !Object.values(Purpose).includes(categoryId)) io.out(t.needsTexts(key));
  if (required && entry.category !== Purpose.necessary) io.out(t.required(key));
  for (const [where, names] of done.overlaps) io.out(t.overlap(names, where));
  io.out();
  io.out(t.snippet);
  io.out();
  for (const line of gatedSnippet(entry, { category: categoryId, id: service.id, lang }).split('\n')) io.out(`  ${line}`);
  io.out();
  if (entry.setup) io.out(`  ${entry.setup[lang]}`);
  if (entry.embed) io.out(`  ${t.placeholder}`);
  if (entry.signals.length) {
    io.out();
    io.out(t.signals);
    for (const signal of entry.signals) io.out(`  ${signal.type}: ${signal.grant}  /  ${signal.revoke}`);
  }
  if (entry.requirements.length) {
    io.out();
    io.out(t.requirements);
    for (const requirement of entry.requirements) io.out(`  - ${requirement[lang]}`);
  }
  io.out();
  io.out(required ? t.noReask : t.reask);
}

export async function run(args, io) {
  let options;
  try {
    options = readArgs(args, { category: { type: 'string' }, provider: { type: 'string' } });
    if (options.positionals.length !== 2) throw new UsageError('add needs a tool id and a config file');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`aquao-consent add: ${error.message}\n`);
    io.err(usage(langOf(args)));
    return 2;
  }
  const [id, file] = options.positionals;
  try {
    report(addService({ ...options, id, file, cwd: io.cwd }), options.lang, io);
    return 0;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    io.err(`aquao-consent add: ${error.message}`);
    return error.code;
  }
}
