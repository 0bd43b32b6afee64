import { minutes, SESSION, years } from '../durations.js';
import type { CatalogueEntry } from '../types.js';
import { OCD, inFile } from './shared.js';

const TEST_PURPOSE = {
  fr: 'Vérifie ce que le navigateur permet de stocker, puis s’efface.',
  en: 'Checks what the browser lets it store, then goes away.',
};

export const hotjar: CatalogueEntry = {
  id: 'hotjar',
  name: 'Hotjar',
  provider: { name: 'Hotjar Ltd', country: 'MT', privacyPolicyUrl: 'https://www.hotjar.com/legal/policies/privacy/' },
  category: 'analytics',
  description: {
    fr: 'Produit des cartes de chaleur, des enregistrements de sessions et des sondages sur le site.',
    en: 'Produces heatmaps, session recordings and surveys on the site.',
  },
  keywords: {
    fr: ['carte de chaleur', 'heatmap', 'enregistrement', 'replay', 'sondage', 'contentsquare'],
    en: ['heatmap', 'recording', 'replay', 'survey', 'feedback', 'contentsquare'],
  },
  cookies: [
    {
      name: '_hjSessionUser_*',
      duration: years(1),
      purpose: { fr: 'Reconnaît le visiteur d’une visite à l’autre.', en: 'Recognises the visitor from one visit to the next.' },
    },
    {
      name: '_hjSession_*',
      duration: minutes(30),
      purpose: { fr: 'Relie les pages de la visite en cours.', en: 'Links the pages of the current visit.' },
    },
    {
      name: '_hjIncludedInSessionSample_*',
      duration: minutes(30),
      purpose: { fr: 'Indique si la visite fait partie de l’échantillon enregistré.', en: 'Tells whether the visit is in the recorded sample.' },
    },
    {
      name: '_hjAbsoluteSessionInProgress',
      duration: minutes(30),
      purpose: { fr: 'Repère la première page vue de la visite.', en: 'Spots the first page seen in the visit.' },
    },
    {
      name: '_hjFirstSeen',
      duration: minutes(30),
      purpose: { fr: 'Indique une première visite.', en: 'Marks a first visit.' },
    },
    { name: '_hjTLDTest', duration: SESSION, purpose: TEST_PURPOSE },
    { name: '_hjCookieTest', duration: SESSION, purpose: TEST_PURPOSE },
    { name: '_hjLocalStorageTest', duration: SESSION, purpose: TEST_PURPOSE },
    { name: '_hjSessionStorageTest', duration: SESSION, purpose: TEST_PURPOSE },
  ],
  storage: [
    {
      name: '_hjSessionUser_*',
      type: 'localStorage',
      purpose: { fr: 'Copie de l’identifiant du visiteur.', en: 'Copy of the visitor identifier.' },
    },
    {
      name: 'hjViewportId',
      type: 'sessionStorage',
      purpose: { fr: 'Garde la taille de la fenêtre pour les enregistrements.', en: 'Keeps the window size for recordings.' },
    },
  ],
  hosts: ['static.hotjar.com', 'script.hotjar.com', '*.hotjar.com', '*.hotjar.io'],
  embed: null,
  scripts: [{ src: '/js/hotjar.js' }],
  setup: inFile('Hotjar', '/js/hotjar.js'),
  signals: [],
  requirements: [],
  source: {
    facts: ['open-cookie-database'],
    references: [OCD, 'https://help.hotjar.com/hc/en-us/articles/6952777582999'],
    notes:
      'Names and durations from the Open Cookie Database (365 days shown as 1 year). Hotjar\'s older survey cookies (_hjClosedSurveyInvites, _hjDonePolls…) are left out: current scripts no longer set them. The two storage keys follow Hotjar\'s cookie page (as last read, to re-check).',
  },
};
