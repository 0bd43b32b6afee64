// Serves the built demo site (demo/dist, see build-demo.mjs) on http://localhost:8000 (PORT overrides), with no
// dependency, the way we advise customers to serve theirs: a strict CSP. People copy it, so it also refuses what a
// copied server must refuse: bad URLs, oversized or invalid records, other methods, paths out of the site.
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
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
/** The file for a decoded URL path, never outside `site`: no `..` escape, no symlink leading out; directories serve their index.html. */
async function fileFor(site, pathname) {
  const path = normalize(join(site, pathname));
  // With the separator: `/demo/dist-other` must not pass for `/demo/dist`.
  const inside = (p) => p === site || p.startsWith(site + sep);
  if (!inside(path)) return undefined;
  const info = await stat(path).catch(() => undefined);
  // Pretty URLs: /politique-de-cookies serves politique-de-cookies.html.
  const file = info?.isDirectory() ? join(path, 'index.html') : info ? path : `${path}.html`;
  // A symlink inside the site may point anywhere: what counts is where it leads.
  const real = await realpath(file).catch(() => undefined);
  return real && inside(real) ? real : undefined;
}

/** Proof-of-consent records the demo received (its `logEndpoint`), newest last; kept in memory only. */
const consentLog = [];
/** A record is a few hundred bytes; anything much larger is refused before it is read. */
const MAX_RECORD_BYTES = 10_000;
const recordSchema = JSON.parse(await readFile(join(root, 'docs/proof-of-consent.schema.json'), 'utf8'));

/**
 * Whether `value` matches `spec`, for the JSON Schema keywords docs/proof-of-consent.schema.json uses (type, const,
 * enum, pattern, minimum, format, required, properties, additionalProperties). The project's receiver validates
 * with a full JSON Schema validator; the demo keeps to no dependency.
 */
function matches(spec, value) {
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  const text = typeof value === 'string';
  if (
    ('const' in spec && value !== spec.const) ||
    (spec.enum && !spec.enum.includes(value)) ||
    (spec.type && ![spec.type].flat().some((t) => t === type || (t === 'number' && type === 'integer'))) ||
    (spec.pattern && text && !new RegExp(spec.pattern, 'u').test(value)) ||
    (spec.minimum !== undefined && typeof value === 'number' && value < spec.minimum) ||
    (spec.format === 'date-time' && text && Number.isNaN(Date.parse(value))) ||
    (spec.format === 'uri' && text && !URL.canParse(value))
  ) {
    return false;
  }
  if (type !== 'object') return true;
  return (
    (spec.required ?? []).every((key) => Object.hasOwn(value, key)) &&
    Object.entries(value).every(([key, item]) => {
      const sub = spec.properties?.[key] ?? spec.additionalProperties ?? true;
      return sub === true || (sub !== false && matches(sub, item));
    })
  );
}

/**
 * The request body as text, or `undefined` past `limit` bytes: it stops reading there (the rest is never buffered,
 * and the connection is closed after the answer).
 */
function readBody(req, limit) {
  return new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    const refuse = () => {
      req.removeAllListeners('data').pause();
      resolve(undefined);
    };
    if (Number(req.headers['content-length']) > limit) return refuse();
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) refuse();
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(undefined));
  });
}

/** The demo's `logEndpoint`: POST stores a valid record (and prints one line), GET lists them. */
async function consentLogEndpoint(req, res) {
  if (req.method === 'GET' || req.method === 'HEAD') {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(consentLog));
    return;
  }
  if (req.method !== 'POST') return res.writeHead(405, { Allow: 'GET, HEAD, POST' }).end();
  const body = await readBody(req, MAX_RECORD_BYTES);
  if (body === undefined) {
    res.writeHead(413, { Connection: 'close' }).end(() => req.socket.destroy());
    return;
  }
  let record;
  try {
    record = JSON.parse(body);
  } catch {
    return res.writeHead(400).end();
  }
  // Only what the documented schema describes is kept: not `null`, not any JSON.
  if (!matches(recordSchema, record)) return res.writeHead(400).end();
  consentLog.push(record);
  // A demo keeps the last thousand in memory, no more.
  if (consentLog.length > 1000) consentLog.shift();
  // JSON-encoded, so a newline or a terminal escape in a field cannot forge a log line.
  const { event, method, consentId, categories } = record;
  console.log(`proof of consent: ${JSON.stringify({ event, method, consentId, categories })}`);
  res.writeHead(204).end();
}

/** @param site the built site to serve. Default `demo/dist`. */
export function startDemoServer(port = Number(process.env.PORT ?? 8000), host = 'localhost', site = defaultRoot) {
  // Resolved once, so that a site folder reached through a symlink still contains its own files.
  const realSite = realpath(site).catch(() => site);
  const handle = async (req, res) => {
    // The demo is served the way we advise customers to serve their site: a strict CSP, no inline script or style,
    // no framing by other sites (clickjacking), and no MIME sniffing of what it serves.
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'",
    );
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
    }
    if (pathname === '/api/consent-log') return consentLogEndpoint(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    const file = await fileFor(await realSite, pathname);
    // A folder's page links to its files relatively (the configurator): `/configurateur` must become `/configurateur/`.
    // A relative Location (RFC 9110 §10.2.2), so the answer can only lead to this site.
    if (file && !pathname.endsWith('/') && (await stat(join(await realSite, pathname)).catch(() => undefined))?.isDirectory()) {
      return res.writeHead(301, { Location: `${encodeURIComponent(pathname.split('/').pop())}/` }).end();
    }
    const body = file && (await readFile(file).catch(() => undefined));
    if (!body) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  };
  const server = createServer((req, res) =>
    handle(req, res).catch((error) => {
      // Whatever goes wrong answers this request, and the server goes on.
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    }),
  );
  return new Promise((resolveListen) => server.listen(port, host, () => resolveListen(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startDemoServer();
  const { port } = server.address();
  console.log(`aquao-consent demo: http://localhost:${port}/  (Ctrl+C to stop)`);
}
