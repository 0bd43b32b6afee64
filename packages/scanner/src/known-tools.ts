/**
 * Tools the scanner can name without the site's config: a lookup by cookie name, storage key and host. The
 * catalogue of tools (`@aquao/consent-catalogue`) plugs in here; the scanner itself only knows consent tools, whose
 * own cookie stores the visitor's choice and is exempt from consent (CNIL lignes directrices 2020-091 §49).
 */
import { matchesCookie, type ServiceConfig } from '@aquao/consent-core';

export interface KnownTool {
  readonly id: string;
  readonly name: string;
  /** The category it usually belongs to: `necessary`, `analytics`, `marketing`, `preferences`… */
  readonly category: string;
  readonly provider?: string;
  /** Cookie and storage names it sets (a trailing `*` is a prefix): a config declaring one of them declares the tool. */
  readonly names: readonly string[];
  /** The entry that declares it, for `categories.<category>.services` in a config. */
  readonly service: ServiceConfig;
}

/**
 * Lookups return every tool that could be meant, most specific first: several tools share a name (`MUID`) or a host
 * (`www.google.com`), and the one the config declares is the right one.
 */
export interface KnownTools {
  byCookie(name: string): readonly KnownTool[];
  byStorage(name: string, type: 'localStorage' | 'sessionStorage'): readonly KnownTool[];
  byHost(hostname: string): readonly KnownTool[];
}

/** A tool described by lists, the shape of the built-in table below. */
export interface ToolListing {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly provider?: string;
  readonly cookies?: readonly string[];
  readonly storage?: readonly string[];
  /** Host names; `*.example.com` also covers every subdomain and `example.com` itself. */
  readonly hosts?: readonly string[];
}

const matchesHost = (pattern: string, host: string) =>
  pattern.startsWith('*.') ? host === pattern.slice(2) || host.endsWith(pattern.slice(1)) : host === pattern;

/** Turns listings into a lookup. */
export function knownToolsFromList(listings: readonly ToolListing[]): KnownTools {
  const tools = listings.map((l) => ({
    listing: l,
    tool: {
      id: l.id,
      name: l.name,
      category: l.category,
      ...(l.provider ? { provider: l.provider } : {}),
      names: [...(l.cookies ?? []), ...(l.storage ?? [])],
      service: { id: l.id, name: l.name, ...(l.provider ? { provider: l.provider } : {}), cookies: [...(l.cookies ?? [])] },
    } satisfies KnownTool,
  }));
  const find = (test: (l: ToolListing) => boolean) => tools.filter((t) => test(t.listing)).map((t) => t.tool);
  return {
    byCookie: (name) => find((l) => (l.cookies ?? []).some((p) => matchesCookie(p, name))),
    byStorage: (name) => find((l) => (l.storage ?? []).some((p) => matchesCookie(p, name))),
    byHost: (host) => find((l) => (l.hosts ?? []).some((p) => matchesHost(p, host))),
  };
}

/** Several lookups as one: the candidates of each, in order (the catalogue before the built-in consent tools). */
export function combineKnownTools(...lookups: readonly KnownTools[]): KnownTools {
  return {
    byCookie: (name) => lookups.flatMap((k) => k.byCookie(name)),
    byStorage: (name, type) => lookups.flatMap((k) => k.byStorage(name, type)),
    byHost: (host) => lookups.flatMap((k) => k.byHost(host)),
  };
}

/** Consent tools and the cookie each keeps the visitor's choice in. */
export const CONSENT_TOOLS: KnownTools = knownToolsFromList([
  { id: 'aquao-consent', name: 'aquao-consent', category: 'necessary', cookies: ['aquao_consent'], storage: ['aquao_consent_pending'] },
  { id: 'vanilla-cookieconsent', name: 'vanilla-cookieconsent', category: 'necessary', cookies: ['cc_cookie'] },
  { id: 'tarteaucitron', name: 'tarteaucitron', category: 'necessary', cookies: ['tarteaucitron'], hosts: ['*.tarteaucitron.io'] },
  { id: 'klaro', name: 'Klaro', category: 'necessary', cookies: ['klaro'], storage: ['klaro'], hosts: ['*.kiprotect.com'] },
  {
    id: 'axeptio',
    name: 'Axeptio',
    category: 'necessary',
    provider: 'Agilitation (Axeptio)',
    cookies: ['axeptio_cookies', 'axeptio_authorized_vendors', 'axeptio_all_vendors'],
    hosts: ['*.axept.io'],
  },
  {
    id: 'didomi',
    name: 'Didomi',
    category: 'necessary',
    provider: 'Didomi',
    cookies: ['didomi_token', 'euconsent-v2'],
    storage: ['didomi_token', 'euconsent-v2'],
    hosts: ['*.privacy-center.org'],
  },
  {
    id: 'onetrust',
    name: 'OneTrust',
    category: 'necessary',
    provider: 'OneTrust',
    cookies: ['OptanonConsent', 'OptanonAlertBoxClosed'],
    hosts: ['*.cookielaw.org', '*.onetrust.com'],
  },
  {
    id: 'cookiebot',
    name: 'Cookiebot',
    category: 'necessary',
    provider: 'Usercentrics (Cookiebot)',
    cookies: ['CookieConsent'],
    hosts: ['*.cookiebot.com', '*.cookiebot.eu'],
  },
]);
