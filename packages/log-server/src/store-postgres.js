/** A PostgreSQL server through `pg`'s pool: what several receiver instances share behind a load balancer. */
import pg from 'pg';

/**
 * @param {string} connectionString
 * @param {number} max connections in the pool.
 * @returns {import('./store.js').Store}
 */
export function openPostgres(connectionString, max) {
  const pool = new pg.Pool({
    connectionString,
    max,
    // A stopped or unreachable server must turn into a quick 503 (the embed retries), not a hung request.
    connectionTimeoutMillis: 3000,
    query_timeout: 10_000,
    application_name: 'aquao-consent-log',
  });
  // An idle connection dropped by the server (a restart, a failover) is an event, not a crash: the pool opens a new
  // one at the next query.
  pool.on('error', () => {});
  /** @param {pg.Pool | pg.PoolClient} client */
  const queryable = (client) => ({
    /** @param {string} sql @param {unknown[]} [params] */
    query: async (sql, params) => {
      const result = await client.query(sql, params);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    },
    /** @param {string} sql */
    exec: async (sql) => {
      await client.query(sql);
    },
  });
  return {
    kind: 'postgresql',
    ...queryable(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
