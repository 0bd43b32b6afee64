// Writes packages/embed/aquao-consent.schema.json from the config's description (each module's `…ConfigKeys`), so
// the schema editors read and the embed's validation come from the same source. Run after rollup (`npm run build`).
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { embedConfigSchema, toJsonSchema } from '../packages/embed/dist/validate.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../packages/embed/aquao-consent.schema.json', import.meta.url));

/** The schema's text, as committed (two-space indent, final newline). */
export const schemaText = () => `${JSON.stringify(toJsonSchema(embedConfigSchema), null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(SCHEMA_FILE, schemaText());
}
