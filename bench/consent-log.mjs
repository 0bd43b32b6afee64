// `npm run bench:log`: how many proof records a second the receiver (@aquao/consent-log) stores, and how fast it
// answers, on the embedded database and on PostgreSQL (scripts/with-postgres.sh starts a throwaway cluster unless
// DATABASE_URL is set). The receiver runs as its published bin in its own process, with its production settings
// (info logs, rate limiter on but set high enough not to refuse the load generator); autocannon sends records that
// are all different, as browsers do. Then the records in the database are counted: each 2xx must be a stored row.
// Writes its section of docs/benchmarks.md.
//
// A run is a fixed number of requests, not a fixed time: autocannon then waits for every answer, so the 2xx it counts
// and the rows stored can be compared exactly (a timed run drops the answers still in flight when time is up).
//
// Options: --duration S (about how long each measured run lasts, default 20), --connections N (default 10).
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem, tmpdir, release, type as osType } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../packages/log-server/src/index.js';
import { makeRecord } from '../packages/log-server/test/make-record.mjs';
import { writeSection } from './write-section.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => Number(args[args.indexOf(name) + 1]) || fallback;
const DURATION = option('--duration', 20);
const CONNECTIONS = option('--connections', 10);
const WARM_UP = 2000;
const TARGETS = { embedded: { rate: 200 }, postgresql: { rate: 1000, p99: 50 } };

// autocannon lives in bench/'s own package, installed here on first use: users and CI never download it.
if (!existsSync(join(here, 'node_modules/autocannon'))) {
  console.log('bench: installing bench/package.json…');
  execSync('npm install --no-audit --no-fund', { cwd: here, stdio: 'inherit' });
}
const { default: autocannon } = await import('autocannon');

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** One database: start the receiver, warm up, measure, stop it, count the rows. */
async function measure(kind, env) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(root, 'packages/log-server/bin/aquao-consent-log.js')], {
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: '', ...env, PORT: String(port), RATE_LIMIT: '100000000', ALLOWED_ORIGINS: 'https://www.aquao.test', LOG_LEVEL: 'info' },
    // Its logs go where a production server's would, only not to the terminal.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (let i = 0; ; i++) {
    const healthy = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (healthy) break;
    if (i > 600) throw new Error(`bench: the ${kind} receiver did not start`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const load = (amount) =>
    autocannon({
      url: `${base}/consent`,
      method: 'POST',
      connections: CONNECTIONS,
      amount,
      headers: { 'content-type': 'application/json', origin: 'https://www.aquao.test' },
      requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(makeRecord()) }) }],
    });
  // Warm-up (start, JIT), then a 3-second pace probe: the measured run is as many requests as that pace fills in
  // DURATION seconds.
  const warmUp = await load(WARM_UP);
  const probe = await load(Math.round((warmUp['2xx'] / warmUp.duration) * 3));
  const amount = Math.max(1000, Math.round((probe['2xx'] / probe.duration) * DURATION));
  console.log(`bench: ${kind}: measuring ${amount} requests (about ${DURATION} s) with ${CONNECTIONS} connections…`);
  const result = await load(amount);
  child.kill('SIGTERM');
  await exited;
  const store = await openStore(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.DATA_DIR });
  const { rows } = await store.query('SELECT count(*)::int AS n FROM consent_records');
  await store.close();
  const ok = warmUp['2xx'] + probe['2xx'] + result['2xx'];
  return {
    kind,
    rate: result['2xx'] / result.duration,
    requests: amount,
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: [warmUp, probe, result].reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0),
    ok,
    stored: rows[0].n,
  };
}

const started = Date.now();
const results = [];
const dataDir = await mkdtemp(join(tmpdir(), 'consent-log-bench-'));
try {
  results.push(await measure('embedded', { DATA_DIR: dataDir }));
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
if (process.env.DATABASE_URL) {
  const store = await openStore({ databaseUrl: process.env.DATABASE_URL });
  await store.query('TRUNCATE consent_records');
  await store.close();
  results.push(await measure('postgresql', { DATABASE_URL: process.env.DATABASE_URL }));
} else console.log('bench: DATABASE_URL is not set, PostgreSQL skipped (npm run bench:log starts one)');

const { version: pgVersion } = await (async () => {
  if (!process.env.DATABASE_URL) return { version: 'not measured' };
  const store = await openStore({ databaseUrl: process.env.DATABASE_URL });
  const { rows } = await store.query('SHOW server_version');
  await store.close();
  return { version: rows[0].server_version };
})();

const name = { embedded: 'embedded (PGlite 0.5, WASM)', postgresql: `PostgreSQL ${pgVersion}` };
const verdict = (r) => {
  const target = TARGETS[r.kind];
  const misses = [];
  if (r.rate < target.rate) misses.push(`${target.rate - Math.round(r.rate)} records/s short (${Math.round((100 * r.rate) / target.rate)} % of ${target.rate})`);
  if (target.p99 && r.p99 > target.p99) misses.push(`p99 ${r.p99} ms > ${target.p99} ms`);
  if (r.errors) misses.push(`${r.errors} errors`);
  if (r.stored !== r.ok) misses.push(`${r.ok - r.stored} lost`);
  return misses.length ? `**missed**: ${misses.join(', ')}` : 'met';
};
const section = `## Proof-of-consent receiver (\`npm run bench:log\`)

Generated by \`npm run bench:log\` (bench/consent-log.mjs) on ${new Date().toISOString().slice(0, 10)}. Do not edit by hand.

- Machine: ${osType()} ${release()}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}.
  Load average when the run ended: ${loadavg().map((x) => x.toFixed(1)).join(', ')} (the machine is shared; a load far above ${cpus().length} means the numbers are low).
- The receiver is the published bin in its own process, production settings: JSON logs at \`info\` (one line per
  answer), the rate limiter on (limit set above the load), CORS, schema validation, one INSERT per record.
  PostgreSQL is a default Debian cluster on the same machine (fsync and synchronous commit on).
- Load: autocannon, ${CONNECTIONS} connections, ${WARM_UP} requests of warm-up and a 3-second pace probe, then as
  many requests as that pace fills in about ${DURATION} s, every record different (about ${JSON.stringify(makeRecord()).length} bytes). Load generator, receiver and
  database share the ${cpus().length} cores.
- "Stored" counts the rows afterwards; it must equal the 2xx answers (warm-up and probe included).

| database | records/s (2xx) | p50 | p99 | max | measured | errors | 2xx answers | stored | target | result |
|---|---|---|---|---|---|---|---|---|---|---|
${results
  .map(
    (r) =>
      `| ${name[r.kind]} | ${Math.round(r.rate)} | ${r.p50} ms | ${r.p99} ms | ${r.max} ms | ${r.requests} in ${r.seconds.toFixed(1)} s | ${r.errors} | ${r.ok} | ${r.stored} | ≥ ${TARGETS[r.kind].rate}/s${TARGETS[r.kind].p99 ? `, p99 ≤ ${TARGETS[r.kind].p99} ms` : ''} | ${verdict(r)} |`,
  )
  .join('\n')}

The bench took ${Math.round((Date.now() - started) / 1000)} s.
`;
await writeSection(join(root, 'docs/benchmarks.md'), 'consent-log', section);
console.log(section);
if (results.some((r) => r.errors || r.stored !== r.ok)) process.exit(1);
