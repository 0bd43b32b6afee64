import { days, minutes, SESSION, years } from '../durations.js';
import type { CatalogueEntry } from '../types.js';
import { MICROSOFT, OCD, inFile } from './shared.js';

export const microsoftClarity: CatalogueEntry = {
  id: 'microsoft-clarity',
  name: 'Microsoft Clarity',
  provider: MICROSOFT,
  category: 'analytics',
  description: {
    fr: 'Enregistre les clics, défilements et sessions pour produire des cartes de chaleur et des replays.',
    en: 'Records clicks, scrolling and sessions to produce heatmaps and replays.',
  },
  keywords: {
    fr: ['carte de chaleur', 'heatmap', 'enregistrement', 'replay', 'session'],
    en: ['heatmap', 'recording', 'replay', 'session', 'analytics'],
  },
  cookies: [
    {
      name: '_clck',
      duration: years(1),
      purpose: { fr: 'Reconnaît le visiteur d’une visite à l’autre.', en: 'Recognises the visitor from one visit to the next.' },
    },
    {
      name: '_clsk',
      duration: days(1),
      purpose: { fr: 'Relie les pages d’une même session enregistrée.', en: 'Links the pages of one recorded session.' },
    },
    {
      name: 'CLID',
      domain: 'clarity.ms',
      duration: years(1),
      purpose: { fr: 'Reconnaît le visiteur sur les sites qui utilisent Clarity.', en: 'Recognises the visitor across sites that use Clarity.' },
    },
    {
      name: 'MUID',
      domain: 'clarity.ms',
      duration: years(1),
      purpose: { fr: 'Identifiant de navigateur commun aux services Microsoft.', en: 'Browser identifier shared by Microsoft services.' },
    },
    {
      name: 'SM',
      domain: 'clarity.ms',
      duration: SESSION,
      purpose: { fr: 'Synchronise l’identifiant MUID entre les domaines de Microsoft.', en: 'Syncs the MUID identifier across Microsoft domains.' },
    },
    {
      name: 'ANONCHK',
      domain: 'clarity.ms',
      duration: minutes(10),
      purpose: { fr: 'Vérifie si l’identifiant MUID peut être transmis.', en: 'Checks whether the MUID identifier may be passed on.' },
    },
  ],
  storage: [],
  hosts: ['www.clarity.ms', '*.clarity.ms', 'c.bing.com'],
  embed: null,
  scripts: [{ src: '/js/clarity.js' }],
  setup: inFile('Clarity', '/js/clarity.js', {
    fr: 'Terminez ce fichier par l’appel `consentv2` ci-dessous\u00a0: sans ce signal, Clarity ne dépose rien pour les visiteurs européens.',
    en: 'End that file with the `consentv2` call below: without that signal, Clarity stores nothing for European visitors.',
  }),
  signals: [
    {
      type: 'clarity-consent-api',
      consentTypes: ['analytics_Storage', 'ad_Storage'],
      grant: "window.clarity('consentv2', { analytics_Storage: 'granted', ad_Storage: 'denied' })",
      revoke: "window.clarity('consentv2', { analytics_Storage: 'denied', ad_Storage: 'denied' })",
    },
  ],
  requirements: [],
  source: {
    facts: ['open-cookie-database', 'vendor-documentation'],
    references: [
      OCD,
      'https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-cookies',
      'https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-consent-api-v2',
    ],
    notes:
      'Since 31 October 2025 Clarity needs a consent signal for visitors from the EEA, the UK and Switzerland (Microsoft\'s consent API v2 page): the grant call passes analytics only, ad storage stays denied because this entry is analytics. _clsk: "session" in the Open Cookie Database, 1 day in Microsoft\'s cookie list (as last read, to re-check); 1 day. Microsoft\'s MR cookie (7 days, bing.com) is left to the microsoft-advertising entry.',
  },
};
