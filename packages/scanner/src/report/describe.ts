/** The cells every report shows for a group of findings, in words. */
import { describeLifetime as lifetimeWords } from '../lifetime.js';
import type { PageResult, ScanResult } from '../scan.js';
import type { FindingGroup } from '../summary.js';
import type { ReportStrings } from './i18n.js';

/** «Google Analytics · mesure d’audience», «publicité / ads», or «inconnu». */
export function describeTool(group: FindingGroup, t: ReportStrings): string {
  const category = group.category && (t.category[group.category] ?? group.category);
  const purpose = group.service ? `${category} / ${group.service}` : category;
  if (group.tool && purpose) return `${group.tool} · ${purpose}`;
  return group.tool ?? purpose ?? t.unknown;
}

/** «2 pages», or nothing for a declaration no page showed. */
export const describePages = (group: FindingGroup, t: ReportStrings): string => (group.pages.length ? t.pageCount(group.pages.length) : '');

export const describeWhen = (group: FindingGroup, t: ReportStrings): string => group.phases.map((p) => t.phase[p]).join(', ');

/** The longest lifetime seen, for cookies that were seen. */
export const describeLifetime = (group: FindingGroup, t: ReportStrings): string =>
  group.kind === 'cookie' && group.pages.length ? lifetimeWords(group.lifetimeDays)[t.lang] : '';

/** The kind, with the resource types of a request («appel à un autre site (image, ping)»). */
export const describeKind = (group: FindingGroup, t: ReportStrings): string =>
  group.types.length ? `${t.kind[group.kind]} (${group.types.join(', ')})` : t.kind[group.kind];

export const describeWarnings = (group: FindingGroup, t: ReportStrings): string => group.warnings.map((w) => t.warning[w]).join('; ');

/** «Après un refus : impossible à analyser (HTTP 500)», for each phase of a loaded page that did not finish. */
export const describePhaseErrors = (page: PageResult, t: ReportStrings): string =>
  page.phases
    .filter((p) => p.error)
    .map((p) => `${t.phase[p.phase]}${t.colon}${t.phaseError} (${p.error})`)
    .join('; ');

export const seconds = (ms: number, t: ReportStrings): string =>
  (ms / 1000).toLocaleString(t.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** JSON on one line, with a space after each `:` and `,`. */
function oneLine(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

/**
 * JSON as a person reads it, for the snippet to paste into a config: indented, but what fits in 100 characters (a
 * `{ "fr": …, "en": … }` text, a short cookie) stays on one line.
 */
export function snippetText(value: unknown, indent = ''): string {
  const flat = oneLine(value);
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= 100) return flat;
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((v) => `${inner}${snippetText(v, inner)}`)
    : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${snippetText(v, inner)}`);
  return Array.isArray(value) ? `[\n${items.join(',\n')}\n${indent}]` : `{\n${items.join(',\n')}\n${indent}}`;
}

/** The five counts of a scan, the same label for each in every report. */
export function countsTable(result: ScanResult, t: ReportStrings): [label: string, count: number][] {
  const { summary } = result;
  return [
    [t.summaryLabels.violations, summary.violations.length],
    [t.summaryLabels.undeclared, summary.undeclared.length],
    [t.summaryLabels.stale, summary.stale.length],
    [t.summaryLabels.pagesWithoutBanner, summary.pagesWithoutBanner],
    [t.summaryLabels.pagesFailed, summary.pagesFailed],
  ];
}

/** «Infractions : 0 · Non déclarés : 1 · …» */
export const countsLine = (result: ScanResult, t: ReportStrings): string =>
  countsTable(result, t)
    .map(([label, count]) => `${label}${t.colon}${count}`)
    .join(' · ');
