/**
 * "Run this once consent exists, now or later": the call a page needs so that a returning visitor (whose stored
 * decision produces no change event) and a first-time visitor who grants later are handled by the same line.
 */
import type { ConsentManager, ConsentState } from './manager.js';
import { DEV_MODE } from './dev-mode.js';

/**
 * Runs `callback` once `category` (or, with `service`, that service of it) is granted: at once if it already is (a
 * stored decision, a required category), else at the first change that grants it, on this page or from another
 * tab. **Once**: withdrawing and granting again does not run it a second time, because what it started cannot be
 * unloaded (docs/compliance.md, rule 11), and running it twice would start it twice.
 *
 * @returns a disposer: called before the grant, the callback never runs; called after, it does nothing.
 * @throws {TypeError} in development builds, for a category or service the config does not declare: it could never
 *   be granted, so the callback would silently never run.
 */
export function onConsent(
  manager: ConsentManager,
  category: string,
  callback: (state: ConsentState) => void,
  service?: string,
): () => void {
  if (DEV_MODE) {
    const declared = manager.config.categories.find((c) => c.id === category);
    const unknown = !declared
      ? category
      : service !== undefined && !declared.services.some((s) => s.id === service) && `${category}/${service}`;
    if (unknown) {
      throw new TypeError(`aquao-consent: onConsent() got "${unknown}", which the config does not declare in categories`);
    }
  }
  if (manager.isGranted(category, service)) {
    callback(manager.getState());
    return () => {};
  }
  const unsubscribe = manager.subscribe((state) => {
    if (!manager.isGranted(category, service)) return;
    unsubscribe();
    callback(state);
  });
  return unsubscribe;
}
