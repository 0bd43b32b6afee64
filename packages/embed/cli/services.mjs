// `aquao-consent services [query]`: the catalogue's tools, all of them or those a search finds, as a table a marketer
// can read or as JSON for scripts.
import { COUNTRIES, entries, search } from '@aquao/consent-catalogue';
import { usage } from './help.mjs';
import { UsageError, langOf, readArgs } from './options.mjs';

const NBSP = '\u00a0';

const TEXT = {
  fr: {
    none: (query) => `Aucun outil ne correspond à «${NBSP}${query}${NBSP}». \`npx aquao-consent services\` les liste tous.`,
    count: (n, query) => (query ? `${n} outil${n > 1 ? 's' : ''} pour «${NBSP}${query}${NBSP}»${NBSP}:` : `${n} outils${NBSP}:`),
    add: `Pour en ajouter un${NBSP}: npx aquao-consent add <id> <config.json>`,
  },
  en: {
    none: (query) => `No tool matches "${query}". \`npx aquao-consent services\` lists them all.`,
    count: (n, query) => (query ? `${n} tool${n > 1 ? 's' : ''} for "${query}":` : `${n} tools:`),
    add: 'To add one: npx aquao-consent add <id> <config.json>',
  },
};

/** One row per entry: what `--json` prints, and what the table shows. */
const rowOf = (entry, lang) => ({
  id: entry.id,
  name: entry.name,
  category: entry.category,
  provider: entry.provider.name,
  country: entry.provider.country,
  embed: entry.embed !== null,
  cookies: entry.cookies.map((cookie) => cookie.name),
  storage: entry.storage.map((item) => item.name),
  description: entry.description[lang],
});

/** Columns padded to their widest cell; the description goes on its own indented line. */
function table(rows, lang) {
  const cells = rows.map((row) => [
    row.id,
    row.name,
    row.category,
    `${row.provider}, ${COUNTRIES[row.country][lang]}`,
  ]);
  const widths = cells[0].map((_, column) => Math.max(...cells.map((cell) => cell[column].length)));
  const indent = ' '.repeat(widths[0] + 2);
  return rows.flatMap((row, i) => [
    cells[i].map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd(),
    `${indent}${row.description}`,
  ]);
}

export async function run(args, io) {
  let options;
  try {
    options = readArgs(args, { json: { type: 'boolean' } });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`aquao-consent services: ${error.message}\n`);
    io.err(usage(langOf(args)));
    return 2;
  }
  const { lang, json, positionals } = options;
  const query = positionals.join(' ').trim();
  // Words in either language find tools (a marketer may type «video» or «vidéo»); `--lang` is for what is shown.
  const found = query ? search(query) : entries;
  const rows = found.map((entry) => rowOf(entry, lang));
  if (json) {
    io.out(JSON.stringify(rows, null, 2));
    return found.length ? 0 : 1;
  }
  if (!found.length) {
    io.err(TEXT[lang].none(query));
    return 1;
  }
  io.out(TEXT[lang].count(found.length, query));
  io.out();
  for (const line of table(rows, lang)) io.out(line);
  io.out();
  io.out(TEXT[lang].add);
  return 0;
}
