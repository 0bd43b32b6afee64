// The scanner's test helpers (its one module): `scanCli` runs `aquao-consent-scan` as a user does (the package's bin,
// a child process) and reads back its reports; the rest builds what a scan observes (cookies, requests, phases, a
// config's declarations) for the tests of the parts that need no browser.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDeclarations } from '@aquao/consent-scanner';

const packageJson = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const bin = fileURLToPath(new URL(`../${packageJson.bin['aquao-consent-scan']}`, import.meta.url));

/** @returns `{ code, stdout, stderr, result (the --json report), html, markdown }`. */
export async function scanCli(args) {
  const dir = await mkdtemp(join(tmpdir(), 'aquao-scan-'));
  const files = { json: join(dir, 'scan.json'), html: join(dir, 'scan.html'), markdown: join(dir, 'scan.md') };
  const { code, stdout, stderr } = await new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args, '--json', files.json, '--html', files.html, '--markdown', files.markdown], (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
  const read = (file) => readFile(file, 'utf8').catch(() => undefined);
  const [json, html, markdown] = await Promise.all([read(files.json), read(files.html), read(files.markdown)]);
  await rm(dir, { recursive: true, force: true });
  return { code, stdout, stderr, result: json && JSON.parse(json), html, markdown };
}

/** The findings of a result, as `verdict phase kind name` lines (stale ones have no phase). */
export const lines = (result, filter = () => true) =>
  result.findings.filter(filter).map((f) => `${f.verdict} ${f.phase ?? '-'} ${f.kind} ${f.name}`);

export const NOW = Date.parse('2026-11-27T12:00:00Z');
export const DAY = 86400;
export const inDays = (days) => NOW / 1000 + days * DAY;
export const cookie = (name, extra = {}) => ({ name, domain: 'www.shop.fr', path: '/', expires: -1, secure: true, httpOnly: false, sameSite: 'Lax', ...extra });
export const request = (host, extra = {}) => ({ host, url: `https://${host}/x`, types: ['script'], count: 1, signals: [], ...extra });
export const phase = (name, observed = {}) => ({ phase: name, cookies: [], storage: [], requests: [], ms: 1, ...observed });
export const page = (phases) => [{ url: 'https://www.shop.fr/', phases }];
export const config = parseDeclarations(
  JSON.stringify({
    maxAgeDays: 182,
    categories: {
      necessary: { cookies: ['PHPSESSID'] },
      analytics: { cookies: ['_ga', '_ga_*'] },
      marketing: { services: [{ id: 'ads', cookies: ['_gcl_*'] }] },
    },
  }),
  'test config',
);
export const only = (findings, name) => findings.filter((f) => f.name === name);
