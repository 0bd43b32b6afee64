/**
 * Proof of consent (GDPR art. 7(1): the controller must be able to demonstrate consent). Every grant, refusal and
 * withdrawal made on the page becomes a record sent to the site's own endpoint; nothing here can block the page or
 * undo the local decision.
 *
 * Delivery is at least once: a record leaves the queue only once the endpoint answered 2xx for it. The queue lives
 * in localStorage, shared by the site's tabs; where Web Locks exist, one tab sends at a time and every change of
 * the stored queue is made under a lock, so no tab overwrites another's record. Each page also keeps its own
 * records in memory until they are delivered: storage that is full or disabled loses nothing, and what is still
 * pending when the page goes is sent with `navigator.sendBeacon`. A record can then arrive twice; its `recordId`
 * lets the receiver keep it once.
 *
 * The record holds no personal data beyond itself: a random consent id, times, the config's revision and SHA-256,
 * the decisions, how they were given, the language shown and the site's origin (with the path only if the site
 * asks). See docs/proof-of-consent.md for its JSON Schema.
 */
import { isObject } from './config-schema.js';
import type { ConsentManager, ConsentState } from './manager.js';
import { uuid } from './uuid.js';

export { proofLogConfigKeys } from './proof-log.config.js';

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
  /** The language of the texts the visitor saw. */
  readonly language: string;
  /** The site's origin; with `url: "path"`, origin and path. Never the query string or fragment. */
  readonly url: string;
}

export interface ProofLogOptions {
  /** Where records are POSTed as JSON. Same-origin is best (no CORS preflight). Required. */
  readonly endpoint: string;
  /**
   * The language the visitor saw, or a function returning it at each decision (the embed passes the banner's).
   * Default: `<html lang>`, else `"fr"`.
   */
  readonly language?: string | (() => string);
  /**
   * What the record's `url` keeps. Default `"origin"`: a path can identify a person (`/account/jean-dupont`).
   * `"path"`: origin and path, for sites whose paths say nothing about their visitors.
   */
  readonly url?: 'origin' | 'path';
  /**
   * The notice the visitor was shown, as the site publishes it: its SHA-256 is every record's `configHash`, so the
   * site can match a record to the config version it kept (GDPR art. 7(1); the wording counts, not only the
   * purposes). The embed passes its whole config, texts and links included. Default: the manager's normalized config.
   */
  readonly notice?: unknown;
  /** Milliseconds a send may take before it is abandoned and retried later. Default `10000`. */
  readonly timeout?: number;
}

/** localStorage key of the records not delivered yet (the proof of the choice itself: exempt like the choice). */
export const PENDING_KEY = 'aquao_consent_pending';
/** At most this many records wait: a dead endpoint must not fill the visitor's storage. */
const MAX_PENDING = 50;

const iso = (time?: number) => (time ? new Date(time).toISOString() : null);

/**
 * SHA-256 (hex) of `JSON.stringify(config)`, so a record says exactly what was shown. `null` without Web Crypto
 * (non-secure http pages). `npx aquao-consent check` prints the same hash for a config file.
 */
export async function hashConfig(config: unknown): Promise<string | null> {
  const digest = await globalThis.crypto?.subtle?.digest('SHA-256', new TextEncoder().encode(JSON.stringify(config)));
  return digest ? Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('') : null;
}

/** A record being built: its hash is `undefined` until computed, and it is not sent before. */
type Pending = Omit<ProofRecord, 'configHash'> & { configHash?: string | null };

/**
 * Starts sending a record for every decision and reset made on this page; first sends what earlier pages and
 * other tabs could not. Never throws, never blocks.
 * @returns the function that stops listening.
 */
