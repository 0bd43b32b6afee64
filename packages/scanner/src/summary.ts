/**
 * The findings as a person reads them: each distinct item once per verdict, with the pages and phases where it was
 * seen, and everything undeclared merged into one config snippet.
 */
import type { Classification, Finding, Kind, Verdict, Warning } from './classify.js';
import type { Phase } from './observe.js';
import type { PageResult } from './scan.js';
import { mergeSnippets, type ConfigSnippet } from './snippet.js';

export interface FindingGroup {
  readonly verdict: Verdict;
  readonly kind: Kind;
  readonly name: string;
  readonly classification: Classification;
  readonly category: string | null;
  readonly service: string | null;
  readonly tool: string | null;
  readonly thirdParty: boolean;
  readonly pages: string[];
  readonly phases: Phase[];
  readonly warnings: Warning[];
  /** The longest lifetime seen, in days (cookies); `null` for session cookies and other kinds. */
  lifetimeDays: number | null;
  /** Resource types (requests). */
  readonly types: string[];
  readonly snippet?: ConfigSnippet;
}

export interface Summary {
  readonly pages: number;
  /** Pages that could not be loaded, or where a phase did not finish (what it would have seen is unknown). */
  readonly pagesFailed: number;
  /** Pages where no banner button was found to refuse or accept. */
  readonly pagesWithoutBanner: number;
  readonly violations: FindingGroup[];
  readonly undeclared: FindingGroup[];
  readonly stale: FindingGroup[];
  /** Items with a warning (a lifetime over 13 months…) that are neither a violation nor undeclared. */
  readonly warnings: FindingGroup[];
  /** Requests to other sites after consent from hosts no tool list knows: to look at, not counted. */
  readonly otherRequests: FindingGroup[];
  /** Everything undeclared, declared at once. */
  readonly snippet: ConfigSnippet | null;
}

const addTo = <T>(list: T[], item: T | null) => {
  if (item !== null && !list.includes(item)) list.push(item);
};

/** Groups findings by verdict, kind and name, in order of first appearance. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = `${f.verdict}\n${f.kind}\n${f.name}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        verdict: f.verdict,
        kind: f.kind,
        name: f.name,
        classification: f.classification,
        category: f.category,
        service: f.service,
        tool: f.tool,
        thirdParty: f.thirdParty,
        pages: [],
        phases: [],
        warnings: [],
        lifetimeDays: null,
        types: [],
        ...(f.snippet ? { snippet: f.snippet } : {}),
      };
      groups.set(key, group);
    }
    addTo(group.pages, f.page);
    addTo(group.phases, f.phase);
    f.warnings.forEach((w) => addTo(group.warnings, w));
    f.request?.types.forEach((t) => addTo(group.types, t));
    const days = f.cookie?.lifetimeDays ?? null;
    if (days !== null && (group.lifetimeDays === null || days > group.lifetimeDays)) group.lifetimeDays = days;
  }
  return [...groups.values()];
}

export function summarize(findings: readonly Finding[], pages: readonly PageResult[]): Summary {
  const groups = groupFindings(findings);
  const undeclared = groups.filter((g) => g.verdict === 'undeclared');
  return {
    pages: pages.length,
    pagesFailed: pages.filter((p) => p.error || p.phases.some((phase) => phase.error)).length,
    pagesWithoutBanner: pages.filter((p) => !p.error && !p.bannerFound).length,
    violations: groups.filter((g) => g.verdict === 'violation'),
    undeclared,
    stale: groups.filter((g) => g.verdict === 'stale'),
    warnings: groups.filter((g) => g.verdict === 'ok' && g.warnings.length),
    otherRequests: groups.filter((g) => g.verdict === 'ok' && g.kind === 'request' && g.classification === 'unknown' && g.phases.includes('accept')),
    snippet: mergeSnippets(undeclared.flatMap((g) => (g.snippet ? [g.snippet] : []))),
  };
}
