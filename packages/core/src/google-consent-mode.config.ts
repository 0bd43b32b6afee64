/** The config key of Google Consent Mode (`googleConsentMode`), as the validation and the JSON Schema see it. */
import { DEV_MODE } from './dev-mode.js';
import { ID, anyOf, array, boolean, integer, map, object, string, type SchemaNode } from './config-schema.js';
import { declaredCategories } from './config-references.js';

/** Google's consent types (Google's consent mode reference). */
export const GOOGLE_CONSENT_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

export const gcmConfigKeys: Record<string, SchemaNode> = {
  googleConsentMode: anyOf(
    [
      boolean(),
      object({
        mapping: map(
          array(string({ in: GOOGLE_CONSENT_TYPES })),
          ID,
          DEV_MODE && {
            title: 'Category → Google consent types',
            description:
              'Which consent types each category grants. Keys given replace the default\'s (necessary: security_storage; preferences: functionality_storage, personalization_storage; analytics: analytics_storage; marketing: ad_storage, ad_user_data, ad_personalization); each key must be a category of this config.',
            default: {},
            examples: [{ analytics: ['analytics_storage'] }],
          },
          { rule: declaredCategories(true) },
        ),
        waitForUpdate: integer({ min: 0, max: 10000 }, DEV_MODE && {
          title: 'Wait for update (ms)',
          description: 'How long Google\'s tags wait for an `update` after the `default`.',
          default: 500,
        }),
      }),
    ],
    DEV_MODE && {
      title: 'Google Consent Mode v2',
      description:
        'Basic mode: a `default` with every type denied before any Google tag, then an `update` on every page with a decision and after each change. `true` for the default mapping, or an object to change it.',
      default: false,
    },
  ),
};
