// `npx aquao-consent check`, run as a user runs it (the package's bin, a real process): exit codes and messages on
// good, bad, duplicated-key and HTML-embedded configs, French typography with --fix, and the messages' language.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/aquao-consent.mjs', import.meta.url));
const demoConfig = fileURLToPath(new URL('../../../../demo/aquao-consent.config.json', import.meta.url));
let work;
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'aquao-check-'));
});
after(() => rm(work, { recursive: true, force: true }));

/** Runs the bin in the work folder; English unless `env` says otherwise. */
function run(args, env = {}) {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: work, env: { PATH: process.env.PATH, LANG: 'C', ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}
const file = async (name, text) => {
  await writeFile(join(work, name), text);
  return name;
};

test('the demo config passes', async () => {
  const { code, stdout, stderr } = await run(['check', demoConfig]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /aquao-consent\.config\.json: valid$/m);
  assert.equal(stderr, '');
  // The hash every proof record of this config carries: the embed hashes the same object the same way.
  const { hashConfig, withDefaults } = await import('../../dist/validate.js');
  const expected = await hashConfig(withDefaults(JSON.parse(await readFile(demoConfig, 'utf8'))));
  assert.match(stdout, new RegExp(`^configHash ${expected}: `, 'm'));
});

test('a byte-order mark and CRLF line ends are fine', async () => {
  const name = await file('bom.json', '\ufeff{\r\n  "categories": {\r\n    "analytics": { "cookie": [] }\r\n  }\r\n}\r\n');
  const { code, stderr } = await run(['check', name]);
  assert.equal(code, 1);
  assert.match(stderr, /^bom\.json:3:20 categories\.analytics\.cookie: unknown key/m);
});

test('a typo below the top level: exit 1, file:line:column, the key path and the key meant', async () => {
  const name = await file('typo.json', '{\n  "categories": {\n    "analytics": {\n      "cookie": ["_pk_*"]\n    }\n  }\n}\n');
  const { code, stderr } = await run(['check', name]);
  assert.equal(code, 1);
  assert.match(stderr, /^typo\.json:4:7 categories\.analytics\.cookie: unknown key; did you mean "cookies"\?$/m);
  assert.match(stderr, /typo\.json: 1 error: the embed would refuse this config$/m);
});

test('wrong types and every problem at once, in document order', async () => {
  const name = await file('types.json', JSON.stringify({ categories: { analytics: { title: null } }, language: 5, floatingButton: 'yes' }, null, 2));
  const { code, stderr } = await run(['check', name]);
  assert.equal(code, 1);
  const lines = stderr.trim().split('\n');
  assert.deepEqual(lines.slice(0, 3), [
    'types.json:4:16 categories.analytics.title: must be a text, or an object { … }, not null',
    'types.json:7:15 language: must be a text, not 5',
    'types.json:8:21 floatingButton: must be true or false, or an object { … }, not "yes"',
  ]);
});

test('a duplicated key: exit 1, at the second one, naming the line of the first', async () => {
  const name = await file('duplicate.json', '{\n  "categories": {\n    "analytics": { "cookies": ["_ga"] },\n    "marketing": {},\n    "analytics": {}\n  }\n}\n');
  const { code, stderr } = await run(['check', name]);
  assert.equal(code, 1);
  assert.match(stderr, /^duplicate\.json:5:5 categories\.analytics: duplicate key: the one on line 3 is ignored, this one replaces it; keep one$/m);
});

test('a JSON syntax error: exit 1, where it is and what is missing', async () => {
  const name = await file('syntax.json', '{\n  "categories": {\n    "analytics": {}\n    "marketing": {}\n  }\n}\n');
  const { code, stderr } = await run(['check', name]);
  assert.equal(code, 1);
  assert.match(stderr, /^syntax\.json:4:5 \(root\): not valid JSON: a comma is missing$/m);
});

test('the config element of an HTML page: positions in the page; a page without one fails', async () => {
  const page = '<!doctype html>\n<html lang="fr">\n<head>\n  <script type="application/json" id="aquao-consent-config">\n    { "categories": { "analytics": {} },\n      "cookiePolicyUrl": "javascript:alert(1)" }\n  </script>\n</head>\n</html>\n';
  const bad = await run(['check', await file('page.html', page)]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /^page\.html:6:26 cookiePolicyUrl: must be an http\(s\) or relative link/m);
  const good = await run(['check', await file('good.html', page.replace('javascript:alert(1)', '/politique-de-cookies'))]);
  assert.equal(good.code, 0, good.stderr);
  const none = await run(['check', await file('none.html', '<!doctype html><p>Nothing</p>')]);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /no <script type="application\/json" id="aquao-consent-config"> element/);
});

