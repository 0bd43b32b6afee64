#!/usr/bin/env node
import { main } from '../src/cli.js';

main(process.argv[2]).catch((error) => {
  console.error(`aquao-consent-log: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
