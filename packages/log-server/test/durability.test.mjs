// What must survive: a 201 followed by kill -9, the database going away and coming back (the embed's retry lands),
// a SIGTERM with a request in flight, several instances migrating one PostgreSQL at once; and what must go: records
// past retention. The receiver runs as the published bin here, in a child process, where the test needs to kill it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { migrate, openStore, purgeRecords } from '../src/index.js';
import {
  adminGet,
  backend,
  freshDatabase,
  makeRecord,
  onPostgres,
  post,
  runCli,
  spawnServer,
  startServer,
  storedFor,
} from './harness.mjs';

let database;
before(async () => {
  database = await freshDatabase();
});
after(async () => {
  await database?.drop();
});

const stopped = async ({ child, exited }, signal = 'SIGTERM') => {
  child.kill(signal);
  return exited;
};

describe(`crash and shutdown (${backend})`, () => {
  test('kill -9 right after a 201: after a restart the record is there', async () => {
    const first = await spawnServer(database.env);
    const record = makeRecord();
    assert.equal((await post(first.base, record)).status, 201);
    first.child.kill('SIGKILL');
    assert.equal(await first.exited, null);
    const second = await spawnServer(database.env);
    try {
      const { status, text } = await adminGet(second.base, `/consent/${record.consentId}`);
      assert.equal(status, 200);
      assert.equal(JSON.parse(text).records[0].record.recordId, record.recordId);
    } finally {
      assert.equal(await stopped(second), 0);
    }
  });

  test('SIGTERM: a request in flight finishes (201), new connections are refused, exit 0', async () => {
    const server = await spawnServer(database.env);
    const record = makeRecord();
    const body = JSON.stringify(record);
    const { port } = new URL(server.base);
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8').on('data', (chunk) => (answer += chunk));
    const closed = new Promise((resolve) => socket.on('close', resolve));
    socket.write(
      `POST /consent HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, 100)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Stopped listening: the load balancer moves on to another instance.
    await assert.rejects(fetch(`${server.base}/healthz`));
    // Not `end()`: a half-closed socket tells Node's HTTP server the client left, and it drops the answer.
    socket.write(body.slice(100));
    await closed;
    assert.match(answer, /^HTTP\/1\.1 201 /);
    assert.equal(await server.exited, 0);
    const logs = server.logs.map((line) => JSON.parse(line));
    assert.ok(logs.some((entry) => entry.msg === 'stopped'));

    // The structured logs hold no personal data: no address, no consent or record id, no URL, one route pattern.
    const again = await spawnServer(database.env);
    await adminGet(again.base, `/consent/${record.consentId}`);
    assert.equal(await stopped(again), 0);
    const all = [...server.logs, ...again.logs].join('\n');
    for (const secret of [record.consentId, record.recordId, 'remoteAddress', 'remotePort', 'userAgent']) {
      assert.ok(!all.includes(secret), `the logs hold ${secret}`);
    }
    const answered = again.logs.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'answered');
    assert.deepEqual(answered.map((entry) => entry.req), [{ method: 'GET', route: '/consent/:consentId' }]);
  });
});

/** A TCP relay between the receiver and PostgreSQL: closing it is, for the receiver, the server going down. */
function relay(target) {
  const sockets = new Set();
  let server;
  const track = (socket) => {
    sockets.add(socket);
    socket.on('error', () => {}).on('close', () => sockets.delete(socket));
  };
  return {
    open: (port = 0) =>
      new Promise((resolve) => {
        server = createServer((client) => {
          const upstream = connect(Number(target.port), target.hostname);
          track(client);
          track(upstream);
          client.pipe(upstream).pipe(client);
          client.on('close', () => upstream.destroy());
          upstream.on('close', () => client.destroy());
        }).listen(port, '127.0.0.1', () => resolve(server.address().port));
      }),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(resolve);
      }),
  };
}

describe('the embedded database\'s lock', { skip: onPostgres && 'the embedded database only' }, () => {
  test('a lock left from an earlier boot of the machine is taken over, whatever process now has its number', async (t) => {
    const boot = (await readFile('/proc/sys/kernel/random/boot_id', 'utf8').catch(() => '')).trim();
    if (!boot) return t.skip('no boot id on this system (Linux only)');
    const lock = join(database.options.dataDir, 'aquao-consent-log.pid');
    const store = await openStore(database.options);
    const written = await readFile(lock, 'utf8');
    await store.close();
    // A power cut under systemd: the lock the receiver wrote is still there after the restart of the machine, and
    // this boot gave its number to a live process (here, the test runner).
    const reused = written.replace(/^\d+/, String(process.ppid));
    await writeFile(lock, reused.replace(boot, '00000000-0000-4000-8000-000000000000'));
    await (await openStore(database.options)).close();
    // The same number in this boot: that process may hold it, so the folder is still refused.
    await writeFile(lock, reused);
    try {
      await assert.rejects(openStore(database.options), /is in use by process \d+: one receiver per embedded database/);
    } finally {
      await rm(lock, { force: true });
    }
  });
});

describe(`the database goes away (${backend})`, () => {
  test('database stopped: 503 with Retry-After and /healthz 503; restarted: the retried record lands once', async () => {
    const record = makeRecord();
    let server;
    let restart;
    let link;
    if (onPostgres) {
      const url = new URL(database.options.databaseUrl);
      link = relay(new URL(url));
      const port = await link.open();
      url.host = `127.0.0.1:${port}`;
      server = await startServer({ databaseUrl: url.toString() });
      await link.close();
      restart = async () => {
        await link.open(port);
        return server;
      };
    } else {
      // The embedded database lives inside the receiver: closing it under the running server is its "down", and
      // a restart of the receiver on the same folder brings it back.
      server = await startServer(database.options);
      await server.store.close();
      restart = async () => {
        await server.app.close();
        return startServer(database.options);
      };
    }
    try {
      const down = await post(server.url, record);
      assert.equal(down.status, 503);
      assert.equal(down.headers.get('retry-after'), '30');
      assert.equal((await fetch(`${server.url}/healthz`)).status, 503);
      server = await restart();
      // The embed keeps a record until a 2xx and sends it again, with the same recordId.
      assert.equal((await post(server.url, record)).status, 201);
      assert.equal((await post(server.url, record)).status, 200);
      assert.deepEqual(await storedFor(server.store, record.consentId), [record.recordId]);
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
    } finally {
      await server.close();
      await link?.close();
    }
  });
});

describe(`retention (${backend})`, () => {
  test('purge removes only the records received more than RETENTION_DAYS ago (on demand, then daily at start)', async () => {
    let server = await startServer(database.options);
    const records = { old: makeRecord(), edge: makeRecord(), recent: makeRecord() };
    for (const record of Object.values(records)) assert.equal((await post(server.url, record)).status, 201);
    const backdate = (record, days) =>
      server.store.query(`UPDATE consent_records SET received_at = now() - make_interval(days => $2) WHERE record_id = $1`, [record.recordId, days]);
    await backdate(records.old, 1826);
    // A day inside the limit: kept.
    await backdate(records.edge, 1824);
    const remaining = async () => {
      const ids = Object.values(records).map((r) => r.recordId);
      const { rows } = await server.store.query('SELECT record_id::text AS id FROM consent_records WHERE record_id = ANY($1::uuid[])', [ids]);
      return Object.keys(records).filter((name) => rows.some((row) => row.id === records[name].recordId));
    };

    if (!onPostgres) {
      // One process per embedded database: the CLI says so instead of opening it twice.
      const busy = await runCli(database.env, ['purge']);
      assert.equal(busy.code, 1);
      assert.match(busy.stderr, /is in use by process \d+: one receiver per embedded database/);
    }
    await server.close();
    const purged = await runCli({ ...database.env, RETENTION_DAYS: '1825' }, ['purge']);
    assert.equal(purged.code, 0, purged.stderr);
    assert.equal(purged.stdout, 'purged 1 record(s) received more than 1825 days ago\n');

    server = await startServer(database.options, { retentionDays: 1825 });
    try {
      assert.deepEqual(await remaining(), ['edge', 'recent']);
      // The start of a receiver runs the daily purge once.
      await backdate(records.edge, 1900);
      await server.close();
      server = await startServer(database.options, { retentionDays: 1825 });
      for (let i = 0; i < 50 && (await remaining()).length > 1; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.deepEqual(await remaining(), ['recent']);
      assert.equal(await purgeRecords(server.store, 1825), 0);
    } finally {
      await server.close();
    }
  });
});

describe(`migrations (${backend})`, () => {
  test('applied once, and a second run changes nothing', async () => {
    const store = await openStore(database.options);
    try {
      assert.deepEqual(await migrate(store), []);
      const { rows } = await store.query('SELECT version, name FROM consent_log_migrations');
      assert.deepEqual(rows, [{ version: 1, name: '0001-consent-records.sql' }]);
    } finally {
      await store.close();
    }
  });

  test('several instances starting at once on one PostgreSQL migrate it once', { skip: !onPostgres && 'one process per embedded database' }, async () => {
    const shared = await freshDatabase();
    try {
      const stores = await Promise.all([1, 2, 3, 4].map(() => openStore(shared.options)));
      const { rows } = await stores[0].query('SELECT count(*)::int AS n FROM consent_log_migrations');
      assert.equal(rows[0].n, 1);
      await Promise.all(stores.map((store) => store.close()));
    } finally {
      await shared.drop();
    }
  });
});
