/**
 * Turns the config's description (config-schema.ts nodes) into a JSON Schema (draft 2020-12), which editors read
 * for completion and checks. `npm run build` writes it to aquao-consent.schema.json; the corpus test checks that it
 * and the runtime agree.
 */
import type { SchemaNode } from '@aquao/consent-core/schema';

type Json = Record<string, unknown>;

function convert(n: SchemaNode): Json {
  const d = n.d || undefined;
  const doc: Json = d ? { title: d.title, description: d.description } : {};
  if (d && 'default' in d && d.default !== undefined) doc.default = d.default;
  if (d?.examples) doc.examples = d.examples;
  const values = n.in ? (n.in.length === 1 ? { const: n.in[0] } : { enum: n.in }) : {};
  switch (n.t) {
    case 'any':
      return { ...doc, anyOf: n.alt!.map(convert) };
    case 'string':
      return { ...doc, type: 'string', ...(n.min && { minLength: n.min }), ...(n.re && { pattern: n.re.source }), ...values };
    case 'boolean':
      return { ...doc, type: 'boolean', ...values };
    case 'number':
    case 'integer':
      return { ...doc, type: n.t, ...(n.min !== undefined && { minimum: n.min }), ...(n.max !== undefined && { maximum: n.max }) };
    case 'array':
      return { ...doc, type: 'array', items: convert(n.of!) };
    case 'object':
      return {
        ...doc,
        type: 'object',
        properties: Object.fromEntries(Object.entries(n.k ?? {}).map(([key, child]) => [key, convert(child)])),
        ...(n.req && { required: n.req }),
        additionalProperties: false,
      };
    case 'map':
      return {
        ...doc,
        type: 'object',
        propertyNames: { pattern: n.re!.source },
        ...(n.min && { minProperties: n.min }),
        ...(n.k && { properties: Object.fromEntries(Object.entries(n.k).map(([key, child]) => [key, convert(child)])) }),
        additionalProperties: convert(n.of!),
      };
  }
}

/** The JSON Schema of a config description. */
export const toJsonSchema = (root: SchemaNode, id?: string): Json => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  ...(id && { $id: id }),
  ...convert(root),
});