test('French typography: warnings (exit 0), then --fix mends the file, which stays valid JSON', async () => {
  const config = { categories: { analytics: { description: { fr: "Mesure d'audience. Attention ! Voir \"la politique\" : ici.", en: "Don't worry!" } } } };
  const name = await file('typo-fr.json', `${JSON.stringify(config, null, 2)}\n`);
  const warned = await run(['check', name]);
  assert.equal(warned.code, 0, warned.stderr);
  assert.match(warned.stdout, /^typo-fr\.json:5:15 categories\.analytics\.description\.fr: warning: French typography: straight apostrophe/m);
  assert.match(warned.stdout, /warning: French typography: a no-break space is missing before : ; ! \?/);
  assert.match(warned.stdout, /warning: French typography: straight quotes/);
  assert.doesNotMatch(warned.stdout, /description\.en/, 'English texts are left alone');

  const fixed = await run(['check', name, '--fix']);
  assert.equal(fixed.code, 0, fixed.stderr);
  assert.match(fixed.stdout, /^1 text mended in typo-fr\.json$/m);
  assert.match(fixed.stdout, /typo-fr\.json: valid$/m);
  const mended = JSON.parse(await readFile(join(work, name), 'utf8'));
  assert.equal(mended.categories.analytics.description.fr, 'Mesure d’audience. Attention\u202f! Voir «\u00a0la politique\u00a0»\u00a0: ici.');
  assert.equal(mended.categories.analytics.description.en, "Don't worry!");
});

test('--fix in an HTML page mends the texts inside the element only', async () => {
  const page = `<p>L'accueil</p>\n<script type="application/json" id="aquao-consent-config">{ "categories": { "analytics": { "title": "Mesure d'audience" } } }</script>\n`;
  const name = await file('fix.html', page);
  const { code } = await run(['check', name, '--fix']);
  assert.equal(code, 0);
  assert.equal(await readFile(join(work, name), 'utf8'), page.replace("Mesure d'audience", 'Mesure d’audience'));
});

test('messages in French: --lang fr, or from LANG, LC_ALL first', async () => {
  const name = await file('fr.json', '{ "categories": { "analytics": { "cookie": [] } } }');
  const expected = /^fr\.json:1:34 categories\.analytics\.cookie: clé inconnue\u202f; vouliez-vous dire «\u00a0cookies\u00a0»\u202f\?$/m;
  assert.match((await run(['check', name, '--lang', 'fr'])).stderr, expected);
  assert.match((await run(['check', name], { LANG: 'fr_FR.UTF-8' })).stderr, expected);
  assert.match((await run(['check', name], { LANG: 'fr_FR.UTF-8', LC_ALL: 'en_US.UTF-8' })).stderr, /unknown key; did you mean "cookies"\?/);
  assert.match((await run(['check', name], { LANG: 'fr_FR.UTF-8' })).stderr, /fr\.json\u00a0: 1 erreur\u00a0: l’embed refuserait cette configuration/);
});

test('misuse: a missing file or an unknown option exits 2; help lists check', async () => {
  assert.equal((await run(['check', 'nowhere.json'])).code, 2);
  assert.equal((await run(['check', '--frobnicate'])).code, 2);
  assert.equal((await run(['check', 'x.json', '--lang', 'de'])).code, 2);
  assert.match((await run(['check', '--help'])).stdout, /^Usage: aquao-consent check \[file\] \[--fix\] \[--lang fr\|en\]$/m);
  const help = await run(['help', '--lang', 'en']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^ {2}check \[file\] \[--fix\] +checks a config file, or the config element of an HTML page/m);
  assert.equal((await run(['nonsense'])).code, 2);
});
