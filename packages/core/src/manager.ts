/**
 * The consent manager: one instance per page, created from a config. It holds the decision, writes it only when
 * the visitor decides, tells subscribers, and clears a purpose's cookies when its consent is withdrawn.
 */
import { normalizeConfig, type Category, type ConsentConfig, type NormalizedConfig, type Service } from './config.js';
import { ConsentMethod, SCHEMA_VERSION, encodeRecord, newestRecord, type ConsentRecord } from './record.js';
import { createCookieStore, type DecisionStore } from './cookie-storage.js';
import { clearCookies } from './cookie-clearing.js';
import { clearStorage } from './storage-clearing.js';
import { syncTabs } from './cross-tab.js';
import { uuid } from './uuid.js';

type Flags = Readonly<Record<string, boolean>>;

/** What the visitor has decided, as the banner and the gating read it. A new object on each change, frozen at the top level. */
export interface ConsentState {
  /**
   * `false` until an explicit, valid, current decision exists. Grants given on placeholders before it (see
   * {@link ConsentManager.grant}) show in `categories` and `services`, with `method` `"placeholder"`, and leave it
   * `false`.
   */
  readonly hasDecision: boolean;
  /** Every configured category: required ones `true`, the others `false` until granted. */
  readonly categories: Flags;
  /** Every configured service, by category id then service id. */
  readonly services: Readonly<Record<string, Flags>>;
  /** Random id of this browser's consent; absent before a decision or a placeholder's grant. */
  readonly consentId?: string;
  /** First decision (or placeholder's grant), ms since epoch. */
  readonly firstDecisionAt?: number;
  /** Latest decision (or placeholder's grant), ms since epoch. */
  readonly lastDecisionAt?: number;
  /** How the latest decision was given. */
  readonly method?: ConsentMethod;
  /** The config revision in force. */
  readonly revision: number;
}

/** What changed, passed to subscribers next to the new state. */
export interface ConsentChange {
  /**
   * `decision`: this page decided; `reset`: this page forgot the decision; `sync`: the stored decision changed
   * elsewhere (another tab) or stopped counting (expired).
   */
  readonly source: 'decision' | 'reset' | 'sync';
  /** Category ids, and `category/service` ids, that went from refused to granted. */
  readonly granted: readonly string[];
  /**
   * Category ids, and `category/service` ids, that went from granted to refused. A script that already ran cannot
   * be unloaded, so a non-empty list is the moment to offer a reload.
   */
  readonly revoked: readonly string[];
  /**
   * Cookies deleted because their purpose is refused: every declared cookie of every refused purpose, whatever was
   * decided before (a refusal at a re-ask clears too). Only names really gone are listed: `document.cookie` is read
   * again after the deletion.
   */
  readonly clearedCookies: readonly string[];
  /** `localStorage` and `sessionStorage` keys deleted because their purpose is refused (the `storage` declarations). */
  readonly clearedStorage: readonly string[];
}

/**
 * A decision to record with {@link ConsentManager.update}: `true`/`false` per category, or per service with
 * `{ serviceId: boolean }`. Categories left out keep their current value (refused when there is no decision yet).
 */
export type ConsentChoices = Readonly<Record<string, boolean | Flags>>;

export type ConsentListener = (state: ConsentState, change: ConsentChange) => void;

export interface ConsentManager {
  /** The validated config, with defaults filled in. */
  readonly config: NormalizedConfig;
  /** Whether a valid, current decision is stored. */
  hasDecision(): boolean;
  /** Whether a category (or one of its services) is granted. Unknown ids are never granted. */
  isGranted(category: string, service?: string): boolean;
  /** The current state; the same object until something changes. */
  getState(): ConsentState;
  /** Grants every category and service, and stores the decision. */
  acceptAll(): void;
  /** Refuses every category that is not required, and stores the decision. */
  rejectAll(): void;
  /**
   * Records a decision for the given categories or services and stores it.
   * @param method how it was given, kept as proof; default `"custom"`.
   * @throws {TypeError} in every build, storing nothing, for an id the config does not declare or a value that is
   *   not `true`/`false` (`{ serviceId: boolean }` for a category's services).
   */
  update(choices: ConsentChoices, method?: ConsentMethod): void;
  /**
   * Contextual consent, as a placeholder's «Activer» gives it (docs/compliance.md, rule 14): grants this service (or
   * this category, without `service`) and answers for nothing else. Before any decision it is stored as a partial
   * grant: kept across pages, `isGranted` is true for it alone, `hasDecision()` stays false so the first layer keeps
   * asking, and the next decision supersedes it («Tout refuser» refuses it too: the later, explicit choice wins).
   * After a decision, it changes that decision for this service only. Either way the method is `"placeholder"`.
   * @throws {TypeError} in every build, storing nothing, for an id the config does not declare.
   */
  grant(category: string, service?: string): void;
  /** Forgets the decision: deletes the cookie, withdraws every consent (clearing their cookies). */
  reset(): void;
  /** Calls `listener` after every change (not immediately). Returns the function that unsubscribes. */
  subscribe(listener: ConsentListener): () => void;
  /** Stops listening to other tabs and drops every subscriber. */
  destroy(): void;
}

