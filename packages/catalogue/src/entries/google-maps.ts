import { months } from '../durations.js';
import type { CatalogueEntry } from '../types.js';
import { GOOGLE, OCD } from './shared.js';

export const googleMaps: CatalogueEntry = {
  id: 'google-maps',
  name: 'Google Maps',
  provider: GOOGLE,
  category: 'embeds',
  description: {
    fr: 'Affiche une carte interactive Google Maps (plan d’accès, adresses).',
    en: 'Shows an interactive Google Maps map (directions, addresses).',
  },
  keywords: { fr: ['carte', 'plan', 'itinéraire', 'adresse', 'localisation'], en: ['map', 'directions', 'address', 'location'] },
  cookies: [
    {
      name: 'NID',
      domain: 'google.com',
      duration: months(6),
      purpose: {
        fr: 'Mémorise les préférences Google du visiteur et sert à personnaliser les publicités.',
        en: 'Remembers the visitor’s Google preferences and is used to personalise ads.',
      },
    },
  ],
  storage: [],
  hosts: ['www.google.com', 'maps.google.com', 'maps.googleapis.com', 'maps.gstatic.com'],
  embed: {
    src: 'https://www.google.com/maps/embed?pb=MAP_CODE',
    title: { fr: 'Carte Google Maps', en: 'Google Maps map' },
    width: '600',
    height: '450',
  },
  scripts: [],
  setup: {
    fr: 'Dans Google Maps, «\u00a0Partager\u00a0» puis «\u00a0Intégrer une carte\u00a0»\u00a0: recopiez l’adresse de son `src` dans `data-src`.',
    en: 'In Google Maps, "Share" then "Embed a map": copy its `src` address into `data-src`.',
  },
  signals: [],
  requirements: [],
  source: {
    facts: ['open-cookie-database', 'vendor-documentation'],
    references: [OCD, 'https://policies.google.com/technologies/cookies'],
    notes:
      'An embedded map sets Google\'s cookies on google.com, not on the site. The Open Cookie Database files OGP and OGPC under Google Maps (old Google+ cookies, no longer seen) and gives NID 1 year; Google\'s cookie page gives NID 6 months (as last read, to re-check), chosen.',
  },
};
