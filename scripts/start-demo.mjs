// `npm start`: the demo site and the proof-of-consent receiver together, wired the way we advise a site to deploy
// them: one origin. A front server on http://localhost:8000 (PORT overrides) sends `/api/consent-log` (the demo's
// `logEndpoint`) to the receiver's `POST /consent` and everything else to the demo server, as a reverse proxy
// would (docs/consent-log.md, "Behind a reverse proxy"). Same origin: no CORS, no preflight, no CSP change.
// The receiver keeps its records in an embedded database in a temporary folder, deleted on exit.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request as forward } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLogServer } from '@aquao/consent-log';
import { startDemoServer } from './serve-demo.mjs';

/** Passes one request on to 127.0.0.1:`port`, keeping the Host (the receiver compares it with Origin). */
function proxy(request, response, port, path = request.url) {
  const headers = { ...request.headers, 'x-forwarded-for': request.socket.remoteAddress ?? '' };
  const upstream = forward({ host: '127.0.0.1', port, path, method: request.method, headers }, (answer) => {
    response.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(response);
  });
  upstream.on('error', () => response.headersSent || response.writeHead(502).end());
  request.pipe(upstream);
}

/**
 * Starts the receiver, the demo server and the front server.
 * @param {number} port the front server's; 0 for a free one.
 * @returns {Promise<{ url: string, receiver: { url: string }, dataDir: string, adminToken: string, close: () => Promise<void> }>}
 */
export async function startDemoWithLog(port = Number(process.env.PORT ?? 8000), logPort = Number(process.env.LOG_PORT ?? 0)) {
  const dataDir = await mkdtemp(join(tmpdir(), 'aquao-consent-demo-log-'));
  const adminToken = randomBytes(32).toString('hex');
  const receiver = await startLogServer({
    port: logPort,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: undefined,
    // Same origin through the front server: no cross-origin sender to allow.
    allowedOrigins: undefined,
    adminToken,
    rateLimit: 60,
    retentionDays: 1825,
    // The front server is the reverse proxy: its X-Forwarded-For is the visitor, for the rate limit.
    trustProxy: 'loopback',
    logLevel: 'warn',
    poolSize: 1,
  });
  const site = await startDemoServer(0, '127.0.0.1');
  const receiverPort = new URL(receiver.url).port;
  const sitePort = site.address().port;
  const front = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/api/consent-log') proxy(request, response, receiverPort, '/consent');
    else proxy(request, response, sitePort);
  });
  await new Promise((resolve) => front.listen(port, 'localhost', resolve));
  return {
    url: `http://localhost:${front.address().port}`,
    receiver,
    dataDir,
    adminToken,
    async close() {
      front.close();
      site.close();
      await receiver.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const demo = await startDemoWithLog();
  const { receiver, adminToken } = demo;
  console.log(`aquao-consent demo: ${demo.url}/  (Ctrl+C to stop)

Proof of consent: each decision is POSTed to /api/consent-log and stored by aquao-consent-log
(${receiver.url}, embedded database in ${demo.dataDir}, deleted on exit).
  admin token:  ${adminToken}
  your consent id: in the page's console, aquaoConsent.getState().consentId
  look it up:   curl -H "Authorization: Bearer ${adminToken}" ${receiver.url}/consent/<consent id>
  export all:   curl -H "Authorization: Bearer ${adminToken}" "${receiver.url}/export?format=csv"`);
  const stop = () => demo.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
