import { months, SESSION } from '../durations.js';
import type { CatalogueEntry } from '../types.js';

export const dailymotion: CatalogueEntry = {
  id: 'dailymotion',
  name: 'Dailymotion',
  provider: { name: 'Dailymotion SA', country: 'FR', privacyPolicyUrl: 'https://legal.dailymotion.com/en/privacy-policy/' },
  category: 'embeds',
  description: {
    fr: 'Affiche des vidéos hébergées sur Dailymotion, dont le lecteur peut diffuser de la publicité.',
    en: 'Shows videos hosted on Dailymotion, whose player may show ads.',
  },
  keywords: { fr: ['vidéo', 'lecteur'], en: ['video', 'player'] },
  cookies: [
    {
      name: 'v1st',
      domain: 'dailymotion.com',
      duration: months(13),
      purpose: { fr: 'Identifie le navigateur pour la mesure et la publicité de Dailymotion.', en: 'Identifies the browser for Dailymotion’s measurement and ads.' },
    },
    {
      name: 'ts',
      domain: 'dailymotion.com',
      duration: months(13),
      purpose: { fr: 'Garde l’état de la session et des choix de consentement du lecteur.', en: 'Keeps the player’s session and consent state.' },
    },
    {
      name: 'dmvk',
      domain: 'dailymotion.com',
      duration: SESSION,
      purpose: { fr: 'Identifie la session de lecture.', en: 'Identifies the playback session.' },
    },
  ],
  storage: [],
  hosts: ['www.dailymotion.com', 'geo.dailymotion.com', '*.dailymotion.com', '*.dmcdn.net', '*.dm-event.net'],
  embed: {
    src: 'https://www.dailymotion.com/embed/video/VIDEO_ID',
    title: { fr: 'Vidéo Dailymotion', en: 'Dailymotion video' },
    width: '640',
    height: '360',
    allow: 'autoplay; fullscreen; picture-in-picture; web-share',
  },
  scripts: [],
  signals: [],
  requirements: [],
  source: {
    facts: ['third-party-audit'],
    references: ['https://legal.dailymotion.com/en/privacy-policy/', 'https://www.flowconsent.com/en/services/video/dailymotion'],
    notes:
      'Not in the Open Cookie Database, and Dailymotion\'s cookie policy for its player gives no per-cookie list. v1st, ts and dmvk are the names public audits report for the embedded player; audits disagree on the rest (one lists ts_c, ff, x1.cid, x1.uid). Durations of 13 months are the CNIL\'s cap, which a French provider keeps to. To re-check on a live site.',
  },
};
