// What every log-server test shares: a fresh database (an embedded one in a temp folder, or, with DATABASE_URL
// set, a new database on that PostgreSQL server, dropped afterwards), a receiver on a free port, valid records,
// and the CLI as a child process.
import { spawn } from 'node:child_process';
import { after, before } from 'node:test';
import { randomUUID } from 'node:crypto';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { buildApp, openStore, readMigrations, startLogServer } from '../src/index.js';

export { makeRecord } from './make-record.mjs';

export const BIN = fileURLToPath(new URL('../bin/aquao-consent-log.js', import.meta.url));
export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef0123';
export const onPostgres = Boolean(process.env.DATABASE_URL);
export const backend = onPostgres ? 'PostgreSQL' : 'embedded PGlite';

/**
 * A migrated, empty embedded database to copy: creating one runs initdb (2 s on an idle machine, far more on a
 * busy one), copying it takes a fraction of that. Kept in the temp folder, named after the PGlite version and the
 * migrations, so a schema change builds a new one.
 */
async function embeddedTemplate() {
  const pglite = JSON.parse(await readFile(new URL('../../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8'));
  const migrations = (await readMigrations()).map((m) => m.sql).join('\n');
  const key = createHash('sha256').update(`${pglite.version}\n${migrations}`).digest('hex').slice(0, 16);
  const template = join(tmpdir(), `consent-log-test-template-${key}`);
  if (existsSync(template)) return template;
  const building = await mkdtemp(join(tmpdir(), 'consent-log-test-building-'));
  await (await openStore({ dataDir: building })).close();
  // Another test file may have built it meanwhile: the first rename wins, the other copy goes.
  await rename(building, template).catch(() => rm(building, { recursive: true, force: true }));
  return template;
}

/**
 * A database of its own for one test file.
 * @returns {Promise<{ env: Record<string, string>, options: { databaseUrl?: string, dataDir?: string }, drop: () => Promise<void> }>}
 */
export async function freshDatabase() {
  if (!onPostgres) {
    const dataDir = await mkdtemp(join(tmpdir(), 'consent-log-test-'));
    await cp(await embeddedTemplate(), dataDir, { recursive: true });
    return { env: { DATA_DIR: dataDir }, options: { dataDir }, drop: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const name = `consent_log_test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(/** @type {string} */ (process.env.DATABASE_URL));
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    env: { DATABASE_URL: databaseUrl },
    options: { databaseUrl },
    async drop() {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A receiver on a free port; the settings of `src/config.js`, silent unless a test asks for logs. */
export function startServer(options, overrides = {}) {
  return startLogServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: './unused',
    allowedOrigins: ['https://www.aquao.test'],
    adminToken: ADMIN_TOKEN,
    rateLimit: 0,
    retentionDays: 1825,
    trustProxy: false,
    logLevel: false,
    poolSize: 4,
    ...options,
    ...overrides,
  });
}

/**
 * One database and one receiver for the whole test file, closed and dropped after it. The fields are filled in
 * `before`.
 * @returns {{ database: any, server: any, base: string }}
 */
export function serverForThisFile() {
  const shared = /** @type {any} */ ({});
  before(async () => {
    shared.database = await freshDatabase();
    shared.server = await startServer(shared.database.options);
    shared.base = shared.server.url;
  });
  after(async () => {
    await shared.server?.close();
    await shared.database?.drop();
  });
  return shared;
}

/**
 * A second receiver with other settings on the same database (one embedded database opens once per process).
 * Its `close` leaves the database open.
 */
export async function startApp(store, overrides = {}) {
  const app = await buildApp({ store, allowedOrigins: ['https://www.aquao.test'], adminToken: ADMIN_TOKEN, rateLimit: 0, logLevel: false, ...overrides });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, store, url: `http://127.0.0.1:${app.server.address().port}`, close: () => app.close() };
}

/** POSTs a record (an object is sent as JSON) and returns status, headers and parsed body. */
export async function post(base, body, headers = {}) {
  const response = await fetch(`${base}/consent`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** GET with the admin token (or the given Authorization). */
export async function adminGet(base, path, authorization = `Bearer ${ADMIN_TOKEN}`) {
  const response = await fetch(`${base}${path}`, { headers: authorization ? { Authorization: authorization } : {} });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** The records stored for a consent id, read straight from the database. */
export async function storedFor(store, consentId) {
  const { rows } = await store.query('SELECT record_id::text AS "recordId" FROM consent_records WHERE consent_id = $1', [consentId]);
  return rows.map((row) => row.recordId);
}

export async function countRecords(store) {
  const { rows } = await store.query('SELECT count(*)::int AS n FROM consent_records');
  return rows[0].n;
}

/**
 * Starts `aquao-consent-log` (the published bin) as a child process and waits for its "ready" log line.
 * @returns {Promise<{ child: import('node:child_process').ChildProcess, base: string, logs: string[], exited: Promise<number | null> }>}
 */
export function spawnServer(env, args = []) {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, PORT: '0', ADMIN_TOKEN, RATE_LIMIT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs = [];
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const stderr = [];
  child.stderr.on('data', (chunk) => stderr.push(chunk));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      logs.push(line);
      const entry = JSON.parse(line);
      if (entry.msg === 'aquao-consent-log ready') resolve({ child, base: `http://127.0.0.1:${entry.port}`, logs, exited });
    });
    exited.then((code) => reject(new Error(`aquao-consent-log exited with ${code}: ${Buffer.concat(stderr)}`)));
  });
}

/** Runs the CLI to completion. @returns {Promise<{ code: number | null, stdout: string, stderr: string }>} */
export function runCli(env, args) {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = [];
  const err = [];
  child.stdout.on('data', (chunk) => out.push(chunk));
  child.stderr.on('data', (chunk) => err.push(chunk));
  return new Promise((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() })),
  );
}
