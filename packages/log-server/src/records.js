/**
 * Every query the receiver makes, written once for both databases. Times leave PostgreSQL already formatted as
 * ISO 8601 UTC text, so the embedded and the server drivers give the same strings.
 */

/** ISO 8601 in UTC with milliseconds, like the records' own timestamps. */
const iso = (/** @type {string} */ column) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const COLUMNS = `${iso('received_at')} AS "receivedAt", record::text AS record`;

/**
 * Stores a record once per `recordId`. Returns when the row is committed (one statement, autocommit).
 * @param {import('./store.js').Queryable} db
 * @param {{ recordId: string, consentId: string | null, timestamp: string }} record the parsed record.
 * @param {string} text the record exactly as received.
 * @returns {Promise<boolean>} `true` if stored now, `false` if this `recordId` was already there.
 */
export async function insertRecord(db, record, text) {
  const { rowCount } = await db.query(
    `INSERT INTO consent_records (record_id, consent_id, decided_at, record) VALUES ($1, $2, $3, $4)
     ON CONFLICT (record_id) DO NOTHING`,
    [record.recordId, record.consentId, record.timestamp, text],
  );
  return rowCount === 1;
}

/**
 * Every record of one consent id, newest decision first.
 * @param {import('./store.js').Queryable} db
 * @param {string} consentId
 * @returns {Promise<{ receivedAt: string, record: string }[]>}
 */
export async function findByConsentId(db, consentId) {
  const { rows } = await db.query(
    `SELECT ${COLUMNS} FROM consent_records WHERE consent_id = $1 ORDER BY decided_at DESC, id DESC`,
    [consentId],
  );
  return /** @type {any} */ (rows);
}

/**
 * The records received in [from, to), oldest first, fetched `batchSize` at a time by keyset pagination on
 * (received_at, id): memory stays one batch, whatever the range, and no transaction is held between batches, so
 * the embedded database keeps taking records during a long export.
 * @param {import('./store.js').Queryable} db
 * @param {{ from: Date, to: Date, batchSize?: number }} range
 * @returns {AsyncGenerator<{ receivedAt: string, record: string }>}
 */
export async function* exportRecords(db, { from, to, batchSize = 500 }) {
  // The cursor keeps received_at as PostgreSQL's own text, so no microsecond is lost between batches.
  let after = { at: from.toISOString(), id: '0' };
  for (;;) {
    const { rows } = await db.query(
      `SELECT ${COLUMNS}, received_at::text AS "cursorAt", id::text AS "cursorId" FROM consent_records
       WHERE (received_at, id) > ($1::timestamptz, $2::bigint) AND received_at >= $3 AND received_at < $4
       ORDER BY received_at, id LIMIT ${Number(batchSize)}`,
      [after.at, after.id, from.toISOString(), to.toISOString()],
    );
    for (const { receivedAt, record } of rows) yield { receivedAt, record };
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1];
    after = { at: last.cursorAt, id: last.cursorId };
  }
}

/**
 * Deletes the records received more than `retentionDays` ago.
 * @param {import('./store.js').Queryable} db
 * @param {number} retentionDays
 * @returns {Promise<number>} how many were deleted.
 */
export async function purgeRecords(db, retentionDays) {
  const { rowCount } = await db.query(
    `DELETE FROM consent_records WHERE received_at < now() - make_interval(days => $1::int)`,
    [retentionDays],
  );
  return rowCount;
}

/** @param {import('./store.js').Queryable} db */
export async function ping(db) {
  await db.query('SELECT 1');
}
