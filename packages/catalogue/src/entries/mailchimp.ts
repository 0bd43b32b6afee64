import { days } from '../durations.js';
import type { CatalogueEntry, Texts } from '../types.js';
import { OCD } from './shared.js';

const CAMPAIGN: Texts = {
  fr: 'Relie la visite à la campagne e-mail Mailchimp qui l’a amenée.',
  en: 'Links the visit to the Mailchimp email campaign that brought it.',
};

export const mailchimp: CatalogueEntry = {
  id: 'mailchimp',
  name: 'Mailchimp',
  provider: {
    name: 'The Rocket Science Group LLC (Mailchimp, Intuit)',
    country: 'US',
    privacyPolicyUrl: 'https://www.intuit.com/privacy/statement/',
  },
  category: 'marketing',
  description: {
    fr: 'Affiche nos formulaires et fenêtres d’inscription Mailchimp et mesure nos campagnes e-mail.',
    en: 'Shows our Mailchimp sign-up forms and pop-ups and measures our email campaigns.',
  },
  keywords: { fr: ['emailing', 'newsletter', 'inscription', 'intuit'], en: ['email', 'newsletter', 'sign-up', 'intuit'] },
  cookies: [
    { name: 'mc_cid', duration: days(14), purpose: CAMPAIGN },
    {
      name: 'mc_eid',
      duration: days(14),
      purpose: { fr: 'Relie la visite au destinataire de la campagne.', en: 'Links the visit to the campaign’s recipient.' },
    },
    {
      name: 'mc_landing_site',
      duration: days(14),
      purpose: { fr: 'Retient la première page vue en venant d’une campagne.', en: 'Remembers the first page seen coming from a campaign.' },
    },
  ],
  storage: [],
  hosts: ['chimpstatic.com', '*.chimpstatic.com', '*.list-manage.com', '*.mailchimp.com'],
  embed: null,
  scripts: [{ src: 'https://chimpstatic.com/mcjs-connected/js/users/USER_ID/SITE_ID.js', async: true, attributes: { id: 'mcjs' } }],
  setup: {
    fr: 'Reprenez l’adresse du script «\u00a0Connected site\u00a0» donnée par Mailchimp. Un formulaire HTML simple (sans ce script) n’a pas besoin d’être soumis au consentement.',
    en: 'Use the "Connected site" script address Mailchimp gives you. A plain HTML form (without that script) needs no consent.',
  },
  signals: [],
  requirements: [],
  source: {
    facts: ['open-cookie-database'],
    references: [OCD, 'https://mailchimp.com/legal/'],
    notes:
      'Cookies and durations from the Open Cookie Database (14 days). Mailchimp\'s privacy notice now lives on Intuit\'s site. The connected-site script may set more cookies than the database knows: check on a live site.',
  },
};
