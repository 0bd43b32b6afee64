/**
 * The config element as the loader reads it on every page: parsed, and nothing more. The loader reads what it uses
 * fail-safe (`@aquao/consent-core/unchecked`); the whole element is checked by the UI chunk before the banner or the
 * preferences show, and by `aquao-consent.dev.js` at once (docs/configuration.md, "Checking a config").
 */
import type { EmbedConfig } from './embed-config.js';

export const CONFIG_ELEMENT_ID = 'aquao-consent-config';

/** aquao.fr's defaults: what the embed does when the page has no config element at all. */
export const DEFAULT_CONFIG: EmbedConfig = {
  categories: { necessary: {}, analytics: {}, marketing: {} },
  privacyPolicyUrl: '/politique-de-confidentialite',
  cookiePolicyUrl: '/politique-de-cookies',
};

/**
 * The config the embed works with: the element's keys over aquao.fr's defaults. It is also the notice hashed into
 * each proof record's `configHash`, so `aquao-consent check` hashes a file through this very function.
 */
export const withDefaults = (config: EmbedConfig): EmbedConfig => ({ ...DEFAULT_CONFIG, ...config });

/**
 * The element's JSON as written (`undefined` without an element), for the check.
 * @throws {SyntaxError} naming the config for invalid JSON, the mistake a marketing edit makes most.
 */
export function parseConfigElement(doc: Document = document): unknown {
  const element = doc.getElementById(CONFIG_ELEMENT_ID);
  if (!element) return undefined;
  try {
    return JSON.parse(element.textContent ?? '');
  } catch (error) {
    throw new SyntaxError(`aquao-consent: config: not valid JSON: ${(error as Error).message}`);
  }
}
