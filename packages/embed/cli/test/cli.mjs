// Runs the real `aquao-consent` bin, as `npx` does, in a throwaway folder: what a user types, what they see, the
// exit code, and the file left behind.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/aquao-consent.mjs', import.meta.url));
export const DEMO_CONFIG = readFileSync(new URL('../../../../demo/aquao-consent.config.json', import.meta.url), 'utf8');

/** `aquao-consent ...args` in `cwd`: `{ status, stdout, stderr }`. */
export const cli = (args, cwd) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });

/** A fresh folder with `files` written in it; `dispose()` deletes it. */
export function folder(files = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'aquao-consent-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return {
    dir,
    read: (name) => readFileSync(join(dir, name), 'utf8'),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
