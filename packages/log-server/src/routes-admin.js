/**
 * What the site owner, support or an auditor calls, with `Authorization: Bearer $ADMIN_TOKEN`:
 * `GET /consent/:consentId` (every record of one browser's consent, newest first) and
 * `GET /export?from=&to=&format=csv|ndjson` (a range, streamed: memory stays one batch however large the range).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Readable } from 'node:stream';
import { csvHeader, csvLine, FORMATS, ndjsonLine, storedJson } from './export-format.js';
import { exportRecords, findByConsentId } from './records.js';

const CONSENT_ID = /^[0-9a-f-]{36}$/;
const digest = (/** @type {string} */ text) => createHash('sha256').update(text).digest();

/**
 * @param {unknown} text a query parameter.
 * @param {string} name
 * @param {Date} fallback
 */
function dateParameter(text, name, fallback) {
  if (text === undefined || text === '') return fallback;
  const date = new Date(String(text));
  if (Number.isNaN(date.getTime())) {
    throw Object.assign(new Error(`${name} must be an ISO 8601 date or time, e.g. 2026-01-31 or 2026-01-31T12:00:00Z`), {
      statusCode: 400,
    });
  }
  return date;
}

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {{ store: import('./store.js').Store, adminToken?: string }} options `adminToken` unset: every call is
 *   refused.
 */
export async function adminRoutes(app, { store, adminToken }) {
  const expected = adminToken ? digest(adminToken) : undefined;
  app.addHook('onRequest', async (request, reply) => {
    const [scheme, given] = (request.headers.authorization ?? '').split(' ');
    // The scheme is case-insensitive (RFC 9110 §11.1). Comparing digests in constant time: the answer's timing says
    // nothing about the token.
    const ok = expected && scheme.toLowerCase() === 'bearer' && given && timingSafeEqual(digest(given), expected);
    reply.header('Cache-Control', 'no-store');
    if (!ok) {
      return reply
        .code(401)
        .header('WWW-Authenticate', 'Bearer realm="aquao-consent-log"')
        .send({ error: expected ? 'missing or wrong admin token' : 'admin routes are off: set ADMIN_TOKEN (32 characters or more)' });
    }
  });

  app.get('/consent/:consentId', async (request, reply) => {
    const { consentId } = /** @type {{ consentId: string }} */ (request.params);
    if (!CONSENT_ID.test(consentId)) return reply.code(400).send({ error: 'consentId must be 36 characters of 0-9, a-f and -' });
    const rows = await findByConsentId(store, consentId);
    if (!rows.length) return reply.code(404).send({ error: 'no record for this consent id', consentId });
    // Records go out as stored, not re-serialised: what was received is what is shown.
    return reply.type('application/json; charset=utf-8').send(`{"consentId":"${consentId}","records":[${rows.map(storedJson).join(',')}]}`);
  });

  app.get('/export', async (request, reply) => {
    const query = /** @type {Record<string, string | undefined>} */ (request.query);
    const format = query.format ?? 'ndjson';
    if (!Object.hasOwn(FORMATS, format)) return reply.code(400).send({ error: 'format must be csv or ndjson' });
    const from = dateParameter(query.from, 'from', new Date(0));
    const to = dateParameter(query.to, 'to', new Date('9999-12-31T00:00:00Z'));
    const rows = exportRecords(store, { from, to });
    // The first batch is read before the status line: a database that is down is a 503, not a cut-off 200.
    const first = await rows.next();
    async function* lines() {
      if (format === 'csv') yield csvHeader();
      const line = format === 'csv' ? csvLine : ndjsonLine;
      if (first.done) return;
      yield line(first.value);
      for await (const row of rows) yield line(row);
    }
    const name = `consent-log-${from.toISOString().slice(0, 10)}-${query.to ? to.toISOString().slice(0, 10) : 'now'}.${format}`;
    return reply
      .type(FORMATS[/** @type {keyof FORMATS} */ (format)])
      .header('Content-Disposition', `attachment; filename="${name}"`)
      .send(Readable.from(lines()));
  });
}
