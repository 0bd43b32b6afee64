// Every relative link of the repository's Markdown files leads somewhere: the file exists and, for a `#fragment` into
// a Markdown file, a heading of that file has that anchor (GitHub's rule: lower case, punctuation dropped, spaces to
// hyphens, `-1`, `-2`… for repeated headings). Links and images, in Markdown or HTML; code is not read. Run by
// `npm test`; prints each broken link as file:line.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const files = execFileSync('git', ['ls-files', '*.md'], { encoding: 'utf8' }).split('\n').filter(Boolean);

/** The text without code: fenced blocks and inline spans become blank, line breaks kept (for line numbers). */
const prose = (text) =>
  text
    .replace(/^ *(```|~~~)[^]*?^ *\1/gm, (code) => code.replace(/[^\n]/g, ''))
    .replace(/(`+)[^]*?\1/g, (code) => code.replace(/[^\n]/g, ''));

const slug = (heading) =>
  heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const anchorsByFile = new Map();
function anchors(file) {
  if (!anchorsByFile.has(file)) {
    const seen = new Map();
    const found = new Set();
    const text = readFileSync(file, 'utf8').replace(/^ *(```|~~~)[^]*?^ *\1/gm, '');
    for (const [, heading] of text.matchAll(/^#{1,6}\s+(.*?)\s*#*$/gm)) {
      const base = slug(heading);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      found.add(count ? `${base}-${count}` : base);
    }
    anchorsByFile.set(file, found);
  }
  return anchorsByFile.get(file);
}

const broken = [];
for (const file of files) {
  prose(readFileSync(file, 'utf8'))
    .split('\n')
    .forEach((line, index) => {
      const targets = [...line.matchAll(/\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)|\b(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
      for (const target of targets) {
        if (/^[a-z][a-z+.-]*:/i.test(target)) continue; // https:, mailto:…: not ours to check offline
        const [path, fragment] = target.split('#');
        const resolved = path ? join(dirname(file), decodeURI(path)) : file;
        if (!existsSync(resolved)) broken.push(`${file}:${index + 1}: ${target}: no such file`);
        else if (fragment && resolved.endsWith('.md') && !anchors(resolved).has(decodeURIComponent(fragment)))
          broken.push(`${file}:${index + 1}: ${target}: no heading with that anchor in ${resolved}`);
      }
    });
}
if (broken.length) {
  console.error(`Broken links in the docs:\n${broken.join('\n')}`);
  process.exit(1);
}
console.log(`ok   the relative links of ${files.length} Markdown files`);
