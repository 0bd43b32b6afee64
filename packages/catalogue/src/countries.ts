/** The providers' countries by name, for the texts a visitor reads («Google Ireland Limited (Irlande)»). */
import type { CountryCode, Texts } from './types.js';

export const COUNTRIES: Readonly<Record<CountryCode, Texts>> = {
  DE: { fr: 'Allemagne', en: 'Germany' },
  EE: { fr: 'Estonie', en: 'Estonia' },
  ES: { fr: 'Espagne', en: 'Spain' },
  FR: { fr: 'France', en: 'France' },
  IE: { fr: 'Irlande', en: 'Ireland' },
  MT: { fr: 'Malte', en: 'Malta' },
  NZ: { fr: 'Nouvelle-Zélande', en: 'New Zealand' },
  SE: { fr: 'Suède', en: 'Sweden' },
  US: { fr: 'États-Unis', en: 'United States' },
};
