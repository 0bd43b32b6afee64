import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { findChrome, CHROME_ARGS, MISSING_MESSAGE } from './scripts/find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(MISSING_MESSAGE);
  process.exit(1);
}

/** The DevTools session of each test page that emulated media features (kept, so the emulation lasts). */
const cdpSessions = new WeakMap();
/** Proof-of-consent records received by the fake endpoint, by bucket (see the middleware below). */
const proofs = new Map();
/** How each bucket answers POSTs for now: `500`, `hang`, `drop`, or normally. */
const faults = new Map();
/** The `/__flaky/<folder>/` chunks that have already failed once (see the middleware below). */
const failedOnce = new Set();

export default {
  // Banner components keep their tests next to them (`src/<component>/<component>.test.ts`); other packages in test/.
  files: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
  // `source` runs the workspace sources without a build; `development` keeps Lit's dev-mode checks on.
  nodeResolve: { exportConditions: ['source', 'development', 'browser'] },
  plugins: [
    esbuildPlugin({
      ts: true,
      // esbuild reads the tsconfig as given and does not follow `extends`, so it gets the base config itself.
      tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)),
    }),
    {
      // What @web/test-runner-commands cannot do with puppeteer: emulate `forced-colors` (its emulateMedia accepts
      // only color-scheme and reduced-motion there) and screenshot a region, for the forced-colours tests. Chromium's
      // own DevTools protocol does both (Emulation.setEmulatedMedia, Page.captureScreenshot).
      name: 'aquao-visual-commands',
      async executeCommand({ command, payload, session }) {
        if (command !== 'emulate-media-features' && command !== 'screenshot-clip') return undefined;
        const page = session.browser.getPage(session.id);
        if (command === 'screenshot-clip') return page.screenshot({ clip: payload, encoding: 'base64' });
        cdpSessions.set(page, cdpSessions.get(page) ?? (await page.createCDPSession()));
        await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
        return true;
      },
    },
  ],
  middleware: [
    // A fake proof-of-consent endpoint: POST /__proof/<bucket>[?status=503] records the body (and answers that
    // status); GET /__proof/<bucket> lists what was received, with the status each got. For fault injection,
    // GET /__proof/<bucket>?fault=500|hang|drop|none makes the next POSTs get a 500, no answer until the client
    // gives up, or a dropped connection (each recorded with status 500, "hang" or "drop"), or answers again.
    async (ctx, next) => {
      const match = ctx.path.match(/^\/__proof\/([\w-]+)$/);
      if (!match) return next();
      const bucket = proofs.get(match[1]) ?? [];
      proofs.set(match[1], bucket);
      const query = new URLSearchParams(ctx.querystring);
      if (ctx.method === 'POST') {
        const chunks = [];
        for await (const chunk of ctx.req) chunks.push(chunk);
        const fault = faults.get(match[1]);
        const status = fault === '500' ? 500 : Number(query.get('status')) || 204;
        const body = JSON.parse(Buffer.concat(chunks).toString());
        bucket.push({ status: fault === 'hang' || fault === 'drop' ? fault : status, contentType: ctx.get('content-type'), body });
        if (fault === 'drop') ctx.req.socket.destroy();
        if (fault === 'hang') {
          // Until the client gives up (or 30 s), then the connection goes without an answer.
          await new Promise((resolve) => ctx.req.socket.once('close', resolve).setTimeout(30000, resolve));
          ctx.req.socket.destroy();
        }
        ctx.status = status;
        return;
      }
      if (query.has('fault')) faults.set(match[1], query.get('fault'));
      ctx.body = JSON.stringify(bucket);
      ctx.type = 'application/json';
    },
    // The embed's built files served from elsewhere, for the chunk loader's tests: `/__cdn/<folder>/<file>` is
    // packages/embed/dist/<file> with `Access-Control-Allow-Origin: *`, as a CDN sends it (an integrity check across
    // origins needs CORS); `/__tampered/<file>` is the same with the UI chunk's bytes changed; `/__flaky/<folder>/<file>`
    // answers 503 to each chunk's first request in that folder (a network that failed once), then serves it;
    // `/__nolog/<file>` never serves the proof-log chunk (an ad blocker that blocks it).
    async (ctx, next) => {
      const match = ctx.path.match(/^\/__((?:cdn|flaky)\/[\w.-]+|tampered|nolog)\/(aquao-[\w.-]+\.js)$/);
      if (!match) return next();
      if (match[1] === 'nolog' && match[2].startsWith('aquao-consent-log')) {
        ctx.status = 404;
        return;
      }
      if (match[1].startsWith('flaky/') && /^aquao-consent-(ui|log)\b/.test(match[2]) && !failedOnce.has(ctx.path)) {
        failedOnce.add(ctx.path);
        ctx.status = 503;
        return;
      }
      let body = await readFile(new URL(`./packages/embed/dist/${match[2]}`, import.meta.url), 'utf8').catch(() => undefined);
      if (body === undefined) return next();
      if (match[1] === 'tampered' && match[2].startsWith('aquao-consent-ui')) body += '\nwindow.__tampered = true;\n';
      if (match[1] !== 'tampered') ctx.set('Access-Control-Allow-Origin', '*');
      ctx.type = 'text/javascript';
      ctx.body = body;
    },
    // `?delay=ms` holds a response back, so tests can prove order with a slow script (no real network here).
    async (ctx, next) => {
      const delay = Number(new URLSearchParams(ctx.querystring).get('delay'));
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 2000)));
      await next();
      // A header-delivered CSP (unlike a <meta> one) makes the browser hide nonce attributes: the hard case.
      // `?csp=nonce`: scripts run only with the nonce, so a chunk that does not carry it is refused; `?csp=self`: no
      // nonce at all.
      if (ctx.path.endsWith('/fixtures/tab.html') || ctx.path.startsWith('/packages/embed/test/fixtures/')) {
        const csp = new URLSearchParams(ctx.querystring).get('csp');
        const scripts = csp === 'nonce' ? "'nonce-t3st'" : csp === 'self' ? "'self'" : "'self' 'nonce-t3st'";
        ctx.set('Content-Security-Policy', `script-src ${scripts}; style-src 'self'; object-src 'none'`);
      }
    },
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
};
