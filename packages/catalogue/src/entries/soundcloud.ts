import { years } from '../durations.js';
import type { CatalogueEntry } from '../types.js';

export const soundcloud: CatalogueEntry = {
  id: 'soundcloud',
  name: 'SoundCloud',
  provider: {
    name: 'SoundCloud Global Limited & Co. KG',
    country: 'DE',
    privacyPolicyUrl: 'https://soundcloud.com/pages/privacy',
  },
  category: 'embeds',
  description: {
    fr: 'Affiche un lecteur SoundCloud pour écouter nos sons et podcasts.',
    en: 'Shows a SoundCloud player to listen to our tracks and podcasts.',
  },
  keywords: { fr: ['musique', 'audio', 'podcast', 'lecteur'], en: ['music', 'audio', 'podcast', 'player'] },
  cookies: [
    {
      name: 'sc_anonymous_id',
      domain: 'soundcloud.com',
      duration: years(10),
      purpose: { fr: 'Identifiant anonyme du visiteur pour les statistiques d’écoute.', en: 'Anonymous visitor identifier for listening statistics.' },
    },
    {
      name: 'datadome',
      domain: 'soundcloud.com',
      duration: years(1),
      purpose: { fr: 'Distingue les humains des robots (DataDome).', en: 'Tells humans from bots (DataDome).' },
    },
  ],
  storage: [],
  hosts: ['w.soundcloud.com', '*.soundcloud.com', '*.sndcdn.com'],
  embed: {
    src: 'https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/TRACK_ID',
    title: { fr: 'Lecteur SoundCloud', en: 'SoundCloud player' },
    width: '100%',
    height: '166',
    allow: 'autoplay',
  },
  scripts: [],
  signals: [],
  requirements: [],
  source: {
    facts: ['third-party-audit'],
    references: ['https://soundcloud.com/pages/cookies', 'https://consentstack.io/vendors/soundcloud'],
    notes:
      'Not in the Open Cookie Database, and SoundCloud\'s cookie policy names no cookie. sc_anonymous_id: public audits give 1 year and 10 years; the longer is shown, so visitors are not told less than the truth. datadome: the anti-bot cookie audits report in the player, 1 year as DataDome documents it (as last read). To re-check on a live site.',
  },
};
