// `aquao-consent add` on real files: what it writes, what it keeps, what it refuses, what it tells the user.
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkEmbedConfig } from '../../dist/validate.js';
import { findEntry, toServiceConfig } from '@aquao/consent-catalogue';
import { DEMO_CONFIG, cli, folder } from './cli.mjs';

let tmp;
afterEach(() => tmp?.dispose());

/** Whether every line of `before` is still in `after`, in order: only insertions happened. */
const onlyInserted = (before, after) => {
  const lines = after.split('\n');
  let at = 0;
  return before.split('\n').every((line) => {
    while (at < lines.length && lines[at] !== line) at++;
    return at++ < lines.length;
  });
};

test('adds YouTube to the demo config: only new lines, key order and 2-space formatting kept, core-valid', () => {
  tmp = folder({ 'config.json': DEMO_CONFIG });
  const { status, stdout, stderr } = cli(['add', 'youtube', 'config.json'], tmp.dir);
  assert.equal(status, 0, stderr);
  const text = tmp.read('config.json');
  assert.ok(onlyInserted(DEMO_CONFIG, text), 'the existing lines are untouched');
  const before = JSON.parse(DEMO_CONFIG);
  const after = JSON.parse(text);
  assert.deepEqual(Object.keys(after), Object.keys(before), 'root key order');
  assert.deepEqual(Object.keys(after.categories), Object.keys(before.categories), 'category order');
  assert.equal(text, `${JSON.stringify(after, null, 2)}\n`, '2 spaces, final newline');
  // The catalogue files YouTube under the built-in embeds purpose, beside the demo's own video.
  const services = after.categories.embeds.services;
  assert.deepEqual(services.slice(0, -1), before.categories.embeds.services, 'earlier services kept');
  assert.deepEqual(after.categories.marketing, before.categories.marketing, 'advertising untouched');
  assert.deepEqual(services.at(-1), toServiceConfig(findEntry('youtube')));
  assert.match(text, /"privacyPolicyUrl": "https:\/\/policies\.google\.com\/privacy",/, 'the provider\'s privacy policy, for the list of partners');
  assert.deepEqual(checkEmbedConfig(after).filter((p) => !p.warning), [], 'the embed accepts it');

  assert.match(stdout, /YouTube ajouté à categories\.embeds\.services \(config\.json\)/);
  assert.match(stdout, /Cookies\u00a0: YSC, VISITOR_INFO1_LIVE/);
  assert.match(stdout, /<iframe data-consent="embeds" data-service="youtube" data-src="https:\/\/www\.youtube\.com\/embed\/VIDEO_ID" title="Vidéo YouTube"/);
  assert.match(stdout, /espace réservé/);
  assert.match(stdout, /verront de nouveau le bandeau.*Inutile de changer «\u00a0revision\u00a0»/);
});

test('refuses a service id already in the file, and leaves the file as it was', () => {
  tmp = folder({ 'config.json': DEMO_CONFIG });
  assert.equal(cli(['add', 'youtube', 'config.json'], tmp.dir).status, 0);
  const once = tmp.read('config.json');
  const again = cli(['add', 'youtube', '--category', 'preferences', 'config.json'], tmp.dir);
  assert.equal(again.status, 1);
  const at = JSON.parse(DEMO_CONFIG).categories.embeds.services.length;
  assert.match(again.stderr, new RegExp(`«\u00a0youtube\u00a0» est déjà dans categories\\.embeds\\.services\\[${at}\\]`));
  assert.equal(again.stdout, '');
  assert.equal(tmp.read('config.json'), once);
});

test('--category puts it elsewhere, creating the purpose, and the snippet follows', () => {
  tmp = folder({ 'config.json': DEMO_CONFIG });
  const { status, stdout } = cli(['add', 'vimeo', '--category', 'videos', 'config.json', '--lang', 'en'], tmp.dir);
  assert.equal(status, 0);
  const after = JSON.parse(tmp.read('config.json'));
  assert.deepEqual(Object.keys(after.categories), [...Object.keys(JSON.parse(DEMO_CONFIG).categories), 'videos']);
  assert.deepEqual(after.categories.videos, { services: [toServiceConfig(findEntry('vimeo'))] });
  assert.match(stdout, /The purpose categories\.videos did not exist: it was created\./);
  assert.match(stdout, /give it a "title" and a "description"/);
  assert.match(stdout, /data-consent="videos" data-service="vimeo" data-src=".*" title="Vimeo video"/);
});

