/**
 * `aquao-consent.js`, the one `<script src>` file: the loader, which every page view runs. It reads the config
 * element, creates the page's consent manager, starts Google Consent Mode, GPC and the gating, exposes
 * `window.aquaoConsent`, answers `data-consent-open`, shows the floating button and sends what the proof log left
 * unsent. The UI (Lit, the banner, the preferences, the placeholders, the texts, and the check of the whole config)
 * is a chunk beside it, `aquao-consent-ui.js`, fetched only when a visitor needs it: no valid decision, the
 * preferences asked for, an embed waiting for consent. A returning visit runs no Lit at all.
 *
 * The config is checked where it is shown: the loader reads what it uses fail-safe (a wrong value can only make it
 * grant less), and with no decision yet it waits for the UI chunk's check before it releases anything or sets
 * `window.aquaoConsent`, so a wrong config fails closed (docs/configuration.md, "Checking a config").
 *
 * Works with `defer`, `async` or at the end of `<body>`; in `<head>` without them, it starts at once when the config
 * element comes before the script, else once the document is parsed.
 */
import { onConsent, type ConsentState } from '@aquao/consent-core';
import { createUncheckedManager } from '@aquao/consent-core/unchecked';
import { startGating } from '@aquao/consent-core/gate';
import { connectGoogleConsentMode } from '@aquao/consent-core/gcm';
import { withGlobalPrivacyControl, type GpcAwareManager } from '@aquao/consent-core/gpc';
import { PENDING_KEY } from '@aquao/consent-core/proof';
// The public types (`AquaoConsentGlobal`) take theirs from the entry without Lit: the embed's .d.ts inlines them.
import type { TextsConfig } from '@aquao/consent-banner/texts';
import { CONFIG_ELEMENT_ID, DEFAULT_CONFIG, parseConfigElement, withDefaults } from './config-element.js';
import { readEmbedConfig, type EmbedConfig } from './embed-config.js';
import { loadChunk, loader } from './chunk-loader.js';
import { startFloatingButton } from './floating-button.js';
import { manageLabel, pickLanguage } from './language.js';
import { announce } from './events.js';
import { DEV_MODE } from './dev-mode.js';
import type { Ui, UiContext } from './aquao-consent-ui.js';
import type { LogContext, Missed } from './log-connect.js';

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
  /**
   * Opens the preferences dialog (loading the UI first if needed); focus returns to `opener` (default: the focused
   * element) when it closes. If the UI cannot load, it logs why, once, and resolves.
   */
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

/** A gated embed still waiting for consent (its `src` or `srcdoc` held back): the UI shows a placeholder in its place. */
const WAITING_EMBED = 'iframe[data-consent][data-src], iframe[data-consent][data-srcdoc]';

/** Set on `window` by the first copy of the loader that starts on the page; shared by every copy (a registered symbol). */
const STARTED = Symbol.for('aquao-consent');

/** Runs `task` once `document.body` exists. */
const withBody = (task: () => void) => (document.body ? task() : document.addEventListener('DOMContentLoaded', task, { once: true }));

/**
 * The config element's JSON as written (aquao.fr's defaults without one). aquao-consent.dev.js also checks the whole
 * element now, and says how to fix what is wrong; the production loader leaves that to the UI chunk. (A function of
 * its own: rollup keeps whatever a `try` block holds, and this check must go from production builds.)
 */
const readConfig = (): unknown => {
  const written = parseConfigElement() ?? DEFAULT_CONFIG;
  if (DEV_MODE) readEmbedConfig();
  return written;
};

