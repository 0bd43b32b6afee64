// `npm run bench`: aquao-consent against vanilla-cookieconsent, Klaro and tarteaucitron, on the same page, in the
// same headless Chromium, in the same run. Timings on a shared machine are noise; the ratios to
// vanilla-cookieconsent measured in the same run are the result. Writes docs/benchmarks.md.
//
// Options: --rounds N (default 16, the first is a discarded warm-up), --throttle (CPU ×4, a mid-range phone).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { writeSection } from './write-section.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const ROUNDS = Number(args[args.indexOf('--rounds') + 1]) || 16;
const THROTTLE = args.includes('--throttle');

// The peers live in bench/'s own package, installed here on first use: users and CI never download them.
if (!existsSync(join(here, 'node_modules/vanilla-cookieconsent'))) {
  console.log('bench: installing the peers (bench/package.json)…');
  execSync('npm install --no-audit --no-fund', { cwd: here, stdio: 'inherit' });
}
if (!existsSync(join(root, 'packages/embed/dist/aquao-consent.js'))) {
  throw new Error('bench: build first (npm run bench does: npm run build && node bench/run.mjs)');
}
const { chromium } = await import('playwright-core');
const { findChrome, CHROME_ARGS } = await import('../scripts/find-chrome.mjs');

/** URL prefix → folder. Everything else is served from bench/pages. */
const MOUNTS = {
  '/aquao/': join(root, 'packages/embed/dist/'),
  '/vcc/': join(here, 'node_modules/vanilla-cookieconsent/dist/'),
  '/klaro/': join(here, 'node_modules/klaro/dist/'),
  '/tac/': join(here, 'node_modules/tarteaucitronjs/'),
};
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const mount = Object.keys(MOUNTS).find((prefix) => path.startsWith(prefix));
  const base = mount ? MOUNTS[mount] : join(here, 'pages/');
  const file = normalize(join(base, mount ? path.slice(mount.length) : path));
  if (!file.startsWith(base)) return res.writeHead(403).end();
  try {
    const body = await readFile(file);
    // Served uncompressed and uncached: bytes are computed separately, and every load is cold.
    res.writeHead(200, { 'Content-Type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`, 'Cache-Control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

/**
 * Each library: its page, which requests belong to it (for bytes), how to find its banner and its accept button.
 * The finders run in the page.
 */
const LIBS = {
  'aquao-consent': {
    page: '/aquao.html',
    owns: (p) => p.startsWith('/aquao/') && !p.endsWith('.map'),
    inlineConfig: true,
    banner: `document.querySelector('aquao-consent-banner')?.shadowRoot?.querySelector('[part~="banner"]')`,
    accept: `document.querySelector('aquao-consent-banner')?.shadowRoot?.querySelector('[part~="accept-button"]')`,
  },
  'vanilla-cookieconsent 3.1.0': {
    page: '/vcc.html',
    owns: (p) => p.startsWith('/vcc/') || p === '/vcc-init.js',
    banner: `document.querySelector('#cc-main .cm')`,
    accept: `document.querySelector('#cc-main .cm [data-role="all"]')`,
  },
  'Klaro 0.7.22': {
    page: '/klaro.html',
    owns: (p) => p.startsWith('/klaro/') || p === '/klaro-config.js',
    banner: `document.querySelector('.klaro .cookie-notice')`,
    accept: `document.querySelector('.klaro .cookie-notice .cn-buttons .cm-btn-success')`,
  },
  'tarteaucitron 1.34.0': {
    page: '/tarteaucitron.html',
    owns: (p) => p.startsWith('/tac/') || p.startsWith('/tac-'),
    banner: `document.querySelector('#tarteaucitronAlertBig')`,
    accept: `document.querySelector('#tarteaucitronPersonalize2')`,
  },
};
const BASELINE = 'vanilla-cookieconsent 3.1.0';
const names = Object.keys(LIBS);

/** In the page before anything else: watches, frame by frame, for the banner being fully visible; counts long tasks and layout shifts. */
const probe = (bannerExpression) => `
  window.__bench = { longTasks: [], shifts: 0 };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__bench.shifts += e.value; }).observe({ type: 'layout-shift', buffered: true });
  const opacity = (el) => { let o = 1; for (let n = el; n && n.nodeType === 1; n = n.parentNode?.host ?? n.parentNode) o *= Number(getComputedStyle(n).opacity); return o; };
  const visible = (el) => el && el.checkVisibility({ visibilityProperty: true }) && el.getBoundingClientRect().height > 0 && opacity(el) >= 0.99;
  // Tells Node through a binding, so nothing polls the page (polling would count as the page's script time).
  const frame = (time) => { if (visible(${bannerExpression})) { window.__bench.visibleAt = time; window.__benchVisible(); } else requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
`;

const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const version = browser.version();
const results = Object.fromEntries(names.map((n) => [n, { visible: [], script: [], tasks: [], longTasks: [], cls: [], heap: [], accept: [], bytes: null }]));
const failures = new Set();

async function measure(name, keep) {
  const lib = LIBS[name];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (THROTTLE) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let shown;
  const visible = new Promise((resolve) => (shown = resolve));
  await page.exposeBinding('__benchVisible', () => shown());
  await page.addInitScript(probe(lib.banner));
  const files = new Map();
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    if (lib.owns(path)) files.set(path, await response.body().catch(() => Buffer.alloc(0)));
  });
  try {
    await page.goto(origin + lib.page, { waitUntil: 'commit' });
    await Promise.race([visible, new Promise((_, reject) => setTimeout(() => reject(new Error('no banner within 15 s')), 15000))]);
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    await page.waitForTimeout(500); // late layout shifts
    const bench = await page.evaluate(() => window.__bench);
    await cdp.send('HeapProfiler.collectGarbage');
    metrics.JSHeapUsedSize = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    const acceptMs = await page.evaluate(async (accept) => {
      const button = eval(accept);
      const start = performance.now();
      button.click();
      while (window.__analyticsRan === undefined) {
        if (performance.now() - start > 10000) throw new Error('the gated analytics script never ran');
        await new Promise((r) => setTimeout(r, 1));
      }
      return window.__analyticsRan - start;
    }, lib.accept);
    if (lib.inlineConfig) {
      files.set('(inline JSON config)', Buffer.from(await page.evaluate(() => document.getElementById('aquao-consent-config').textContent)));
    }
    if (!keep) return;
    const r = results[name];
    r.visible.push(bench.visibleAt);
    r.script.push(metrics.ScriptDuration * 1000);
    r.tasks.push(metrics.TaskDuration * 1000);
    r.longTasks.push(bench.longTasks.length);
    r.cls.push(bench.shifts);
    r.heap.push(metrics.JSHeapUsedSize / 1024);
    r.accept.push(acceptMs);
    r.bytes ??= [...files.entries()];
  } catch (error) {
    failures.add(`${name}: ${error.message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
}

const started = Date.now();
for (let round = 0; round < ROUNDS; round++) {
  // Interleaved, rotated each round (A B C D, B C D A, …); round 0 warms up and is discarded.
  const order = names.map((_, i) => names[(i + round) % names.length]);
  for (const name of order) await measure(name, round > 0);
  process.stdout.write(`\rbench: round ${round + 1}/${ROUNDS}`);
}
process.stdout.write('\n');
await browser.close();
server.close();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const sizes = (files) =>
  (files ?? []).reduce(
    (sum, [, body]) => ({
      raw: sum.raw + body.length,
      gzip: sum.gzip + gzipSync(body, { level: 9 }).length,
      brotli: sum.brotli + brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      files: sum.files + 1,
    }),
    { raw: 0, gzip: 0, brotli: 0, files: 0 },
  );
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x) => `${x.toFixed(0)} ms`;
const ratio = (value, base) => (base ? `${(value / base).toFixed(2)}×` : '—');

const byteRows = names.map((n) => [n, sizes(results[n].bytes)]);
const base = Object.fromEntries(byteRows)[BASELINE];
const stat = (key, format) =>
  names.map((n) => {
    const xs = results[n][key];
    const b = median(results[BASELINE][key]);
    return xs.length
      ? `| ${n} | ${format(median(xs))} | ${format(Math.min(...xs))} – ${format(Math.max(...xs))} | ${ratio(median(xs), b)} |`
      : `| ${n} | failed | | |`;
  });

/** Where aquao-consent's bytes go: each module of the bundle minified and gzipped on its own, by package. */
async function bundleBreakdown() {
  const { rollup } = await import('rollup');
  const { minify } = await import('terser');
  const config = (await import('../rollup.config.mjs')).default.find((c) => c.output.file?.endsWith('/aquao-consent.js'));
  const build = await rollup({ ...config, plugins: config.plugins.filter((p) => p.name !== 'terser') });
  const { output } = await build.generate({ format: 'iife' });
  const groups = {};
  for (const [id, module] of Object.entries(output[0].modules)) {
    if (!module.code) continue;
    // Not in module mode: each piece's top-level code is used by the others, terser must not drop it.
    const code = (await minify(module.code, { module: false })).code ?? '';
    const group = id.includes('node_modules')
      ? id.split('node_modules/')[1].split('/').slice(0, id.includes('@') ? 2 : 1).join('/')
      : `@aquao/consent-${id.split('packages/')[1].split('/')[0]}`;
    const key = /^(lit|lit-html|lit-element|@lit\/reactive-element)$/.test(group) ? 'lit (lit-html, lit-element, reactive-element)' : group;
    groups[key] = (groups[key] ?? 0) + gzipSync(code, { level: 9 }).length;
  }
  return Object.entries(groups).sort((a, b) => b[1] - a[1]);
}
const breakdown = await bundleBreakdown();

const runs = ROUNDS - 1;
const report = `# Benchmarks

Generated by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}. Do not edit by hand.

- Machine: ${osType()} ${release()}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}.
- Browser: headless Chromium ${version}, one fresh context (empty cache, no cookies) per load, 1280 × 800.
- ${runs} measured cold loads per library (plus one discarded warm-up round), interleaved and rotated each round.
  CPU throttling: ${THROTTLE ? '×4 (CDP Emulation.setCPUThrottlingRate)' : 'none'}.
- Same page for all: three categories (necessary, analytics, marketing), one gated analytics script, French
  texts. vanilla-cookieconsent runs with \`hideFromBots: false\` (by default it hides its banner from automated
  browsers); Chromium is launched without \`--disable-blink-features=AutomationControlled\`.
- **Ratios are to vanilla-cookieconsent measured in the same run**: absolute times on a shared 2-core machine are
  noise, the ratios are the result.

## Bytes a first visit downloads for the consent tool

Every file the tool fetches (script, CSS, language and service files) and its configuration, each compressed on
its own as a server would send it.

| library | files | raw | gzip -9 | brotli | gzip vs vanilla-cookieconsent |
|---|---|---|---|---|---|
${byteRows.map(([n, s]) => `| ${n} | ${s.files} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} | ${ratio(s.gzip, base.gzip)} |`).join('\n')}

### Why aquao-consent is not smaller

Each module of \`aquao-consent.js\` minified and gzipped on its own (their sum is larger than the bundle, which
gzips as one):

| part | gzip -9, alone |
|---|---|
${breakdown.map(([name, bytes]) => `| ${name} | ${kb(bytes)} |`).join('\n')}

Lit and js-cookie are the project's fixed stack; together they are about 7 KB before a line of ours. The rest
buys what vanilla-cookieconsent does not ship: Google Consent Mode v2, Global Privacy Control, proof-of-consent
logging, per-service placeholders, strict config validation, and a cookie-policy table (in its own file).

## Time from navigation start to the banner fully visible

The first animation frame where the banner is laid out, not hidden, at full opacity (so fade-ins count).

| library | median | min – max | vs vanilla-cookieconsent |
|---|---|---|---|
${stat('visible', ms).join('\n')}

## Main-thread cost during load (until the banner is visible)

Script evaluation and all main-thread tasks, from Chrome's Performance metrics (the page itself runs no other script).

| library | script, median | min – max | vs vanilla-cookieconsent |
|---|---|---|---|
${stat('script', ms).join('\n')}

| library | all tasks, median | min – max | vs vanilla-cookieconsent |
|---|---|---|---|
${stat('tasks', ms).join('\n')}

| library | long tasks (> 50 ms), median | min – max | |
|---|---|---|---|
${stat('longTasks', (x) => x.toFixed(0)).join('\n')}

## Layout shift and memory

| library | CLS, median | min – max | |
|---|---|---|---|
${stat('cls', (x) => x.toFixed(3)).join('\n')}

| library | JS heap after the banner is up (after GC), median | min – max | vs vanilla-cookieconsent |
|---|---|---|---|
${stat('heap', kb.bind(null) && ((x) => `${x.toFixed(0)} KB`)).join('\n')}

## From «Tout accepter» to the gated analytics script having run

| library | median | min – max | vs vanilla-cookieconsent |
|---|---|---|---|
${stat('accept', ms).join('\n')}
${failures.size ? `\n## Failures\n\n${[...failures].map((f) => `- ${f}`).join('\n')}\n` : ''}
The bench took ${Math.round((Date.now() - started) / 1000)} s.
`;

await writeSection(join(root, 'docs/benchmarks.md'), 'banner', report);
console.log(report);
if (failures.size) {
  console.error(`bench: ${failures.size} failure(s):\n${[...failures].join('\n')}`);
  process.exit(1);
}
