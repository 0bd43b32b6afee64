/** What the command prints: a line per page as the scan goes, then a table of what was found. */
import type { PageResult, ScanResult } from '../scan.js';
import type { FindingGroup } from '../summary.js';
import { countsLine, describeKind, describePages, describeTool, describeWhen, seconds, snippetText } from './describe.js';
import type { ReportStrings } from './i18n.js';

/** `[2] https://…/services  avant ✓ · refus ✗ 2 · accord ✓  Bannière : aquao-consent  2,1 s` */
export function progressLine(page: PageResult, index: number, t: ReportStrings): string {
  const head = `[${index}] ${page.url}`;
  if (page.error) return `${head}  ✗ ${t.pageError}${t.colon}${page.error}`;
  const phases = page.phases
    .map((p) => {
      if (p.error) return `${t.phaseShort[p.phase]} ✗ ${p.error}`;
      const problems = p.violations + p.undeclared;
      return `${t.phaseShort[p.phase]} ${p.violations ? `✗ ${p.violations}` : p.undeclared ? `? ${problems}` : '✓'}`;
    })
    .join(' · ');
  const banner = `${t.banner}${t.colon}${page.bannerFound ? (page.bannerTool ?? '✓') : `✗ (${t.noBanner})`}`;
  return `${head}  ${phases}  ${banner}  ${seconds(page.ms, t)} s`;
}

/** Left-aligned columns, each as wide as its widest cell (cut at 60 characters). */
function table(header: string[], rows: string[][]): string {
  const cut = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);
  const all = [header, ...rows].map((row) => row.map(cut));
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(all[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

export function terminalSummary(result: ScanResult, t: ReportStrings): string {
  const { summary } = result;
  const rows = (groups: FindingGroup[]) =>
    groups.map((g) => [t.verdict[g.verdict], describeKind(g, t), g.name, describeTool(g, t), describeWhen(g, t), describePages(g, t)]);
  const listed = [...summary.violations, ...summary.undeclared, ...summary.stale];
  const out = [
    '',
    `${summary.violations.length ? t.notCompliant(summary.violations.length) : t.compliant}`,
    `${t.scanned(summary.pages, seconds(result.ms, t))} · ${t.configSource[result.config.source]}`,
    countsLine(result, t),
  ];
  if (listed.length) {
    const c = t.columns;
    out.push('', table([c.verdict, c.kind, c.item, c.tool, c.when, c.pages], rows(listed)));
  }
  if (summary.snippet) {
    out.push('', `${t.sections.snippetAll}${t.colon}${t.sections.snippetHow}`);
    if (summary.snippet.categories['?']) out.push(t.sections.unknownCategory);
    out.push(snippetText(summary.snippet));
  }
  return out.join('\n');
}
