/**
 * The free texts of a config, with their language: what `aquao-consent check` and the configurator hold to French
 * typography. A free text is a string whose description has no pattern and no list of values (a link, an id or a
 * `"light"` is not prose); its language is the one of the `texts.<language>` or `{ "fr": …, "en": … }` it sits in,
 * else the config's.
 */
import { isObject, type ConfigPath, type SchemaNode } from '@aquao/consent-core/schema';

export interface ConfigText {
  readonly path: ConfigPath;
  readonly value: string;
  readonly language: string;
}

/** The free texts of `value` (described by `node`, found at `path`), each with its language (`language` by default). */
export function* textsOf(value: unknown, node: SchemaNode, path: ConfigPath, language: string): Generator<ConfigText> {
  if (node.alt) {
    const alt = node.alt.find((a) =>
      a.t === 'array' ? Array.isArray(value) : a.t === 'map' || a.t === 'object' ? isObject(value) : typeof value === a.t,
    );
    if (alt) yield* textsOf(value, alt, path, language);
  } else if (node.t === 'string') {
    if (typeof value === 'string' && !node.re && !node.in && path[0] !== '$schema') yield { path, value, language };
  } else if (node.t === 'array' && Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* textsOf(item, node.of!, [...path, i], language);
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const child = node.k?.[key] ?? (node.t === 'map' ? node.of : undefined);
      if (child) yield* textsOf(item, child, [...path, key], node.pn === 'language' ? key : language);
    }
  }
}
