// Our packages as a developer gets them: packed with `npm pack`, installed into fresh projects outside the repository
// (offline: the tarballs and the npm cache), compiled with strict settings together with the code examples of the
// docs (`examples` below), built with Vite, served with a strict CSP and used in headless Chromium.
// (1) a Vite + TypeScript app with @aquao/consent-core, -banner and -catalogue, per the getting-started's npm
// example; (2) a React 19 app with @aquao/consent-react, rendered on the server in Node and hydrated, as Next does;
// (3) a page with aquao-consent.js from @aquao/consent-embed (the getting-started's script tag) and a script of its
// own in TypeScript, with the docs' page scripts, typed by the embed's declarations alone; (4) a Node project with
// @aquao/consent-scanner, for the scanner's example (compiled only: a scan needs a site).
// Run after `npm run build` (npm test does).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../scripts/browser.mjs';
import { startDemoServer } from '../scripts/serve-demo.mjs';
import { ROOT, packAll } from '../scripts/pack-packages.mjs';
import { createScratchProject } from './scratch-project.mjs';
import { docExamples } from './doc-examples.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'aquao-consumers-'));
const examples = docExamples(
  ['docs/getting-started.md', 'docs/api.md', 'packages/core/README.md', 'packages/banner/README.md', 'packages/react/README.md', 'packages/catalogue/README.md'].map(
    (doc) => join(ROOT, doc),
  ),
);
/** The browser apps' (Vite, React), the script-tag page's, and the Node project's (the scanner, from code). */
const appExamples = examples.filter((example) => !example.pageScript);
const pageScripts = examples.filter((example) => example.pageScript);
const nodeExamples = docExamples([join(ROOT, 'docs/scanner.md')]);
let tarballs;
let browser;

