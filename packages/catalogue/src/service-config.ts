/**
 * An entry as the plain object a config's `categories.<category>.services[]` takes: what the CLI writes and the
 * configurator adds. Every visitor-facing text comes out as `{ fr, en }`.
 */
import type { ServiceConfig } from '@aquao/consent-core';
import { COUNTRIES } from './countries.js';
import { STORAGE_LIFETIME } from './durations.js';
import type { CatalogueEntry, Texts } from './types.js';

/**
 * A Web Storage key as a service declares it under `storage`: the core's declaration shape, the same as a cookie's
 * (the core clears the key from both storages); the duration says which storage it lives in.
 */
export interface StorageDeclaration {
  readonly name: string;
  readonly provider: Texts;
  readonly duration: Texts;
  readonly description: Texts;
}

/** What `toServiceConfig` returns: a core service plus its storage keys. */
export interface CatalogueServiceConfig extends ServiceConfig {
  readonly storage?: readonly StorageDeclaration[];
}

export interface ServiceConfigOptions {
  /** The service id (`data-service`). Default: the entry's id. */
  readonly id?: string;
  /**
   * Who operates it, when not the entry's provider: a self-hosted Matomo is run by the site itself, whose own
   * privacy policy applies (the entry's `privacyPolicyUrl` is then left out). Default: the entry's provider, with
   * its country («Google Ireland Limited (Irlande)»), and its privacy policy.
   */
  readonly provider?: string;
  /**
   * Whether to declare the tool's Web Storage keys under `storage`, which lists them in the cookie policy and clears
   * them when the service is refused. Default `true`; `false` leaves them out (for a config read by an older core).
   */
  readonly storage?: boolean;
}

const same = (text: string): Texts => ({ fr: text, en: text });

/**
 * The service to put under `categories.<category>.services`, with its provider's privacy policy (`privacyPolicyUrl`,
 * which the banner's list of partners and the cookie policy link to). Empty `cookies` and `storage` are left out
 * (the core's default is `[]`). A fresh object each call: editing it never changes the catalogue.
 */
export function toServiceConfig(entry: CatalogueEntry, options: ServiceConfigOptions = {}): CatalogueServiceConfig {
  const { name, country } = entry.provider;
  const provider: Texts = options.provider
    ? same(options.provider)
    : { fr: `${name} (${COUNTRIES[country].fr})`, en: `${name} (${COUNTRIES[country].en})` };
  /** The cookie's or key's provider, with the provider's domain when it lives there (third party). */
  const providerAt = (domain?: string): Texts =>
    domain ? same(`${options.provider ?? name} (${domain})`) : same(options.provider ?? name);
  const cookies = entry.cookies.map((cookie) => ({
    name: cookie.name,
    provider: providerAt(cookie.domain),
    duration: { ...cookie.duration },
    description: { ...cookie.purpose },
  }));
  const storage = entry.storage.map((item) => ({
    name: item.name,
    provider: providerAt(item.domain),
    duration: { ...STORAGE_LIFETIME[item.type] },
    description: { ...item.purpose },
  }));
  return {
    id: options.id ?? entry.id,
    name: entry.name,
    provider,
    description: { ...entry.description },
    ...(options.provider ? {} : { privacyPolicyUrl: entry.provider.privacyPolicyUrl }),
    ...(cookies.length ? { cookies } : {}),
    ...(storage.length && options.storage !== false ? { storage } : {}),
  };
}
