import { days } from '../durations.js';
import type { CatalogueEntry } from '../types.js';

export const kameleoon: CatalogueEntry = {
  id: 'kameleoon',
  name: 'Kameleoon',
  provider: { name: 'Kameleoon SAS', country: 'FR', privacyPolicyUrl: 'https://www.kameleoon.com/en/privacy-policy' },
  category: 'analytics',
  description: {
    fr: 'Teste plusieurs versions de nos pages (tests A/B) et personnalise leur contenu.',
    en: 'Tests several versions of our pages (A/B tests) and personalises their content.',
  },
  keywords: {
    fr: ['test a/b', 'ab test', 'expérimentation', 'personnalisation', 'optimisation'],
    en: ['a/b test', 'ab test', 'experimentation', 'personalisation', 'optimisation'],
  },
  cookies: [
    {
      name: 'kameleoonVisitorCode',
      duration: days(380),
      purpose: { fr: 'Identifiant aléatoire du visiteur pour les tests et la personnalisation.', en: 'Random visitor identifier for tests and personalisation.' },
    },
  ],
  storage: [
    {
      name: 'kameleoon*',
      type: 'localStorage',
      purpose: {
        fr: 'Copie de l’identifiant du visiteur et données des tests en cours.',
        en: 'Copy of the visitor identifier and data of the running tests.',
      },
    },
  ],
  hosts: ['*.kameleoon.eu', '*.kameleoon.com', '*.kameleoon.io'],
  embed: null,
  scripts: [{ src: 'https://SITE_CODE.kameleoon.eu/kameleoon.js', async: true }],
  setup: {
    fr: 'Remplacez `SITE_CODE` par le code du site dans Kameleoon.',
    en: 'Replace `SITE_CODE` with the site code in Kameleoon.',
  },
  signals: [
    {
      type: 'kameleoon-legal-consent',
      grant: 'Kameleoon.API.Core.enableLegalConsent()',
      revoke: 'Kameleoon.API.Core.disableLegalConsent()',
    },
  ],
  requirements: [],
  source: {
    facts: ['vendor-documentation'],
    references: [
      'https://help.kameleoon.com/question/how-unique-visitors-are-tracked-and-counted/',
      'https://developers.kameleoon.com/privacy-and-compliance/data-collection-client-side/',
    ],
    notes:
      'Not in the Open Cookie Database. Kameleoon documents the kameleoonVisitorCode cookie (380 days, under the CNIL\'s 13 months) copied into local storage, and keeps its other data in local storage rather than cookies; the storage keys are declared as one kameleoon* prefix.',
  },
};