before(async () => {
  tarballs = packAll(join(work, 'tarballs'));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A fresh project from the shared files and `template`, with `examples` (the docs', for it) in docs-examples/. */
function scratchProject(template, { ours, tools, examples }) {
  const dir = createScratchProject(join(work, template), { templates: [join(here, 'shared'), join(here, template)], ours, tools, tarballs });
  for (const { file, code } of examples) {
    mkdirSync(dirname(join(dir, 'docs-examples', file)), { recursive: true });
    writeFileSync(join(dir, 'docs-examples', file), code);
  }
  return dir;
}

/** Runs a tool of the project (`tsc`, `vite`) and fails the test with its output when it fails. */
function run(dir, command, ...args) {
  try {
    execFileSync(join(dir, 'node_modules/.bin', command), args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    assert.fail(`${command} ${args.join(' ')} failed in ${dir}:\n${error.stdout}${error.stderr}`);
  }
}

/** The files `specifiers` resolve to from the project `dir`, as Node resolves an `import` there (its `exports`). */
function resolveIn(dir, specifiers) {
  const script = `for (const s of ${JSON.stringify(specifiers)}) console.log(import.meta.resolve(s));`;
  const urls = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' }).trim().split('\n');
  assert.equal(urls.length, specifiers.length);
  return urls.map((url) => fileURLToPath(url));
}

/**
 * Serves `dist` (the demo server: a strict CSP, no inline script or style) and opens it; returns the page and the
 * errors it reports (console errors, uncaught exceptions, CSP violations), which every test expects to be none.
 */
async function open(dist) {
  const server = await startDemoServer(0, '127.0.0.1', dist);
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const close = async () => {
    await context.close();
    server.close();
  };
  return { page, context, url, problems, close };
}

/** On a first visit: the banner shows; «Tout accepter» releases the gated script and runs the docs' `onConsent`. */
async function acceptAll({ page, context, url }) {
  await page.goto(url);
  const accept = page.getByRole('button', { name: 'Tout accepter' });
  await accept.waitFor({ state: 'visible', timeout: 5000 });
  const marks = () => page.evaluate(() => ({ ...document.documentElement.dataset }));
  assert.deepEqual(await marks(), {}, 'nothing gated runs before a decision');
  await accept.click();
  await page.waitForFunction(() => document.documentElement.dataset.gatedScriptRan && document.documentElement.dataset.analyticsStarted, null, {
    timeout: 5000,
  });
  assert.deepEqual(await marks(), { gatedScriptRan: 'true', analyticsStarted: 'true' });
  await accept.waitFor({ state: 'hidden', timeout: 5000 });
  assert.ok((await context.cookies()).some((cookie) => cookie.name === 'aquao_consent'), 'the decision is stored');
}

describe('a Vite + TypeScript app with @aquao/consent-core and @aquao/consent-banner, from the tarballs', () => {
  let dir;
  before(() => {
    dir = scratchProject('vite-app', { ours: ['@aquao/consent-core', '@aquao/consent-banner', '@aquao/consent-catalogue'], tools: ['vite', 'typescript'], examples: appExamples });
  });

  test("type-checks with the docs' examples: strictest options, skipLibCheck off, the app's own `dataLayer: any[]`", () => {
    run(dir, 'tsc', '-p', 'tsconfig.json');
  });

  test('type-checks with customConditions ["source"]: no raw TypeScript of ours is published to be compiled', () => {
    run(dir, 'tsc', '-p', 'tsconfig.source.json');
  });

  test('builds with Vite, and the banner works under a strict CSP: «Tout accepter» releases the gated script', async () => {
    run(dir, 'vite', 'build', '--logLevel', 'warn');
    const session = await open(join(dir, 'dist'));
    try {
      await acceptAll(session);
      assert.deepEqual(session.problems, []);
    } finally {
      await session.close();
    }
  });
});

describe('a React 19 app with @aquao/consent-react (Vite + @vitejs/plugin-react), server-rendered and hydrated', () => {
  let dir;
  before(() => {
    dir = scratchProject('react-app', {
      ours: ['@aquao/consent-core', '@aquao/consent-banner', '@aquao/consent-react'],
      tools: ['vite', '@vitejs/plugin-react', 'react', 'react-dom', '@types/react', '@types/react-dom', 'typescript'],
      examples: appExamples,
    });
  });

  test("type-checks with the docs' React and Next examples: strictest options, skipLibCheck off", () => {
    run(dir, 'tsc', '-p', 'tsconfig.json');
  });

  test('renders on the server in Node, hydrates, and the banner works: React never set `manager` itself', async () => {
    run(dir, 'vite', 'build', '--logLevel', 'warn');
    run(dir, 'vite', 'build', '--ssr', 'src/entry-server.tsx', '--outDir', 'dist-server', '--logLevel', 'warn');
    execFileSync(process.execPath, ['prerender.mjs'], { cwd: dir });
    // What the browser receives is the server's markup: the bare tags, and the video's stand-in (no decision there).
    const served = readFileSync(join(dir, 'dist/index.html'), 'utf8');
    assert.match(served, /<aquao-consent-banner[^>]*><\/aquao-consent-banner>/);
    assert.match(served, /Cette vidéo s’affiche si vous acceptez/);
    const session = await open(join(dir, 'dist'));
    const { page } = session;
    try {
      await acceptAll(session);
      // useConsent re-rendered the video in.
      await page.locator('iframe[title="Vidéo de démonstration"]').waitFor({ timeout: 5000 });
      // A returning visitor: the server's markup (no decision) hydrates without a mismatch, then shows the stored one.
      await page.reload();
      await page.locator('iframe[title="Vidéo de démonstration"]').waitFor({ timeout: 5000 });
      await page.waitForFunction(() => document.documentElement.dataset.gatedScriptRan);
      assert.equal(await page.getByRole('button', { name: 'Tout accepter' }).isVisible(), false, 'no banner once decided');
      // «Gérer mes cookies» opens the dialog through the component's ref.
      await page.getByRole('button', { name: 'Gérer mes cookies' }).click();
      await page.getByRole('dialog').waitFor({ timeout: 5000 });
      assert.deepEqual(session.problems, [], 'no console error: no hydration mismatch, no CSP violation');
    } finally {
      await session.close();
    }
  });
});

describe('a page with the script tag: aquao-consent.js from @aquao/consent-embed, and a page script in TypeScript', () => {
  let dir;
  before(() => {
    dir = scratchProject('script-tag-app', { ours: ['@aquao/consent-embed'], tools: ['vite', 'typescript'], examples: pageScripts });
    // The page is the getting-started's first example, as written: the config element and the script tag.
    const [, snippet] = /^```html\n([\s\S]*?)^```$/m.exec(readFileSync(join(ROOT, 'docs/getting-started.md'), 'utf8'));
    const page = join(dir, 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('<!--getting-started-script-tag-->', snippet.trim()));
  });

  test('installs nothing else: no Lit, no js-cookie, none of our other packages (all are inside its files)', () => {
    const installed = readdirSync(join(dir, 'node_modules'));
    for (const name of ['lit', 'js-cookie', '@lit']) assert.ok(!installed.includes(name), `${name} was installed`);
    assert.deepEqual(readdirSync(join(dir, 'node_modules/@aquao')), ['consent-embed']);
    assert.equal(JSON.parse(readFileSync(join(dir, 'node_modules/@aquao/consent-embed/package.json'), 'utf8')).dependencies, undefined);
  });

  test('every published file resolves by its name in `exports` (no ERR_PACKAGE_PATH_NOT_EXPORTED), types included', () => {
    const installed = join(dir, 'node_modules/@aquao/consent-embed');
    const subpaths = Object.keys(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).exports)
      .filter((key) => key !== '.')
      .map((key) => key.slice(2));
    for (const name of ['aquao-consent.js', 'aquao-consent.dev.js', 'aquao-cookie-table.js', 'aquao-consent.schema.json', 'validate', 'package.json']) {
      assert.ok(subpaths.includes(name), `${name} is not in exports`);
    }
    // Every script the package ships (a chunk the loader fetches included) has its name there too.
    const scripts = readdirSync(join(installed, 'dist')).filter((name) => /^aquao-.*\.js$/.test(name));
    assert.deepEqual(scripts.filter((name) => !subpaths.includes(name)), [], 'scripts without their name in exports');
    for (const file of resolveIn(dir, subpaths.map((subpath) => `@aquao/consent-embed/${subpath}`))) assert.ok(existsSync(file), `${file} does not exist`);
    // The types every script entry names: self-contained (nothing to import), present.
    const types = readFileSync(join(dir, 'node_modules/@aquao/consent-embed/dist/aquao-consent.d.ts'), 'utf8');
    assert.doesNotMatch(types, /^import /m);
    assert.match(types, /aquaoConsent\?: AquaoConsentGlobal/);
  });

  test("type-checks the page's script and the docs' page scripts as TypeScript, from the embed's types alone", () => {
    run(dir, 'tsc', '-p', 'tsconfig.json');
    // The docs' scripts by themselves: the `types` entry of the tsconfig is all they get.
    run(dir, 'tsc', '-p', 'tsconfig.page-scripts.json');
  });

  test('builds, and on the page: the banner, the gated script, onConsent now and later, the change event with its change', async () => {
    // As getting started says: the loader and the chunks it fetches from beside itself, into one folder.
    for (const name of ['aquao-consent.js', 'aquao-consent-ui.js', 'aquao-consent-log.js']) {
      const [script] = resolveIn(dir, [`@aquao/consent-embed/${name}`]);
      copyFileSync(script, join(dir, 'public', name));
    }
    run(dir, 'vite', 'build', '--logLevel', 'error');
    const session = await open(join(dir, 'dist'));
    const { page } = session;
    const record = () => page.evaluate(() => window.record);
    try {
      // First visit: the docs' `onConsent` and the page's wait; «Tout accepter» runs both, and the change says what.
      await acceptAll(session);
      await page.waitForFunction(() => window.record.onConsent.length === 1);
      assert.deepEqual(await record(), { changes: ['decision +analytics,embeds - hasDecision=true'], onConsent: ['analytics, method accept-all'] });
      // A returning visitor: no change event (nothing changed), and onConsent runs at once, the docs' one included.
      await page.reload();
      await page.waitForFunction(() => window.record.onConsent.length === 1 && document.documentElement.dataset.analyticsStarted);
      assert.deepEqual(await record(), { changes: [], onConsent: ['analytics, method accept-all'] });
      assert.deepEqual(session.problems, []);
    } finally {
      await session.close();
    }
  });
});

describe('a Node project with @aquao/consent-scanner, from its tarball', () => {
  test("type-checks the docs' scanner example (docs/scanner.md, \"From code\") with Node's types", () => {
    const dir = scratchProject('node-app', { ours: ['@aquao/consent-scanner'], tools: ['typescript', '@types/node'], examples: nodeExamples });
    assert.ok(nodeExamples.length >= 1);
    run(dir, 'tsc', '-p', 'tsconfig.json');
  });
});
