// Settings and the rate limiter's client key, without a database: a wrong setting stops the start with the
// variable's name and the fix; the key never holds the address and changes every day.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createClientKey } from '../src/client-key.js';
import { ConfigError, readConfig } from '../src/index.js';
import { runCli } from './harness.mjs';

describe('settings (environment variables)', () => {
  test('defaults: port 8080 on loopback, embedded database, same origin only, 60 a minute, five years', () => {
    assert.deepEqual(readConfig({}), {
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: './consent-log-data',
      allowedOrigins: undefined,
      adminToken: undefined,
      rateLimit: 60,
      retentionDays: 1825,
      trustProxy: false,
      logLevel: 'info',
      poolSize: 10,
    });
  });

  test('origins, proxies and numbers are read as written', () => {
    const config = readConfig({ ALLOWED_ORIGINS: 'https://www.aquao.fr, https://aquao.fr:8443', TRUST_PROXY: '2', RATE_LIMIT: '0' });
    assert.deepEqual(config.allowedOrigins, ['https://www.aquao.fr', 'https://aquao.fr:8443']);
    assert.equal(config.trustProxy, 2);
    assert.equal(config.rateLimit, 0);
    assert.equal(readConfig({ ALLOWED_ORIGINS: '*' }).allowedOrigins, '*');
    assert.equal(readConfig({ TRUST_PROXY: 'loopback' }).trustProxy, 'loopback');
  });

  test('a wrong value names the variable and says what is expected', () => {
    const cases = [
      [{ PORT: 'eighty' }, /^PORT must be a whole number/],
      [{ RETENTION_DAYS: '0' }, /^RETENTION_DAYS must be a whole number ≥ 1/],
      [{ RATE_LIMIT: '1.5' }, /^RATE_LIMIT must be a whole number/],
      [{ ALLOWED_ORIGINS: 'https://www.aquao.fr/' }, /^ALLOWED_ORIGINS must list origins such as https:\/\/www\.example\.fr/],
      [{ ALLOWED_ORIGINS: 'www.aquao.fr' }, /^ALLOWED_ORIGINS must list origins/],
    ];
    for (const [env, message] of cases) {
      assert.throws(() => readConfig(env), (error) => error instanceof ConfigError && message.test(error.message), JSON.stringify(env));
    }
  });

  test('the command line stops on a wrong setting or an unknown command, and explains', async () => {
    const wrong = await runCli({ ALLOWED_ORIGINS: 'aquao.fr' }, []);
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /^aquao-consent-log: ALLOWED_ORIGINS must list origins/);
    const unknown = await runCli({}, ['serve-please']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command "serve-please"[^]*Usage:/);
    const help = await runCli({}, ['help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /aquao-consent-log purge/);
  });
});

describe('the rate limiter\'s client key', () => {
  test('the same address gives the same key all day, another key the next day, and never the address', () => {
    let now = Date.UTC(2026, 10, 27, 0, 0, 1);
    const key = createClientKey(() => now);
    const morning = key('203.0.113.9');
    assert.equal(key('203.0.113.9'), morning);
    assert.notEqual(key('203.0.113.10'), morning);
    assert.ok(!morning.includes('203.0.113'));
    now += 86_400_000;
    assert.notEqual(key('203.0.113.9'), morning);
    // Keys are random: another process (or a restart) cannot recompute yesterday's.
    assert.notEqual(createClientKey(() => now)('203.0.113.9'), key('203.0.113.9'));
  });
});
