/**
 * Turns what each phase saw into findings, each with a classification (declared in the config · known tool ·
 * unknown) and a verdict:
 * - violation: a cookie, storage key or tracking request in `before` or `reject` that is not exempt (CNIL lignes
 *   directrices 2020-091: nothing non-essential before a choice, and a refusal must be respected);
 * - undeclared: seen in `accept` but not in the config (so not in the cookie policy, not deleted on withdrawal);
 * - stale: declared, never seen;
 * - ok: anything else.
 * Exempt: the consent cookie and the proof-of-consent queue (storing the choice, lignes directrices §49), and what
 * the config declares strictly necessary (or, undeclared, a tool known to be).
 */
import { matchesCookie } from '@aquao/consent-core';
import { PENDING_KEY } from '@aquao/consent-core/proof';
import type { Declarations } from './declarations.js';
import type { KnownTool, KnownTools } from './known-tools.js';
import { lifetimeDays, outlives13Months, outlivesChoice } from './lifetime.js';
import type { ObservedCookie, ObservedRequest, ObservedStorage, Phase, TrackingSignal } from './observe.js';
import type { PhaseRecord } from './phase.js';
import { isSameSite } from './site.js';
import { snippetForName, snippetForTool, type ConfigSnippet } from './snippet.js';

export type Kind = 'cookie' | 'storage' | 'request';
export type Classification = 'declared' | 'known' | 'unknown';
export type Verdict = 'violation' | 'undeclared' | 'stale' | 'ok';
export type Warning = 'lifetime-over-13-months' | 'consent-cookie-outlives-choice' | 'consent-cookie-before-choice';

export interface Finding {
  readonly name: string;
  readonly kind: Kind;
  /** `null` for a stale declaration: no phase saw it. */
  readonly phase: Phase | null;
  readonly page: string | null;
  readonly classification: Classification;
  /** The declared category, else the known tool's usual one. */
  readonly category: string | null;
  /** The declared service id. */
  readonly service: string | null;
  /** The known tool's name. */
  readonly tool: string | null;
  readonly verdict: Verdict;
  readonly violation: boolean;
  /** Why it may be there before a choice: it stores the choice (`consent`) or is strictly `necessary`. */
  readonly exempt: 'consent' | 'necessary' | null;
  /** Set by another site than the page's (a cookie's domain, a storage's frame, every request). */
  readonly thirdParty: boolean;
  readonly warnings: Warning[];
  readonly cookie?: Omit<ObservedCookie, 'name' | 'expires'> & { expires: string | null; lifetimeDays: number | null };
  readonly storage?: Omit<ObservedStorage, 'name'>;
  readonly request?: Omit<ObservedRequest, 'host'> & { tracking: boolean };
  /** For `undeclared`: the config lines that would declare it. */
  readonly snippet?: ConfigSnippet;
}

export interface PageObservations {
  readonly url: string;
  readonly phases: readonly PhaseRecord[];
}

interface Identity {
  classification: Classification;
  category: string | null;
  service: string | null;
  tool: KnownTool | undefined;
  exempt: Finding['exempt'];
}

/** How the config and the known tools name a cookie or storage key. */
function identify(name: string, kind: 'cookie' | 'storage', isConsent: boolean, declarations: Declarations, tool: KnownTool | undefined): Identity {
  const declared = declarations.match(name, kind);
  if (isConsent) {
    return { classification: declarations.hasConfig ? 'declared' : 'known', category: 'necessary', service: null, tool, exempt: 'consent' };
  }
  if (declared) {
    return {
      classification: 'declared',
      category: declared.category,
      service: declared.service ?? null,
      tool,
      exempt: declared.required ? 'necessary' : null,
    };
  }
  return {
    classification: tool ? 'known' : 'unknown',
    category: tool?.category ?? null,
    service: null,
    tool,
    exempt: tool?.category === 'necessary' ? 'necessary' : null,
  };
}

/** Whether two names (each exact, or a prefix ending in `*`) can match one same cookie: `_hj*` and `_hjid` can. */
const patternsOverlap = (a: string, b: string): boolean =>
  a.endsWith('*') && b.endsWith('*') ? a.startsWith(b.slice(0, -1)) || b.startsWith(a.slice(0, -1)) : matchesCookie(a, b) || matchesCookie(b, a);

/** Where the config declares a known tool: its service id, or one of its cookie names. */
function declaredTool(tool: KnownTool, declarations: Declarations): { category: string; service: string | null; required: boolean } | undefined {
  const category = declarations.categoryOfService(tool.id);
  if (category) return { category, service: tool.id, required: category === 'necessary' };
  const declared = declarations.all.find((d) => tool.names.some((name) => patternsOverlap(d.pattern, name)));
  return declared && { category: declared.category, service: declared.service ?? null, required: declared.required };
}

/** Of the tools a name or host could belong to, the one the config declares, else the most specific. */
const pick = (candidates: readonly KnownTool[], declarations: Declarations): KnownTool | undefined =>
  candidates.find((tool) => declaredTool(tool, declarations)) ?? candidates[0];

const verdictFor = (phase: Phase, id: Identity, tracking = true): Verdict =>
  phase === 'accept' ? (id.classification === 'declared' || id.exempt === 'consent' ? 'ok' : 'undeclared') : tracking && !id.exempt ? 'violation' : 'ok';

