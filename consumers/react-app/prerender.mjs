// Puts the server's HTML into the built page, where the client then hydrates it.
import { readFileSync, writeFileSync } from 'node:fs';
import { render } from './dist-server/entry-server.js';

const page = readFileSync('dist/index.html', 'utf8');
if (!page.includes('<!--app-html-->')) throw new Error('dist/index.html has no <!--app-html--> mark');
writeFileSync('dist/index.html', page.replace('<!--app-html-->', render()));
