import { days, months } from '../durations.js';
import type { CatalogueEntry } from '../types.js';
import { OCD } from './shared.js';

export const spotify: CatalogueEntry = {
  id: 'spotify',
  name: 'Spotify',
  provider: { name: 'Spotify AB', country: 'SE', privacyPolicyUrl: 'https://www.spotify.com/legal/privacy-policy/' },
  category: 'embeds',
  description: {
    fr: 'Affiche un lecteur Spotify pour écouter un titre, un album ou un podcast.',
    en: 'Shows a Spotify player to listen to a track, an album or a podcast.',
  },
  keywords: { fr: ['musique', 'audio', 'podcast', 'lecteur'], en: ['music', 'audio', 'podcast', 'player'] },
  cookies: [
    {
      name: 'sp_t',
      domain: 'spotify.com',
      duration: months(2),
      purpose: { fr: 'Identifie le navigateur pour faire fonctionner et mesurer le lecteur.', en: 'Identifies the browser to run and measure the player.' },
    },
    {
      name: 'sp_landing',
      domain: 'spotify.com',
      duration: days(1),
      purpose: { fr: 'Retient la page d’arrivée sur Spotify.', en: 'Remembers the landing page on Spotify.' },
    },
  ],
  storage: [],
  hosts: ['open.spotify.com', '*.spotify.com', '*.scdn.co', '*.spotifycdn.com'],
  embed: {
    src: 'https://open.spotify.com/embed/track/TRACK_ID',
    title: { fr: 'Lecteur Spotify', en: 'Spotify player' },
    width: '100%',
    height: '152',
    allow: 'autoplay; clipboard-write; encrypted-media; fullscreen; picture-in-picture',
  },
  scripts: [],
  signals: [],
  requirements: [],
  source: {
    facts: ['open-cookie-database'],
    references: [OCD, 'https://www.spotify.com/legal/cookies-policy/'],
    notes: 'Names and durations from the Open Cookie Database (sp_t 2 months, sp_landing 1 day).',
  },
};
