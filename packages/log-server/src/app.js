/**
 * The HTTP application, without the listening socket (tests and the CLI add that). Fastify, because it is the
 * fastest maintained Node framework with streaming replies, body limits, content-type parsers and graceful close
 * built in, and official CORS and rate-limit plugins.
 */
import Fastify, { LogController } from 'fastify';
import rateLimitPlugin from '@fastify/rate-limit';
import { createClientKey } from './client-key.js';
import { MIN_TOKEN_LENGTH } from './config.js';
import { isDatabaseError, isRetryable } from './store.js';
import { adminRoutes } from './routes-admin.js';
import { consentRoutes } from './routes-consent.js';

/** A proof record is about 1 KB; 8 KB leaves room for large configs and refuses anything else early. */
export const BODY_LIMIT = 8 * 1024;

/**
 * Structured JSON logs with no personal data: the route pattern, never the URL (a path holds a consent id, a query
 * string can hold anything), and never the client's address.
 * @param {string | false} level
 */
export const loggerOptions = (level) =>
  level === false
    ? false
    : {
        level,
        base: { service: 'aquao-consent-log' },
        serializers: {
          /** @param {import('fastify').FastifyRequest} request */
          req: (request) => ({ method: request.method, route: request.routeOptions?.url ?? '(unmatched)' }),
        },
      };

/**
 * @param {object} options
 * @param {import('./store.js').Store} options.store
 * @param {import('./config.js').LogServerConfig['allowedOrigins']} [options.allowedOrigins]
 * @param {string} [options.adminToken]
 * @param {number} [options.rateLimit] per client and minute; 0 turns it off. Default 60.
 * @param {boolean | number | string} [options.trustProxy]
 * @param {string | false} [options.logLevel] default `info`; `false` for silence.
 */
export async function buildApp({ store, allowedOrigins, adminToken, rateLimit = 60, trustProxy = false, logLevel = 'info' }) {
  const app = Fastify({
    logger: loggerOptions(logLevel),
    // One line per answer (below) instead of Fastify's two, without URL or address.
    logController: new LogController({ disableRequestLogging: true }),
    // A hop count works too (Fastify's docs), though its types only list the other forms.
    trustProxy: /** @type {boolean | string} */ (trustProxy),
    bodyLimit: BODY_LIMIT,
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info({ req: request, status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'answered');
  });
  app.setErrorHandler((/** @type {import('fastify').FastifyError} */ error, request, reply) => {
    if (isDatabaseError(error)) {
      if (!isRetryable(error)) {
        // The record passed the schema but PostgreSQL refused a value (an impossible date): resending cannot help.
        return reply.code(400).send({ error: `the database refused a value: ${error.message}` });
      }
      // Down, restarting, unreachable or too slow: 503 tells the embed to keep the record and send it again.
      request.log.error({ err: error }, 'database unavailable');
      return reply.code(503).header('Retry-After', '30').send({ error: 'the database is unavailable, retry later' });
    }
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'failed');
    const messages = {
      413: `a proof record is at most ${BODY_LIMIT} bytes`,
      415: 'Content-Type must be application/json',
    };
    reply.code(status).send({ error: messages[/** @type {413 | 415} */ (status)] ?? (status >= 500 ? 'internal error' : error.message) });
  });
  app.setNotFoundHandler((_request, reply) => {
    reply.code(404).send({ error: 'not found' });
  });

  if (rateLimit > 0) {
    const clientKey = createClientKey();
    await app.register(rateLimitPlugin, {
      max: rateLimit,
      timeWindow: 60_000,
      keyGenerator: (request) => clientKey(request.ip),
    });
  }

  const token = adminToken && adminToken.length >= MIN_TOKEN_LENGTH ? adminToken : undefined;
  if (adminToken && !token) {
    app.log.error(`ADMIN_TOKEN is shorter than ${MIN_TOKEN_LENGTH} characters: lookup and export stay off. Use e.g. \`openssl rand -hex 32\`.`);
  } else if (!token) {
    app.log.warn('ADMIN_TOKEN is not set: lookup and export stay off.');
  }
  await app.register(consentRoutes, { store, allowedOrigins });
  await app.register(adminRoutes, { store, adminToken: token });
  return app;
}
