import { days, minutes, months } from '../durations.js';
import type { CatalogueEntry } from '../types.js';
import { GOOGLE, OCD, gtagSetup } from './shared.js';

export const googleAds: CatalogueEntry = {
  id: 'google-ads',
  name: 'Google Ads',
  provider: GOOGLE,
  category: 'marketing',
  description: {
    fr: 'Mesure les conversions de nos campagnes Google Ads et permet le remarketing.',
    en: 'Measures the conversions of our Google Ads campaigns and enables remarketing.',
  },
  keywords: {
    fr: ['publicité', 'conversion', 'remarketing', 'adwords', 'doubleclick', 'gtag'],
    en: ['advertising', 'ads', 'conversion', 'remarketing', 'adwords', 'doubleclick', 'gtag'],
  },
  cookies: [
    {
      name: '_gcl_*',
      duration: days(90),
      purpose: {
        fr: 'Relie une visite ou un achat au clic sur l’annonce qui l’a amené.',
        en: 'Links a visit or a purchase to the ad click that brought it.',
      },
    },
    {
      name: 'IDE',
      domain: 'doubleclick.net',
      duration: months(13),
      purpose: { fr: 'Identifie le navigateur pour cibler et mesurer les annonces.', en: 'Identifies the browser to target and measure ads.' },
    },
    {
      name: 'test_cookie',
      domain: 'doubleclick.net',
      duration: minutes(15),
      purpose: { fr: 'Vérifie que le navigateur accepte les cookies.', en: 'Checks that the browser accepts cookies.' },
    },
  ],
  storage: [],
  hosts: [
    'www.googletagmanager.com',
    '*.googleadservices.com',
    '*.doubleclick.net',
    '*.googlesyndication.com',
    'www.google.com',
    '*.google.fr',
  ],
  embed: null,
  scripts: [{ src: 'https://www.googletagmanager.com/gtag/js?id=AW-XXXXXXXXX', async: true }, { src: '/js/gtag-config.js' }],
  setup: gtagSetup('AW-XXXXXXXXX'),
  signals: [
    {
      type: 'google-consent-mode',
      consentTypes: ['ad_storage', 'ad_user_data', 'ad_personalization'],
      grant: "gtag('consent', 'update', { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' })",
      revoke: "gtag('consent', 'update', { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' })",
    },
  ],
  requirements: [],
  source: {
    facts: ['open-cookie-database', 'vendor-documentation'],
    references: [OCD, 'https://business.safety.google/adscookies/'],
    notes:
      'The Open Cookie Database lists _gcl_au, _gcl_aw, _gcl_dc, _gcl_gb and _gcl_gs one by one (3 months or 90 days): one _gcl_* line covers them all, so withdrawal deletes each, at Google\'s 90 days. IDE: the database says 2 years, Google\'s ads-cookies page 13 months for the EEA (as last read, to re-check); 13 months chosen. test_cookie: the database says 1 year, Google 15 minutes (same page); Google chosen.',
  },
};
