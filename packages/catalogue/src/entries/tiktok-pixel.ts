import { months, years } from '../durations.js';
import type { CatalogueEntry } from '../types.js';
import { OCD, inFile } from './shared.js';

export const tiktokPixel: CatalogueEntry = {
  id: 'tiktok-pixel',
  name: 'TikTok Pixel',
  provider: {
    name: 'TikTok Technology Limited',
    country: 'IE',
    privacyPolicyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
  },
  category: 'marketing',
  description: {
    fr: 'Mesure l’effet de nos publicités TikTok et permet de cibler nos visiteurs.',
    en: 'Measures the effect of our TikTok ads and lets us target our visitors.',
  },
  keywords: {
    fr: ['tiktok', 'publicité', 'conversion', 'remarketing', 'réseaux sociaux'],
    en: ['tiktok', 'advertising', 'ads', 'conversion', 'remarketing', 'social'],
  },
  cookies: [
    {
      name: '_ttp',
      duration: months(13),
      purpose: { fr: 'Reconnaît le visiteur pour mesurer et cibler les publicités TikTok.', en: 'Recognises the visitor to measure and target TikTok ads.' },
    },
    {
      name: '_tt_enable_cookie',
      duration: months(13),
      purpose: { fr: 'Vérifie que le navigateur accepte les cookies du pixel.', en: 'Checks that the browser accepts the pixel’s cookies.' },
    },
    {
      name: 'ttcsid*',
      duration: years(1),
      purpose: { fr: 'Regroupe les événements d’une même session pour le pixel.', en: 'Groups the events of one session for the pixel.' },
    },
  ],
  storage: [],
  hosts: ['analytics.tiktok.com', '*.tiktok.com'],
  embed: null,
  scripts: [{ src: '/js/tiktok-pixel.js' }],
  setup: inFile('TikTok', '/js/tiktok-pixel.js'),
  signals: [{ type: 'tiktok-consent', grant: 'ttq.grantConsent()', revoke: 'ttq.revokeConsent()' }],
  requirements: [],
  source: {
    facts: ['open-cookie-database'],
    references: [OCD, 'https://ads.tiktok.com/help/article/using-cookies-with-tiktok-pixel'],
    notes:
      'The Open Cookie Database gives _ttp and _tt_enable_cookie 389 days, shown as 13 months; ttcsid (a prefix there) 1 year. The consent calls are those of TikTok\'s pixel API (holdConsent before the pixel loads, then grantConsent or revokeConsent).',
  },
};