/** A finding, its keys always in the same order (the JSON report is read by people too). */
const finding = ({ name, kind, phase, page, verdict, classification, category, service, tool, exempt, thirdParty, warnings, ...details }: Omit<Finding, 'violation' | 'tool'> & { tool: KnownTool | string | null | undefined }): Finding => ({
  name,
  kind,
  phase,
  page,
  verdict,
  violation: verdict === 'violation',
  classification,
  category,
  service,
  tool: (typeof tool === 'object' ? tool?.name : tool) ?? null,
  exempt,
  thirdParty,
  warnings,
  ...details,
});

const TRACKING_SIGNALS: readonly TrackingSignal[] = ['beacon', 'post', 'pixel', 'cookie'];

export interface ClassifyOptions {
  readonly declarations: Declarations;
  readonly known: KnownTools;
  /** Scan time, ms since the epoch (lifetimes are measured from it). */
  readonly now: number;
}

export function classify(pages: readonly PageObservations[], { declarations, known, now }: ClassifyOptions): Finding[] {
  const findings: Finding[] = [];
  const seen = { cookie: new Set<string>(), storage: new Set<string>() };
  for (const { url, phases } of pages) {
    const pageHost = new URL(url).hostname;
    for (const record of phases) {
      const { phase } = record;
      for (const cookie of record.cookies) {
        seen.cookie.add(cookie.name);
        const isConsent = cookie.name === declarations.consentCookie;
        const id = identify(cookie.name, 'cookie', isConsent, declarations, pick(known.byCookie(cookie.name), declarations));
        const days = lifetimeDays(cookie.expires, now);
        const warnings: Warning[] = [];
        if (outlives13Months(cookie.expires, now)) warnings.push('lifetime-over-13-months');
        if (isConsent && declarations.maxAgeDays && outlivesChoice(cookie.expires, now, declarations.maxAgeDays)) {
          warnings.push('consent-cookie-outlives-choice');
        }
        if (isConsent && phase === 'before') warnings.push('consent-cookie-before-choice');
        const verdict = verdictFor(phase, id);
        const { name, expires, ...attributes } = cookie;
        findings.push(
          finding({
            name,
            kind: 'cookie',
            phase,
            page: url,
            ...id,
            verdict,
            thirdParty: !isSameSite(cookie.domain, pageHost),
            warnings,
            cookie: { ...attributes, expires: expires < 0 ? null : new Date(expires * 1000).toISOString(), lifetimeDays: days === null ? null : Math.round(days) },
            ...(verdict === 'undeclared' ? { snippet: id.tool ? snippetForTool(id.tool) : snippetForName(name, { kind: 'cookie', lifetimeDays: days }) } : {}),
          }),
        );
      }
      for (const item of record.storage) {
        seen.storage.add(item.name);
        const isConsent = item.name === PENDING_KEY;
        const id = identify(item.name, 'storage', isConsent, declarations, pick(known.byStorage(item.name, item.type), declarations));
        const verdict = verdictFor(phase, id);
        const { name, ...where } = item;
        findings.push(
          finding({
            name,
            kind: 'storage',
            phase,
            page: url,
            ...id,
            verdict,
            thirdParty: !isSameSite(new URL(item.origin).hostname, pageHost),
            warnings: [],
            storage: where,
            ...(verdict === 'undeclared' ? { snippet: id.tool ? snippetForTool(id.tool) : snippetForName(name, { kind: 'storage', type: item.type }) } : {}),
          }),
        );
      }
      for (const request of record.requests) {
        const tool = pick(known.byHost(request.host), declarations);
        const declared = tool && declaredTool(tool, declarations);
        const id: Identity = declared
          ? { classification: 'declared', category: declared.category, service: declared.service, tool, exempt: declared.required ? 'necessary' : null }
          : { classification: tool ? 'known' : 'unknown', category: tool?.category ?? null, service: null, tool, exempt: tool?.category === 'necessary' ? 'necessary' : null };
        // A known tool tracks unless it is strictly necessary; an unknown host when the request says so.
        const tracking = tool ? tool.category !== 'necessary' : request.signals.some((s) => TRACKING_SIGNALS.includes(s));
        // An unknown host cannot be declared in a config (a service is matched to hosts through the catalogue), so
        // after consent it is listed, not counted as undeclared.
        const verdict = phase === 'accept' && !tool ? 'ok' : verdictFor(phase, id, tracking);
        const { host, ...rest } = request;
        findings.push(
          finding({
            name: host,
            kind: 'request',
            phase,
            page: url,
            ...id,
            verdict,
            thirdParty: true,
            warnings: [],
            request: { ...rest, tracking },
            ...(verdict === 'undeclared' && tool ? { snippet: snippetForTool(tool) } : {}),
          }),
        );
      }
    }
  }
  for (const declaration of declarations.all) {
    // A `cookies` entry may also stand for a storage key (configs written before `storage` existed); not the reverse.
    const names = declaration.kind === 'cookie' ? [...seen.cookie, ...seen.storage] : [...seen.storage];
    if (names.some((name) => matchesCookie(declaration.pattern, name))) continue;
    findings.push(
      finding({
        name: declaration.pattern,
        kind: declaration.kind,
        phase: null,
        page: null,
        verdict: 'stale',
        classification: 'declared',
        category: declaration.category,
        service: declaration.service ?? null,
        tool: (declaration.kind === 'cookie' ? known.byCookie : (name: string) => known.byStorage(name, 'localStorage'))(declaration.pattern.replace(/\*$/, ''))[0],
        exempt: null,
        thirdParty: false,
        warnings: [],
      }),
    );
  }
  return findings;
}
