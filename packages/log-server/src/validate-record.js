/**
 * Checks a record against the published JSON Schema (docs/proof-of-consent.schema.json), the one contract between
 * the embed and any receiver. A record that fails is refused with the field that failed, so whoever sends it can
 * fix the sender; it is never stored half-right.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ajv2020 from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';

/** The repository's docs (the source), else the copy `prepack` puts into the published package. */
const SCHEMA_FILE = [
  new URL('../../../docs/proof-of-consent.schema.json', import.meta.url),
  new URL('../proof-of-consent.schema.json', import.meta.url),
].find((url) => existsSync(fileURLToPath(url)));
if (!SCHEMA_FILE) throw new Error('proof-of-consent.schema.json is missing from the package');

export const RECORD_SCHEMA = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));

// `.default`: both are CommonJS modules that also export themselves as `default`.
const ajv = new ajv2020.default({ allowUnionTypes: true });
ajvFormats.default(ajv, ['date-time', 'uri']);
const check = ajv.compile(RECORD_SCHEMA);

/**
 * @param {unknown} record parsed JSON.
 * @returns {{ field: string, message: string } | undefined} the first problem, with the field as a dotted path
 *   (`categories.analytics`); `undefined` when the record is valid.
 */
export function findRecordError(record) {
  if (check(record)) return undefined;
  const [error] = check.errors ?? [];
  if (!error) return { field: '(record)', message: 'is invalid' };
  const { missingProperty, additionalProperty } = /** @type {Record<string, string>} */ (error.params);
  const path = [...error.instancePath.split('/').slice(1), missingProperty ?? additionalProperty].filter(
    (part) => part !== undefined,
  );
  const field = path.map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~')).join('.') || '(record)';
  const message = additionalProperty
    ? 'is not a field of a proof record'
    : missingProperty
      ? 'is required'
      : (error.message ?? 'is invalid');
  return { field, message };
}
