/**
 * The one `<script src>` file: reads the JSON config, creates the page's consent manager, starts gating, mounts
 * the banner and the preferences dialog, and exposes `window.aquaoConsent`. Works with `defer`, `async` or at the
 * end of `<body>`; in `<head>` without them, gating starts at once when the config element comes before the
 * script, else once the document is parsed; the banner mounts when the body exists.
 */
import { coreConfigKeys, createConsentManager, onConsent, type ConsentState } from '@aquao/consent-core';
import { startGating } from '@aquao/consent-core/gate';
import { connectGoogleConsentMode } from '@aquao/consent-core/gcm';
import { withGlobalPrivacyControl, type GpcAwareManager } from '@aquao/consent-core/gpc';
import { connectProofLog } from '@aquao/consent-core/proof';
import { startPlaceholders, type AquaoConsentBanner, type AquaoConsentPreferences } from '@aquao/consent-banner';
// The public types (`AquaoConsentGlobal`) take theirs from the entry without Lit: the embed's .d.ts inlines them.
import { pickLanguage, type TextsConfig } from '@aquao/consent-banner/texts';
import { CONFIG_ELEMENT_ID, readEmbedConfig, type EmbedConfig } from './embed-config.js';
import { announce } from './events.js';

/** `window.aquaoConsent`: the core API of the page's manager, plus `showPreferences()`. */
export interface AquaoConsentGlobal
  extends Pick<
    GpcAwareManager,
    | 'config'
    | 'hasDecision'
    | 'isGranted'
    | 'getState'
    | 'acceptAll'
    | 'rejectAll'
    | 'update'
    | 'grant'
    | 'reset'
    | 'subscribe'
    | 'hasGpcSignal'
  > {
  /** Opens the preferences dialog; focus returns to `opener` (default: the focused element) when it closes. */
  showPreferences(opener?: HTMLElement): Promise<void>;
  /** The config's `language` (the cookie table, in its own script, shows the same). */
  readonly language?: string;
  /** The config's `texts`. */
  readonly texts?: TextsConfig;
  /**
   * Runs `callback` once `category` (or that `service` of it) is granted: now if it is, else when it is; once.
   * Returns a disposer. See `onConsent` in `@aquao/consent-core`.
   */
  onConsent(category: string, callback: (state: ConsentState) => void, service?: string): () => void;
}

declare global {
  interface Window {
    aquaoConsent?: AquaoConsentGlobal;
  }
}

function start(): void {
  // A second copy of the script on the page must not create a second manager. Only our own global counts: named
  // access (HTML §7.2.2.3) makes `window.aquaoConsent` an element, or a collection, when the page has an element
  // with that id or name; those live on the prototype chain, ours is the window's own property.
  if (Object.prototype.hasOwnProperty.call(window, 'aquaoConsent')) return;
  let config: EmbedConfig;
  let manager: GpcAwareManager;
  try {
    config = readEmbedConfig();
    // The core checks (again) and keeps its own keys; the others were checked with the whole element.
    const base = createConsentManager(Object.fromEntries(Object.keys(coreConfigKeys).map((key) => [key, config[key as 'revision']])));
    // Consent Mode's `default` must reach the dataLayer before any gated Google tag can run: before the gating.
    if (config.googleConsentMode) {
      connectGoogleConsentMode(base, config.googleConsentMode === true ? {} : config.googleConsentMode);
    }
    manager = withGlobalPrivacyControl(base, config.gpc);
  } catch (error) {
    // Fail closed: without a valid config nothing gated is released, and the page keeps working.
    console.error(error);
    return;
  }
  const { language, texts } = config;
  if (config.logEndpoint) {
    // The language logged is the one the banner shows, which falls back to French for a language it does not ship.
    connectProofLog(manager, { endpoint: config.logEndpoint, language: () => pickLanguage(language, texts), url: config.logUrl, notice: config });
  }
  startGating(manager);
  manager.subscribe((state, change) => announce('aquao-consent-change', { ...state, change }));

  const create = <T extends 'aquao-consent-banner' | 'aquao-consent-preferences'>(tag: T) => {
    const element = document.createElement(tag);
    Object.assign(element, {
      manager,
      language,
      texts,
      privacyPolicyUrl: config.privacyPolicyUrl,
      cookiePolicyUrl: config.cookiePolicyUrl,
      controller: config.controller,
      theme: config.theme,
    });
    return element;
  };
  const banner: AquaoConsentBanner = create('aquao-consent-banner');
  banner.floatingButton = config.floatingButton ?? true;
  const preferences: AquaoConsentPreferences = create('aquao-consent-preferences');

  window.aquaoConsent = {
    ...manager,
    language,
    texts,
    showPreferences: (opener) => preferences.show(opener),
    onConsent: (category, callback, service) => onConsent(manager, category, callback, service),
  };
  // For scripts that start before or after this one (the cookie table): the global is now there.
  announce('aquao-consent-ready', window.aquaoConsent);

  // Any element with data-consent-open opens the panel: the persistent «Gérer mes cookies» link (GDPR art. 7(3); docs/compliance.md, rule 10).
  document.addEventListener('click', (event) => {
    const opener = (event.target as Element).closest?.('[data-consent-open]');
    if (!opener) return;
    event.preventDefault();
    void preferences.show(opener as HTMLElement);
  });

  const mount = () => {
    // The banner first in <body>, so it comes first in the tab order, before the page's skip link (docs/accessibility.md).
    document.body.prepend(banner);
    document.body.append(preferences);
    startPlaceholders(manager, { language, texts, text: config.placeholderText, theme: config.theme });
  };
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });
}

// A config element after this script (a blocking or `async` script above it) is not parsed yet: wait for the whole
// document instead of taking aquao.fr's defaults for it. Gating waits too: nothing is released before the config.
const element = document.getElementById(CONFIG_ELEMENT_ID);
const script = document.currentScript;
if (document.readyState === 'loading' && (!element || (script && script.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING))) {
  document.addEventListener('DOMContentLoaded', start, { once: true });
} else start();