function start(): void {
  // A second copy of the script on the page must not create a second manager, banner or gating. The first copy
  // claims the page as it starts: on a first visit it sets `window.aquaoConsent` only once the UI chunk has checked
  // the config, and a second copy can start meanwhile. Only our own global counts too: named access (HTML §7.2.2.3)
  // makes `window.aquaoConsent` an element, or a collection, when the page has an element with that id or name;
  // those live on the prototype chain, ours is the window's own property.
  const page = window as unknown as Record<symbol, boolean>;
  if (page[STARTED] || Object.prototype.hasOwnProperty.call(window, 'aquaoConsent')) return;
  page[STARTED] = true;
  let written: unknown;
  let config: EmbedConfig;
  let manager: GpcAwareManager;
  try {
    written = readConfig();
    config = withDefaults(written as EmbedConfig);
    const base = createUncheckedManager(config);
    // Consent Mode's `default` must reach the dataLayer before any gated Google tag can run: before the gating.
    if (config.googleConsentMode) connectGoogleConsentMode(base, config.googleConsentMode === true ? {} : config.googleConsentMode);
    manager = withGlobalPrivacyControl(base, config.gpc);
  } catch (error) {
    // Fail closed: without a config nothing gated is released, and the page keeps working.
    console.error(error);
    return;
  }
  const { texts } = config;
  // Read fail-safe like the core's keys (a wrong value can only do less): anything but a string is no endpoint, so a
  // returning visit never posts records to "/true". The UI chunk's check names the key when it shows.
  const logEndpoint = typeof config.logEndpoint === 'string' ? config.logEndpoint : undefined;
  let reported = false;
  /** The UI or the log cannot work on this page (a chunk missing, blocked or altered, or a wrong config): said once. */
  const report = (error: unknown) => {
    if (!reported) console.error(error);
    reported = true;
  };

  // The proof log, in the UI chunk and in a chunk of its own: the changes made before either arrives wait here, in
  // order. Whichever comes first connects it, once.
  const missed: Missed[] = [];
  let logging = false;
  let log: Promise<void> | undefined;
  const connectLog = (connect: (context: LogContext) => void) => {
    if (logging || !logEndpoint) return;
    // The language logged is the one the banner shows, which falls back to French for a language it does not ship.
    // configHash is the SHA-256 of the notice as published: the whole config the visitor was shown.
    connect({ manager, missed, endpoint: logEndpoint, language: () => pickLanguage(config.language, texts), url: config.logUrl, notice: config });
    logging = true;
  };
  // A chunk that failed is asked for again at the next need (the next change, the next click): its promise is dropped.
  const startLog = () => {
    if (!logEndpoint || logging) return;
    log ??= loadChunk<(context: LogContext) => void>('log')
      .then(connectLog)
      .catch((error) => {
        log = undefined;
        report(error);
      });
  };

  let ui: Promise<Ui | undefined> | undefined;
  let uiFailed = false;
  let flushUi = () => {};
  const loadUi = () =>
    (ui ??= loadChunk<(context: UiContext) => Ui>('ui')
      .then((startUi) => {
        const started = startUi({ manager, written, config });
        flushUi = started.flush;
        // In the same task as the mounting, before any click: a decision made in the banner is logged by code already
        // here, even if the page closes at once (docs/proof-of-consent.md).
        connectLog(started.connectLog);
        // The config is checked: a first visit's API and gating start now, whichever attempt brought the UI.
        publish();
        return started;
      })
      .catch((error) => {
        uiFailed = true;
        report(error);
        return undefined;
      }));
  // After a failure, a visitor's request (showPreferences: a click on «Gérer mes cookies», the floating button) tries
  // again; the page's own changes (an embed waiting, a re-ask) do not, or a chunk refused for good (an ad blocker,
  // other bytes) would be asked for at every change of the page.
  const retryUi = () => {
    if (uiFailed) ui = undefined;
    uiFailed = false;
    return loadUi();
  };

  let previous = manager.getState();
  manager.subscribe((state, change) => {
    announce('aquao-consent-change', { ...state, change });
    if (logEndpoint && change.source !== 'sync' && !logging) {
      missed.push([state, change, previous]);
      startLog();
    }
    previous = state;
    // No decision any more (reset, here or in another tab): the banner asks again.
    if (!state.hasDecision) void loadUi();
  });

  const global = {} as AquaoConsentGlobal & Record<string, unknown>;
  // A decision a click made waits for the next paint (decide-after-paint.ts): the page's calls see it first.
  for (const [key, value] of Object.entries(manager)) {
    global[key] = typeof value === 'function' ? (...args: unknown[]) => (flushUi(), value(...args)) : value;
  }
  Object.assign(global, {
    language: config.language,
    texts,
    showPreferences: async (opener?: HTMLElement) => (await retryUi())?.showPreferences(opener),
    onConsent: (category: string, callback: (state: ConsentState) => void, service?: string) => onConsent(manager, category, callback, service),
  });

  // Any element with data-consent-open opens the panel: the persistent «Gérer mes cookies» link (GDPR art. 7(3);
  // docs/compliance.md, rule 10).
  document.addEventListener('click', (event) => {
    const opener = (event.target as Element).closest?.('[data-consent-open]');
    if (!opener) return;
    event.preventDefault();
    void global.showPreferences(opener as HTMLElement);
  });
  // A component outside the UI chunk (the cookie table's button) asks for the preferences before they exist: open
  // them here, unless the page took the event to open its own (a listener on document, which runs before window's).
  addEventListener('aquao-consent-customize', (event) => {
    if (event.defaultPrevented || document.querySelector('aquao-consent-preferences')) return;
    event.preventDefault();
    void global.showPreferences(event.detail.opener);
  });

  let published = false;
  const publish = () => {
    if (published) return;
    published = true;
    window.aquaoConsent = global;
    // For scripts that start before or after this one (the cookie table): the global is now there.
    announce('aquao-consent-ready', global);
    startGating(manager);
    let watchLinks = () => {};
    const watch = () => {
      watchLinks();
      if (document.querySelector(WAITING_EMBED)) void loadUi();
    };
    new MutationObserver(watch).observe(document, { childList: true, subtree: true });
    withBody(() => {
      const { floatingButton } = config;
      if (floatingButton !== false) {
        watchLinks = startFloatingButton(manager, {
          position: typeof floatingButton === 'object' ? floatingButton?.position : undefined,
          label: manageLabel(pickLanguage(config.language, texts), texts),
          theme: config.theme,
          nonce: loader?.nonce,
          open: global.showPreferences,
        });
      }
      watch();
    });
    watch();
  };
  // With a decision, what it grants is released at once. Without one, nothing can be granted before the visitor
  // answers the banner: the loader waits for the UI chunk, which checks the config first.
  if (manager.hasDecision()) publish();
  else void loadUi();

  // Records that earlier pages could not deliver (docs/proof-of-consent.md: at least once). Only where the site logs:
  // only the proof log writes them, and the first `localStorage` access of a page is a synchronous trip to the
  // browser's storage (milliseconds on a returning visit) that a site without a log need not pay.
  if (!logEndpoint) return;
  try {
    if (localStorage.getItem(PENDING_KEY)) startLog();
  } catch {
    // Storage disabled: nothing can be pending there.
  }
}

// A config element after this script (a blocking or `async` script above it) is not parsed yet: wait for the whole
// document instead of taking aquao.fr's defaults for it. Gating waits too: nothing is released before the config.
const element = document.getElementById(CONFIG_ELEMENT_ID);
if (document.readyState === 'loading' && (!element || (loader && loader.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING))) {
  document.addEventListener('DOMContentLoaded', start, { once: true });
} else start();