test('a strictly necessary purpose: warned when the tool needs consent, and no re-asking promised', () => {
  // A purpose to ask for besides: with strictly necessary cookies only, the embed has nothing to ask and refuses it.
  tmp = folder({ 'config.json': '{ "categories": { "analytics": {} } }' });
  const ads = cli(['add', 'google-ads', '--category', 'necessary', 'config.json'], tmp.dir);
  assert.equal(ads.status, 0);
  assert.match(ads.stdout, /Attention\u00a0: categories\.necessary est strictement nécessaire/);
  assert.match(ads.stdout, /les visiteurs ne sont pas sollicités de nouveau/);
  const matomo = cli(['add', 'matomo-exempt', '--provider', 'Actuelburo (aquao.fr)', 'config.json'], tmp.dir);
  assert.equal(matomo.status, 0);
  assert.doesNotMatch(matomo.stdout, /Attention/);
  assert.match(matomo.stdout, /Fournisseur\u00a0: Actuelburo \(aquao\.fr\)/);
  assert.match(matomo.stdout, /À faire pour que ce soit exact et licite/);
  const services = JSON.parse(tmp.read('config.json')).categories.necessary.services;
  assert.deepEqual(services.map((s) => s.id), ['google-ads', 'matomo-exempt']);
  assert.deepEqual(services[1].provider, { fr: 'Actuelburo (aquao.fr)', en: 'Actuelburo (aquao.fr)' });
});

test('keeps another layout as it found it: 4 spaces, CRLF, no final newline, a byte-order mark', () => {
  const original = '\ufeff{\r\n    "revision": 3,\r\n    "language": "fr"\r\n}';
  tmp = folder({ 'config.json': original });
  assert.equal(cli(['add', 'plausible', 'config.json'], tmp.dir).status, 0);
  const text = tmp.read('config.json');
  assert.ok(text.startsWith('\ufeff{\r\n    "revision": 3,\r\n    "language": "fr",\r\n    "categories": {\r\n        "analytics": {'), text);
  assert.ok(!text.replace(/\r\n/g, '').includes('\n'), 'CRLF only');
  assert.ok(text.endsWith('}'), 'still no final newline');
  assert.deepEqual(Object.keys(JSON.parse(text.slice(1))), ['revision', 'language', 'categories']);
});

test('notes cookies the config already declares elsewhere', () => {
  tmp = folder({ 'config.json': DEMO_CONFIG });
  const { status, stdout } = cli(['add', 'google-analytics', 'config.json'], tmp.dir);
  assert.equal(status, 0);
  assert.match(stdout, /categories\.analytics\.cookies déclare déjà _ga, _ga_\*/);
});

test('an unknown id: an error, close ids suggested, the file untouched', () => {
  tmp = folder({ 'config.json': DEMO_CONFIG });
  const { status, stderr } = cli(['add', 'youtub', 'config.json'], tmp.dir);
  assert.equal(status, 1);
  assert.match(stderr, /Aucun outil du catalogue n’a l’identifiant «\u00a0youtub\u00a0»/);
  assert.match(stderr, /Vouliez-vous dire\u00a0: youtube, youtube-nocookie/);
  assert.equal(tmp.read('config.json'), DEMO_CONFIG);
});

test('a missing file, broken JSON or an invalid config: an error that says where, nothing written', () => {
  tmp = folder({ 'broken.json': '{\n  "revision": 1,\n  "categories": {,\n}\n', 'invalid.json': '{ "revision": "two" }\n', 'list.json': '[]' });
  const missing = cli(['add', 'youtube', 'nope.json'], tmp.dir);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /Le fichier nope\.json n’existe pas/);
  const broken = cli(['add', 'youtube', 'broken.json', '--lang', 'en'], tmp.dir);
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, /broken\.json is not valid JSON \(line 3, column 18\)/);
  assert.equal(tmp.read('broken.json'), '{\n  "revision": 1,\n  "categories": {,\n}\n');
  const invalid = cli(['add', 'youtube', 'invalid.json'], tmp.dir);
  assert.equal(invalid.status, 1);
  assert.match(invalid.stderr, /invalid\.json est déjà invalide, rien n’a été changé.*config\.revision/);
  assert.equal(tmp.read('invalid.json'), '{ "revision": "two" }\n');
  const list = cli(['add', 'youtube', 'list.json'], tmp.dir);
  assert.equal(list.status, 1);
  assert.match(list.stderr, /\(root\) doit être un objet/);
});

test('a key written twice: refused, where it is said, and the file left whole (JSON.parse would drop the first)', () => {
  const twice = '{\n  "categories": { "analytics": {} },\n  "categories": { "marketing": {} }\n}\n';
  tmp = folder({ 'twice.json': twice });
  const { status, stderr } = cli(['add', 'youtube', 'twice.json', '--lang', 'en'], tmp.dir);
  assert.equal(status, 1);
  assert.match(stderr, /twice\.json, line 3, column 3: categories is written twice \(first on line 2\); nothing was changed/);
  assert.equal(tmp.read('twice.json'), twice);
});

test('usage mistakes exit with 2 and the usage', () => {
  tmp = folder({ 'config.json': '{}' });
  for (const args of [['add'], ['add', 'youtube'], ['add', 'youtube', 'config.json', '--colour'], ['add', 'youtube', 'config.json', '--lang', 'de']]) {
    const { status, stderr } = cli(args, tmp.dir);
    assert.equal(status, 2, args.join(' '));
    assert.match(stderr, /Utilisation\u00a0: npx aquao-consent/, args.join(' '));
  }
  const badCategory = cli(['add', 'youtube', '--category', '1-videos', 'config.json'], tmp.dir);
  assert.equal(badCategory.status, 2);
  assert.match(badCategory.stderr, /--category «\u00a01-videos\u00a0»/);
  assert.equal(tmp.read('config.json'), '{}');
});
