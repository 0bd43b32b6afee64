/**
 * The embedded database: PGlite, PostgreSQL compiled to WASM, in this process, its files in `dataDir`. Nothing to
 * install. One process at a time may open a folder (PGlite is a single-user PostgreSQL): a lock file says who
 * holds it, and a holder that died (`kill -9`, a crash, a restart of the machine) is taken over.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const LOCK_FILE = 'aquao-consent-log.pid';
/** Folders this process has open: a second PGlite on the same files would corrupt them. */
const openHere = new Set();

/** @param {number} pid */
const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
};

/**
 * This boot of the machine, where the system says (Linux); '' elsewhere. PIDs are handed out again after a restart,
 * so a lock written in another boot names a process that is gone, whatever process has its number now.
 */
const bootId = () => readFile('/proc/sys/kernel/random/boot_id', 'utf8').then((text) => text.trim(), () => '');

/** @param {string} dataDir */
async function lock(dataDir) {
  const file = join(resolve(dataDir), LOCK_FILE);
  if (openHere.has(file)) throw new Error(`DATA_DIR ${resolve(dataDir)} is already open in this process.`);
  const boot = await bootId();
  for (;;) {
    try {
      // The PID, then the boot it belongs to.
      await writeFile(file, `${process.pid}\n${boot}\n`, { flag: 'wx' });
      openHere.add(file);
      return file;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
      const [pid = '', heldIn = ''] = (await readFile(file, 'utf8').catch(() => '')).split('\n');
      const holder = Number(pid);
      // Our own pid in a file we did not write: a dead process's, and the system gave us its number again.
      const sameBoot = !heldIn || !boot || heldIn === boot;
      if (holder && holder !== process.pid && sameBoot && isAlive(holder)) {
        throw new Error(
          `DATA_DIR ${resolve(dataDir)} is in use by process ${holder}: one receiver per embedded database. ` +
            'Stop it first, or set DATABASE_URL to a PostgreSQL server to run several instances.',
        );
      }
      await rm(file, { force: true });
    }
  }
}

/** @param {string} file */
async function unlock(file) {
  openHere.delete(file);
  await rm(file, { force: true });
}

/**
 * @param {string} dataDir
 * @returns {Promise<import('./store.js').Store>}
 */
export async function openEmbedded(dataDir) {
  await mkdir(dataDir, { recursive: true });
  const lockFile = await lock(dataDir);
  /** @type {PGlite} */
  let db;
  try {
    db = await PGlite.create(dataDir);
  } catch (error) {
    await unlock(lockFile);
    throw error;
  }
  /** @param {Pick<PGlite, 'query' | 'exec'>} client */
  const queryable = (client) => ({
    /** @param {string} sql @param {unknown[]} [params] */
    query: async (sql, params) => {
      const result = await client.query(sql, params);
      return { rows: /** @type {Record<string, any>[]} */ (result.rows), rowCount: result.affectedRows ?? result.rows.length };
    },
    /** @param {string} sql */
    exec: async (sql) => {
      await client.exec(sql);
    },
  });
  return {
    kind: 'embedded',
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    async close() {
      if (!db.closed) await db.close();
      await unlock(lockFile);
    },
  };
}
