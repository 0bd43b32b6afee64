import { years } from '../durations.js';
import type { CatalogueEntry } from '../types.js';
import { GOOGLE, OCD, gtagSetup } from './shared.js';

export const googleAnalytics: CatalogueEntry = {
  id: 'google-analytics',
  name: 'Google Analytics 4',
  provider: GOOGLE,
  category: 'analytics',
  description: {
    fr: 'Mesure la fréquentation du site et le parcours des visiteurs, pour l’améliorer.',
    en: 'Measures the site’s traffic and how visitors move through it, to improve it.',
  },
  keywords: { fr: ['ga4', 'statistiques', 'audience', 'gtag'], en: ['ga4', 'statistics', 'audience', 'gtag'] },
  cookies: [
    {
      name: '_ga',
      duration: years(2),
      purpose: { fr: 'Distingue les visiteurs par un identifiant aléatoire.', en: 'Tells visitors apart with a random identifier.' },
    },
    {
      name: '_ga_*',
      duration: years(2),
      purpose: { fr: 'Garde l’état de la session de mesure de cette propriété.', en: 'Keeps the state of the measurement session for this property.' },
    },
  ],
  storage: [],
  hosts: ['www.googletagmanager.com', '*.google-analytics.com', '*.analytics.google.com'],
  embed: null,
  scripts: [{ src: 'https://www.googletagmanager.com/gtag/js?id=G-XXXXXXXXXX', async: true }, { src: '/js/gtag-config.js' }],
  setup: gtagSetup('G-XXXXXXXXXX'),
  signals: [
    {
      type: 'google-consent-mode',
      consentTypes: ['analytics_storage'],
      grant: "gtag('consent', 'update', { analytics_storage: 'granted' })",
      revoke: "gtag('consent', 'update', { analytics_storage: 'denied' })",
    },
  ],
  requirements: [],
  source: {
    facts: ['open-cookie-database', 'vendor-documentation'],
    references: [
      OCD,
      'https://support.google.com/analytics/answer/11397207',
      'https://developers.google.com/tag-platform/security/guides/consent',
    ],
    notes:
      'Only the two cookies gtag.js sets for GA4 are listed; _gid, _gat and __utm* belong to Universal Analytics, which Google stopped in 2024. Both last 2 years (the Open Cookie Database, and Google\'s cookie-usage page as last read). With Google signals or Ads linking, GA4 also reads ad_storage: add the google-ads entry for that.',
  },
};
