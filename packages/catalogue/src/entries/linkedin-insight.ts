import { days, years } from '../durations.js';
import type { CatalogueEntry } from '../types.js';
import { OCD, inFile } from './shared.js';

export const linkedinInsight: CatalogueEntry = {
  id: 'linkedin-insight',
  name: 'LinkedIn Insight Tag',
  provider: {
    name: 'LinkedIn Ireland Unlimited Company',
    country: 'IE',
    privacyPolicyUrl: 'https://www.linkedin.com/legal/privacy-policy',
  },
  category: 'marketing',
  description: {
    fr: 'Mesure les conversions de nos campagnes LinkedIn et permet de recibler nos visiteurs.',
    en: 'Measures the conversions of our LinkedIn campaigns and lets us retarget our visitors.',
  },
  keywords: {
    fr: ['linkedin', 'pixel', 'publicité', 'conversion', 'remarketing', 'réseaux sociaux', 'b2b'],
    en: ['linkedin', 'pixel', 'advertising', 'ads', 'conversion', 'remarketing', 'social', 'b2b'],
  },
  cookies: [
    {
      name: 'li_fat_id',
      duration: days(30),
      purpose: { fr: 'Relie une conversion au membre LinkedIn qui a cliqué sur l’annonce.', en: 'Links a conversion to the LinkedIn member who clicked the ad.' },
    },
    {
      name: 'li_giant',
      duration: days(7),
      purpose: { fr: 'Identifiant indirect de groupes de membres, pour les conversions.', en: 'Indirect identifier of member groups, for conversions.' },
    },
    {
      name: 'ln_or',
      duration: days(1),
      purpose: { fr: 'Indique si la mesure d’audience LinkedIn s’applique à ce domaine.', en: 'Tells whether LinkedIn’s audience measurement applies to this domain.' },
    },
    {
      name: 'bcookie',
      domain: 'linkedin.com',
      duration: years(1),
      purpose: { fr: 'Identifie le navigateur auprès de LinkedIn.', en: 'Identifies the browser to LinkedIn.' },
    },
    {
      name: 'lidc',
      domain: 'linkedin.com',
      duration: days(1),
      purpose: { fr: 'Répartit la charge entre les serveurs de LinkedIn.', en: 'Spreads the load across LinkedIn’s servers.' },
    },
    {
      name: 'UserMatchHistory',
      domain: 'linkedin.com',
      duration: days(30),
      purpose: { fr: 'Synchronise les identifiants publicitaires de LinkedIn.', en: 'Syncs LinkedIn’s advertising identifiers.' },
    },
    {
      name: 'AnalyticsSyncHistory',
      domain: 'linkedin.com',
      duration: days(30),
      purpose: { fr: 'Date de la dernière synchronisation de mesure avec LinkedIn.', en: 'When measurement was last synced with LinkedIn.' },
    },
  ],
  storage: [],
  hosts: ['snap.licdn.com', 'px.ads.linkedin.com', '*.linkedin.com', '*.licdn.com'],
  embed: null,
  scripts: [{ src: '/js/linkedin-insight.js' }],
  setup: inFile('LinkedIn', '/js/linkedin-insight.js'),
  signals: [],
  requirements: [],
  source: {
    facts: ['open-cookie-database', 'vendor-documentation'],
    references: [OCD, 'https://www.linkedin.com/legal/l/cookie-table'],
    notes:
      'Names and durations from the Open Cookie Database, which follows LinkedIn\'s cookie table. UserMatchHistory: "session" in the database, 30 days in LinkedIn\'s table (as last read, to re-check); 30 days. The database files li_fat_id and li_giant as functional; they serve conversion tracking, so they are described as such.',
  },
};
