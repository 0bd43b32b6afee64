/**
 * What browsers call: `POST /consent` (one proof record, stored once per recordId) and `GET /healthz`.
 *
 * The statuses are the embed's retry contract: 2xx means stored (201 now, 200 already), so the record leaves the
 * browser's queue; 400, 413 and 415 mean the same record can never be accepted; anything else (5xx, 429, and 403
 * until ALLOWED_ORIGINS lists the site) means "try again later".
 */
import corsPlugin from '@fastify/cors';
import { insertRecord, ping } from './records.js';
import { findRecordError } from './validate-record.js';

/**
 * @param {string} origin
 * @param {import('fastify').FastifyRequest} request
 * @param {import('./config.js').LogServerConfig['allowedOrigins']} allowed
 */
function isAllowedOrigin(origin, request, allowed) {
  if (allowed === '*' || allowed?.includes(origin)) return true;
  try {
    // Same origin: the receiver serves the site's own domain through a reverse proxy (`request.host` follows
    // X-Forwarded-Host only under TRUST_PROXY).
    return new URL(origin).host === request.host;
  } catch {
    return false;
  }
}

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {{ store: import('./store.js').Store, allowedOrigins?: import('./config.js').LogServerConfig['allowedOrigins'] }} options
 */
export async function consentRoutes(app, { store, allowedOrigins }) {
  // Only this JSON parser: a form or text body is a 415, and the text is kept to be stored exactly as sent.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, text, done) => {
    try {
      done(null, { text, value: JSON.parse(/** @type {string} */ (text)) });
    } catch {
      done(Object.assign(new Error('the body is not valid JSON'), { statusCode: 400 }), undefined);
    }
  });

  // Cross-origin senders: the listed sites only, never `*` unless written. Same-origin needs no CORS. A written `*`
  // is answered by echoing the sender's origin: the Fetch standard's CORS check refuses `Access-Control-Allow-Origin:
  // *` for a request with credentials, and a beacon always has them (below).
  await app.register(corsPlugin, {
    origin: allowedOrigins === '*' ? true : (allowedOrigins ?? false),
    methods: ['POST'],
    allowedHeaders: ['Content-Type'],
    // navigator.sendBeacon (a page closing) always sends in credentials mode "include", and the preflight of such a
    // request must say so (Fetch standard, CORS check). The receiver reads no cookie, so this grants nothing more.
    credentials: true,
    maxAge: 86_400,
  });

  app.post('/consent', async (request, reply) => {
    const origin = request.headers.origin;
    // CORS only stops a browser from reading the answer; refusing here also keeps a foreign page's record out.
    if (origin !== undefined && !isAllowedOrigin(origin, request, allowedOrigins)) {
      return reply.code(403).send({ error: 'this origin may not send records (ALLOWED_ORIGINS)' });
    }
    const { text, value } = /** @type {{ text: string, value: any }} */ (request.body ?? {});
    const problem = findRecordError(value);
    if (problem) return reply.code(400).send({ error: `${problem.field} ${problem.message}`, field: problem.field });
    // A database error goes to the app's error handler: 503, so the record stays queued in the browser.
    const stored = await insertRecord(store, value, text);
    return reply.code(stored ? 201 : 200).send({ recordId: value.recordId, stored });
  });

  app.get('/healthz', { config: { rateLimit: false } }, async (_request, reply) => {
    try {
      await ping(store);
      return { status: 'ok', database: store.kind };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: store.kind });
    }
  });
}
