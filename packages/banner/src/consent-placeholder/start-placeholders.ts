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
import type { Theme } from '../banner.config.js';

export interface PlaceholderOptions {
  /** Where gated iframes live. Default `document`. */
  root?: Document | Element;
  /** `fr`, `en`, or a language `texts` gives. Default: the page's. */
  language?: string;
  /** The config's text overrides, by language. Default: none. */
  texts?: TextsConfig;
  /** The message, with `{service}` and `{purpose}`. Default: `texts`' or the built-in `placeholder` text. */
  text?: LocalizedText;
  /** `auto`, `light` or `dark`, as the banner's. Default `auto`: the page's declared `color-scheme`. */
  theme?: Theme;
}

/** A gated iframe still waiting for consent: its `src` or `srcdoc` is held back (core gating). */
const WAITING = 'iframe[data-consent][data-src], iframe[data-consent][data-srcdoc]';

/** @returns the function that stops watching (placeholders already shown stay). */
export function startPlaceholders(manager: ConsentManager, options: PlaceholderOptions = {}): () => void {
  const root = options.root ?? document;
  const shown = new Map<HTMLIFrameElement, AquaoConsentPlaceholder>();
  const sync = () => {
    for (const frame of Array.from(root.querySelectorAll<HTMLIFrameElement>(WAITING))) {
      if (shown.has(frame)) continue;
      const placeholder = document.createElement('aquao-consent-placeholder');
      Object.assign(placeholder, {
        manager,
        category: frame.dataset.consent!.trim(),
        service: frame.dataset.service,
        language: options.language,
        texts: options.texts,
        text: options.text,
        theme: options.theme,
      });
      // The embed's width and proportions, so nothing jumps when it loads; a minimum, never a cap: where its text and
      // buttons need more room (a phone, 400 % zoom), it grows instead of cutting them (WCAG 1.4.10). Set through the
      // CSSOM, which a strict CSP allows.
      const { width, height } = frame.getBoundingClientRect();
      const w = width || Number(frame.width) || 0;
      const h = height || Number(frame.height) || 0;
      if (w) placeholder.style.width = `${w}px`;
      if (w && h) placeholder.style.aspectRatio = `${w} / ${h}`;
      frame.before(placeholder);
      frame.hidden = true;
      shown.set(frame, placeholder);
    }
    for (const [frame, placeholder] of shown) {
      if (frame.matches(WAITING) && frame.isConnected) continue;
      // «Activer» had focus: it goes to the content it enabled, not to <body> (WCAG 2.4.3).
      const focused = placeholder.matches(':focus-within');
      placeholder.remove();
      frame.hidden = false;
      if (focused) frame.focus();
      shown.delete(frame);
    }
  };
  const observer = new MutationObserver(sync);
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-src', 'data-srcdoc'] });
  sync();
  return () => observer.disconnect();
}
