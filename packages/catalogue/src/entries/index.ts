/**
 * Every entry, in the order `services` lists them: Google's tools, audience measurement, advertising, marketing
 * platforms, chats, then embeds. To add a tool, write its file next to these and list it here; the tests check it.
 */
import type { CatalogueEntry } from '../types.js';
import { abTasty } from './ab-tasty.js';
import { brevo } from './brevo.js';
import { calendly } from './calendly.js';
import { crisp } from './crisp.js';
import { dailymotion } from './dailymotion.js';
import { googleAds } from './google-ads.js';
import { googleAnalytics } from './google-analytics.js';
import { googleMaps } from './google-maps.js';
import { googleTagManager } from './google-tag-manager.js';
import { hotjar } from './hotjar.js';
import { hubspot } from './hubspot.js';
import { intercom } from './intercom.js';
import { kameleoon } from './kameleoon.js';
import { linkedinInsight } from './linkedin-insight.js';
import { mailchimp } from './mailchimp.js';
import { matomo, matomoExempt } from './matomo.js';
import { metaPixel } from './meta-pixel.js';
import { microsoftAdvertising } from './microsoft-advertising.js';
import { microsoftClarity } from './microsoft-clarity.js';
import { pinterestTag } from './pinterest-tag.js';
import { plausible } from './plausible.js';
import { recaptcha } from './recaptcha.js';
import { soundcloud } from './soundcloud.js';
import { spotify } from './spotify.js';
import { tiktokPixel } from './tiktok-pixel.js';
import { typeform } from './typeform.js';
import { vimeo } from './vimeo.js';
import { xPixel, xPosts } from './x.js';
import { youtube, youtubeNocookie } from './youtube.js';
import { zendesk } from './zendesk.js';

export const entries: readonly CatalogueEntry[] = [
  googleAnalytics,
  googleTagManager,
  googleAds,
  googleMaps,
  youtube,
  youtubeNocookie,
  recaptcha,
  matomo,
  matomoExempt,
  plausible,
  microsoftClarity,
  hotjar,
  abTasty,
  kameleoon,
  microsoftAdvertising,
  metaPixel,
  linkedinInsight,
  tiktokPixel,
  pinterestTag,
  xPixel,
  hubspot,
  brevo,
  mailchimp,
  crisp,
  intercom,
  zendesk,
  vimeo,
  dailymotion,
  spotify,
  soundcloud,
  calendly,
  typeform,
  xPosts,
];