/** Optional seams, for tests and for hosts that keep the decision elsewhere. */
export interface ConsentManagerOptions {
  /** Where the decision is kept. Default: the first-party cookie from `config.cookie`. */
  store?: DecisionStore;
  /** The clock. Default `Date.now`. */
  now?: () => number;
}

/**
 * The state a record grants, leaning to refusal where the record contradicts itself (the library never writes
 * that, a tampered or foreign value can): a service needs its category granted too, and a category with services
 * needs one of them granted, as when the visitor decides.
 */
const stateOf = (config: NormalizedConfig, record: ConsentRecord | undefined): ConsentState => {
  const categories: Record<string, boolean> = {};
  const services: Record<string, Flags> = {};
  for (const c of config.categories) {
    const on = c.required || record?.cats[c.id] === true;
    const flags = (services[c.id] = Object.fromEntries(
      c.services.map((s) => [s.id, c.required || (on && record!.svcs[c.id]?.[s.id] === true)]),
    ));
    categories[c.id] = on && (!c.services.length || Object.values(flags).some(Boolean));
  }
  return Object.freeze({
    hasDecision: !!record && !record.partial,
    categories,
    services,
    consentId: record?.id,
    firstDecisionAt: record?.first,
    lastDecisionAt: record?.last,
    method: record?.method,
    revision: config.revision,
  });
};

/**
 * What went from refused to granted and back between two states, as `category` and `category/service` keys, and
 * the cookie and storage patterns of every purpose the new state refuses.
 */
const diff = (config: NormalizedConfig, before: ConsentState, after: ConsentState) => {
  const granted: string[] = [];
  const revoked: string[] = [];
  const cookies: string[] = [];
  const storage: string[] = [];
  const compare = (key: string, was: boolean | undefined, is: boolean | undefined, purpose: Category | Service) => {
    if (was !== is) (is ? granted : revoked).push(key);
    if (!is) {
      cookies.push(...purpose.cookies.map((c) => c.name));
      storage.push(...purpose.storage.map((c) => c.name));
    }
  };
  for (const c of config.categories) {
    compare(c.id, before.categories[c.id], after.categories[c.id], c);
    for (const s of c.services) compare(`${c.id}/${s.id}`, before.services[c.id]![s.id], after.services[c.id]![s.id], s);
  }
  return { granted, revoked, cookies, storage };
};

/** Creates a manager. Reads the stored decision; writes nothing until the visitor decides (CNIL Guidelines §49). */
export function createConsentManager(
  config: ConsentConfig = {},
  options: ConsentManagerOptions = {},
): ConsentManager {
  return managerFor(normalizeConfig(config), options);
}

