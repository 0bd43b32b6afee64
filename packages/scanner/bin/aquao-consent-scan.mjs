#!/usr/bin/env node
// `npx aquao-consent-scan`: runs the command's build, dist/cli.js. A file of its own, in the repository before any
// build, because npm links a workspace's commands when it installs and skips one whose file is not there yet.
try {
  await import('../dist/cli.js');
} catch (error) {
  // In a clone of the repository, the command runs from its build.
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('/dist/cli.js')) throw error;
  console.error('aquao-consent-scan: the packages are not built yet: run `npm run build` once, then try again.');
  process.exit(1);
}
