// docs/benchmarks.md holds one section per benchmark, each between `<!-- begin NAME -->` and `<!-- end NAME -->`:
// a benchmark rewrites its own section and leaves the others as they are.
import { readFile, writeFile } from 'node:fs/promises';

/**
 * @param {string} file
 * @param {string} name the section's name, e.g. `banner` or `consent-log`.
 * @param {string} markdown its new content.
 */
export async function writeSection(file, name, markdown) {
  const begin = `<!-- begin ${name} -->`;
  const end = `<!-- end ${name} -->`;
  const block = `${begin}\n${markdown.trim()}\n${end}`;
  const text = await readFile(file, 'utf8').catch(() => '');
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  const next = from >= 0 && to > from ? text.slice(0, from) + block + text.slice(to + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  await writeFile(file, next.trimStart());
}