/** The manager of a config already normalized (`createUncheckedManager` skips the check, the embed's loader uses it). */
export function managerFor(normalized: NormalizedConfig, options: ConsentManagerOptions = {}): ConsentManager {
  const store = options.store ?? createCookieStore(normalized);
  const now = options.now ?? Date.now;
  const listeners = new Set<ConsentListener>();
  // Several copies can be visible (other paths, other domains): the newest valid one is the visitor's last word.
  const read = (raw = store.read()) => newestRecord([raw ?? []].flat(), normalized, now());
  let record = read();
  let state = stateOf(normalized, record);

  const apply = (next: ConsentRecord | undefined, source: ConsentChange['source']) => {
    const before = state;
    record = next;
    state = stateOf(normalized, next);
    const { granted, revoked, cookies, storage } = diff(normalized, before, state);
    // Every refused purpose is cleared, not only what this change revoked: a refusal after an expiry or a revision
    // bump starts from "no decision", yet the cookies of the earlier grant are still there (docs/compliance.md,
    // rule 11). From another tab too: this page may see paths and keys that tab could not.
    const change: ConsentChange = {
      source,
      granted,
      revoked,
      clearedCookies: clearCookies(cookies, normalized.cookie.name),
      clearedStorage: clearStorage(storage),
    };
    for (const listener of [...listeners]) {
      try {
        listener(state, change);
      } catch (error) {
        // One faulty subscriber must not keep the others (the gating among them) from hearing the decision.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };

  const sync = syncTabs(`aquao-consent:${normalized.cookie.name}`, (raw) => {
    const next = read(raw);
    if (JSON.stringify(next) !== JSON.stringify(record)) apply(next, 'sync');
  });

  /**
   * Stores a decision: what `pick` gives per category, the current value for what it leaves out. `partial` (a
   * placeholder's grant with no decision yet) stores it as a grant that answers for nothing else.
   */
  const decide = (pick: (c: Category) => boolean | Flags | undefined, method: ConsentMethod, partial?: boolean) => {
    const cats: Record<string, boolean> = {};
    const svcs: Record<string, Record<string, boolean>> = {};
    for (const c of normalized.categories) {
      const choice = c.required || pick(c);
      const current = state.services[c.id]!;
      const services = (svcs[c.id] = {} as Record<string, boolean>);
      for (const s of c.services) {
        services[s.id] = (typeof choice === 'object' ? choice[s.id] : choice) ?? current[s.id]!;
      }
      cats[c.id] = c.services.length
        ? // A category with services is granted while any of its services is (category switch = its services).
          Object.values(services).some(Boolean)
        : ((choice as boolean | undefined) ?? state.categories[c.id]!);
    }
    const time = now();
    const next: ConsentRecord = {
      v: SCHEMA_VERSION,
      rev: normalized.revision,
      id: record?.id ?? uuid(),
      first: record?.first ?? time,
      last: time,
      method,
      cats,
      svcs,
      ...(partial && { partial }),
    };
    const raw = encodeRecord(next);
    store.write(raw);
    apply(next, 'decision');
    sync.notify(raw);
  };

  /**
   * A typo (`analitycs`) would store a refusal of everything and close the banner: refused in every build, before
   * anything is stored.
   */
  const check = (name: string, choices: ConsentChoices) => {
    for (const [id, choice] of Object.entries(choices)) {
      const category = normalized.categories.find((c) => c.id === id);
      const isFlags = typeof choice === 'object' && choice !== null && !Array.isArray(choice);
      const flags: Record<string, unknown> = isFlags ? choice : {};
      const unknown = !category ? id : Object.keys(flags).find((s) => !category.services.some((x) => x.id === s));
      // Per-service flags only for a category that has services: `{}` or `[]` elsewhere would be stored, then read
      // back as no decision, and the banner would come back on every page.
      const wrong =
        (isFlags ? !category?.services.length : typeof choice !== 'boolean') || Object.values(flags).some((v) => typeof v !== 'boolean');
      if (unknown || wrong) {
        throw new TypeError(`aquao-consent: ${name}() got ${unknown ? `"${unknown}", which the config does not declare` : `a value other than true or false for "${id}"`}`);
      }
    }
  };

  return {
    config: normalized,
    hasDecision: () => state.hasDecision,
    isGranted: (category, service) =>
      service === undefined ? state.categories[category] === true : state.services[category]?.[service] === true,
    getState: () => state,
    acceptAll: () => decide(() => true, ConsentMethod.acceptAll),
    rejectAll: () => decide(() => false, ConsentMethod.rejectAll),
    update: (choices, method = ConsentMethod.custom) => {
      check('update', choices);
      decide((c) => choices[c.id], method);
    },
    grant: (category, service) => {
      const choices = { [category]: service === undefined ? true : { [service]: true } };
      check('grant', choices);
      decide((c) => choices[c.id], ConsentMethod.placeholder, !state.hasDecision);
    },
    reset: () => {
      store.remove();
      apply(undefined, 'reset');
      sync.notify('');
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy: () => {
      sync.close();
      listeners.clear();
    },
  };
}
