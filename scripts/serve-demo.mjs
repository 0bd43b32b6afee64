// Serves the built demo site (demo/dist, see build-demo.mjs) on http://localhost:8000 (PORT overrides), with no
// dependency, the way we advise customers to serve theirs: a strict CSP.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const defaultRoot = join(root, 'demo/dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};
/** The file for a URL path, never outside `demo` (no `..` escape); directories serve their index.html. */
async function fileFor(demo, pathname) {
  const path = normalize(join(demo, decodeURIComponent(pathname)));
  // With the separator: `/demo/dist-other` must not pass for `/demo/dist`.
  if (path !== demo && !path.startsWith(demo + sep)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return join(path, 'index.html');
  if (info) return path;
  // Pretty URLs: /politique-de-cookies serves politique-de-cookies.html.
  return (await stat(`${path}.html`).catch(() => undefined)) ? `${path}.html` : undefined;
}

/** Proof-of-consent records the demo received (its `logEndpoint`), newest last; kept in memory only. */
const consentLog = [];

/** The demo's `logEndpoint`: POST stores a record (and prints one line), GET lists them. */
async function consentLogEndpoint(req, res) {
  if (req.method === 'POST') {
    let body = '';
    for await (const chunk of req) body += chunk;
    if (body.length > 10_000) return res.writeHead(413).end();
    try {
      const record = JSON.parse(body);
      consentLog.push(record);
      // A demo keeps the last thousand in memory, no more.
      if (consentLog.length > 1000) consentLog.shift();
      console.log(`proof of consent: ${record.event} ${record.method ?? ''} ${record.consentId} ${JSON.stringify(record.categories)}`);
      res.writeHead(204).end();
    } catch {
      res.writeHead(400).end();
    }
    return;
  }
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify(consentLog));
}

/** @param site the built site to serve. Default `demo/dist`. */
export function startDemoServer(port = Number(process.env.PORT ?? 8000), host = 'localhost', site = defaultRoot) {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === '/api/consent-log') return consentLogEndpoint(req, res);
    const file = await fileFor(site, pathname);
    const body = file && (await readFile(file).catch(() => undefined));
    // The demo is served the way we advise customers to serve their site: a strict CSP, no inline script or style.
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; object-src 'none'; base-uri 'self'",
    );
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    if (!body) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  return new Promise((resolveListen) => server.listen(port, host, () => resolveListen(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startDemoServer();
  const { port } = server.address();
  console.log(`aquao-consent demo: http://localhost:${port}/  (Ctrl+C to stop)`);
}
