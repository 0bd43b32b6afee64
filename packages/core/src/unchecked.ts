/**
 * Entry `@aquao/consent-core/unchecked`: the manager of `createConsentManager` without the config check, for a host
 * that checks the config elsewhere. The embed's loader, which every page view downloads, uses it: the check (about
 * 1.4 KB gzip with its descriptions) runs in its UI chunk, before the banner or the preferences can show, and in
 * `aquao-consent.dev.js` at once. Unchecked values are read fail-safe (config-defaults.ts): a wrong one can make the
 * page ask again or grant less, never grant more, and never throws.
 */
import { applyDefaults } from './config-defaults.js';
import { managerFor, type ConsentManager, type ConsentManagerOptions } from './manager.js';
import type { ConsentConfig } from './config.js';

/** Creates a manager from a config it does not check (see above). Prefer `createConsentManager` anywhere else. */
export const createUncheckedManager = (config: ConsentConfig = {}, options?: ConsentManagerOptions): ConsentManager =>
  managerFor(applyDefaults(config), options);
