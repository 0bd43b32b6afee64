/**
 * Matomo, in both of its setups: with consent like any analytics tool, and configured for the CNIL's exemption of
 * audience measurement (lignes directrices 2020-091 art. 5; the CNIL's self-assessment of July 2025), where it runs
 * without asking but under conditions the site must keep.
 */
import { minutes, months } from '../durations.js';
import type { CatalogueCookie, CatalogueEntry } from '../types.js';
import { MATOMO, OCD, inFile } from './shared.js';

const VISITOR: CatalogueCookie = {
  name: '_pk_id.*',
  duration: months(13),
  purpose: { fr: 'Reconnaît un visiteur qui revient, par un identifiant aléatoire.', en: 'Recognises a returning visitor by a random identifier.' },
};
const SESSION_COOKIE: CatalogueCookie = {
  name: '_pk_ses.*',
  duration: minutes(30),
  purpose: { fr: 'Regroupe les pages vues pendant une même visite.', en: 'Groups the pages seen during one visit.' },
};
const KEYWORDS = { fr: ['statistiques', 'audience', 'piwik', 'cnil'], en: ['statistics', 'audience', 'analytics', 'piwik', 'cnil'] };
const HOSTS = ['*.matomo.cloud'];
const REFERENCES = [
  OCD,
  'https://matomo.org/faq/general/faq_146/',
  'https://matomo.org/faq/how-do-i-configure-matomo-without-tracking-consent-for-french-visitors-cnil-exemption',
];
const SELF_HOSTED =
  'Self-hosted, the provider is the site itself and the hosts are its own: pass `provider` to toServiceConfig (the CLI\'s --provider) and add the host to the scanner\'s first-party list.';

export const matomo: CatalogueEntry = {
  id: 'matomo',
  name: 'Matomo',
  provider: MATOMO,
  category: 'analytics',
  description: {
    fr: 'Mesure la fréquentation du site et les pages consultées, pour l’améliorer.',
    en: 'Measures the site’s traffic and the pages visited, to improve it.',
  },
  keywords: KEYWORDS,
  cookies: [
    VISITOR,
    SESSION_COOKIE,
    {
      name: '_pk_ref.*',
      duration: months(6),
      purpose: { fr: 'Retient le site ou la campagne d’où vient le visiteur.', en: 'Remembers the site or campaign the visitor came from.' },
    },
    {
      name: '_pk_cvar.*',
      duration: minutes(30),
      purpose: { fr: 'Garde les variables personnalisées de la visite.', en: 'Keeps the visit’s custom variables.' },
    },
    {
      name: '_pk_hsr.*',
      duration: minutes(30),
      purpose: { fr: 'Garde l’état des cartes de chaleur et enregistrements de la visite.', en: 'Keeps the state of the visit’s heatmaps and recordings.' },
    },
    {
      name: '_pk_testcookie.*',
      duration: { fr: 'effacé aussitôt créé', en: 'deleted as soon as created' },
      purpose: { fr: 'Vérifie que le navigateur accepte les cookies.', en: 'Checks that the browser accepts cookies.' },
    },
  ],
  storage: [],
  hosts: HOSTS,
  embed: null,
  scripts: [{ src: '/js/matomo-init.js' }],
  setup: inFile('Matomo', '/js/matomo-init.js'),
  signals: [
    {
      type: 'matomo-consent',
      grant: "_paq.push(['setCookieConsentGiven'])",
      revoke: "_paq.push(['forgetCookieConsentGiven'])",
    },
  ],
  requirements: [],
  source: {
    facts: ['open-cookie-database', 'vendor-documentation'],
    references: REFERENCES,
    notes: `Names and durations from the Open Cookie Database, which match Matomo's cookie FAQ as last read. The mtm_consent* cookies are left out: they exist only when Matomo manages consent itself, which the gating replaces. ${SELF_HOSTED}`,
  },
};

export const matomoExempt: CatalogueEntry = {
  id: 'matomo-exempt',
  name: 'Matomo (exemption CNIL)',
  provider: MATOMO,
  category: 'necessary',
  description: {
    fr: 'Mesure d’audience configurée selon l’exemption de la CNIL\u00a0: statistiques anonymes pour ce site seul, sans recoupement ni transmission à des tiers.',
    en: 'Audience measurement set up under the CNIL’s exemption: anonymous statistics for this site only, never cross-referenced or passed on.',
  },
  keywords: { fr: [...KEYWORDS.fr, 'exemption', 'exempté', 'sans consentement'], en: [...KEYWORDS.en, 'exemption', 'exempt', 'without consent'] },
  cookies: [VISITOR, SESSION_COOKIE],
  storage: [],
  hosts: HOSTS,
  embed: null,
  scripts: [{ src: '/js/matomo-init.js' }],
  setup: inFile('Matomo', '/js/matomo-init.js'),
  signals: [],
  requirements: [
    {
      fr: 'Activez le mode de configuration CNIL dans les paramètres de confidentialité de Matomo.',
      en: 'Turn on the CNIL configuration mode in Matomo’s privacy settings.',
    },
    {
      fr: 'Ne mesurez que l’audience de ce site\u00a0: performances, problèmes de navigation, contenus consultés. Pas de mesure des campagnes, de l’acquisition ni des conversions publicitaires, pas de tests A/B.',
      en: 'Measure this site’s audience only: performance, navigation problems, content viewed. No measurement of campaigns, acquisition or ad conversions, no A/B tests.',
    },
    {
      fr: 'Anonymisez les adresses IP (au moins deux octets) et n’allez pas plus loin que la ville en géolocalisation.',
      en: 'Anonymise IP addresses (at least two bytes) and go no finer than the city in geolocation.',
    },
    {
      fr: 'Pas d’identifiant utilisateur (User ID), pas de recoupement avec d’autres données (CRM, e-mails), aucune transmission à des tiers, pas de suivi d’un site à l’autre.',
      en: 'No User ID, no cross-referencing with other data (CRM, emails), nothing passed on to third parties, no tracking across sites.',
    },
    {
      fr: 'Désactivez les cartes de chaleur, enregistrements de sessions, le journal des visites et les profils de visiteurs.',
      en: 'Turn off heatmaps, session recordings, the visits log and visitor profiles.',
    },
    {
      fr: 'Cookies de 13\u00a0mois au plus, sans prolongation à chaque visite\u00a0; données brutes gardées 25\u00a0mois au plus.',
      en: 'Cookies last 13 months at most and are not extended at each visit; raw data is kept 25 months at most.',
    },
    {
      fr: 'Informez les visiteurs dans la politique de cookies et donnez-leur le moyen de s’y opposer (le formulaire d’opposition de Matomo sur cette page).',
      en: 'Tell visitors in the cookie policy and let them object (Matomo’s opt-out form on that page).',
    },
  ],
  source: {
    facts: ['open-cookie-database', 'vendor-documentation'],
    references: [...REFERENCES, 'https://www.cnil.fr/fr/cookies-solutions-pour-les-outils-de-mesure-daudience'],
    notes: `Filed under necessary, the only purpose aquao-consent runs without asking; its description says what it is, since the built-in necessary text speaks of the site working. Only _pk_id and _pk_ses are listed: the referrer and campaign cookie (_pk_ref) serves acquisition measurement, which the exemption excludes. The conditions paraphrase Matomo's CNIL FAQ (2025 self-assessment) and the CNIL's page on audience measurement. ${SELF_HOSTED}`,
  },
};
