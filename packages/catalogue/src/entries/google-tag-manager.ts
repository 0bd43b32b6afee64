import { DEFAULT_GOOGLE_CONSENT_MAPPING } from '@aquao/consent-core/gcm';
import type { CatalogueEntry } from '../types.js';
import { CONSENT_MODE_ON, GOOGLE, OCD, inFile } from './shared.js';

export const googleTagManager: CatalogueEntry = {
  id: 'google-tag-manager',
  name: 'Google Tag Manager',
  provider: GOOGLE,
  category: 'analytics',
  description: {
    fr: 'Charge les balises de mesure et de publicité configurées dans Google Tag Manager.',
    en: 'Loads the measurement and advertising tags set up in Google Tag Manager.',
  },
  keywords: { fr: ['gtm', 'balises', 'conteneur'], en: ['gtm', 'tags', 'container'] },
  cookies: [],
  storage: [],
  hosts: ['www.googletagmanager.com', '*.googletagmanager.com'],
  embed: null,
  scripts: [{ src: '/js/gtm-loader.js' }],
  setup: inFile('Google Tag Manager', '/js/gtm-loader.js', {
    fr: `${CONSENT_MODE_ON.fr} Dans GTM, laissez chaque balise exiger le consentement (\`ad_storage\`, \`analytics_storage\`) qui lui correspond.`,
    en: `${CONSENT_MODE_ON.en} In GTM, keep each tag requiring the consent type (\`ad_storage\`, \`analytics_storage\`) it needs.`,
  }),
  signals: [
    {
      type: 'google-consent-mode',
      consentTypes: [...new Set(Object.values(DEFAULT_GOOGLE_CONSENT_MAPPING).flat())],
      grant: "gtag('consent', 'update', { analytics_storage: 'granted', … })",
      revoke: "gtag('consent', 'update', { analytics_storage: 'denied', … })",
    },
  ],
  requirements: [
    {
      fr: 'Ajoutez aussi au catalogue chaque outil que le conteneur déclenche (Google Analytics, Google Ads…)\u00a0: c’est lui qui dépose des cookies, pas GTM.',
      en: 'Also add every tool the container fires (Google Analytics, Google Ads…): those set cookies, not GTM itself.',
    },
  ],
  source: {
    facts: ['open-cookie-database', 'vendor-documentation'],
    references: [OCD, 'https://support.google.com/tagmanager/answer/13802165'],
    notes:
      'GTM itself sets no cookie on the site. The Open Cookie Database lists "td" (on googletagmanager.com) and "cookiePreferences" under Google Tag Manager; neither is set by the container loader on the site, so neither is listed. Gated under analytics by default, as docs/integrations.md advises: move it with --category when the container mostly fires ads.',
  },
};
