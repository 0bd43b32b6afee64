/** Reads and writes the one first-party cookie that holds the decision, through js-cookie. */
import Cookies from 'js-cookie';
import type { NormalizedConfig } from './config.js';

export interface DecisionStore {
  read(): string | undefined;
  write(value: string): void;
  remove(): void;
}

export function createCookieStore(config: NormalizedConfig): DecisionStore {
  const { name, path, sameSite, domain } = config.cookie;
  const attributes = {
    path,
    domain,
    sameSite,
    // A decision read over plain http could be forged by the network; https pages always get Secure.
    secure: globalThis.location?.protocol === 'https:',
    // The browser drops it a day after the decision stops counting; the stored timestamp is what decides.
    expires: config.maxAgeDays + 1,
  };
  const jar = Cookies.withAttributes(attributes);
  return {
    read: () => jar.get(name),
    write: (value) => {
      jar.set(name, value);
    },
    remove: () => jar.remove(name),
  };
}
