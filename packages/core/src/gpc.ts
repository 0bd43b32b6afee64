/**
 * Global Privacy Control (W3C GPC): honouring a browser's "do not sell or share" signal.
 *
 * In the EU the signal is never consent, and it does not refuse everything: it refuses the sale or sharing of
 * data, which for a site means cross-site advertising. So, under the signal, «Tout accepter» grants everything
 * except the configured categories (marketing by default), and records the method `gpc`; an explicit switch-on in
 * the preferences still wins (`docs/compliance.md`, rule GPC).
 *
 * Like js-cookie's `withAttributes`, it derives a new manager rather than changing the one it is given.
 */
import type { ConsentManager } from './manager.js';
import { ConsentMethod } from './record.js';

export { gpcConfigKeys } from './gpc.config.js';

export interface GpcOptions {
  /** The categories that are "sale or sharing" and stay refused under the signal. Default `["marketing"]`. */
  readonly categories?: readonly string[];
}

/** A manager that knows whether it honours Global Privacy Control. */
export interface GpcAwareManager extends ConsentManager {
  /** Whether the browser sends the signal and it is honoured here (the banner says so). */
  hasGpcSignal(): boolean;
  /** The category ids «Tout accepter» leaves refused under the signal, as the banner names them; empty without it. */
  readonly gpcRefused: readonly string[];
}

/** Whether the browser sends the signal: `navigator.globalPrivacyControl === true` (the W3C Global Privacy Control specification). */
export const hasGpcSignal = (): boolean =>
  (globalThis.navigator as { globalPrivacyControl?: boolean } | undefined)?.globalPrivacyControl === true;

/**
 * Derives a manager whose `acceptAll` honours the signal. `false` turns the handling off.
 * @param signal whether the signal is present. Default: read from `navigator` once (it does not change while a page lives).
 */
export function withGlobalPrivacyControl(
  manager: ConsentManager,
  options: GpcOptions | false = {},
  signal = hasGpcSignal(),
): GpcAwareManager {
  const refused = (options && options.categories) || ['marketing'];
  const active = signal && options !== false;
  return {
    ...manager,
    hasGpcSignal: () => active,
    gpcRefused: active ? manager.config.categories.filter((c) => !c.required && refused.includes(c.id)).map((c) => c.id) : [],
    acceptAll: active
      ? () =>
          manager.update(
            Object.fromEntries(manager.config.categories.filter((c) => !c.required).map((c) => [c.id, !refused.includes(c.id)])),
            ConsentMethod.gpc,
          )
      : manager.acceptAll,
  };
}
