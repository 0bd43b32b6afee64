import { months, years } from '../durations.js';
import type { CatalogueEntry } from '../types.js';
import { OCD } from './shared.js';

export const typeform: CatalogueEntry = {
  id: 'typeform',
  name: 'Typeform',
  provider: { name: 'Typeform S.L.', country: 'ES', privacyPolicyUrl: 'https://www.typeform.com/privacy-policy/' },
  category: 'embeds',
  description: {
    fr: 'Affiche nos formulaires et questionnaires Typeform.',
    en: 'Shows our Typeform forms and surveys.',
  },
  keywords: { fr: ['formulaire', 'questionnaire', 'sondage', 'enquête'], en: ['form', 'survey', 'questionnaire', 'quiz'] },
  cookies: [
    {
      name: 'tf_respondent_cc',
      domain: 'typeform.com',
      duration: months(6),
      purpose: { fr: 'Fait fonctionner le formulaire pendant qu’on y répond.', en: 'Makes the form work while it is being answered.' },
    },
    {
      name: 'attribution_user_id',
      domain: 'typeform.com',
      duration: years(1),
      purpose: { fr: 'Attribue la réponse au canal qui a amené le visiteur, pour Typeform.', en: 'Attributes the answer to the channel that brought the visitor, for Typeform.' },
    },
  ],
  storage: [],
  hosts: ['form.typeform.com', 'embed.typeform.com', '*.typeform.com'],
  embed: {
    src: 'https://form.typeform.com/to/FORM_ID',
    title: { fr: 'Formulaire Typeform', en: 'Typeform form' },
    width: '100%',
    height: '500',
    allow: 'camera; microphone; autoplay; encrypted-media',
  },
  scripts: [],
  signals: [],
  requirements: [],
  source: {
    facts: ['open-cookie-database'],
    references: [OCD, 'https://www.typeform.com/privacy-policy/'],
    notes:
      'Names and durations from the Open Cookie Database, on typeform.com. The database gives www.typeform.com as the controller\'s page; the privacy policy\'s own address is used instead.',
  },
};
