// Every catalogue entry, as the CLI and the configurator write it into a config, is valid against the published
// JSON Schema of the config element (what an editor checks with "$schema"), one entry at a time and all together.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import { entries, toServiceConfig } from '@aquao/consent-catalogue';
import { fullConfig } from './full-config.mjs';

const schema = JSON.parse(await readFile(new URL('../../embed/aquao-consent.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

test('a config holding every catalogue entry is valid against the config JSON Schema', () => {
  for (const config of [fullConfig(), fullConfig({ storage: false })]) {
    assert.equal(validate(config), true, JSON.stringify(validate.errors));
  }
});

test('each entry alone, under its default purpose, is valid against the schema', () => {
  for (const entry of entries) {
    const config = { categories: { [entry.category]: { services: [toServiceConfig(entry)] }, analytics: {} } };
    assert.equal(validate(config), true, `${entry.id}: ${JSON.stringify(validate.errors)}`);
  }
});
