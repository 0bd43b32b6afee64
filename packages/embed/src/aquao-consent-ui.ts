/**
 * `aquao-consent-ui.js`, the UI chunk: the loader (aquao-consent.js) fetches it only when a visitor needs a banner,
 * the preferences or a placeholder. It checks the whole config element, then defines and mounts the components
 * (Lit, the banner, the preferences dialog, the placeholders, the texts), and carries the proof log. It hands the
 * loader its entry function (chunk-loader.ts) and defines no global.
 */
import type { GpcAwareManager } from '@aquao/consent-core/gpc';
import { throwErrors } from '@aquao/consent-core/schema';
import '@aquao/consent-banner/consent-banner';
import '@aquao/consent-banner/consent-preferences';
import { startPlaceholders } from '@aquao/consent-banner/start-placeholders';
import { checkEmbedConfig, type EmbedConfig } from './embed-config.js';
import { handOver } from './chunk-entry.js';
import { decideAfterPaint } from './decide-after-paint.js';
import { connectLog, type LogContext } from './log-connect.js';

/** What the loader gives the UI. */
export interface UiContext {
  readonly manager: GpcAwareManager;
  /** The config element's JSON as written (aquao.fr's defaults without an element): the one to check. */
  readonly written: unknown;
  /** The same with the embed's defaults filled in. */
  readonly config: EmbedConfig;
}

/** What the UI gives the loader. */
export interface Ui {
  /** Opens the preferences with the current choices; focus goes back to `opener` when they close. */
  showPreferences(opener?: HTMLElement): Promise<void>;
  /** Stores a decision a click made that is still waiting for the next paint (decide-after-paint.ts). */
  flush(): void;
  /**
   * The proof log, carried here so that a decision made in the banner is logged by code already on the page, whether
   * or not the log chunk ever arrives (log-connect.ts).
   */
  connectLog(context: LogContext): void;
}

/**
 * Puts the banner and the preferences dialog in the page, and placeholders in place of refused embeds, once the
 * body exists. Kept to this one function: where the banner goes is the UI's decision alone.
 */
function mount(manager: GpcAwareManager, config: EmbedConfig) {
  const { language, texts } = config;
  const create = <T extends 'aquao-consent-banner' | 'aquao-consent-preferences'>(tag: T) =>
    Object.assign(document.createElement(tag), {
      manager,
      language,
      texts,
      privacyPolicyUrl: config.privacyPolicyUrl,
      cookiePolicyUrl: config.cookiePolicyUrl,
      controller: config.controller,
      theme: config.theme,
    });
  const banner = create('aquao-consent-banner');
  const preferences = create('aquao-consent-preferences');
  const attach = () => {
    // The banner first in <body>, so it comes first in the tab order, before the page's skip link (docs/accessibility.md).
    document.body.prepend(banner);
    document.body.append(preferences);
    startPlaceholders(manager, { language, texts, text: config.placeholderText, theme: config.theme });
  };
  if (document.body) attach();
  else document.addEventListener('DOMContentLoaded', attach, { once: true });
  return { banner, preferences };
}

/**
 * Checks the config, then mounts the UI.
 * @throws {ConsentConfigError} naming the first wrong key: nothing is mounted, so no decision can be made on it.
 */
function start({ manager, written, config }: UiContext): Ui {
  throwErrors(checkEmbedConfig(written));
  // The banner closes in the click's own frame; the decision, which would close it too, follows after the paint.
  const deferred = decideAfterPaint(manager, () => void ui.banner.hide());
  const ui = mount(deferred.manager, config);
  return { showPreferences: (opener) => ui.preferences.show(opener), flush: deferred.flush, connectLog };
}

handOver(start);
