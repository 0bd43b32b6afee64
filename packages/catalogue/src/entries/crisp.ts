import { months } from '../durations.js';
import type { CatalogueEntry } from '../types.js';
import { OCD, inFile } from './shared.js';

export const crisp: CatalogueEntry = {
  id: 'crisp',
  name: 'Crisp',
  provider: { name: 'Crisp IM SAS', country: 'FR', privacyPolicyUrl: 'https://crisp.chat/en/privacy/' },
  category: 'preferences',
  description: {
    fr: 'Affiche la fenêtre de chat Crisp pour discuter avec notre équipe.',
    en: 'Shows the Crisp chat window to talk with our team.',
  },
  keywords: { fr: ['chat', 'tchat', 'messagerie', 'support', 'assistance'], en: ['chat', 'live chat', 'messaging', 'support', 'helpdesk'] },
  cookies: [
    {
      name: 'crisp-client*',
      duration: months(6),
      purpose: { fr: 'Garde la conversation en cours d’une page à l’autre.', en: 'Keeps the current conversation from one page to the next.' },
    },
  ],
  storage: [],
  hosts: ['client.crisp.chat', '*.crisp.chat', 'client.relay.crisp.chat'],
  embed: null,
  scripts: [{ src: '/js/crisp.js' }],
  setup: inFile('Crisp', '/js/crisp.js'),
  signals: [],
  requirements: [],
  source: {
    facts: ['open-cookie-database', 'vendor-documentation'],
    references: [OCD, 'https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/cookie-policies'],
    notes:
      'The Open Cookie Database lists the prefix "crisp-client/" (6 months); Crisp\'s cookies are named crisp-client/session/<website id>. A "/" is not allowed in an RFC 6265 cookie-name token, which the core checks, so the declaration is crisp-client*, which covers them. The lifetime can be changed with Crisp\'s CRISP_COOKIE_EXPIRE. Filed under preferences (functional): a chat is a feature the visitor uses, not measurement or advertising.',
  },
};
