/**
 * Starting points for a site that has no config yet: the common shapes of French sites, built from the catalogue
 * (the same services `aquao-consent add` writes), each valid as it is.
 */
import { findEntry } from '@aquao/consent-catalogue';
import { SCHEMA_PATH } from '@aquao/consent-embed/validate';
import { addCatalogueService, type Config } from './config-edit.js';

export interface Template {
  readonly id: string;
  readonly name: { readonly fr: string; readonly en: string };
  readonly description: { readonly fr: string; readonly en: string };
  /** The catalogue tools it starts with, by purpose order. */
  readonly tools: readonly string[];
  /** Keys besides the purposes. */
  readonly extra?: Config;
}

export const TEMPLATES: readonly Template[] = [
  {
    id: 'vitrine',
    name: { fr: 'Site vitrine', en: 'Brochure site' },
    description: { fr: 'Quelques pages et une mesure d’audience (Matomo).', en: 'A few pages and audience measurement (Matomo).' },
    tools: ['matomo'],
  },
  {
    id: 'videos',
    name: { fr: 'Site avec vidéos', en: 'Site with videos' },
    description: { fr: 'Une mesure d’audience et des vidéos YouTube et Vimeo intégrées.', en: 'Audience measurement and embedded YouTube and Vimeo videos.' },
    tools: ['matomo', 'youtube', 'vimeo'],
  },
  {
    id: 'boutique',
    name: { fr: 'Boutique', en: 'Online shop' },
    description: {
      fr: 'Un chat, Google Analytics, Google Ads et Meta Pixel, avec Google Consent Mode.',
      en: 'A chat, Google Analytics, Google Ads and Meta Pixel, with Google Consent Mode.',
    },
    tools: ['crisp', 'google-analytics', 'google-ads', 'meta-pixel'],
    extra: { googleConsentMode: true },
  },
  {
    id: 'vide',
    name: { fr: 'Partir de zéro', en: 'Start from scratch' },
    description: { fr: 'Une finalité « Mesure d’audience » vide, à remplir.', en: 'An empty «Analytics» purpose to fill in.' },
    tools: [],
  },
];

/** The purposes in the banner's usual order, so a template lists them as the built-in texts expect. */
const ORDER = ['necessary', 'preferences', 'analytics', 'marketing', 'embeds'];

/** A fresh config from a template: `$schema`, revision 1, French, the policy links, its tools. */
export function fromTemplate(template: Template): Config {
  const entries = template.tools.map((id) => findEntry(id)!);
  const purposes = ORDER.filter((id) => id === 'necessary' || entries.some((e) => e.category === id));
  // A config needs one purpose to ask for (the embed refuses one without).
  if (purposes.length === 1) purposes.push('analytics');
  let config: Config = {
    $schema: SCHEMA_PATH,
    revision: 1,
    language: 'fr',
    privacyPolicyUrl: '/politique-de-confidentialite',
    cookiePolicyUrl: '/politique-de-cookies',
    categories: Object.fromEntries(purposes.map((id) => [id, {}])),
    ...template.extra,
  };
  for (const entry of entries) config = addCatalogueService(config, entry);
  return config;
}
