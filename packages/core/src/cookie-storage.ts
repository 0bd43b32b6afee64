/** Reads and writes the one first-party cookie that holds the decision, through js-cookie. */
import Cookies from 'js-cookie';
import type { NormalizedConfig } from './config.js';
import { cookiePairs, expireCookie } from './cookie-jar.js';

export interface DecisionStore {
  /** The stored value, or every copy of it the page can see (the manager applies the newest valid one). */
  read(): string | readonly string[] | undefined;
  write(value: string): void;
  remove(): void;
}

export function createCookieStore(config: NormalizedConfig): DecisionStore {
  const { name, path, sameSite, domain } = config.cookie;
  const jar = Cookies.withAttributes({
    path,
    domain,
    sameSite,
    // A decision read over plain http could be forged by the network; secure contexts always get Secure.
    secure: globalThis.isSecureContext,
    // The browser drops it a day after the decision stops counting; the stored timestamp is what decides.
    expires: config.maxAgeDays + 1,
  });
  // Every copy goes: another path's or another domain's copy (planted, or left by an older `cookie.domain`) would
  // otherwise outlive the visitor's decision (docs/compliance.md, rule 9: the choice kept is the last one made).
  const remove = () => expireCookie(name);
  return {
    read: () =>
      cookiePairs().flatMap(([found, value]) => {
        try {
          return found === name ? [Cookies.converter.read(value!, name)] : [];
        } catch {
          return []; // a broken percent-encoding is not a decision
        }
      }),
    write: (value) => {
      remove();
      jar.set(name, value);
    },
    remove,
  };
}
