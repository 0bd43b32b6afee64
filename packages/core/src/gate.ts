/**
 * Gating: releases the page's consent-gated content once its purpose is granted, and never before
 * (COMPLIANCE 1: trackers set on arrival cost Amazon €35M in 2020 and Shein €150M in 2025).
 *
 * - `<script type="text/plain" data-consent="analytics" [src]>`: re-created as a real script, exactly once, in
 *   document order (an external script is awaited before the next one runs, unless it is `async`). Every attribute
 *   is kept; `data-type` becomes its `type` (`module`); the nonce is carried over.
 * - `<iframe|img|video|audio|source|embed data-consent="…" data-src="…">`: `data-src` becomes `src`.
 * - `data-service="matomo"` requires that service of the category rather than the category.
 *
 * It never evaluates strings (no `eval`), so it works under a strict CSP: inline gated scripts need the page's
 * nonce, as they would without us.
 */
import type { ConsentManager } from './manager.js';

/** What the gating needs of a manager. */
export type GateSource = Pick<ConsentManager, 'isGranted' | 'subscribe'>;

export interface GateOptions {
  /** Where gated elements live. Default: `document`. */
  root?: Document | Element | DocumentFragment;
}

/** Attribute that names the purpose(s) an element needs. */
export const CONSENT_ATTRIBUTE = 'data-consent';

const isAllowed = (el: Element, source: GateSource): boolean =>
  source.isGranted(el.getAttribute(CONSENT_ATTRIBUTE)!.trim(), el.getAttribute('data-service') ?? undefined);

/** Re-creates a gated script as a live one; resolves once it has run (or failed) when order depends on it. */
const activateScript = (old: HTMLScriptElement): Promise<unknown> | undefined => {
  const script = old.ownerDocument.createElement('script');
  for (const { name, value } of Array.from(old.attributes)) {
    if (name !== 'type' && name !== 'data-type') script.setAttribute(name, value);
  }
  // HTML "nonce hiding" empties the nonce attribute once parsed; only the IDL property still holds it.
  if (old.nonce) script.nonce = old.nonce;
  const type = old.getAttribute('data-type');
  if (type) script.type = type;
  let loaded: Promise<unknown> | undefined;
  if (old.src) {
    // Dynamically inserted scripts are async by default; keep the parser's order unless the page asked for async.
    script.async = old.hasAttribute('async');
    if (!script.async) {
      loaded = new Promise((done) => {
        script.onload = script.onerror = done;
      });
    }
  } else {
    script.text = old.text;
  }
  old.replaceWith(script);
  return loaded;
};

/**
 * Starts releasing gated content: now for what is already granted, then after each decision, and for elements
 * added to the page later (MutationObserver). Each element is released at most once.
 * @returns a function that stops watching (released content stays).
 */
export function startGating(source: GateSource, options: GateOptions = {}): () => void {
  if (typeof document === 'undefined') return () => {};
  const root = options.root ?? document;
  const released = new WeakSet<Element>();
  const scripts: HTMLScriptElement[] = [];
  let running = false;

  const runScripts = async () => {
    if (running) return;
    running = true;
    while (scripts.length) await activateScript(scripts.shift()!);
    running = false;
  };

  const scan = () => {
    for (const el of Array.from(root.querySelectorAll(`[${CONSENT_ATTRIBUTE}]`))) {
      if (released.has(el) || !isAllowed(el, source)) continue;
      if (el.localName === 'script') {
        if ((el as HTMLScriptElement).type !== 'text/plain') continue;
        released.add(el);
        scripts.push(el as HTMLScriptElement);
      } else if (el.hasAttribute('data-src')) {
        released.add(el);
        el.setAttribute('src', el.getAttribute('data-src')!);
        el.removeAttribute('data-src');
      }
    }
    void runScripts();
  };

  // Mutation records arrive batched once per microtask, so a parser streaming a page costs one scan per batch.
  const observer = new MutationObserver(scan);
  observer.observe(root, { childList: true, subtree: true });
  const unsubscribe = source.subscribe(scan);
  scan();
  return () => {
    observer.disconnect();
    unsubscribe();
  };
}
