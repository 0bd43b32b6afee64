// `aquao-consent cdn`: the script tags that load this version of the embed from a public CDN, pinned to the exact
// version and checked with Subresource Integrity (W3C SRI: the browser refuses a file whose bytes differ), from the
// hashes the build wrote into dist/integrity.json. The chunks the loader fetches beside itself need no tag: the
// loader checks them against the hashes its build recorded. The preload line for the UI chunk carries that same
// hash (sha256) and `crossorigin`, as the loader's own request does: a preload is used only when both match (HTML,
// "preload" fetch matching), else the browser downloads the chunk a second time.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { usage } from './help.mjs';
import { UsageError, langOf, readArgs } from './options.mjs';

/** The CDNs that serve npm packages by version, and the URL of a file of ours on each. */
export const CDNS = {
  jsdelivr: { name: 'jsDelivr', origin: 'https://cdn.jsdelivr.net', url: (pkg, version, file) => `https://cdn.jsdelivr.net/npm/${pkg}@${version}/${file}` },
  unpkg: { name: 'unpkg', origin: 'https://unpkg.com', url: (pkg, version, file) => `https://unpkg.com/${pkg}@${version}/${file}` },
};

const NBSP = '\u00a0';

const WORDS = {
  fr: {
    loader: (version, cdn) => `aquao-consent ${version} depuis ${cdn}${NBSP}: version fixée, contenu vérifié (Subresource Integrity)`,
    cookieTable: 'sur la page de politique de cookies seulement',
    preload: `dans <head>, sur les pages où arrivent les premières visites${NBSP}: la bannière se télécharge avec la page`,
    csp: (origin) => `votre Content-Security-Policy doit permettre ce CDN${NBSP}: script-src 'self' ${origin}`,
    notBuilt: `aquao-consent cdn${NBSP}: dist/integrity.json manque${NBSP}; lancez d’abord \`npm run build\``,
    unknownCdn: (cdn) => `--cdn doit être ${Object.keys(CDNS).join(' ou ')}, pas «${NBSP}${cdn}${NBSP}»`,
  },
  en: {
    loader: (version, cdn) => `aquao-consent ${version} from ${cdn}: pinned version, checked content (Subresource Integrity)`,
    cookieTable: 'on the cookie policy page only',
    preload: 'in <head>, on pages where first visits land: the banner downloads with the page',
    csp: (origin) => `your Content-Security-Policy must allow this CDN: script-src 'self' ${origin}`,
    notBuilt: 'aquao-consent cdn: dist/integrity.json is missing; run `npm run build` first',
    unknownCdn: (cdn) => `--cdn must be ${Object.keys(CDNS).join(' or ')}, not "${cdn}"`,
  },
};

/** This package's folder: the nearest one up with our package.json (the command runs from cli/ or a bundle in dist/). */
function packageRoot() {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).name === '@aquao/consent-embed') return dir;
  }
  throw new Error('aquao-consent cdn: cannot find the package.json of @aquao/consent-embed');
}

export async function run(args, io) {
  let options;
  try {
    options = readArgs(args, { cdn: { type: 'string' }, dev: { type: 'boolean' } });
    if (!Object.hasOwn(CDNS, options.cdn ?? 'jsdelivr')) throw new UsageError(WORDS[options.lang].unknownCdn(options.cdn));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`aquao-consent cdn: ${error.message}\n`);
    io.err(usage(langOf(args)));
    return 2;
  }
  const { lang, cdn = 'jsdelivr', dev } = options;
  const words = WORDS[lang];
  const root = packageRoot();
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const integrityFile = join(root, 'dist/integrity.json');
  if (!existsSync(integrityFile)) {
    io.err(words.notBuilt);
    return 1;
  }
  const integrity = JSON.parse(readFileSync(integrityFile, 'utf8'));
  const { url, name: cdnName, origin } = CDNS[cdn];
  const tag = (file) =>
    `<script src="${url(name, version, `dist/${file}`)}" integrity="${integrity[file]}" crossorigin="anonymous" defer></script>`;
  io.out(`<!-- ${words.loader(version, cdnName)} -->`);
  io.out(tag(dev ? 'aquao-consent.dev.js' : 'aquao-consent.js'));
  io.out();
  // The loader fetches its UI chunk with the hash its build recorded (sha256), so the preload must say the same.
  const ui = dev ? 'aquao-consent-ui.dev.js' : 'aquao-consent-ui.js';
  const uiHash = `sha256-${createHash('sha256').update(readFileSync(join(root, 'dist', ui))).digest('base64')}`;
  io.out(`<!-- ${words.preload} -->`);
  io.out(`<link rel="preload" href="${url(name, version, `dist/${ui}`)}" as="script" integrity="${uiHash}" crossorigin="anonymous">`);
  io.out();
  io.out(`<!-- ${words.cookieTable} -->`);
  io.out(tag('aquao-cookie-table.js'));
  io.out();
  io.out(`<!-- ${words.csp(origin)} -->`);
  return 0;
}
