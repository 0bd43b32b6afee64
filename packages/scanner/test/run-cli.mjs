// Runs `aquao-consent-scan` as a user does (the package's bin, a child process) and reads back its reports.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
