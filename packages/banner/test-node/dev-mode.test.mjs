// Development warnings exist in the development builds only: the default build and the embed's production files
// (what visitors download) carry none of their text. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (file) => readFileSync(`${root}${file}`, 'utf8');
/** Every JavaScript file of a built folder, joined (`skip`: a subfolder left out). */
const readAll = (dir, skip) =>
  readdirSync(`${root}${dir}`, { recursive: true })
    .filter((file) => file.endsWith('.js') && !(skip && file.startsWith(skip)))
    .map((file) => read(`${dir}/${file}`))
    .join('\n');

test('the banner warns about a missing manager in its development build only', () => {
  assert.match(readAll('packages/banner/dist/development'), /'no-manager'/);
  assert.doesNotMatch(readAll('packages/banner/dist', 'development'), /no-manager/);
});

test("the embed's development UI chunk warns; no production file of the embed carries the warning", () => {
  assert.match(read('packages/embed/dist/aquao-consent-ui.dev.js'), /'no-manager'/);
  for (const file of ['aquao-consent.js', 'aquao-consent-ui.js', 'aquao-consent-log.js', 'aquao-cookie-table.js']) {
    assert.doesNotMatch(read(`packages/embed/dist/${file}`), /no-manager/, file);
  }
});
