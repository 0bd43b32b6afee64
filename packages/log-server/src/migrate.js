/**
 * Versioned SQL migrations (`migrations/NNNN-name.sql`), the same files for the embedded database and for
 * PostgreSQL. Each runs once, in order, recorded in `consent_log_migrations`. The whole run holds a transaction
 * advisory lock, so instances starting together against one PostgreSQL apply each migration exactly once: the
 * others wait, then find nothing left to do.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const MIGRATIONS = fileURLToPath(new URL('../migrations/', import.meta.url));
/** Any constant shared by every instance; this one spells "aquaolog" in ASCII. */
const LOCK_KEY = '7021522355388968807';

/** @returns {Promise<{ version: number, name: string, sql: string }[]>} the migration files, oldest first. */
export async function readMigrations(folder = MIGRATIONS) {
  const files = (await readdir(folder)).filter((file) => /^\d{4}-[\w-]+\.sql$/.test(file)).sort();
  return Promise.all(
    files.map(async (file) => ({ version: Number(file.slice(0, 4)), name: file, sql: await readFile(folder + file, 'utf8') })),
  );
}

/**
 * Applies the migrations this database has not seen yet.
 * @param {import('./store.js').Store} store
 * @returns {Promise<string[]>} the names of the migrations applied now (empty when up to date).
 */
export async function migrate(store, migrations = readMigrations()) {
  const pending = await migrations;
  return store.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${LOCK_KEY})`);
    await tx.exec(`CREATE TABLE IF NOT EXISTS consent_log_migrations (
      version    integer PRIMARY KEY,
      name       text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query('SELECT version FROM consent_log_migrations');
    const done = new Set(rows.map((row) => Number(row.version)));
    const applied = [];
    for (const migration of pending) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO consent_log_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.name);
    }
    return applied;
  });
}
