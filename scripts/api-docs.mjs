// Writes the components section of docs/api.md from the banner's custom-elements manifest, which `npm run build`
// generates from the classes' JSDoc (packages/banner/custom-elements-manifest.config.mjs). The JSDoc is the one
// place a component's API is written. `--check` (in `npm test`) fails when the section is not what the manifest says.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const MANIFEST = 'packages/banner/dist/custom-elements.json';
const DOC = 'docs/api.md';
const START = `<!-- Generated from ${MANIFEST} by scripts/api-docs.mjs: edit the components' JSDoc, then \`npm run build && npm run docs\`. -->`;
const END = '<!-- End of the generated components section. -->';

const cell = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => `\`${text}\``;
const typeOf = (member) => member.type?.text.replace(/ \| undefined$/, '');
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''] : [];

function element(declaration, path) {
  const folder = path.split('/')[1];
  const members = (declaration.members ?? []).filter((m) => !m.static && (m.privacy ?? 'public') === 'public');
  const fields = members.filter((m) => m.kind === 'field');
  const methods = members.filter((m) => m.kind === 'method');
  const signature = (m) =>
    `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}`).join(', ')})`;
  return [
    `### ${code(`<${declaration.tagName}>`)}`,
    '',
    `${code(declaration.name)}, defined by ${code(`@aquao/consent-banner/${folder}`)}.`,
    '',
    cell(declaration.description),
    '',
    ...table(
      ['property', 'attribute', 'type', 'default', 'description'],
      fields.map((f) => [code(f.name), f.attribute ? code(f.attribute) : '—', code(typeOf(f) ?? 'unknown'), f.default ? code(f.default) : '—', cell(f.description)]),
    ),
    ...table(
      ['method', 'returns', 'description'],
      methods.map((m) => [code(signature(m)), code(m.return?.type?.text ?? 'void'), cell(m.description)]),
    ),
    ...table(
      ['event', 'type', 'description'],
      (declaration.events ?? []).map((e) => [code(e.name), e.type ? code(e.type.text) : '—', cell(e.description)]),
    ),
    ...table(
      ['CSS part', 'description'],
      (declaration.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
    ...table(
      ['CSS property', 'description'],
      (declaration.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
  ];
}

const manifest = JSON.parse(readFileSync(`${root}${MANIFEST}`, 'utf8'));
const elements = manifest.modules
  .flatMap((m) => (m.declarations ?? []).map((d) => [d, m.path]))
  .filter(([d]) => d.tagName)
  .sort(([a], [b]) => a.tagName.localeCompare(b.tagName));
const section = [START, '', ...elements.flatMap(([d, path]) => element(d, path)), END].join('\n');

const doc = readFileSync(`${root}${DOC}`, 'utf8');
const start = doc.indexOf(START.slice(0, 20));
const end = doc.indexOf(END);
if (start < 0 || end < 0) throw new Error(`${DOC} has no generated components section (its first line starts with "${START.slice(0, 20)}")`);
const next = doc.slice(0, start) + section + doc.slice(end + END.length);

if (process.argv.includes('--check')) {
  if (next !== doc) {
    console.error(`${DOC}: the components section is not what the components' JSDoc says. Run \`npm run docs\` and commit.`);
    process.exit(1);
  }
  console.log(`${DOC}: the components section matches ${MANIFEST} (${elements.length} elements).`);
} else {
  writeFileSync(`${root}${DOC}`, next);
  console.log(`${DOC}: components section written from ${MANIFEST} (${elements.length} elements).`);
}
