/**
 * Who receives data, as the first layer lists them (docs/compliance.md, rule 7: the identity of the controllers must
 * be available before consent, CNIL Guidelines §33): every service with its provider and privacy policy, and the
 * providers a purpose's own cookies declare.
 */
import type { NormalizedConfig } from '@aquao/consent-core';
import { localize, purposeTitle, type Language } from '../i18n/localize.js';
import type { Translation } from '../i18n/fr.js';

export interface Partner {
  readonly name: string;
  readonly provider?: string;
  /** The purpose's title. */
  readonly purpose: string;
  readonly privacyPolicyUrl?: string;
}

export function partnersOf(config: NormalizedConfig, language: Language, t: Translation): Partner[] {
  const partners: Partner[] = [];
  const seen = new Set<string>();
  for (const category of config.categories) {
    const purpose = purposeTitle(category, language, t);
    for (const s of category.services) {
      partners.push({ name: localize(s.name, language)!, provider: localize(s.provider, language), purpose, privacyPolicyUrl: s.privacyPolicyUrl });
    }
    // A purpose's own cookies (not a service's) may come from a third party too: its provider is a partner.
    for (const cookie of category.cookies) {
      const name = localize(cookie.provider, language);
      if (name && !seen.has(name)) {
        seen.add(name);
        partners.push({ name, purpose });
      }
    }
  }
  return partners;
}
