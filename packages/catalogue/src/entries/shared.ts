/** What several entries share: the providers behind more than one tool, and the sentences every setup repeats. */
import { minutes } from '../durations.js';
import type { CatalogueCookie, Provider, Texts } from '../types.js';

/** The Open Cookie Database, cited by every entry that takes facts from it (NOTICE). */
export const OCD = 'https://github.com/jkwakman/Open-Cookie-Database';


export const GOOGLE: Provider = {
  name: 'Google Ireland Limited',
  country: 'IE',
  privacyPolicyUrl: 'https://policies.google.com/privacy',
};

export const MICROSOFT: Provider = {
  name: 'Microsoft Ireland Operations Limited',
  country: 'IE',
  privacyPolicyUrl: 'https://privacy.microsoft.com/privacystatement',
};

/** Matomo Cloud's operator; a self-hosted Matomo's provider is the site itself (`toServiceConfig`'s `provider`). */
export const MATOMO: Provider = {
  name: 'InnoCraft Ltd (Matomo Cloud)',
  country: 'NZ',
  privacyPolicyUrl: 'https://matomo.org/privacy-policy/',
};

export const X_CORP: Provider = {
  name: 'Twitter International Unlimited Company (X)',
  country: 'IE',
  privacyPolicyUrl: 'https://x.com/en/privacy',
};

/**
 * The setup line for a vendor whose tag is inline code: it goes into a file of the site, because a strict CSP
 * refuses inline scripts without a nonce (docs/getting-started.md, CSP) and a file needs none; a nonce works too.
 */
export const inFile = (vendor: string, path: string, extra: Texts = { fr: '', en: '' }): Texts => ({
  fr: `Copiez le code fourni par ${vendor} dans \`${path}\`, un fichier du site (une CSP stricte refuse le code en ligne sans nonce).${extra.fr && ` ${extra.fr}`}`,
  en: `Copy the code ${vendor} gives you into \`${path}\`, a file of your site (a strict CSP refuses inline code without a nonce).${extra.en && ` ${extra.en}`}`,
});

/** Google's tags read Consent Mode; aquao-consent sends it when the config asks. */
export const CONSENT_MODE_ON: Texts = {
  fr: 'Activez `"googleConsentMode": true` dans la configuration.',
  en: 'Turn on `"googleConsentMode": true` in the config.',
};

/** gtag.js needs its setup lines in a file of the site, for the same CSP reason as `inFile`. */
export const gtagSetup = (id: string): Texts => ({
  fr: `\`/js/gtag-config.js\` contient la mise en route de gtag\u00a0: \`window.dataLayer = window.dataLayer || []\`, la fonction \`gtag\`, puis \`gtag('js', new Date())\` et \`gtag('config', '${id}')\`. ${CONSENT_MODE_ON.fr}`,
  en: `\`/js/gtag-config.js\` starts gtag: \`window.dataLayer = window.dataLayer || []\`, the \`gtag\` function, then \`gtag('js', new Date())\` and \`gtag('config', '${id}')\`. ${CONSENT_MODE_ON.en}`,
});

/** Cloudflare's bot-management cookie, which sites behind Cloudflare set in their embeds (Cloudflare's cookie page). */
export const cloudflareBotCookie = (domain: string): CatalogueCookie => ({
  name: '__cf_bm',
  domain,
  duration: minutes(30),
  purpose: { fr: 'Distingue les humains des robots (Cloudflare).', en: 'Tells humans from bots (Cloudflare).' },
});

/** The purpose line of a third-party cookie that only says who reads it. */
export const THIRD_PARTY_VIDEO_STATS: Texts = {
  fr: 'Compte les lectures et mémorise les réglages du lecteur.',
  en: 'Counts plays and remembers the player’s settings.',
};
