import { months, SESSION } from '../durations.js';
import type { CatalogueEntry } from '../types.js';
import { OCD } from './shared.js';

export const abTasty: CatalogueEntry = {
  id: 'ab-tasty',
  name: 'AB Tasty',
  provider: { name: 'AB Tasty SAS', country: 'FR', privacyPolicyUrl: 'https://www.abtasty.com/privacy-policy/' },
  category: 'analytics',
  description: {
    fr: 'Teste plusieurs versions de nos pages (tests A/B) et mesure laquelle fonctionne le mieux.',
    en: 'Tests several versions of our pages (A/B tests) and measures which works best.',
  },
  keywords: {
    fr: ['test a/b', 'ab test', 'expérimentation', 'personnalisation', 'optimisation'],
    en: ['a/b test', 'ab test', 'experimentation', 'personalisation', 'optimisation'],
  },
  cookies: [
    {
      name: 'ABTasty',
      duration: months(13),
      purpose: {
        fr: 'Garde l’identifiant du visiteur et les versions de test qui lui ont été montrées.',
        en: 'Keeps the visitor identifier and the test versions they were shown.',
      },
    },
    {
      name: 'ABTastySession',
      duration: SESSION,
      purpose: { fr: 'Repère le début d’une nouvelle visite.', en: 'Spots the start of a new visit.' },
    },
  ],
  storage: [],
  hosts: ['try.abtasty.com', '*.abtasty.com'],
  embed: null,
  scripts: [{ src: 'https://try.abtasty.com/ACCOUNT_ID.js' }],
  setup: {
    fr: 'Remplacez `ACCOUNT_ID` par l’identifiant du compte AB Tasty. Gardez ce script avant les autres outils de mesure.',
    en: 'Replace `ACCOUNT_ID` with the AB Tasty account identifier. Keep this script before the other measurement tools.',
  },
  signals: [],
  requirements: [],
  source: {
    facts: ['open-cookie-database'],
    references: [OCD, 'https://www.abtasty.com/privacy-policy/'],
    notes:
      'Names and durations from the Open Cookie Database (13 months, session). Its controller page is AB Tasty\'s terms of use; the privacy policy is used instead. Until consent, visitors see the original page: A/B tests need consent (they are not audience measurement in the CNIL\'s exemption).',
  },
};
