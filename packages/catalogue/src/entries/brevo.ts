import { months, SESSION } from '../durations.js';
import type { CatalogueEntry } from '../types.js';
import { inFile } from './shared.js';

export const brevo: CatalogueEntry = {
  id: 'brevo',
  name: 'Brevo (Sendinblue)',
  provider: { name: 'Sendinblue SAS (Brevo)', country: 'FR', privacyPolicyUrl: 'https://www.brevo.com/legal/privacypolicy/' },
  category: 'marketing',
  description: {
    fr: 'Relie les visites à nos contacts Brevo pour personnaliser nos e-mails et automatisations.',
    en: 'Links visits to our Brevo contacts to personalise our emails and automations.',
  },
  keywords: {
    fr: ['sendinblue', 'emailing', 'newsletter', 'marketing automation', 'crm'],
    en: ['sendinblue', 'email', 'newsletter', 'marketing automation', 'crm'],
  },
  cookies: [
    {
      name: 'sib_cuid',
      duration: months(6),
      purpose: { fr: 'Identifie le visiteur et le relie à sa fiche de contact Brevo.', en: 'Identifies the visitor and links them to their Brevo contact record.' },
    },
    {
      name: 'sib_session',
      duration: SESSION,
      purpose: { fr: 'Suit la visite en cours pour les scénarios d’automatisation.', en: 'Follows the current visit for automation scenarios.' },
    },
  ],
  storage: [],
  hosts: ['sibautomation.com', '*.sibautomation.com', '*.brevo.com', '*.sendinblue.com', '*.sibforms.com'],
  embed: null,
  scripts: [{ src: '/js/brevo-tracker.js' }],
  setup: inFile('Brevo', '/js/brevo-tracker.js'),
  signals: [],
  requirements: [
    {
      fr: 'Un simple formulaire d’inscription Brevo ne dépose pas ces cookies\u00a0: ce service ne concerne que le suivi des visites (tracker Brevo).',
      en: 'A plain Brevo sign-up form sets none of these cookies: this service is only about visit tracking (the Brevo tracker).',
    },
  ],
  source: {
    facts: ['vendor-documentation', 'third-party-audit'],
    references: ['https://tracker-doc.sendinblue.com/docs/principles', 'https://consentstack.io/vendors/brevo'],
    notes:
      'Not in the Open Cookie Database. Brevo\'s tracker documentation says it drops one first-party cookie with a unique identifier but gives no name or duration; sib_cuid (180 days, shown as 6 months) and sib_session come from a public vendor audit. To re-check on a live site.',
  },
};
