// `npm test`: every check, in order, stopping at the first that fails. One step per line, so adding a package's
// suite is one line; each step's time is printed, because CI must stay under 15 minutes.
import { spawnSync } from 'node:child_process';

const steps = [
  ['a browser to test in', 'node scripts/find-chrome.mjs --check'],
  ['types', 'npm run typecheck'],
  ['build', 'npm run build'],
  ['byte budgets', 'node scripts/check-size.mjs'],
  ['packages as published (npm pack tarballs: publint, attw, LICENSE, no source condition)', 'node scripts/check-packages.mjs'],
  ["docs/api.md's components section matches their JSDoc", 'node scripts/api-docs.mjs --check'],
  ["the docs' relative links lead to a file and a heading", 'node scripts/check-doc-links.mjs'],
  ['catalogue and CLI (node, built packages, real files)', 'node --test --conditions=development packages/catalogue/test/ packages/embed/cli/test/'],
  ['browser tests (@web/test-runner, headless Chromium)', 'npx wtr'],
  ['node tests (built core, config corpus, banner entries, demo end to end)', 'node --test packages/core/test-node/ packages/embed/test-node/ packages/banner/test-node/ demo/test/'],
  ["consumers (the tarballs in a fresh Vite app, a React 19 app, a script-tag page and a Node project, offline; the docs' examples compiled; real Chromium)", 'node --test consumers/'],
  ['configurator end to end (npm start\'s servers, real Chromium, the exported file checked and built into the demo)', 'node --test packages/configurator/test/'],
  ['consent log (embedded PostgreSQL; .ci/run repeats it on PostgreSQL)', 'node --test packages/log-server/test/*.test.mjs'],
  ['scanner (fixture sites and the demo, real Chromium)', 'node --test --test-concurrency=2 packages/scanner/test/*.test.mjs'],
];

const started = Date.now();
for (const [name, command] of steps) {
  const t0 = Date.now();
  console.log(`\n== ${name}: ${command}`);
  const { status } = spawnSync(command, { shell: true, stdio: 'inherit' });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`\nnpm test: "${name}" failed after ${seconds} s (${command})`);
    process.exit(status ?? 1);
  }
  console.log(`== ${name}: ok in ${seconds} s`);
}
console.log(`\nnpm test: every step passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
