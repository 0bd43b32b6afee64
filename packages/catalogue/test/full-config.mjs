// A whole aquao-consent config holding every catalogue entry as a service of its default purpose, with the embed's
// keys beside the core's: what the configurator and the CLI produce at most. Shared by the tests that check it.
import { entries, toServiceConfig } from '@aquao/consent-catalogue';

export function fullConfig(options = {}) {
  const categories = {};
  for (const entry of entries) (categories[entry.category] ??= { services: [] }).services.push(toServiceConfig(entry, options));
  return {
    revision: 1,
    language: 'fr',
    privacyPolicyUrl: '/politique-de-confidentialite',
    cookiePolicyUrl: '/politique-de-cookies',
    googleConsentMode: true,
    categories,
  };
}
