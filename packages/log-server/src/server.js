/**
 * A running receiver: the database opened and migrated, the HTTP app listening, the daily purge scheduled, and a
 * `close()` that lets in-flight requests finish before the database closes.
 */
import { buildApp } from './app.js';
import { purgeRecords } from './records.js';
import { openStore } from './store.js';

const DAY = 86_400_000;

/**
 * @param {import('./config.js').LogServerConfig & { logLevel: string | false }} config
 * @returns {Promise<{ app: import('fastify').FastifyInstance, store: import('./store.js').Store, url: string, close: () => Promise<void> }>}
 */
export async function startLogServer(config) {
  const store = await openStore(config);
  let app;
  try {
    app = await buildApp({ ...config, store });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app?.close();
    await store.close();
    throw error;
  }
  const log = app.log;
  const purge = async () => {
    try {
      const deleted = await purgeRecords(store, config.retentionDays);
      log.info({ deleted, retentionDays: config.retentionDays }, 'purge done');
    } catch (error) {
      log.error({ err: error }, 'purge failed, next try in a day');
    }
  };
  // Once at start, then daily (docs/consent-log.md, "Retention"); every instance may purge, deleting is idempotent.
  const firstPurge = purge();
  const timer = setInterval(purge, DAY);
  timer.unref();
  const address = /** @type {import('node:net').AddressInfo} */ (app.server.address());
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  log.info({ database: store.kind, port: address.port, retentionDays: config.retentionDays }, 'aquao-consent-log ready');
  let closing;
  return {
    app,
    store,
    url: `http://${host}:${address.port}`,
    // Fastify's close stops accepting, answers new requests 503 and waits for those in flight; then the database.
    close: () =>
      (closing ??= (async () => {
        clearInterval(timer);
        await firstPurge;
        await app.close();
        await store.close();
      })()),
  };
}
