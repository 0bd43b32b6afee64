import { days, months } from '../durations.js';
import type { CatalogueEntry } from '../types.js';
import { OCD, inFile } from './shared.js';

export const intercom: CatalogueEntry = {
  id: 'intercom',
  name: 'Intercom',
  provider: { name: 'Intercom R&D Unlimited Company', country: 'IE', privacyPolicyUrl: 'https://www.intercom.com/legal/privacy' },
  category: 'preferences',
  description: {
    fr: 'Affiche la messagerie Intercom pour discuter avec notre équipe et recevoir nos messages.',
    en: 'Shows the Intercom messenger to talk with our team and receive our messages.',
  },
  keywords: { fr: ['chat', 'tchat', 'messagerie', 'support', 'assistance'], en: ['chat', 'live chat', 'messenger', 'support', 'helpdesk'] },
  cookies: [
    {
      name: 'intercom-id-*',
      duration: months(9),
      purpose: { fr: 'Identifie anonymement le visiteur pour retrouver ses conversations.', en: 'Anonymously identifies the visitor to find their conversations.' },
    },
    {
      name: 'intercom-session-*',
      duration: days(7),
      purpose: { fr: 'Garde la session de messagerie du visiteur.', en: 'Keeps the visitor’s messenger session.' },
    },
    {
      name: 'intercom-device-id-*',
      duration: months(9),
      purpose: { fr: 'Identifie l’appareil qui utilise la messagerie.', en: 'Identifies the device that uses the messenger.' },
    },
  ],
  storage: [],
  hosts: ['widget.intercom.io', 'js.intercomcdn.com', '*.intercom.io', '*.intercomcdn.com', '*.intercomassets.com'],
  embed: null,
  scripts: [{ src: '/js/intercom.js' }],
  setup: inFile('Intercom', '/js/intercom.js'),
  signals: [],
  requirements: [],
  source: {
    facts: ['open-cookie-database'],
    references: [OCD, 'https://www.intercom.com/legal/cookie-policy'],
    notes:
      'Names and durations from the Open Cookie Database (9 months, 1 week), which follow Intercom\'s cookie policy. The database files them as analytics; they serve the messenger, so the entry is under preferences like the other chats.',
  },
};
