/**
 * The database behind the receiver: PostgreSQL, either embedded (PGlite, PostgreSQL compiled to WASM, running in
 * this process with its files in a folder) or a server reached through `DATABASE_URL`. Both speak the same SQL, so
 * one schema, one set of migrations and one set of queries serve both; this file only hides how each is opened.
 */
import { migrate } from './migrate.js';

/**
 * @typedef {{ rows: Record<string, any>[], rowCount: number }} QueryResult
 * @typedef {object} Queryable
 * @property {(sql: string, params?: unknown[]) => Promise<QueryResult>} query one statement, with $1… parameters.
 * @property {(sql: string) => Promise<void>} exec several statements, no parameters (migrations).
 * @typedef {Queryable & {
 *   kind: 'embedded' | 'postgresql',
 *   transaction: <T>(work: (tx: Queryable) => Promise<T>) => Promise<T>,
 *   close: () => Promise<void>,
 * }} Store
 */

/**
 * Opens the database and brings its schema up to date.
 * @param {{ databaseUrl?: string, dataDir?: string, poolSize?: number }} options `databaseUrl` wins; otherwise the
 *   embedded database in `dataDir`.
 * @returns {Promise<Store>}
 */
export async function openStore({ databaseUrl, dataDir = './consent-log-data', poolSize = 10 }) {
  const opened = databaseUrl
    ? (await import('./store-postgres.js')).openPostgres(databaseUrl, poolSize)
    : await (await import('./store-embedded.js')).openEmbedded(dataDir);
  // Errors coming out of the database are marked, so the HTTP layer can answer 503 (retry) for them.
  const mark = (/** @type {unknown} */ error) => {
    throw Object.assign(/** @type {object} */ (error), { fromDatabase: true });
  };
  /** @type {Store} */
  const store = {
    ...opened,
    query: (sql, params) => opened.query(sql, params).catch(mark),
    exec: (sql) => opened.exec(sql).catch(mark),
    transaction: (work) => opened.transaction(work).catch(mark),
  };
  try {
    await migrate(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/**
 * Whether an error came out of the database (see `openStore`).
 * @param {unknown} error
 */
export const isDatabaseError = (error) => /** @type {{ fromDatabase?: boolean }} */ (error)?.fromDatabase === true;

/**
 * A database error the client can do nothing about now but retry (the server down, a timeout, a lost
 * connection), as opposed to a record PostgreSQL refuses (SQLSTATE class 22, data exception: retrying the same
 * record cannot help).
 * @param {unknown} error
 */
export const isRetryable = (error) => !/^22/.test(String(/** @type {{ code?: unknown }} */ (error)?.code ?? ''));
