// Looking tools up the way the CLI, the configurator and the scanner do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entries, findEntry, matchCookie, matchHost, matchStorage, search } from '@aquao/consent-catalogue';

const ids = (list) => list.map((item) => item.id ?? item.entry.id);

test('findEntry finds an entry by its id, and nothing else', () => {
  assert.equal(findEntry('youtube')?.name, 'YouTube');
  assert.equal(findEntry('YouTube'), undefined);
  assert.equal(findEntry('nope'), undefined);
});

test('search finds the obvious tools for the words a marketer types', () => {
  assert.deepEqual(ids(search('matomo')), ['matomo', 'matomo-exempt']);
  assert.deepEqual(ids(search('vidéo')).slice(0, 4), ['youtube', 'youtube-nocookie', 'vimeo', 'dailymotion']);
  assert.deepEqual(
    ids(search('pixel')).sort(),
    ['linkedin-insight', 'meta-pixel', 'microsoft-advertising', 'pinterest-tag', 'tiktok-pixel', 'x-pixel'],
  );
  assert.equal(ids(search('carte'))[0], 'google-maps');
  assert.deepEqual(ids(search('chat')).slice(0, 3), ['crisp', 'intercom', 'zendesk']);
  assert.deepEqual(ids(search('rendez-vous')), ['calendly']);
  assert.deepEqual(ids(search('a/b')), ['ab-tasty', 'kameleoon']);
});

test('search ignores case and accents, and every word must match', () => {
  assert.deepEqual(ids(search('VIDEO')), ids(search('vidéo')));
  assert.deepEqual(ids(search('video', 'fr')).slice(0, 2), ['youtube', 'youtube-nocookie'], 'no accent typed, French words');
  assert.ok(ids(search('PUBLICITE', 'fr')).includes('google-ads'));
  assert.ok(ids(search('vidéo', 'en')).includes('vimeo'), 'an accent typed, English words');
  assert.deepEqual(ids(search('Vidéo Google')), ['youtube', 'youtube-nocookie']);
  assert.deepEqual(search('vidéo kameleoon'), []);
  assert.deepEqual(search('zzz'), []);
  assert.equal(search('').length, entries.length, 'an empty query lists everything');
});

test('search matches the provider and the purpose, in French and English', () => {
  assert.ok(ids(search('Meta Platforms')).includes('meta-pixel'));
  assert.ok(ids(search('mesure d’audience')).includes('matomo'));
  assert.ok(ids(search('analytics')).includes('plausible'));
  assert.ok(ids(search('publicité')).includes('google-ads'));
});

test('the embeds are under the built-in embeds purpose, found by its words; reCAPTCHA and the pixels stay marketing', () => {
  const EMBEDS = ['youtube', 'youtube-nocookie', 'vimeo', 'dailymotion', 'google-maps', 'spotify', 'soundcloud', 'calendly', 'typeform', 'x-posts'];
  assert.deepEqual(entries.filter((entry) => entry.category === 'embeds').map((entry) => entry.id).sort(), [...EMBEDS].sort());
  for (const entry of entries) if (entry.embed) assert.equal(entry.category, 'embeds', `${entry.id} has an iframe`);
  for (const words of ['contenu intégré', 'contenus intégrés', 'embed', 'embedded content']) {
    assert.deepEqual(ids(search(words)).filter((id) => !EMBEDS.includes(id)), [], words);
    assert.deepEqual(ids(search(words)).sort(), [...EMBEDS].sort(), words);
  }
  for (const id of ['recaptcha', 'meta-pixel', 'x-pixel', 'google-ads']) assert.equal(findEntry(id).category, 'marketing', id);
});

test('search(query, lang) keeps the language-specific words to that language', () => {
  assert.equal(ids(search('carte', 'fr'))[0], 'google-maps');
  assert.ok(!ids(search('carte', 'en')).includes('google-maps'));
  assert.ok(ids(search('map', 'en')).includes('google-maps'));
  assert.deepEqual(search('publicité', 'en'), []);
  assert.ok(ids(search('youtube', 'en')).includes('youtube'), 'names count in every language');
});

test('matchCookie names every tool a cookie can come from, the most specific declaration first', () => {
  assert.deepEqual(
    matchCookie('_ga').map((m) => [m.entry.id, m.cookie.name]),
    [['google-analytics', '_ga']],
  );
  assert.deepEqual(
    matchCookie('_ga_ABC123').map((m) => [m.entry.id, m.cookie.name]),
    [['google-analytics', '_ga_*']],
  );
  assert.deepEqual(ids(matchCookie('_pk_id.1.a3f2')), ['matomo', 'matomo-exempt']);
  assert.deepEqual(ids(matchCookie('MUID')).sort(), ['microsoft-advertising', 'microsoft-clarity']);
  assert.deepEqual(ids(matchCookie('_gcl_au')), ['google-ads']);
  assert.deepEqual(matchCookie('_g'), [], 'a prefix of a declaration is not covered by it');
  assert.deepEqual(matchCookie('session_id'), []);
  const hotjar = matchCookie('_hjSession_123').map((m) => m.cookie.name);
  assert.deepEqual(hotjar, ['_hjSession_*']);
});

test('matchStorage finds Web Storage keys, by type when asked', () => {
  assert.deepEqual(ids(matchStorage('yt-player-volume')), ['youtube', 'youtube-nocookie']);
  assert.deepEqual(ids(matchStorage('yt-player-volume', 'sessionStorage')), []);
  assert.deepEqual(ids(matchStorage('rc::a', 'localStorage')), ['recaptcha']);
  assert.deepEqual(ids(matchStorage('kameleoonVisitorCode')), ['kameleoon']);
});

test('matchHost classifies third-party requests by hostname or URL', () => {
  assert.deepEqual(ids(matchHost('www.youtube-nocookie.com')), ['youtube-nocookie']);
  assert.deepEqual(ids(matchHost('stats.g.doubleclick.net')), ['google-ads']);
  assert.deepEqual(ids(matchHost('doubleclick.net')), ['google-ads'], 'a *. wildcard covers the domain itself');
  assert.deepEqual(matchHost('evil-doubleclick.net'), [], 'a wildcard never matches a look-alike domain');
  assert.deepEqual(ids(matchHost('https://plausible.io/js/script.js')), ['plausible']);
  assert.deepEqual(ids(matchHost('PLAUSIBLE.IO.')), ['plausible']);
  assert.deepEqual(ids(matchHost('plausible.io:443')), ['plausible']);
  assert.deepEqual(matchHost('www.aquao.fr'), []);
  assert.deepEqual(matchHost('not a url/'), []);
  const google = matchHost('www.google.com');
  assert.deepEqual(ids(google).sort(), ['google-ads', 'google-maps', 'recaptcha']);
  const clarity = matchHost('www.clarity.ms').map((m) => m.host);
  assert.deepEqual(clarity, ['www.clarity.ms', '*.clarity.ms'], 'exact hosts before wildcards');
});
