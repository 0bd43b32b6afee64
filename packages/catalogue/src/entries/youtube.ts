/** YouTube embeds, in both of their forms: the standard player, and the privacy-enhanced domain. */
import { months, SESSION } from '../durations.js';
import type { CatalogueEntry, CatalogueStorage } from '../types.js';
import { GOOGLE, OCD, THIRD_PARTY_VIDEO_STATS } from './shared.js';

const playerStorage = (domain: string): CatalogueStorage[] => [
  {
    name: 'yt-remote-*',
    type: 'localStorage',
    domain,
    purpose: { fr: 'Mémorise les réglages de lecture et de diffusion sur un autre écran.', en: 'Remembers playback and cast-to-screen settings.' },
  },
  {
    name: 'yt-player-*',
    type: 'localStorage',
    domain,
    purpose: { fr: 'Mémorise le volume, la qualité et l’état du lecteur.', en: 'Remembers the player’s volume, quality and state.' },
  },
  {
    name: 'ytidb::*',
    type: 'localStorage',
    domain,
    purpose: { fr: 'Garde des données techniques du lecteur entre deux vidéos.', en: 'Keeps the player’s technical data between videos.' },
  },
];

const VIDEO_KEYWORDS = { fr: ['vidéo', 'lecteur', 'google'], en: ['video', 'player', 'google'] };
const IFRAME = {
  title: { fr: 'Vidéo YouTube', en: 'YouTube video' },
  width: '560',
  height: '315',
  allow: 'accelerometer; encrypted-media; gyroscope; picture-in-picture; web-share',
};
const VIDEO_HOSTS = ['*.ytimg.com', '*.googlevideo.com'];

export const youtube: CatalogueEntry = {
  id: 'youtube',
  name: 'YouTube',
  provider: GOOGLE,
  category: 'embeds',
  description: {
    fr: 'Affiche des vidéos hébergées sur YouTube, qui suit les lectures et peut s’en servir pour la publicité.',
    en: 'Shows videos hosted on YouTube, which tracks plays and may use them for advertising.',
  },
  keywords: VIDEO_KEYWORDS,
  cookies: [
    { name: 'YSC', domain: 'youtube.com', duration: SESSION, purpose: THIRD_PARTY_VIDEO_STATS },
    {
      name: 'VISITOR_INFO1_LIVE',
      domain: 'youtube.com',
      duration: months(6),
      purpose: { fr: 'Estime le débit du visiteur et le reconnaît pour ses recommandations.', en: 'Estimates the visitor’s bandwidth and recognises them for recommendations.' },
    },
    {
      name: 'VISITOR_PRIVACY_METADATA',
      domain: 'youtube.com',
      duration: months(6),
      purpose: { fr: 'Garde l’état des choix de confidentialité du visiteur sur YouTube.', en: 'Keeps the state of the visitor’s privacy choices on YouTube.' },
    },
    {
      name: '__Secure-ROLLOUT_TOKEN',
      domain: 'youtube.com',
      duration: months(6),
      purpose: { fr: 'Identifiant utilisé par YouTube pour ses statistiques de lecture.', en: 'Identifier YouTube uses for its playback statistics.' },
    },
    {
      name: 'PREF',
      domain: 'youtube.com',
      duration: months(8),
      purpose: { fr: 'Mémorise les préférences du lecteur (langue, lecture automatique).', en: 'Remembers player preferences (language, autoplay).' },
    },
  ],
  storage: playerStorage('youtube.com'),
  hosts: ['www.youtube.com', 'youtube.com', 'm.youtube.com', 'youtu.be', ...VIDEO_HOSTS],
  embed: { src: 'https://www.youtube.com/embed/VIDEO_ID', ...IFRAME },
  scripts: [],
  signals: [],
  requirements: [],
  source: {
    facts: ['open-cookie-database', 'vendor-documentation'],
    references: [OCD, 'https://policies.google.com/technologies/cookies'],
    notes:
      'Cookie names from the Open Cookie Database ("Youtube"). VISITOR_INFO1_LIVE: 179 days there, 6 months in Google\'s cookie page (as last read); 6 months. PREF: "10 years from set/update" there, 8 months in Google\'s page (as last read, to re-check); 8 months. Local storage keys as the player writes them (yt-remote-*, yt-player-*, ytidb::*); YouTube publishes no list. Prefer the youtube-nocookie entry.',
  },
};

export const youtubeNocookie: CatalogueEntry = {
  id: 'youtube-nocookie',
  name: 'YouTube (youtube-nocookie.com)',
  provider: GOOGLE,
  category: 'embeds',
  description: {
    fr: 'Affiche des vidéos YouTube depuis youtube-nocookie.com, qui ne dépose pas de cookie avant la lecture.',
    en: 'Shows YouTube videos from youtube-nocookie.com, which sets no cookie before playback.',
  },
  keywords: {
    fr: [...VIDEO_KEYWORDS.fr, 'youtube', 'nocookie', 'confidentialité'],
    en: [...VIDEO_KEYWORDS.en, 'youtube', 'nocookie', 'privacy-enhanced'],
  },
  cookies: [],
  storage: playerStorage('youtube-nocookie.com'),
  hosts: ['www.youtube-nocookie.com', 'youtube-nocookie.com', ...VIDEO_HOSTS],
  embed: { src: 'https://www.youtube-nocookie.com/embed/VIDEO_ID', ...IFRAME },
  scripts: [],
  signals: [],
  requirements: [
    {
      fr: 'Gardez-la soumise au consentement\u202f: le lecteur écrit dans le stockage local et Google reçoit l’adresse IP du visiteur.',
      en: 'Keep it behind consent: the player writes to local storage and Google receives the visitor’s IP address.',
    },
  ],
  source: {
    facts: ['vendor-documentation'],
    references: ['https://support.google.com/youtube/answer/171780'],
    notes:
      'Google documents that the privacy-enhanced mode does not use views to personalise and sets no cookie before playback; it still uses local storage. The cookies YouTube may set once the visitor plays the video or follows it to youtube.com are those of the youtube entry.',
  },
};
