import { days, months, years } from '../durations.js';
import type { CatalogueEntry } from '../types.js';
import { MICROSOFT, OCD, inFile } from './shared.js';

export const microsoftAdvertising: CatalogueEntry = {
  id: 'microsoft-advertising',
  name: 'Microsoft Advertising (UET)',
  provider: MICROSOFT,
  category: 'marketing',
  description: {
    fr: 'Mesure les conversions de nos annonces Bing et Microsoft, et permet le remarketing.',
    en: 'Measures the conversions of our Bing and Microsoft ads, and enables remarketing.',
  },
  keywords: {
    fr: ['bing', 'uet', 'publicité', 'conversion', 'remarketing', 'pixel'],
    en: ['bing', 'uet', 'advertising', 'ads', 'conversion', 'remarketing', 'pixel'],
  },
  cookies: [
    {
      name: '_uetsid',
      duration: days(1),
      purpose: { fr: 'Relie les pages vues pendant la session à une annonce.', en: 'Links the pages seen in the session to an ad.' },
    },
    {
      name: '_uetvid',
      duration: months(13),
      purpose: { fr: 'Reconnaît le visiteur qui revient après avoir vu une annonce.', en: 'Recognises a visitor who comes back after seeing an ad.' },
    },
    {
      name: '_uetmsclkid',
      duration: days(90),
      purpose: { fr: 'Garde l’identifiant du clic sur l’annonce.', en: 'Keeps the identifier of the ad click.' },
    },
    {
      name: 'MUID',
      domain: 'bing.com',
      duration: years(1),
      purpose: { fr: 'Identifiant de navigateur commun aux services Microsoft.', en: 'Browser identifier shared by Microsoft services.' },
    },
    {
      name: 'MR',
      domain: 'bing.com',
      duration: days(7),
      purpose: { fr: 'Indique s’il faut rafraîchir l’identifiant MUID.', en: 'Tells whether to refresh the MUID identifier.' },
    },
  ],
  storage: [],
  hosts: ['bat.bing.com', '*.bing.com', 'bat.bing.net'],
  embed: null,
  scripts: [{ src: '/js/uet.js' }],
  setup: inFile('Microsoft Advertising', '/js/uet.js', {
    fr: 'Commencez ce fichier par l’appel `consent` ci-dessous\u00a0: Microsoft attend ce signal pour le trafic européen.',
    en: 'Start that file with the `consent` call below: Microsoft expects that signal for European traffic.',
  }),
  signals: [
    {
      type: 'uet-consent-mode',
      consentTypes: ['ad_storage'],
      grant: "window.uetq = window.uetq || []; window.uetq.push('consent', 'update', { ad_storage: 'granted' })",
      revoke: "window.uetq = window.uetq || []; window.uetq.push('consent', 'update', { ad_storage: 'denied' })",
    },
  ],
  requirements: [],
  source: {
    facts: ['open-cookie-database', 'vendor-documentation'],
    references: [OCD, 'https://help.ads.microsoft.com/'],
    notes:
      'The Open Cookie Database gives _uetsid 30 minutes and _uetvid 16 days; Microsoft\'s UET help (as last read, to re-check) gives 1 day and 13 months, chosen (the longer, and the vendor\'s). MR: 6 months in the database, 7 days in Microsoft\'s list; 7 days. _uetmsclkid is the first-party click id cookie of auto-tagging.',
  },
};
