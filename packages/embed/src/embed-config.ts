/**
 * The embed's configuration: the JSON element a site writes, the embed-only keys and aquao.fr's defaults.
 * Core keys are validated by the core; this checks the keys the embed adds, and names any key nobody knows
 * (a typo such as `categorie` would otherwise be ignored in silence).
 */
import { ConsentConfigError, type ConsentConfig } from '@aquao/consent-core';
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
];

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
    throw new ConsentConfigError('(root)', `is not valid JSON in #${CONFIG_ELEMENT_ID}: ${(error as Error).message}`);
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new ConsentConfigError('(root)', `must be a JSON object in #${CONFIG_ELEMENT_ID}`);
  }
  const unknown = Object.keys(config).find((key) => !KEYS.includes(key));
  if (unknown) throw new ConsentConfigError(unknown, `is not a known key (known: ${KEYS.join(', ')})`);
  for (const key of ['privacyPolicyUrl', 'cookiePolicyUrl']) {
    if (config[key] !== undefined && !isSafeUrl(config[key])) {
      throw new ConsentConfigError(key, 'must be an http(s) or relative URL, e.g. "/politique-de-cookies"');
    }
  }
  if (config.floatingButton !== undefined && typeof config.floatingButton !== 'boolean') {
    throw new ConsentConfigError('floatingButton', 'must be true or false');
  }
  return { ...DEFAULT_CONFIG, categories: undefined, ...config };
}
