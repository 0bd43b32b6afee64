/**
 * The decision as it is stored: encoding, and the strict decoding that turns anything unexpected into
 * "no decision yet" (a tampered, foreign, outdated or oversized value must never grant anything, nor throw).
 */
import type { NormalizedConfig } from './config.js';
import { isObject } from './config-schema.js';

/** How a decision was given; kept as proof of consent (GDPR art. 7(1)). */
export const ConsentMethod = {
  acceptAll: 'accept-all',
  rejectAll: 'reject-all',
  custom: 'custom',
  placeholder: 'placeholder',
  gpc: 'gpc',
} as const;
export type ConsentMethod = (typeof ConsentMethod)[keyof typeof ConsentMethod];

/** Bumped when the stored shape changes; an older shape reads as no decision. */
export const SCHEMA_VERSION = 1;
/**
 * Browsers keep a cookie's name and value up to 4096 bytes (RFC 6265 §6.1 asks for at least that): with some margin,
 * the most a decision may take. The config is refused when its decision could exceed it (config.ts); a stored value
 * longer than this was not written by us.
 */
export const MAX_COOKIE_BYTES = 3900;
/** A day, the unit of `maxAgeDays`. */
const DAY_MS = 864e5;
/**
 * How far in the future a stored time may be: the clock moving back a little (a time sync) keeps the decision;
 * further means the value was not written by this browser's clock. Kept short, because a newer time wins when
 * several copies are visible (see {@link newestRecord}): a planted copy cannot claim to be from far ahead.
 */
const SKEW_MS = 5 * 60e3;
const UUID = /^[\da-f-]{36}$/i;

/** The stored decision. */
export interface ConsentRecord {
  /** Schema version. */
  readonly v: number;
  /** Config revision the decision was made under. */
  readonly rev: number;
  /** Random id of this browser's consent, for proof records. */
  readonly id: string;
  /** First decision, ms since epoch. */
  readonly first: number;
  /** Latest decision, ms since epoch. */
  readonly last: number;
  readonly method: ConsentMethod;
  /** Decision per category id. */
  readonly cats: Readonly<Record<string, boolean>>;
  /** Decision per service, by category id then service id. */
  readonly svcs: Readonly<Record<string, Readonly<Record<string, boolean>>>>;
  /**
   * `true` on contextual consent given on placeholders before any decision (docs/compliance.md, rule 14): it grants
   * what its `true`s say and answers for nothing else, so it is not a decision (`hasDecision()` stays false and the
   * first layer keeps asking). Always with the method `placeholder`. Absent on a decision.
   */
  readonly partial?: true;
}

const METHODS = Object.values(ConsentMethod) as string[];

/**
 * Reads a stored value. Returns `undefined` (no decision) unless it is a record of this schema and revision,
 * not expired, and covering every configured category and service (a purpose added since is asked for).
 */
export function decodeRecord(
  raw: string | undefined,
  config: NormalizedConfig,
  now: number,
): ConsentRecord | undefined {
  if (!raw || raw.length > MAX_COOKIE_BYTES) return undefined;
  let r: unknown;
  try {
    r = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (
    !isObject(r) ||
    r.v !== SCHEMA_VERSION ||
    r.rev !== config.revision ||
    !UUID.test(r.id as string) ||
    typeof r.first !== 'number' ||
    typeof r.last !== 'number' ||
    // Written as "not (in range)" so that NaN, which fails every comparison, is out of range too.
    !(r.first > 0 && r.first <= r.last && r.last <= now + SKEW_MS) ||
    // Checked against the stored time, not only the cookie's expiry, which a client can extend.
    !(now - r.last <= config.maxAgeDays * DAY_MS) ||
    !METHODS.includes(r.method as string) ||
    // Only placeholders write a partial grant, and only as `true`.
    (r.partial !== undefined && (r.partial !== true || r.method !== ConsentMethod.placeholder)) ||
    !isObject(r.cats) ||
    !isObject(r.svcs)
  ) {
    return undefined;
  }
  const cats = r.cats;
  const svcs = r.svcs;
  for (const c of config.categories) {
    if (c.required) continue;
    if (typeof cats[c.id] !== 'boolean') return undefined;
    for (const s of c.services) {
      if (typeof (svcs[c.id] as Record<string, unknown> | undefined)?.[s.id] !== 'boolean') return undefined;
    }
  }
  return r as unknown as ConsentRecord;
}

/**
 * The decision to apply when the page sees several copies of the cookie (one per path or domain it can see): the
 * valid one decided last. At the same millisecond, the one granting less wins (a refusal is never overridden by a
 * grant of the same age); still tied, the first in `document.cookie`, the most specific path (RFC 6265 §5.4). A
 * decision beats any partial grant: placeholders write one only where no decision is visible, and a decision
 * supersedes it.
 */
export function newestRecord(
  values: readonly string[],
  config: NormalizedConfig,
  now: number,
): ConsentRecord | undefined {
  let best: ConsentRecord | undefined;
  let bestScore = 0;
  let bestGrants = 0;
  for (const value of values) {
    const record = decodeRecord(value, config, now);
    if (!record) continue;
    // Counted on the decoded record, not the text: a planted `"x": true` (with a space) must count too.
    const grants = [record.cats, ...Object.values(record.svcs)].reduce((n, flags) => n + Object.values(flags).filter((v) => v === true).length, 0);
    // A decision ranks above every partial grant: times (ms, 13 digits) stay far below 1e14.
    const score = record.last + (record.partial ? 0 : 1e14);
    if (!best || score > bestScore || (score === bestScore && grants < bestGrants)) {
      best = record;
      bestScore = score;
      bestGrants = grants;
    }
  }
  return best;
}

export const encodeRecord = (record: ConsentRecord): string => JSON.stringify(record);
