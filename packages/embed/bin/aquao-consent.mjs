#!/usr/bin/env node
// `npx aquao-consent <command>`: a dispatcher and nothing else. Each command is its own module (../cli/<command>.mjs,
// built with what it needs to ../dist/cli/<command>.js, which is what runs), loaded only when asked for (so a command
// that does not need the catalogue never reads it), exporting `run(args, io) → exit code`. Exit codes: 0 done, 1 the command failed (a file, an id), 2 a usage mistake.
import process from 'node:process';

const COMMANDS = {
  add: () => import('../dist/cli/add.js'),
  check: () => import('../dist/cli/check.js'),
  cdn: () => import('../dist/cli/cdn.js'),
  services: () => import('../dist/cli/services.js'),
  help: () => import('../dist/cli/help.js'),
};

// A reader that stops early (`services | head`) closes the pipe: the rest of the output has nowhere to go, which is
// not a failure of the command (a shell's own tools end quietly on SIGPIPE, which Node ignores).
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit();
});

const io = {
  out: (line = '') => process.stdout.write(`${line}\n`),
  err: (line = '') => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
};

const [name = 'help', ...args] = process.argv.slice(2);
const command = name === '--help' || name === '-h' ? 'help' : name;
if (!Object.hasOwn(COMMANDS, command)) {
  const { usage, langOf } = await import('../dist/cli/help.js');
  io.err(`aquao-consent: unknown command "${name}"\n`);
  io.err(usage(langOf(args)));
  process.exit(2);
}
let run;
try {
  ({ run } = await COMMANDS[command]());
} catch (error) {
  // In a clone of the repository, the commands run from their build.
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('/dist/')) throw error;
  io.err('aquao-consent: the packages are not built yet: run `npm run build` once, then try again.');
  process.exit(1);
}
process.exitCode = await run(args, io);
