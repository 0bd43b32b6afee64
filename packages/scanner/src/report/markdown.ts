/** The report as Markdown, for a pull-request or CI comment: the verdict, then a table per kind of problem. */
import type { ScanResult } from '../scan.js';
import type { FindingGroup } from '../summary.js';
import { countsLine, describeKind, describePages, describeLifetime, describePhaseErrors, describeTool, describeWarnings, describeWhen, seconds, snippetText } from './describe.js';
import type { ReportStrings } from './i18n.js';

/** A table cell: pipes and line breaks would end it; backticks keep names literal. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

function groupTable(groups: FindingGroup[], t: ReportStrings, extra?: (g: FindingGroup) => string): string[] {
  const c = t.columns;
  const head = [c.item, c.kind, c.tool, c.when, c.pages, c.lifetime, ...(extra ? [c.note] : [])];
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...groups.map((g) =>
      `| ${[code(g.name), describeKind(g, t), describeTool(g, t), describeWhen(g, t), describePages(g, t), describeLifetime(g, t), ...(extra ? [extra(g)] : [])]
        .map(cell)
        .join(' | ')} |`,
    ),
  ];
}

export function markdownReport(result: ScanResult, t: ReportStrings): string {
  const { summary } = result;
  const s = t.sections;
  const out = [
    `## ${t.title(new URL(result.url).host)}`,
    '',
    `**${summary.violations.length ? t.notCompliant(summary.violations.length) : t.compliant}**`,
    '',
    `${t.scanned(summary.pages, seconds(result.ms, t))} · ${t.configSource[result.config.source]}`,
    '',
    countsLine(result, t),
  ];
  const section = (title: string, why: string, groups: FindingGroup[], extra?: (g: FindingGroup) => string) => {
    if (groups.length) out.push('', `### ${title} (${groups.length})`, '', why, '', ...groupTable(groups, t, extra));
  };
  section(s.violations, s.violationsWhy, summary.violations);
  section(s.undeclared, s.undeclaredWhy, summary.undeclared);
  if (summary.snippet) {
    out.push('', `<details><summary>${s.snippetAll}</summary>`, '', s.snippetHow);
    if (summary.snippet.categories['?']) out.push(s.unknownCategory);
    out.push('', '```json', snippetText(summary.snippet), '```', '', '</details>');
  }
  section(s.stale, s.staleWhy, summary.stale);
  section(s.warnings, '', summary.warnings, (g) => describeWarnings(g, t));
  const problems = (p: ScanResult['pages'][number]) =>
    p.error ? `${t.pageError} (${p.error})` : [describePhaseErrors(p, t), p.bannerFound ? '' : t.noBanner].filter(Boolean).join('; ');
  const failed = result.pages.filter((p) => problems(p));
  if (failed.length) {
    out.push('', `### ${s.perPage}`, '', ...failed.map((p) => `- ${p.url}${t.colon}${problems(p)}`));
  }
  return `${out.join('\n')}\n`;
}
