import { years } from '../durations.js';
import type { CatalogueEntry } from '../types.js';
import { cloudflareBotCookie } from './shared.js';

export const calendly: CatalogueEntry = {
  id: 'calendly',
  name: 'Calendly',
  provider: { name: 'Calendly LLC', country: 'US', privacyPolicyUrl: 'https://calendly.com/privacy' },
  category: 'embeds',
  description: {
    fr: 'Affiche notre agenda Calendly pour prendre rendez-vous en ligne.',
    en: 'Shows our Calendly scheduler to book a meeting online.',
  },
  keywords: {
    fr: ['rendez-vous', 'agenda', 'planning', 'réservation', 'calendrier'],
    en: ['appointment', 'meeting', 'scheduling', 'booking', 'calendar'],
  },
  cookies: [
    cloudflareBotCookie('calendly.com'),
    {
      name: 'OptanonConsent',
      domain: 'calendly.com',
      duration: years(1),
      purpose: { fr: 'Garde les choix de cookies faits dans l’agenda Calendly.', en: 'Keeps the cookie choices made inside the Calendly scheduler.' },
    },
    {
      name: 'OptanonAlertBoxClosed',
      domain: 'calendly.com',
      duration: years(1),
      purpose: { fr: 'Retient que le bandeau de cookies de Calendly a été fermé.', en: 'Remembers that Calendly’s cookie banner was closed.' },
    },
  ],
  storage: [],
  hosts: ['calendly.com', 'assets.calendly.com', '*.calendly.com'],
  embed: {
    src: 'https://calendly.com/VOTRE-COMPTE/VOTRE-EVENEMENT?hide_gdpr_banner=1',
    title: { fr: 'Prise de rendez-vous Calendly', en: 'Calendly booking' },
    width: '100%',
    height: '700',
  },
  scripts: [],
  setup: {
    fr: '`hide_gdpr_banner=1` masque le bandeau de Calendly dans l’agenda\u00a0: le vôtre l’annonce déjà. Retirez-le si vous ne déclarez pas Calendly.',
    en: '`hide_gdpr_banner=1` hides Calendly’s banner inside the scheduler: yours already covers it. Remove it if you do not declare Calendly.',
  },
  signals: [],
  requirements: [],
  source: {
    facts: ['vendor-documentation'],
    references: [
      'https://help.calendly.com/hc/en-us/articles/4418236309399-Calendly-cookie-management-and-banner',
      'https://developers.cloudflare.com/fundamentals/reference/policies-compliances/cloudflare-cookies/',
    ],
    notes:
      'Not in the Open Cookie Database. Calendly documents a consent banner inside its embed (hideable by the embedding site, which then manages consent) and no cookie list; its persistent cookies come after that banner\'s consent. Listed: Cloudflare\'s bot cookie (30 minutes, Cloudflare\'s documentation) and the consent banner\'s own two cookies (OneTrust, 1 year).',
  },
};
