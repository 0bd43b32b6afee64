// Builds the demo site into demo/dist: every page from demo/src/layout.html, the consent config injected from
// demo/aquao-consent.config.json (the one file marketing edits), the client's privacy policy rendered from its text,
// the assets, the two built script-tag bundles and the configurator (/configurateur/). Run after `npm run build`.
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
// `aquao-consent check`, the embed's own validation: the demo cannot be built from a config the embed would refuse.
import { checkSource, formatLine } from '../packages/embed/cli/check.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const demo = join(root, 'demo');
const dist = join(demo, 'dist');

const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/**
 * The client's policy is their document: its words are kept exactly, only given structure. A first line is the
 * title, "N. …" lines are headings, "– " lines are list items, "o " lines sub-items of the item above, other lines
 * paragraphs (inside the list item they follow, when no blank line separates them).
 */
export function renderPolicy(text) {
  const out = [];
  const blocks = text.replace(/\r\n?/g, '\n').trim().split(/\n\s*\n/);
  blocks.forEach((block, index) => {
    let inList = false;
    let inSub = false;
    const close = () => {
      if (inSub) out.push('</ul>');
      if (inList) out.push('</li></ul>');
      inList = inSub = false;
    };
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      // The policy refers to the cookie policy this project generates: the same words, now a link.
      const html = escapeHtml(line).replace('CF Politique de Cookies', 'CF <a href="/politique-de-cookies">Politique de Cookies</a>');
      if (index === 0) out.push(`<h1>${html}</h1>`);
      else if (/^\d+\.\s/.test(line)) out.push(`<h2>${html}</h2>`);
      else if (/^–\s/.test(line)) {
        if (inSub) out.push('</ul>');
        inSub = false;
        out.push(inList ? '</li><li>' : '<ul><li>');
        inList = true;
        out.push(html.replace(/^–\s+/, ''));
      } else if (/^o\s/.test(line)) {
        if (!inList) {
          out.push('<ul><li>');
          inList = true;
        }
        out.push(inSub ? `<li>${html.replace(/^o\s+/, '')}</li>` : `<ul><li>${html.replace(/^o\s+/, '')}</li>`);
        inSub = true;
      } else if (inList && !inSub) out.push(`<p>${html}</p>`);
      else {
        close();
        out.push(`<p>${html}</p>`);
      }
    }
    close();
  });
  return out.join('\n');
}

/**
 * Reads the marketing config and stops the build, as `aquao-consent check` would, with each error's line, key and
 * fix. Warnings (French typography, a language's missing texts) are printed and do not stop it.
 */
async function readConfig(path) {
  const text = await readFile(path, 'utf8');
  const { problems } = await checkSource(text);
  const lines = problems.map((p) => formatLine(relative(root, path), p));
  if (problems.some((p) => !p.warning)) throw new Error(`The config is refused (npx aquao-consent check ${relative(root, path)}):\n${lines.join('\n')}`);
  if (lines.length) console.warn(lines.join('\n'));
  // `$schema` is for editors; the pages do not need it.
  const { $schema, ...config } = JSON.parse(text);
  return config;
}

/**
 * @param options.config the config file. Default `demo/aquao-consent.config.json`.
 * @param options.out where the site goes. Default `demo/dist`.
 */
export async function buildDemo({ config: configPath = join(demo, 'aquao-consent.config.json'), out = dist } = {}) {
  const config = await readConfig(configPath);
  // `</script>` inside the JSON would end the element early: escape every "<" (JSON allows \u003c).
  const configJson = JSON.stringify(config, null, 2).replace(/</g, '\\u003c');
  const layout = await readFile(join(demo, 'src/layout.html'), 'utf8');
  const policy = renderPolicy(await readFile(join(demo, 'content/politique-de-confidentialite.txt'), 'utf8'));

  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  for (const file of await readdir(join(demo, 'src/pages'))) {
    const source = await readFile(join(demo, 'src/pages', file), 'utf8');
    const [, front, content] = source.match(/^<!--\s*(\{.*?\})\s*-->\n([^]*)$/s) ?? [];
    if (!front) throw new Error(`demo/src/pages/${file} must start with a <!-- {"title": …} --> line`);
    const meta = JSON.parse(front);
    const page = layout
      .replace('{{title}}', escapeHtml(meta.title))
      .replace('{{description}}', escapeHtml(meta.description ?? ''))
      .replace('{{config}}', configJson)
      .replace('{{scripts}}', (meta.scripts ?? []).map((src) => `  <script src="${src}" defer></script>`).join('\n'))
      .replace(/\{\{nav-(\w+)\}\}/g, (_, name) => (name === meta.nav ? ' aria-current="page"' : ''))
      .replace('{{content}}', content.replace('{{privacy-policy}}', policy));
    await writeFile(join(out, file), page);
  }
  await cp(join(demo, 'assets'), join(out, 'assets'), { recursive: true });
  await cp(join(demo, '.well-known'), join(out, '.well-known'), { recursive: true });
  // The loader, the chunks it loads from beside itself, their development builds and the cookie table.
  for (const file of await readdir(join(root, 'packages/embed/dist'))) {
    if (/^aquao-(consent|cookie-table)\b.*\.js(\.map)?$/.test(file)) await cp(join(root, 'packages/embed/dist', file), join(out, file));
  }
  // The configurator, served at /configurateur/: a static folder, as a site owner would host it beside their site.
  await cp(join(root, 'packages/configurator/dist'), join(out, 'configurateur'), { recursive: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await buildDemo();
    console.log('demo built in demo/dist');
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
