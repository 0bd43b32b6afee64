import { minutes, months, SESSION } from '../durations.js';
import type { CatalogueEntry } from '../types.js';
import { OCD } from './shared.js';

export const hubspot: CatalogueEntry = {
  id: 'hubspot',
  name: 'HubSpot',
  provider: { name: 'HubSpot, Inc.', country: 'US', privacyPolicyUrl: 'https://legal.hubspot.com/privacy-policy' },
  category: 'marketing',
  description: {
    fr: 'Suit les visites pour notre CRM et nos campagnes marketing, et fait fonctionner formulaires et chat HubSpot.',
    en: 'Tracks visits for our CRM and marketing campaigns, and runs HubSpot forms and chat.',
  },
  keywords: {
    fr: ['crm', 'marketing automation', 'formulaire', 'emailing'],
    en: ['crm', 'marketing automation', 'form', 'email'],
  },
  cookies: [
    {
      name: '__hstc',
      duration: months(6),
      purpose: { fr: 'Suit le visiteur (première et dernière visite, nombre de sessions).', en: 'Tracks the visitor (first and last visit, number of sessions).' },
    },
    {
      name: 'hubspotutk',
      duration: months(6),
      purpose: { fr: 'Relie le visiteur à ses envois de formulaires.', en: 'Links the visitor to the forms they send.' },
    },
    {
      name: '__hssc',
      duration: minutes(30),
      purpose: { fr: 'Compte les pages vues pendant la session.', en: 'Counts the pages seen in the session.' },
    },
    {
      name: '__hssrc',
      duration: SESSION,
      purpose: { fr: 'Détecte un redémarrage du navigateur.', en: 'Detects a browser restart.' },
    },
    {
      name: 'messagesUtk',
      duration: months(6),
      purpose: { fr: 'Reconnaît le visiteur qui discute dans le chat.', en: 'Recognises the visitor who uses the chat.' },
    },
  ],
  storage: [],
  hosts: [
    'js.hs-scripts.com',
    '*.hs-scripts.com',
    '*.hs-analytics.net',
    '*.hs-banner.com',
    '*.hscollectedforms.net',
    '*.hsforms.com',
    '*.hubspot.com',
    '*.usemessages.com',
  ],
  embed: null,
  scripts: [{ src: 'https://js.hs-scripts.com/HUB_ID.js', async: true, attributes: { id: 'hs-script-loader' } }],
  setup: {
    fr: 'Remplacez `HUB_ID` par le numéro de votre compte HubSpot.',
    en: 'Replace `HUB_ID` with your HubSpot account number.',
  },
  signals: [],
  requirements: [
    {
      fr: 'Désactivez la bannière de cookies de HubSpot (Paramètres, Confidentialité et consentement)\u00a0: sinon, les visiteurs voient deux bannières.',
      en: 'Turn off HubSpot’s own cookie banner (Settings, Privacy & consent): otherwise visitors see two banners.',
    },
  ],
  source: {
    facts: ['open-cookie-database', 'vendor-documentation'],
    references: [
      OCD,
      'https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser',
    ],
    notes:
      'The Open Cookie Database gives __hstc, hubspotutk and messagesUtk 13 months; HubSpot\'s cookie page now says 6 months (as last read, to re-check); 6 months chosen. Provider: HubSpot, Inc. (United States); European customers contract with HubSpot Ireland Limited, which a site may name instead with --provider. Withdrawal deletes the declared first-party cookies; HubSpot\'s own _hsp.push([\'revokeCookieConsent\']) is not needed with its banner off.',
  },
};