export function connectProofLog(
  manager: Pick<ConsentManager, 'config' | 'subscribe' | 'getState'>,
  options: ProofLogOptions,
): () => void {
  if (typeof document === 'undefined') return () => {};
  const { endpoint, timeout = 1e4 } = options;
  // Web Locks exist in secure contexts only; plain-http pages fall back to sending without them.
  const locks = navigator.locks;
  /** Runs `task` holding the lock `name` across the origin's tabs, or at once without Web Locks. */
  const locked = (name: string, task: () => unknown): Promise<unknown> =>
    locks ? locks.request(`${PENDING_KEY}:${name}`, task) : Promise.resolve().then(task);

  const load = (): ProofRecord[] => {
    try {
      const list = JSON.parse(localStorage.getItem(PENDING_KEY)!);
      // Anything but a list of records (a corrupt or foreign value) is dropped, and replaced at the next save.
      return Array.isArray(list) ? list.filter((r) => isObject(r) && typeof r.recordId === 'string') : [];
    } catch {
      return [];
    }
  };
  /** Read-modify-write of the stored queue; `false` when storage is full or disabled. */
  const edit = (change: (list: ProofRecord[]) => ProofRecord[]) =>
    locked('queue', () => {
      try {
        const list = change(load()).slice(-MAX_PENDING);
        if (list.length) localStorage.setItem(PENDING_KEY, JSON.stringify(list));
        else localStorage.removeItem(PENDING_KEY);
        return true;
      } catch {
        return false;
      }
    });
  const without = (id: string) => (list: readonly Pending[]) => list.filter((r) => r.recordId !== id);

  /** This page's records until delivered: sent from here too, and beaconed when the page goes. */
  let mine: Pending[] = [];
  /** The ids of those that reached the stored queue. */
  const saved = new Set<string>();

  const post = async (record: ProofRecord) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeout);
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(record),
        keepalive: true, // survives the page closing right after the click
        signal: controller.signal,
      });
      // Settled: stored (2xx), or refused for good because of what the record is (RFC 9110 §15.5: 400 malformed,
      // 413 too large, 415 wrong media type, 422 unprocessable): the same bytes can never be accepted, and keeping
      // them would only take a place in the queue that a later record needs. Every other answer (401, 403 and 404
      // of an endpoint not yet deployed or behind a wall, 408, 429, 5xx) and no answer at all are retried.
      return response.ok || [400, 413, 415, 422].includes(response.status);
    } catch {
      return false; // network error, dropped connection, or the timeout
    } finally {
      clearTimeout(timer);
    }
  };

  let flushing = false;
  let again = false;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let delay = 5e3;
  /** Records that failed since the last retry: not sent again before it, unless the endpoint answers again. */
  const failed = new Set<string>();
  /**
   * Sends every waiting record, one tab at a time. What fails is retried after 5 s, then up to every 5 minutes, at
   * the next page load, or as soon as another record gets through.
   */
  const flush = () => {
    if (flushing) return void (again = true);
    flushing = true;
    clearTimeout(retry);
    void locked('send', async () => {
      const stored = load();
      const ids = new Set(stored.map((r) => r.recordId));
      // Under locks, a saved record that left the stored queue was delivered by another tab. Without them it may
      // have been written over by one: put back, so a later page still sends it if this one closes first (at the
      // cost of a duplicate, which receivers drop by recordId).
      if (locks) mine = mine.filter((r) => !saved.has(r.recordId) || ids.has(r.recordId));
      else {
        const lost = mine.filter((r) => saved.has(r.recordId) && !ids.has(r.recordId));
        if (lost.length) await edit((list) => [...list, ...(lost as ProofRecord[])]);
      }
      for (const record of [...stored, ...(mine.filter((r) => r.configHash !== undefined && !ids.has(r.recordId)) as ProofRecord[])]) {
        if (failed.has(record.recordId)) continue;
        if (await post(record)) {
          mine = without(record.recordId)(mine);
          await edit(without(record.recordId) as (list: ProofRecord[]) => ProofRecord[]);
          // The endpoint is back: what failed before goes now.
          if (failed.size) {
            failed.clear();
            again = true;
          }
        } else {
          failed.add(record.recordId);
        }
      }
    }).then(() => {
      flushing = false;
      if (again) {
        again = false;
        flush();
      } else if (failed.size && !stopped) {
        retry = setTimeout(() => {
          failed.clear();
          flush();
        }, delay);
        delay = Math.min(delay * 2, 3e5);
      } else {
        delay = 5e3;
      }
    });
  };

  const beacon = () => {
    for (const record of mine) {
      navigator.sendBeacon?.(endpoint, new Blob([JSON.stringify({ ...record, configHash: record.configHash ?? null })], { type: 'application/json' }));
    }
  };
  addEventListener('pagehide', beacon);

  // Hashed on the first decision, not at every page load: most page views decide nothing.
  let hash: Promise<string | null> | undefined;
  // A reset forgets the consent id; its record still names the consent it withdrew.
  let previous = manager.getState();
  flush();
  const unsubscribe = manager.subscribe((state, change) => {
    const before = previous;
    previous = state;
    // Another tab's decision is logged by that tab.
    if (change.source === 'sync') return;
    const record: Pending = {
      schema: 1,
      recordId: uuid(),
      event: change.source === 'reset' ? 'reset' : 'decision',
      consentId: (state.consentId ?? before.consentId) || null,
      timestamp: iso(state.lastDecisionAt ?? Date.now())!,
      firstDecisionAt: iso(state.firstDecisionAt),
      revision: state.revision,
      categories: state.categories,
      services: state.services,
      method: state.method ?? null,
      language: typeof options.language === 'function' ? options.language() : (options.language ?? (document.documentElement.lang || 'fr')),
      url: location.origin + (options.url === 'path' ? location.pathname : ''),
    };
    // In memory at once, in order; stored and sent once hashed (a millisecond later).
    mine.push(record);
    void (hash ??= hashConfig(options.notice ?? manager.config).catch(() => null)).then(async (configHash) => {
      record.configHash = configHash;
      if (await edit((list) => [...list, record as ProofRecord])) saved.add(record.recordId);
      flush();
    });
  });
  return () => {
    stopped = true;
    unsubscribe();
    removeEventListener('pagehide', beacon);
    clearTimeout(retry);
  };
}
