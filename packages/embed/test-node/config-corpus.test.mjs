// The runtime check (dist/validate.js, the embed's own validation) and the published JSON Schema (ajv, draft
// 2020-12) judge every config of the corpus alike, and name the same key; the schema is what `npm run build`
// generates; every key in it has a title and a description.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import { PROBLEM_CODES, checkEmbedConfig, describeProblem, embedConfigSchema, formatPath, toJsonSchema } from '../dist/validate.js';
import { CORPUS, RUNTIME_ONLY } from './config-corpus.mjs';

const published = JSON.parse(await readFile(new URL('../aquao-consent.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(published);

/** The key paths ajv's errors point at, spelt as the runtime spells them. */
const schemaPaths = (errors) =>
  errors.map((e) => {
    const path = e.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s.replaceAll('~1', '/').replaceAll('~0', '~')));
    const key = e.params.additionalProperty ?? e.params.missingProperty ?? e.params.propertyName;
    return formatPath(key === undefined ? path : [...path, key]);
  });

test('the corpus is large enough: at least 50 configs, good and bad', () => {
  assert.ok(CORPUS.length >= 50, `${CORPUS.length} configs`);
  assert.ok(CORPUS.some(([, , valid]) => valid) && CORPUS.some(([, , valid]) => !valid));
});

for (const [name, config, valid] of CORPUS) {
  test(`${valid ? 'accepted' : 'refused'} by both: ${name}`, () => {
    const errors = checkEmbedConfig(config).filter((p) => !p.warning);
    assert.equal(errors.length === 0, valid, `runtime: ${errors.map((p) => formatPath(p.path) + ' ' + p.code).join(', ')}`);
    assert.equal(validate(config), valid, `schema: ${JSON.stringify(validate.errors)}`);
    if (!valid) {
      const paths = schemaPaths(validate.errors);
      assert.ok(paths.includes(formatPath(errors[0].path)), `runtime names ${formatPath(errors[0].path)}, the schema ${paths.join(', ')}`);
    }
  });
}

for (const [name, config, code] of RUNTIME_ONLY) {
  test(`refused by the runtime only (a rule the schema cannot express): ${name}`, () => {
    assert.deepEqual(checkEmbedConfig(config).filter((p) => !p.warning).map((p) => p.code), [code]);
    assert.equal(validate(config), true, JSON.stringify(validate.errors));
  });
}

test('the schema file is the one the descriptions generate (the build writes it; .ci/run checks it is committed)', () => {
  assert.deepEqual(published, toJsonSchema(embedConfigSchema));
});

test('every key of the schema has a title and a description', () => {
  const missing = [];
  const visit = (schema, path) => {
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      if (!child.title || !child.description) missing.push(`${path}${key}`);
      visit(child, `${path}${key}.`);
    }
    for (const child of [schema.additionalProperties, schema.items, ...(schema.anyOf ?? [])]) {
      if (child && typeof child === 'object') visit(child, path);
    }
  };
  visit(published, '');
  assert.deepEqual(missing, []);
  assert.equal(published.$schema, 'https://json-schema.org/draft/2020-12/schema');
});

test('every problem code the corpus meets has an English and a French message', () => {
  for (const [, config] of [...CORPUS, ...RUNTIME_ONLY]) {
    for (const problem of checkEmbedConfig(config)) {
      assert.ok(PROBLEM_CODES.includes(problem.code), problem.code);
      // Formatting never throws, whatever the key (`constructor` once found an inherited member instead of none).
      for (const lang of ['en', 'fr']) assert.ok(describeProblem(problem, lang), `${problem.code} in ${lang}`);
    }
  }
});

test('docs/configuration.md names every key of the schema', async () => {
  const docs = await readFile(new URL('../../../docs/configuration.md', import.meta.url), 'utf8');
  const missing = [];
  const visit = (schema) => {
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      if (!docs.includes(`\`${key}\``) && !docs.includes(`.${key}\``) && !docs.includes(`\`.${key}`)) missing.push(key);
      visit(child);
    }
    for (const child of [schema.additionalProperties, schema.items, ...(schema.anyOf ?? [])]) {
      if (child && typeof child === 'object') visit(child);
    }
  };
  visit(published);
  assert.deepEqual([...new Set(missing)], []);
});

test('the docs\' whole-config examples start with "$schema" and pass the check', async () => {
  const docs = await readFile(new URL('../../../docs/configuration.md', import.meta.url), 'utf8');
  const examples = [...docs.matchAll(/```json\n(\{[^]*?)```/g)].map((m) => m[1]);
  assert.ok(examples.length >= 1);
  for (const example of examples) {
    const config = JSON.parse(example);
    assert.equal(Object.keys(config)[0], '$schema');
    assert.deepEqual(checkEmbedConfig(config).filter((p) => !p.warning), []);
    assert.equal(validate(config), true, JSON.stringify(validate.errors));
  }
});

test('the demo config passes both, $schema included', async () => {
  const demo = JSON.parse(await readFile(new URL('../../../demo/aquao-consent.config.json', import.meta.url), 'utf8'));
  assert.equal(demo.$schema, '../packages/embed/aquao-consent.schema.json');
  assert.deepEqual(checkEmbedConfig(demo), []);
  assert.equal(validate(demo), true, JSON.stringify(validate.errors));
});
