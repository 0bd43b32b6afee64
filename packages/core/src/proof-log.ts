/**
 * Proof of consent (GDPR art. 7(1): the controller must be able to demonstrate consent). Every grant, refusal and
 * withdrawal made on the page becomes a record sent to the site's own endpoint. A send that fails is kept in
 * localStorage and retried at the next page load; nothing here can block the page or undo the local decision.
 *
 * The record holds no personal data beyond itself: a random consent id, times, the config's revision and SHA-256,
 * the decisions, how they were given, the language and the page URL without its query string. See
 * docs/proof-of-consent.md for its JSON Schema.
 */
import type { ConsentManager, ConsentState } from './manager.js';
import { uuid } from './uuid.js';

export interface ProofRecord {
  readonly schema: 1;
  /** Random id of this record, so a receiver stores a record sent twice (two tabs, a retry) only once. */
  readonly recordId: string;
  /** `decision` for a grant, refusal or withdrawal; `reset` when the decision was forgotten. */
  readonly event: 'decision' | 'reset';
  readonly consentId: string | null;
  /** ISO 8601. */
  readonly timestamp: string;
  /** ISO 8601; `null` after a reset. */
  readonly firstDecisionAt: string | null;
  readonly revision: number;
  /** SHA-256 (hex) of the normalized config; `null` where Web Crypto is unavailable (plain-http pages). */
  readonly configHash: string | null;
  readonly categories: ConsentState['categories'];
  readonly services: ConsentState['services'];
  readonly method: ConsentState['method'] | null;
  readonly language: string;
  /** Origin and path, never the query string or fragment (they can carry personal data). */
  readonly url: string;
}

export interface ProofLogOptions {
  /** Where records are POSTed as JSON. Same-origin is best (no CORS preflight). Required. */
  readonly endpoint: string;
  /** Language the visitor saw. Default: `<html lang>`, else `"fr"`. */
  readonly language?: string;
}

/** localStorage key of the records not sent yet (the proof of the choice itself: exempt like the choice). */
export const PENDING_KEY = 'aquao_consent_pending';

const iso = (time?: number) => (time ? new Date(time).toISOString() : null);

/** SHA-256 of the normalized config, so a record says exactly which purposes and services were shown. */
export async function hashConfig(config: ConsentManager['config']): Promise<string | null> {
  const digest = await globalThis.crypto?.subtle?.digest('SHA-256', new TextEncoder().encode(JSON.stringify(config)));
  return digest ? Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('') : null;
}

/**
 * Starts sending a record for every decision and reset made on this page; first retries what earlier pages could
 * not send. Never throws, never blocks: sends are `keepalive` fetches, one at a time.
 * @returns the function that stops listening.
 */
export function connectProofLog(
  manager: Pick<ConsentManager, 'config' | 'subscribe' | 'getState'>,
  options: ProofLogOptions,
): () => void {
  if (typeof document === 'undefined') return () => {};
  // Hashed on the first decision, not at every page load: most page views decide nothing.
  let hash: Promise<string | null> | undefined;
  const load = (): ProofRecord[] => {
    try {
      return JSON.parse(localStorage.getItem(PENDING_KEY)!) || [];
    } catch {
      return [];
    }
  };
  const save = (records: ProofRecord[]) => {
    try {
      // At most 50 waiting: a dead endpoint must not fill the visitor's storage.
      if (records.length) localStorage.setItem(PENDING_KEY, JSON.stringify(records.slice(-50)));
      else localStorage.removeItem(PENDING_KEY);
    } catch {
      // Storage full or disabled: this record is lost, the decision is not.
    }
  };
  let queue = Promise.resolve();
  const flush = () =>
    (queue = queue.then(async () => {
      const failed: ProofRecord[] = [];
      for (const record of load()) {
        const sent = await fetch(options.endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(record),
          keepalive: true, // survives the page closing right after the click
        }).then((r) => r.ok, () => false);
        if (!sent) failed.push(record);
      }
      save(failed);
    }));

  // A reset forgets the consent id; its record still names the consent it withdrew.
  let previous = manager.getState();
  void flush();
  return manager.subscribe((state, change) => {
    const before = previous;
    previous = state;
    // Another tab's decision is logged by that tab.
    if (change.source === 'sync') return;
    // Queued in order, before the hash resolves, so two quick decisions keep their order.
    queue = queue.then(async () =>
      save([
        ...load(),
        {
          schema: 1,
          recordId: uuid(),
          event: change.source === 'reset' ? 'reset' : 'decision',
          consentId: (state.consentId ?? before.consentId) || null,
          timestamp: iso(state.lastDecisionAt ?? Date.now())!,
          firstDecisionAt: iso(state.firstDecisionAt),
          revision: state.revision,
          configHash: await (hash ??= hashConfig(manager.config).catch(() => null)),
          categories: state.categories,
          services: state.services,
          method: state.method ?? null,
          language: options.language ?? (document.documentElement.lang || 'fr'),
          url: location.origin + location.pathname,
        },
      ]),
    );
    void flush();
  });
}
