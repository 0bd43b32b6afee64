import type { CatalogueEntry } from '../types.js';
import { OCD } from './shared.js';

export const plausible: CatalogueEntry = {
  id: 'plausible',
  name: 'Plausible Analytics',
  provider: { name: 'Plausible Insights OÜ', country: 'EE', privacyPolicyUrl: 'https://plausible.io/privacy' },
  category: 'analytics',
  description: {
    fr: 'Mesure la fréquentation du site sans cookie et sans identifier les visiteurs.',
    en: 'Measures the site’s traffic without cookies and without identifying visitors.',
  },
  keywords: { fr: ['statistiques', 'audience', 'sans cookie'], en: ['statistics', 'audience', 'analytics', 'cookieless'] },
  cookies: [],
  storage: [
    {
      name: 'plausible_ignore',
      type: 'localStorage',
      purpose: {
        fr: 'Exclut des statistiques le navigateur de l’équipe du site, quand elle le demande.',
        en: 'Leaves the site team’s own browser out of the statistics, when they ask.',
      },
    },
  ],
  hosts: ['plausible.io'],
  embed: null,
  scripts: [{ src: 'https://plausible.io/js/script.js', attributes: { 'data-domain': 'VOTRE-SITE.fr' } }],
  setup: {
    fr: 'Remplacez `VOTRE-SITE.fr` par le domaine déclaré dans Plausible.',
    en: 'Replace `VOTRE-SITE.fr` with the domain registered in Plausible.',
  },
  signals: [],
  requirements: [],
  source: {
    facts: ['open-cookie-database', 'vendor-documentation'],
    references: [OCD, 'https://plausible.io/data-policy'],
    notes:
      'No cookie. The Open Cookie Database lists a "plausible_" local storage prefix; the only key the script writes is plausible_ignore. Filed under analytics (consent) by default: it still sends every page view to a third party, and the CNIL has not listed it among exempt tools. Move it to necessary only after checking the exemption conditions yourself (see the matomo-exempt entry\'s requirements).',
  },
};
