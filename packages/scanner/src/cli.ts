// `aquao-consent-scan`: the command. Everything it does is in command.ts, so it can be run and tested as a function.
import { runCommand } from './command.js';

// Piped into `head`, the reader may leave early: that is not an error of the scan.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});
process.exitCode = await runCommand(process.argv.slice(2));
