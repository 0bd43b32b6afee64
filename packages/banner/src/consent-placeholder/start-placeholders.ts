/**
 * Puts an `<aquao-consent-placeholder>` in place of every gated iframe that is still waiting for consent, sized
 * like it, and takes it away once the gating has released the iframe. Reads the page; never releases anything
 * itself (the gating does, when the manager says so).
 */
import type { ConsentManager, LocalizedText } from '@aquao/consent-core';
// It creates these elements, so it makes sure the tag is defined (also when imported without the package's root).
import './consent-placeholder.js';
import type { AquaoConsentPlaceholder } from './consent-placeholder.js';
import type { TextsConfig } from '../i18n/texts.config.js';

export interface PlaceholderOptions {
  /** Where gated iframes live. Default `document`. */
  root?: Document | Element;
  /** `fr`, `en`, or a language `texts` gives. Default: the page's. */
  language?: string;
  /** The config's text overrides, by language. Default: none. */
  texts?: TextsConfig;
  /** The message, with `{service}` and `{purpose}`. Default: `texts`' or the built-in `placeholder` text. */
  text?: LocalizedText;
}

/** @returns the function that stops watching (placeholders already shown stay). */
export function startPlaceholders(manager: ConsentManager, options: PlaceholderOptions = {}): () => void {
  const root = options.root ?? document;
  const shown = new Map<HTMLIFrameElement, AquaoConsentPlaceholder>();
  const sync = () => {
    for (const frame of Array.from(root.querySelectorAll<HTMLIFrameElement>('iframe[data-consent][data-src]'))) {
      if (shown.has(frame)) continue;
      const placeholder = document.createElement('aquao-consent-placeholder');
      Object.assign(placeholder, {
        manager,
        category: frame.dataset.consent!.trim(),
        service: frame.dataset.service,
        language: options.language,
        texts: options.texts,
        text: options.text,
      });
      // Same size as the embed it stands for, so nothing jumps when it loads (CSSOM: allowed by a strict CSP).
      const { width, height } = frame.getBoundingClientRect();
      placeholder.style.width = width ? `${width}px` : frame.width ? `${frame.width}px` : '';
      placeholder.style.height = height ? `${height}px` : frame.height ? `${frame.height}px` : '';
      frame.before(placeholder);
      frame.hidden = true;
      shown.set(frame, placeholder);
    }
    for (const [frame, placeholder] of shown) {
      if (frame.hasAttribute('data-src') && frame.isConnected) continue;
      placeholder.remove();
      frame.hidden = false;
      shown.delete(frame);
    }
  };
  const observer = new MutationObserver(sync);
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-src'] });
  sync();
  return () => observer.disconnect();
}
