/**
 * Google Consent Mode v2, basic mode: tells Google's tags the decision through `window.dataLayer`.
 *
 * Order (Google's consent mode guide; `docs/compliance.md`, rule GCM): a `default` with every non-necessary
 * type denied comes before any Google tag can run; on every page with a stored decision an `update` follows at
 * once (Google stores nothing); each decision or withdrawal sends another `update`. In basic mode the Google tags
 * themselves are gated with `data-consent`, so no Google request is made before a choice.
 */
import type { ConsentManager } from './manager.js';
import { GOOGLE_CONSENT_TYPES } from './google-consent-mode.config.js';

export { GOOGLE_CONSENT_TYPES, gcmConfigKeys } from './google-consent-mode.config.js';

export type GoogleConsentType = (typeof GOOGLE_CONSENT_TYPES)[number];

/** Which consent types each category grants. Categories left out grant nothing. */
export type GoogleConsentMapping = Readonly<Record<string, readonly GoogleConsentType[]>>;

export const DEFAULT_GOOGLE_CONSENT_MAPPING: GoogleConsentMapping = {
  necessary: ['security_storage'],
  preferences: ['functionality_storage', 'personalization_storage'],
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

export interface GoogleConsentModeOptions {
  /** Category → consent types. Default {@link DEFAULT_GOOGLE_CONSENT_MAPPING}; keys given replace the default's. */
  readonly mapping?: GoogleConsentMapping;
  /** Milliseconds Google's tags wait for an `update` after the `default`. Default `500`. */
  readonly waitForUpdate?: number;
}

const TYPES: readonly GoogleConsentType[] = GOOGLE_CONSENT_TYPES;

/**
 * The page's `window.dataLayer`, as this module uses it. A local type and a cast, not a `Window` augmentation: an
 * app (or Google's own typings) that declares `dataLayer` otherwise, `any[]` say, would then fail to compile, even
 * with `skipLibCheck`, since interface declarations merge. Global maps carry only our own names.
 */
type WithDataLayer = { dataLayer?: unknown[] };

/**
 * Pushes the `default` now, an `update` now if a decision is stored, and an `update` after every change.
 * Call it before gating starts. Returns the function that stops the updates.
 */
export function connectGoogleConsentMode(
  manager: Pick<ConsentManager, 'config' | 'isGranted' | 'hasDecision' | 'subscribe'>,
  options: GoogleConsentModeOptions = {},
): () => void {
  if (typeof window === 'undefined') return () => {};
  const dataLayer = ((window as WithDataLayer).dataLayer ??= []);
  // gtag.js only reads commands pushed as an `arguments` object, never as an array: Google's own snippet.
  function gtag(..._command: unknown[]) {
    // eslint-disable-next-line prefer-rest-params
    dataLayer.push(arguments);
  }
  // Read fail-safe: the embed's loader hands these over unchecked on a returning visit (docs/configuration.md,
  // "Checking a config"), so a value of the wrong type grants nothing and never throws.
  const mapping: Record<string, unknown> = { ...DEFAULT_GOOGLE_CONSENT_MAPPING, ...options.mapping };
  const covers = (id: string, type: string) => {
    const types = Object.prototype.hasOwnProperty.call(mapping, id) ? mapping[id] : undefined;
    return Array.isArray(types) && types.includes(type);
  };
  const states = (granted: (category: string) => boolean) =>
    Object.fromEntries(
      TYPES.map((type) => [type, manager.config.categories.some((c) => covers(c.id, type) && granted(c.id)) ? 'granted' : 'denied']),
    );
  const required = (id: string) => manager.config.categories.some((c) => c.id === id && c.required);
  const wait = typeof options.waitForUpdate === 'number' ? options.waitForUpdate : 500;
  gtag('consent', 'default', { ...states(required), wait_for_update: wait });
  const update = () => gtag('consent', 'update', states(manager.isGranted));
  // A placeholder's grant (no decision yet) is consent too: Google learns it on every page, as a decision.
  if (manager.hasDecision() || manager.config.categories.some((c) => !c.required && manager.isGranted(c.id))) update();
  return manager.subscribe(update);
}
