/** The config key of Global Privacy Control (`gpc`), as the validation and the JSON Schema see it. */
import { DEV_MODE } from './dev-mode.js';
import { ID, anyOf, array, boolean, object, string, type SchemaNode } from './config-schema.js';
import { declaredCategories } from './config-references.js';

export const gpcConfigKeys: Record<string, SchemaNode> = {
  gpc: anyOf(
    [
      boolean(undefined, { in: [false] }),
      object({
        categories: array(
          string({ re: ID, pn: 'id' }),
          DEV_MODE && {
            title: 'Categories refused under the signal',
            description: 'The purposes that are "sale or sharing" and stay refused by «Tout accepter» when the browser sends the signal. Each must be a category of this config.',
            default: ['marketing'],
          },
          { rule: declaredCategories(false) },
        ),
      }),
    ],
    DEV_MODE && {
      title: 'Global Privacy Control',
      description: 'Under the browser\'s GPC signal, «Tout accepter» leaves these categories refused and the banner says so; `false` ignores the signal.',
      default: { categories: ['marketing'] },
    },
  ),
};
