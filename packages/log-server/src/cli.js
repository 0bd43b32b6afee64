/**
 * `aquao-consent-log [serve|purge|migrate|help]`: the command a site owner runs. Settings come from the
 * environment (src/config.js; docs/consent-log.md lists them).
 */
import { readFile } from 'node:fs/promises';
import { ConfigError, readConfig } from './config.js';
import { purgeRecords } from './records.js';
import { startLogServer } from './server.js';
import { openStore } from './store.js';

const HELP = `aquao-consent-log: receives and keeps aquao-consent's proof-of-consent records.

Usage:
  aquao-consent-log [serve]   start the receiver (the default)
  aquao-consent-log purge     delete the records older than RETENTION_DAYS now, then exit
  aquao-consent-log migrate   bring the database schema up to date, then exit
  aquao-consent-log help      this text

Environment:
  PORT=8080  HOST=127.0.0.1
  DATABASE_URL=postgres://user:password@host/db   a PostgreSQL server (unset: the embedded database)
  DATA_DIR=./consent-log-data                     the embedded database's folder
  ALLOWED_ORIGINS=https://www.example.fr,…         sites that send records from another origin
  ADMIN_TOKEN=…                                    32+ characters: enables GET /consent/:id and GET /export
  RATE_LIMIT=60  RETENTION_DAYS=1825  TRUST_PROXY=false  LOG_LEVEL=info  PG_POOL_SIZE=10
`;

/** @param {string} [command] */
export async function main(command = 'serve') {
  if (['help', '--help', '-h'].includes(command)) return void process.stdout.write(HELP);
  if (['version', '--version', '-v'].includes(command)) {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    return void process.stdout.write(`${pkg.version}\n`);
  }
  if (!['serve', 'purge', 'migrate'].includes(command)) {
    process.stderr.write(`aquao-consent-log: unknown command "${command}"\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  let config;
  try {
    config = readConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`aquao-consent-log: ${error.message}\n`);
    process.exitCode = 1;
    return;
  }
  if (command !== 'serve') {
    const store = await openStore(config);
    try {
      if (command === 'purge') {
        const deleted = await purgeRecords(store, config.retentionDays);
        process.stdout.write(`purged ${deleted} record(s) received more than ${config.retentionDays} days ago\n`);
      } else process.stdout.write('schema up to date\n');
    } finally {
      await store.close();
    }
    return;
  }
  const server = await startLogServer(config);
  let stopping = false;
  const stop = async (/** @type {string} */ signal) => {
    if (stopping) return;
    stopping = true;
    server.app.log.info({ signal }, 'stopping: finishing the requests in flight');
    try {
      await server.close();
      server.app.log.info('stopped');
    } catch (error) {
      server.app.log.error({ err: error }, 'stopped with an error');
      process.exitCode = 1;
    }
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
