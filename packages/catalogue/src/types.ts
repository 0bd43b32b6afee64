/**
 * What a catalogue entry is: the facts about one tool (who runs it, what it stores and for how long, which hosts it
 * calls, how to gate it), each visitor-facing sentence in French and English.
 */

/**
 * A sentence in both shipped languages: French first (the CNIL's language, the first customer's), English second.
 * A type, not an interface, so it is assignable to the core's `LocalizedText` (a record of languages).
 */
export type Texts = {
  readonly fr: string;
  readonly en: string;
};

/**
 * The purposes an entry can default to: the five the banner has built-in titles and descriptions for, so adding a
 * tool never forces anyone to write a purpose's texts. A const object plus a union, as lit does instead of `enum`.
 */
export const Purpose = {
  necessary: 'necessary',
  preferences: 'preferences',
  analytics: 'analytics',
  marketing: 'marketing',
  /** Embedded content (videos, maps, music, scheduling, forms, social posts): «Contenus intégrés». */
  embeds: 'embeds',
} as const;
export type Purpose = (typeof Purpose)[keyof typeof Purpose];

/** ISO 3166-1 alpha-2 codes of the countries the providers are established in (see `countries.ts`). */
export type CountryCode = 'DE' | 'EE' | 'ES' | 'FR' | 'IE' | 'MT' | 'NZ' | 'SE' | 'US';

/** Who receives the visitor's data. */
export interface Provider {
  /** The legal entity a visitor in the EU deals with (GDPR art. 13(1)(a)), e.g. `Google Ireland Limited`. */
  readonly name: string;
  /** Where that entity is established: outside the EEA means a transfer to disclose. */
  readonly country: CountryCode;
  /** Its privacy policy, https. */
  readonly privacyPolicyUrl: string;
}

/** A cookie the tool sets. */
export interface CatalogueCookie {
  /** The name, or a prefix ending in `*` (`_ga_*` covers `_ga_ABC123`), as the core's cookie declarations. */
  readonly name: string;
  /**
   * The provider's domain when the cookie is set there (a third-party cookie, e.g. `youtube.com` inside an
   * iframe): the site can list it but cannot delete it. Absent: set on the site's own domain.
   */
  readonly domain?: string;
  /** How long it lives. */
  readonly duration: Texts;
  /** What it is for, in one line. */
  readonly purpose: Texts;
}

/** A Web Storage key the tool writes (the CNIL's rules cover every tracker, not only cookies). */
export interface CatalogueStorage {
  /** The key, or a prefix ending in `*`. */
  readonly name: string;
  readonly type: 'localStorage' | 'sessionStorage';
  /** The provider's origin when the key lives inside its iframe (the site cannot clear it). Absent: the site's. */
  readonly domain?: string;
  /** What it is for, in one line. */
  readonly purpose: Texts;
}

/** The consent APIs a tool understands, so a page can tell it the decision instead of (or besides) gating it. */
export const SignalType = {
  /** Google Consent Mode v2: aquao-consent sends it itself with `googleConsentMode` on. */
  googleConsentMode: 'google-consent-mode',
  /** Microsoft Advertising's UET consent mode (`ad_storage`). */
  uetConsentMode: 'uet-consent-mode',
  /** Microsoft Clarity's consent API (`consentv2`). */
  clarityConsent: 'clarity-consent-api',
  /** Meta Pixel's `fbq('consent', …)`. */
  metaConsent: 'meta-pixel-consent',
  /** TikTok Pixel's `holdConsent` / `grantConsent` / `revokeConsent`. */
  tiktokConsent: 'tiktok-consent',
  /** Matomo's cookie-consent calls. */
  matomoConsent: 'matomo-consent',
  /** Kameleoon's legal-consent API. */
  kameleoonConsent: 'kameleoon-legal-consent',
} as const;
export type SignalType = (typeof SignalType)[keyof typeof SignalType];

export interface Signal {
  readonly type: SignalType;
  /** The consent types it reads, in the vendor's spelling (`analytics_storage`, Clarity's `analytics_Storage`). */
  readonly consentTypes?: readonly string[];
  /** The call that passes a grant, as the vendor documents it. */
  readonly grant: string;
  /** The call that passes a refusal or a withdrawal. */
  readonly revoke: string;
}

/** A gated `<script>`: the gating re-creates it, with every attribute, once its purpose is granted. */
export interface GatedScript {
  /** The vendor's URL with its placeholders in capitals (`G-XXXXXXXXXX`), or a file of the site (`/js/…`). */
  readonly src: string;
  /** Run as soon as loaded instead of in document order. Default `false`. */
  readonly async?: boolean;
  /** Other attributes the vendor's tag needs (`data-domain`, `id`). */
  readonly attributes?: Readonly<Record<string, string>>;
}

/** An embed: an iframe that the gating loads from `data-src`, with a placeholder offering «Activer» until then. */
export interface Embed {
  /** The iframe URL with its placeholders in capitals (`VIDEO_ID`). */
  readonly src: string;
  /** The iframe's accessible name (WCAG 4.1.2). */
  readonly title: Texts;
  readonly width: string;
  readonly height: string;
  /** The `allow` attribute the vendor's embed code uses, if any. */
  readonly allow?: string;
}

/** Where the facts come from. */
export const FactSource = {
  /** The Open Cookie Database (Apache-2.0): names, durations, controllers. See NOTICE. */
  openCookieDatabase: 'open-cookie-database',
  /** The vendor's own documentation. */
  vendor: 'vendor-documentation',
  /** A public cookie audit by a third party, where the vendor publishes nothing. */
  audit: 'third-party-audit',
} as const;
export type FactSource = (typeof FactSource)[keyof typeof FactSource];

export interface Source {
  /** Every source a fact of the entry comes from. */
  readonly facts: readonly FactSource[];
  /** The pages read (https). */
  readonly references: readonly string[];
  /** For maintainers: where sources disagreed or were silent, what was chosen and why. */
  readonly notes?: string;
}

/** One tool. */
export interface CatalogueEntry {
  /** Stable, kebab-case; also the service id the config gets (`data-service`). */
  readonly id: string;
  /** The product's name, as the vendor writes it. */
  readonly name: string;
  readonly provider: Provider;
  /** The purpose it goes under unless told otherwise. */
  readonly category: Purpose;
  /** What the tool does for the site, in one line: the service's description in the panel. */
  readonly description: Texts;
  /** More words `search` matches, per language (`vidéo`, `carte`, `chat`). */
  readonly keywords: { readonly fr: readonly string[]; readonly en: readonly string[] };
  readonly cookies: readonly CatalogueCookie[];
  readonly storage: readonly CatalogueStorage[];
  /**
   * The hostnames its scripts and requests use, for classifying third-party requests: exact (`plausible.io`) or
   * `*.` wildcards (`*.doubleclick.net` covers `doubleclick.net` and every subdomain).
   */
  readonly hosts: readonly string[];
  /** The iframe to gate, when the tool is an embed that needs a placeholder; `null` otherwise. */
  readonly embed: Embed | null;
  /** The scripts to gate, in order (empty for a plain embed). */
  readonly scripts: readonly GatedScript[];
  /** What the developer does besides pasting the tags, if anything. */
  readonly setup?: Texts;
  readonly signals: readonly Signal[];
  /** What the site must do for the entry to be true and lawful (the CNIL-exempt Matomo's conditions, …). */
  readonly requirements: readonly Texts[];
  readonly source: Source;
}
