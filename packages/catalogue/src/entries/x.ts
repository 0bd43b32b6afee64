/** X (Twitter), in its two uses on French sites: the ads pixel, and embedded posts. */
import { years } from '../durations.js';
import type { CatalogueCookie, CatalogueEntry } from '../types.js';
import { OCD, X_CORP, inFile } from './shared.js';

const ADS_COOKIES: CatalogueCookie[] = [
  {
    name: 'personalization_id',
    domain: 'x.com',
    duration: years(2),
    purpose: { fr: 'Identifie le navigateur pour personnaliser les publicités X.', en: 'Identifies the browser to personalise X ads.' },
  },
  {
    name: 'guest_id',
    domain: 'x.com',
    duration: years(2),
    purpose: { fr: 'Identifie un visiteur non connecté à X.', en: 'Identifies a visitor not logged in to X.' },
  },
  {
    name: 'guest_id_ads',
    domain: 'x.com',
    duration: years(2),
    purpose: { fr: 'Sert la publicité X aux visiteurs non connectés.', en: 'Serves X ads to logged-out visitors.' },
  },
  {
    name: 'guest_id_marketing',
    domain: 'x.com',
    duration: years(2),
    purpose: { fr: 'Mesure la publicité X auprès des visiteurs non connectés.', en: 'Measures X ads for logged-out visitors.' },
  },
];
const KEYWORDS = { fr: ['twitter', 'x', 'réseaux sociaux'], en: ['twitter', 'x', 'social'] };
const NOTES =
  'X\'s cookies from the Open Cookie Database (listed there on twitter.com; X now sets them on x.com too), 2 years each. Controller for EU users: Twitter International Unlimited Company.';

export const xPixel: CatalogueEntry = {
  id: 'x-pixel',
  name: 'X Pixel (Twitter)',
  provider: X_CORP,
  category: 'marketing',
  description: {
    fr: 'Mesure les conversions de nos publicités sur X (Twitter) et permet de cibler nos visiteurs.',
    en: 'Measures the conversions of our ads on X (Twitter) and lets us target our visitors.',
  },
  keywords: { fr: [...KEYWORDS.fr, 'pixel', 'publicité', 'conversion'], en: [...KEYWORDS.en, 'pixel', 'advertising', 'ads', 'conversion'] },
  cookies: [
    {
      name: '_twclid',
      duration: years(2),
      purpose: { fr: 'Garde l’identifiant du clic sur une publicité X.', en: 'Keeps the identifier of the click on an X ad.' },
    },
    ...ADS_COOKIES,
  ],
  storage: [],
  hosts: ['static.ads-twitter.com', 'analytics.twitter.com', 't.co', '*.twitter.com', '*.x.com'],
  embed: null,
  scripts: [{ src: '/js/x-pixel.js' }],
  setup: inFile('X', '/js/x-pixel.js'),
  signals: [],
  requirements: [],
  source: {
    facts: ['open-cookie-database'],
    references: [OCD, 'https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites'],
    notes: `${NOTES} _twclid, the pixel's first-party click id cookie, is not in the database and X publishes no duration for it: 2 years is assumed, like X's other cookies (to check on a live site).`,
  },
};

export const xPosts: CatalogueEntry = {
  id: 'x-posts',
  name: 'X (Twitter) Embeds',
  provider: X_CORP,
  category: 'embeds',
  description: {
    fr: 'Affiche des publications et fils X (Twitter) dans nos pages.',
    en: 'Shows X (Twitter) posts and timelines in our pages.',
  },
  keywords: { fr: [...KEYWORDS.fr, 'tweet', 'publication', 'fil'], en: [...KEYWORDS.en, 'tweet', 'post', 'timeline', 'embed'] },
  cookies: ADS_COOKIES,
  storage: [],
  hosts: ['platform.twitter.com', 'platform.x.com', 'syndication.twitter.com', 'cdn.syndication.twimg.com', '*.twimg.com'],
  embed: null,
  scripts: [{ src: 'https://platform.twitter.com/widgets.js', async: true }],
  setup: {
    fr: 'Gardez le `<blockquote class="twitter-tweet">` fourni par X\u00a0: tant que le script attend le consentement, le texte de la publication reste lisible.',
    en: 'Keep the `<blockquote class="twitter-tweet">` X gives you: while the script waits for consent, the post’s text stays readable.',
  },
  signals: [],
  requirements: [],
  source: { facts: ['open-cookie-database'], references: [OCD], notes: NOTES },
};
