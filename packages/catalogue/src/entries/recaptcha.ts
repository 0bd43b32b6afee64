import { months } from '../durations.js';
import type { CatalogueEntry } from '../types.js';
import { GOOGLE, OCD } from './shared.js';

export const recaptcha: CatalogueEntry = {
  id: 'recaptcha',
  name: 'Google reCAPTCHA',
  provider: GOOGLE,
  category: 'marketing',
  description: {
    fr: 'Protège nos formulaires contre les robots en analysant le comportement du visiteur.',
    en: 'Protects our forms from bots by analysing the visitor’s behaviour.',
  },
  keywords: { fr: ['captcha', 'anti-spam', 'robot', 'formulaire', 'sécurité'], en: ['captcha', 'anti-spam', 'bot', 'form', 'security'] },
  cookies: [
    {
      name: '_GRECAPTCHA',
      domain: 'google.com',
      duration: months(6),
      purpose: { fr: 'Garde le résultat de l’analyse anti-robot.', en: 'Keeps the result of the bot analysis.' },
    },
  ],
  storage: [
    {
      name: 'rc::*',
      type: 'localStorage',
      domain: 'google.com',
      purpose: { fr: 'Distingue les humains des robots d’une page à l’autre.', en: 'Tells humans from bots across pages.' },
    },
    {
      name: 'rc::*',
      type: 'sessionStorage',
      domain: 'google.com',
      purpose: { fr: 'Distingue les humains des robots pendant la visite.', en: 'Tells humans from bots during the visit.' },
    },
  ],
  hosts: ['www.google.com', 'www.gstatic.com', 'www.recaptcha.net'],
  embed: null,
  scripts: [{ src: 'https://www.google.com/recaptcha/api.js', async: true }],
  signals: [],
  requirements: [
    {
      fr: 'Gardez une autre façon d’envoyer le formulaire à qui refuse (une adresse e-mail affichée, ou un CAPTCHA qui ne suit pas le visiteur)\u202f: le refus ne doit rien bloquer.',
      en: 'Keep another way to send the form for visitors who refuse (an email address shown, or a CAPTCHA that does not track): refusing must not block anything.',
    },
    {
      fr: 'Ne chargez reCAPTCHA que sur les pages qui ont un formulaire.',
      en: 'Load reCAPTCHA only on the pages that have a form.',
    },
  ],
  source: {
    facts: ['open-cookie-database'],
    references: [OCD, 'https://developers.google.com/recaptcha/docs/faq'],
    notes:
      'Marketing by default, not necessary: Google also uses what reCAPTCHA collects for its own purposes, so it is not strictly necessary in the sense of the CNIL\'s guidelines (délibération 2020-091, art. 82 exemptions). A site that moves it to necessary takes that decision itself. _GRECAPTCHA: 179 days in the Open Cookie Database, shown as 6 months. The rc::* storage keys are what the widget writes (Google publishes no list).',
  },
};
