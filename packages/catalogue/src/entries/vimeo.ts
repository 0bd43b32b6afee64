import { years } from '../durations.js';
import type { CatalogueEntry } from '../types.js';
import { OCD, THIRD_PARTY_VIDEO_STATS, cloudflareBotCookie } from './shared.js';

export const vimeo: CatalogueEntry = {
  id: 'vimeo',
  name: 'Vimeo',
  provider: { name: 'Vimeo.com, Inc.', country: 'US', privacyPolicyUrl: 'https://vimeo.com/privacy' },
  category: 'embeds',
  description: {
    fr: 'Affiche des vidéos hébergées sur Vimeo.',
    en: 'Shows videos hosted on Vimeo.',
  },
  keywords: { fr: ['vidéo', 'lecteur'], en: ['video', 'player'] },
  cookies: [
    {
      name: 'vuid',
      domain: 'vimeo.com',
      duration: years(2),
      purpose: { fr: 'Identifiant de mesure d’audience de Vimeo.', en: 'Vimeo’s audience-measurement identifier.' },
    },
    { name: 'player', domain: 'vimeo.com', duration: years(1), purpose: THIRD_PARTY_VIDEO_STATS },
    cloudflareBotCookie('vimeo.com'),
  ],
  storage: [],
  hosts: ['player.vimeo.com', 'vimeo.com', '*.vimeo.com', '*.vimeocdn.com'],
  embed: {
    src: 'https://player.vimeo.com/video/VIDEO_ID?dnt=1',
    title: { fr: 'Vidéo Vimeo', en: 'Vimeo video' },
    width: '640',
    height: '360',
    allow: 'autoplay; fullscreen; picture-in-picture',
  },
  scripts: [],
  setup: {
    fr: '`dnt=1` demande au lecteur de ne pas suivre le visiteur (Vimeo ne dépose alors pas `vuid`).',
    en: '`dnt=1` asks the player not to track the visitor (Vimeo then sets no `vuid`).',
  },
  signals: [],
  requirements: [],
  source: {
    facts: ['open-cookie-database', 'vendor-documentation'],
    references: [OCD, 'https://vimeo.com/cookie_policy'],
    notes:
      'The Open Cookie Database gives vuid and player 1 minute, which matches neither Vimeo\'s cookie policy nor observed behaviour; Vimeo\'s policy (as last read, to re-check) gives vuid 2 years and player 1 year, chosen. The database\'s sd_identity and sd_client_id belong to vimeo.com\'s own site, not the embedded player.',
  },
};
