/**
 * Gating: releases the page's consent-gated content once its purpose is granted, and never before
 * (docs/compliance.md, rule 1: trackers set on arrival cost Amazon €35M in 2020 and Shein €150M in 2025).
 *
 * - `<script type="text/plain" data-consent="analytics" [src]>`: re-created as a real script, exactly once, in
 *   document order (an external script is awaited before the next one runs, unless it is `async`). Every attribute
 *   is kept; `data-type` becomes its `type` (`module`); the nonce is carried over.
 * - Any other element with `data-consent`: `data-srcdoc`, `data-srcset` and `data-src` become `srcdoc`, `srcset`
 *   and `src` (`<iframe>`, `<img>`, `<picture><source>`, `<video>`, `<audio>`, `<embed>`).
 * - `data-service="matomo"` requires that service of the category rather than the category.
 *
 * It never evaluates strings (no `eval`), so it works under a strict CSP: inline gated scripts need the page's
 * nonce, as they would without us. Under Trusted Types it uses the policy `aquao-consent`.
 */
import type { NormalizedConfig } from './config.js';
import { DEV_MODE } from './dev-mode.js';
import type { ConsentManager } from './manager.js';

/** What the gating needs of a manager; with `config`, development builds warn about undeclared purposes. */
export type GateSource = Pick<ConsentManager, 'isGranted' | 'subscribe'> & { readonly config?: NormalizedConfig };

export interface GateOptions {
  /** Where gated elements live. Default: `document`. */
  root?: Document | Element | DocumentFragment;
  /**
   * Milliseconds an external gated script may take to load or fail before the ones after it stop waiting for it
   * (it still runs if it arrives later). Default `10000`: a script that never answers cannot hold back the rest.
   */
  scriptTimeout?: number;
}

/** Attribute that names the purpose(s) an element needs. */
export const CONSENT_ATTRIBUTE = 'data-consent';

/** The Trusted Types policy gated content goes through, to allow in the CSP: `trusted-types aquao-consent`. */
export const TRUSTED_TYPES_POLICY = 'aquao-consent';

type Pass = (value: string) => string;
interface Policy {
  createHTML: Pass;
  createScript: Pass;
  createScriptURL: Pass;
}
let policy: Policy | undefined;
/**
 * Gated content is the page's own markup, re-created as the parser would have created it, so the policy passes it
 * through; it is private to this module, so nothing else can launder a string with it. Where the policy cannot be
 * created (the CSP does not allow it, or a second copy of the library made it first), strings are passed as they
 * are and the page's default policy, if any, decides.
 */
const trusted = (): Policy => {
  if (!policy) {
    const pass: Pass = (value) => value;
    const identity = { createHTML: pass, createScript: pass, createScriptURL: pass };
    try {
      policy = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes?.createPolicy(
        TRUSTED_TYPES_POLICY,
        identity,
      );
    } catch {
      // Not allowed by the page's trusted-types directive: reported once, when an element is refused.
    }
    policy ??= identity;
  }
  return policy;
};

/**
 * The types the browser runs (HTML §4.12.1.1, "JavaScript MIME type essence match", and `module`): anything else
 * is a data block, never fetched, which would never fire `load`.
 */
const RUNS = /^(module|(text|application)\/(x-)?(java|ecma)script|)$/i;

/** Re-creates a gated script as a live one; resolves once it has run, failed or timed out, when order depends on it. */
const activateScript = (old: HTMLScriptElement, timeout: number): Promise<unknown> | undefined => {
  // A script the page removed meanwhile (a single-page app changing view) is not run, and nothing waits for it.
  if (!old.isConnected) return;
  const script = old.ownerDocument.createElement('script');
  for (const { name, value } of Array.from(old.attributes)) {
    if (!/^(src|type|data-type)$/.test(name)) script.setAttribute(name, value);
  }
  // HTML "nonce hiding" empties the nonce attribute once parsed; only the IDL property still holds it.
  if (old.nonce) script.nonce = old.nonce;
  const type = old.getAttribute('data-type') ?? '';
  if (type) script.type = type;
  let loaded: Promise<unknown> | undefined;
  if (old.src) {
    script.src = trusted().createScriptURL(old.src);
    // Dynamically inserted scripts are async by default; keep the parser's order unless the page asked for async.
    script.async = old.hasAttribute('async');
    // Waited for only if the browser will fetch and run it: not `nomodule` (skipped where modules run), not a data
    // block; and never longer than `timeout`.
    if (!script.async && !old.noModule && RUNS.test(type.trim())) {
      loaded = new Promise((done) => {
        script.onload = script.onerror = done;
        setTimeout(done, timeout);
      });
    }
  } else {
    script.text = trusted().createScript(old.text);
  }
  old.replaceWith(script);
  return loaded;
};

/** Development-build warnings already given, once per page as Lit does. */
const warned = new Set<string>();
/**
 * Development builds: an element gated on a purpose the config does not declare is never released; say so once,
 * with a stable code (listed in docs/api.md).
 */
const warnUndeclared = (el: Element, config: NormalizedConfig | undefined, id: string, service: string | null) => {
  const category = config?.categories.find((c) => c.id === id);
  const code = !config ? '' : !category ? 'undeclared-category' : service && !category.services.some((s) => s.id === service) ? 'undeclared-service' : '';
  const key = `${code}:${id}/${service}`;
  if (!code || warned.has(key)) return;
  warned.add(key);
  console.warn(
    `aquao-consent [${code}]: <${el.localName} data-consent="${id}"${service ? ` data-service="${service}"` : ''}> ` +
      `waits for a ${code === 'undeclared-category' ? 'category' : 'service'} the config does not declare, so it is ` +
      'never released. Declare it in the config, or fix the attribute.',
  );
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
  let reported = false;
  /** Runs one release; an element the browser refuses (Trusted Types) is reported once and skipped, never blocking. */
  const attempt = (release: () => unknown) => {
    try {
      return release();
    } catch (error) {
      if (!reported) {
        reported = true;
        console.error(`aquao-consent: gated content was refused; under Trusted Types allow the policy: trusted-types ${TRUSTED_TYPES_POLICY}`, error);
      }
    }
  };

  const runScripts = async () => {
    if (running) return;
    running = true;
    while (scripts.length) await attempt(() => activateScript(scripts.shift()!, options.scriptTimeout ?? 1e4));
    running = false;
  };

  const scan = () => {
    for (const el of Array.from(root.querySelectorAll(`[${CONSENT_ATTRIBUTE}]`))) {
      const category = el.getAttribute(CONSENT_ATTRIBUTE)!.trim();
      const service = el.getAttribute('data-service');
      if (DEV_MODE) warnUndeclared(el, source.config, category, service);
      if (released.has(el) || !source.isGranted(category, service ?? undefined)) continue;
      if (el.localName === 'script') {
        if ((el as HTMLScriptElement).type !== 'text/plain') continue;
        released.add(el);
        scripts.push(el as HTMLScriptElement);
        continue;
      }
      released.add(el);
      // srcdoc before src: an iframe shows srcdoc when it has both (HTML §4.8.5).
      for (const name of ['srcdoc', 'srcset', 'src']) {
        const value = el.getAttribute(`data-${name}`);
        if (value === null) continue;
        attempt(() => el.setAttribute(name, name === 'srcdoc' ? trusted().createHTML(value) : value));
        el.removeAttribute(`data-${name}`);
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
