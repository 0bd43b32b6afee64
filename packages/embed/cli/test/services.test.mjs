// `aquao-consent services`, `help` and the dispatcher, as a user runs them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entries } from '@aquao/consent-catalogue';
import { spawn } from 'node:child_process';
import { BIN, cli } from './cli.mjs';

test('services lists every tool, with its id, purpose, provider and what it does', () => {
  const { status, stdout } = cli(['services']);
  assert.equal(status, 0);
  assert.match(stdout, new RegExp(`^${entries.length} outils\u00a0:`));
  for (const entry of entries) assert.match(stdout, new RegExp(`^${entry.id} `, 'm'), entry.id);
  assert.match(stdout, /^youtube +YouTube +embeds +Google Ireland Limited, Irlande$/m);
  assert.match(stdout, /^google-ads +Google Ads +marketing +Google Ireland Limited, Irlande$/m);
  assert.match(stdout, /npx aquao-consent add <id> <config\.json>/);
});

test('services <query> searches, in either language, and shows the chosen one', () => {
  const matomo = cli(['services', 'matomo']);
  assert.equal(matomo.status, 0);
  assert.match(matomo.stdout, /^2 outils pour «\u00a0matomo\u00a0»\u00a0:/);
  assert.deepEqual(matomo.stdout.match(/^matomo[\w-]*/gm), ['matomo', 'matomo-exempt']);
  const video = cli(['services', 'video', '--lang', 'en']);
  assert.equal(video.status, 0);
  assert.match(video.stdout, /^4 tools for "video":/);
  assert.match(video.stdout, /Shows videos hosted on Vimeo\./);
  assert.equal(cli(['services', 'vidéo']).stdout.match(/^\S+/gm).slice(1, 5).join(' '), 'youtube youtube-nocookie vimeo dailymotion');
});

test('services --json gives the rows to scripts', () => {
  const { status, stdout } = cli(['services', 'chat', '--json']);
  assert.equal(status, 0);
  const rows = JSON.parse(stdout);
  assert.deepEqual(rows.map((row) => row.id).slice(0, 3), ['crisp', 'intercom', 'zendesk']);
  assert.deepEqual(rows[0].cookies, ['crisp-client*']);
});

test('a search that finds nothing says so and exits 1', () => {
  const { status, stdout, stderr } = cli(['services', 'zzz']);
  assert.equal(status, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /Aucun outil ne correspond à «\u00a0zzz\u00a0»/);
});

test('help, no command at all, and an unknown command', () => {
  const help = cli(['help', '--lang', 'en']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: npx aquao-consent <command>/);
  assert.match(cli([]).stdout, /^Utilisation\u00a0:/);
  const unknown = cli(['chek']);
  assert.equal(unknown.status, 2);
  assert.equal(unknown.stdout, '');
  assert.match(unknown.stderr, /unknown command "chek"/);
  assert.match(unknown.stderr, /add <id> \[--category c\] <config\.json>/);
  assert.equal(cli(['services', '--lang']).status, 2, 'an option without its value');
});

test('a reader that stops early (`| head`) ends the command quietly, without a stack trace', async () => {
  const child = spawn(process.execPath, [BIN, 'services'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy(); // the reader is gone before the first line: every write meets a closed pipe (EPIPE)
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const status = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(stderr, '');
  assert.equal(status, 0);
});
