import { years } from '../durations.js';
import type { CatalogueEntry } from '../types.js';
import { OCD, inFile } from './shared.js';

export const pinterestTag: CatalogueEntry = {
  id: 'pinterest-tag',
  name: 'Pinterest Tag',
  provider: {
    name: 'Pinterest Europe Ltd.',
    country: 'IE',
    privacyPolicyUrl: 'https://policy.pinterest.com/en/privacy-policy',
  },
  category: 'marketing',
  description: {
    fr: 'Mesure les conversions de nos publicités Pinterest et permet de cibler nos visiteurs.',
    en: 'Measures the conversions of our Pinterest ads and lets us target our visitors.',
  },
  keywords: {
    fr: ['pinterest', 'pixel', 'publicité', 'conversion', 'réseaux sociaux'],
    en: ['pinterest', 'pixel', 'advertising', 'ads', 'conversion', 'social'],
  },
  cookies: [
    {
      name: '_pin_unauth',
      duration: years(1),
      purpose: { fr: 'Identifie le visiteur non connecté à Pinterest pour la mesure des annonces.', en: 'Identifies a visitor not logged in to Pinterest for ad measurement.' },
    },
    {
      name: '_epik',
      duration: years(1),
      purpose: { fr: 'Garde l’identifiant du clic sur une annonce Pinterest.', en: 'Keeps the identifier of the click on a Pinterest ad.' },
    },
    {
      name: '_derived_epik',
      duration: years(1),
      purpose: { fr: 'Identifiant déduit par Pinterest quand aucun clic n’est connu.', en: 'Identifier Pinterest derives when no click is known.' },
    },
    {
      name: '_pinterest_ct_ua',
      domain: 'pinterest.com',
      duration: years(1),
      purpose: { fr: 'Regroupe les actions d’un visiteur non identifié, pour la mesure.', en: 'Groups the actions of an unidentified visitor, for measurement.' },
    },
  ],
  storage: [],
  hosts: ['s.pinimg.com', 'ct.pinterest.com', '*.pinterest.com', '*.pinimg.com'],
  embed: null,
  scripts: [{ src: '/js/pinterest-tag.js' }],
  setup: inFile('Pinterest', '/js/pinterest-tag.js'),
  signals: [],
  requirements: [],
  source: {
    facts: ['open-cookie-database'],
    references: [OCD, 'https://help.pinterest.com/en/business/article/install-the-pinterest-tag'],
    notes:
      '_pin_unauth: 1 day in the Open Cookie Database, 1 year in Pinterest\'s tag documentation (as last read, to re-check); 1 year, the longer. _pinterest_ct_ua: "session" in the database and 1 year in Pinterest\'s; 1 year.',
  },
};
