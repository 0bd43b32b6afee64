import { days } from '../durations.js';
import type { CatalogueEntry } from '../types.js';
import { OCD, inFile } from './shared.js';

export const metaPixel: CatalogueEntry = {
  id: 'meta-pixel',
  name: 'Meta Pixel (Facebook, Instagram)',
  provider: {
    name: 'Meta Platforms Ireland Limited',
    country: 'IE',
    privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/',
  },
  category: 'marketing',
  description: {
    fr: 'Mesure l’effet de nos publicités Facebook et Instagram et permet de cibler nos visiteurs.',
    en: 'Measures the effect of our Facebook and Instagram ads and lets us target our visitors.',
  },
  keywords: {
    fr: ['facebook', 'instagram', 'publicité', 'conversion', 'remarketing', 'réseaux sociaux'],
    en: ['facebook', 'instagram', 'advertising', 'ads', 'conversion', 'remarketing', 'social'],
  },
  cookies: [
    {
      name: '_fbp',
      duration: days(90),
      purpose: { fr: 'Reconnaît le navigateur pour mesurer et cibler les publicités Meta.', en: 'Recognises the browser to measure and target Meta ads.' },
    },
    {
      name: '_fbc',
      duration: days(90),
      purpose: { fr: 'Garde l’identifiant du clic sur une publicité Meta.', en: 'Keeps the identifier of the click on a Meta ad.' },
    },
    {
      name: 'fr',
      domain: 'facebook.com',
      duration: days(90),
      purpose: { fr: 'Identifie le navigateur et l’utilisateur Meta pour la publicité ciblée.', en: 'Identifies the browser and the Meta user for targeted ads.' },
    },
  ],
  storage: [],
  hosts: ['connect.facebook.net', 'www.facebook.com', '*.facebook.com', '*.facebook.net'],
  embed: null,
  scripts: [{ src: '/js/meta-pixel.js' }],
  setup: inFile('Meta', '/js/meta-pixel.js'),
  signals: [{ type: 'meta-pixel-consent', grant: "fbq('consent', 'grant')", revoke: "fbq('consent', 'revoke')" }],
  requirements: [],
  source: {
    facts: ['open-cookie-database', 'vendor-documentation'],
    references: [OCD, 'https://developers.facebook.com/docs/meta-pixel/'],
    notes:
      '_fbp: 4 months in the Open Cookie Database, 90 days in Meta\'s pixel documentation (as last read, to re-check); _fbc: 2 years there, 90 days in Meta\'s; Meta\'s chosen. fr (on facebook.com): 90 days, both agree. The other facebook.com cookies (datr, sb, c_user…) exist only for visitors logged in to Facebook and are not listed.',
  },
};
