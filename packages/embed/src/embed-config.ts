/**
 * The embed's configuration: the JSON element a site writes, the embed-only keys and aquao.fr's defaults.
 * Core keys are validated by the core; this checks the keys the embed adds, and names any key nobody knows
 * (a typo such as `categorie` would otherwise be ignored in silence).
 */
import { ConsentConfigError, DEV_MODE, isObject, type ConsentConfig, type LocalizedText } from '@aquao/consent-core';
import type { GoogleConsentModeOptions } from '@aquao/consent-core/gcm';
import type { GpcOptions } from '@aquao/consent-core/gpc';
import { isSafeUrl } from '@aquao/consent-banner';

/** Everything the `<script type="application/json" id="aquao-consent-config">` element may hold. */
export interface EmbedConfig extends ConsentConfig {
  /** Privacy policy link, http(s) or relative. Default `"/politique-de-confidentialite"`. */
  readonly privacyPolicyUrl?: string;
  /** Cookie policy link, http(s) or relative. Default `"/politique-de-cookies"`. */
  readonly cookiePolicyUrl?: string;
  /** `"fr"` or `"en"`. Default: the page's `<html lang>` when it is one of those, else `"fr"`. */
  readonly language?: string;
  /** A small fixed button, bottom left, to reopen the preferences after a decision. Default `true`. */
  readonly floatingButton?: boolean;
  /**
   * Google Consent Mode v2, basic mode: `true` for the default mapping, or `{ "mapping": { category: [types] } }`.
   * Default `false` (no dataLayer is touched).
   */
  readonly googleConsentMode?: boolean | GoogleConsentModeOptions;
  /** Global Privacy Control: `{ "categories": [...] }` kept refused by «Tout accepter» under the signal. Default `{ "categories": ["marketing"] }`; `false` ignores the signal. */
  readonly gpc?: false | GpcOptions;
  /** Where each decision's proof record is POSTed (http(s) or relative). Default: none, nothing is sent. */
  readonly logEndpoint?: string;
  /**
   * What a proof record's `url` keeps: `"origin"` (default), or `"path"` for origin and path, on sites whose paths
   * say nothing about their visitors.
   */
  readonly logUrl?: 'origin' | 'path';
  /** The message of the placeholders that stand in for refused embeds, with `{service}` and `{purpose}`. Default: built-in. */
  readonly placeholderText?: LocalizedText;
}

export const CONFIG_ELEMENT_ID = 'aquao-consent-config';

/** aquao.fr's defaults: what the embed does with no config element at all. */
export const DEFAULT_CONFIG: EmbedConfig = {
  categories: { necessary: {}, analytics: {}, marketing: {} },
  privacyPolicyUrl: '/politique-de-confidentialite',
  cookiePolicyUrl: '/politique-de-cookies',
};

const KEYS = [
  'categories',
  'revision',
  'maxAgeDays',
  'cookie',
  'privacyPolicyUrl',
  'cookiePolicyUrl',
  'language',
  'floatingButton',
  'googleConsentMode',
  'gpc',
  'logEndpoint',
  'logUrl',
  'placeholderText',
];
const GOOGLE_TYPES = /^(ad_storage|ad_user_data|ad_personalization|analytics_storage|functionality_storage|personalization_storage|security_storage)$/;
const isStrings = (v: unknown, test = (_: string) => true) =>
  Array.isArray(v) && v.every((item) => typeof item === 'string' && test(item));

/** Throws for `key`; the fix text exists in development builds only (`aquao-consent.dev.js`). */
const fail = (key: string, fix: string): never => {
  throw new ConsentConfigError(key, DEV_MODE ? fix : undefined);
};

/**
 * Reads and checks the config element. No element: aquao.fr's defaults.
 * @throws {ConsentConfigError} for invalid JSON or a wrong key, named.
 */
export function readEmbedConfig(doc: Document = document): EmbedConfig {
  const element = doc.getElementById(CONFIG_ELEMENT_ID);
  if (!element) return DEFAULT_CONFIG;
  let config: Record<string, unknown>;
  try {
    config = JSON.parse(element.textContent ?? '');
  } catch (error) {
    // Kept in production: a JSON typo is the mistake a marketing edit makes most.
    throw new ConsentConfigError('(root)', `is not valid JSON in #${CONFIG_ELEMENT_ID}: ${(error as Error).message}`);
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    fail('(root)', `must be a JSON object in #${CONFIG_ELEMENT_ID}`);
  }
  const unknown = Object.keys(config).find((key) => !KEYS.includes(key));
  if (unknown) throw new ConsentConfigError(unknown, `is not a known key${DEV_MODE ? ` (known: ${KEYS.join(', ')})` : ''}`);
  for (const key of ['privacyPolicyUrl', 'cookiePolicyUrl', 'logEndpoint']) {
    if (config[key] !== undefined && !isSafeUrl(config[key])) {
      fail(key, 'must be an http(s) or relative URL, e.g. "/politique-de-cookies"');
    }
  }
  // Shape checks of the developer-facing keys: a wrong shape there degrades (a dataLayer entry ignored, a default
  // text), it never releases anything, so production keeps the bytes and development says what to fix.
  if (DEV_MODE) {
    if (config.floatingButton !== undefined && typeof config.floatingButton !== 'boolean') {
      fail('floatingButton', 'must be true or false');
    }
    const gcm = config.googleConsentMode;
    if (gcm !== undefined && typeof gcm !== 'boolean') {
      const mapping = isObject(gcm) ? (gcm.mapping ?? {}) : undefined;
      const bad = !isObject(mapping) ? 'mapping' : Object.keys(mapping).find((id) => !isStrings(mapping[id], (t) => GOOGLE_TYPES.test(t)));
      if (bad !== undefined) {
        fail(
          `googleConsentMode.${bad === 'mapping' ? 'mapping' : `mapping.${bad}`}`,
          'must list Google consent types, e.g. { "mapping": { "analytics": ["analytics_storage"] } }, or use true for the default mapping',
        );
      }
    }
    const gpc = config.gpc;
    if (gpc !== undefined && gpc !== false && !(isObject(gpc) && (gpc.categories === undefined || isStrings(gpc.categories)))) {
      fail('gpc', 'must be false, or { "categories": ["marketing"] }');
    }
    if (config.logUrl !== undefined && config.logUrl !== 'origin' && config.logUrl !== 'path') {
      fail('logUrl', 'must be "origin" (the default) or "path" (origin and path of the page)');
    }
    const text = config.placeholderText;
    if (text !== undefined && typeof text !== 'string' && !(isObject(text) && Object.values(text).every((v) => typeof v === 'string'))) {
      fail('placeholderText', 'must be a string or { "fr": "…", "en": "…" }');
    }
  }
  return { ...DEFAULT_CONFIG, categories: undefined, ...config };
}
