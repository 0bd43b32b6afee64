import { years } from '../durations.js';
import type { CatalogueEntry } from '../types.js';
import { OCD } from './shared.js';

export const zendesk: CatalogueEntry = {
  id: 'zendesk',
  name: 'Zendesk Web Widget',
  provider: {
    name: 'Zendesk, Inc.',
    country: 'US',
    privacyPolicyUrl: 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/',
  },
  category: 'preferences',
  description: {
    fr: 'Affiche le widget Zendesk pour discuter avec notre support ou consulter l’aide.',
    en: 'Shows the Zendesk widget to chat with our support or browse help articles.',
  },
  keywords: { fr: ['chat', 'tchat', 'support', 'assistance', 'aide', 'zopim'], en: ['chat', 'live chat', 'support', 'helpdesk', 'help', 'zopim'] },
  cookies: [
    {
      name: '__zlcmid',
      duration: years(1),
      purpose: { fr: 'Identifie le visiteur auprès du chat.', en: 'Identifies the visitor to the chat.' },
    },
    {
      name: '__zlcprivacy',
      duration: years(1),
      purpose: { fr: 'Garde le choix du visiteur sur les cookies du chat.', en: 'Keeps the visitor’s choice about the chat’s cookies.' },
    },
  ],
  storage: [
    {
      name: 'ZD-*',
      type: 'localStorage',
      purpose: {
        fr: 'Garde l’état du widget (ouvert ou fermé, réglages) et ses identifiants de session et d’appareil.',
        en: 'Keeps the widget’s state (open or closed, settings) and its session and device identifiers.',
      },
    },
  ],
  hosts: ['static.zdassets.com', '*.zdassets.com', '*.zendesk.com', '*.zopim.com'],
  embed: null,
  scripts: [{ src: 'https://static.zdassets.com/ekr/snippet.js?key=YOUR_KEY', attributes: { id: 'ze-snippet' } }],
  setup: {
    fr: 'Remplacez `YOUR_KEY` par la clé du widget Zendesk.',
    en: 'Replace `YOUR_KEY` with your Zendesk widget key.',
  },
  signals: [],
  requirements: [],
  source: {
    facts: ['open-cookie-database', 'vendor-documentation'],
    references: [
      OCD,
      'https://support.zendesk.com/hc/en-us/articles/4408828505754-Enabling-cookie-consent-for-the-Chat-widget',
    ],
    notes:
      '__zlcmid and __zlcprivacy: 365 days in both the Open Cookie Database and Zendesk\'s chat documentation. The database lists ZD-suid, ZD-buid, ZD-store, ZD-settings and ZD-widgetOpen as cookies; the Web Widget writes them to local storage, declared here as one ZD-* prefix.',
  },
};
