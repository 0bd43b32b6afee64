/**
 * The report as one standalone HTML page a marketing person can read and forward: the verdict first, then what to
 * fix, what to declare (with the config to paste), then page by page. No script, no external file; every text from
 * the scanned site is escaped. WCAG 2.2 AA: landmarks, one h1, captioned tables with header cells, 4.5:1 contrast.
 */
import type { Phase } from '../observe.js';
import { PHASES } from '../observe.js';
import type { Finding } from '../classify.js';
import type { ScanResult } from '../scan.js';
import { groupFindings, type FindingGroup } from '../summary.js';
import { countsTable, describeKind, describePages, describeLifetime, describePhaseErrors, describeTool, describeWarnings, describeWhen, seconds, snippetText } from './describe.js';
import type { ReportStrings } from './i18n.js';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --line: #d0d0d0; --bad: #a4001d; --warn: #7a4300; --good: #1b5e20; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem; }
h1 { font-size: 1.75rem; margin: 0.5rem 0; overflow-wrap: anywhere; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 0.5rem; border-bottom: 2px solid var(--line); padding-bottom: 0.25rem; }
h3 { font-size: 1.05rem; margin: 1.75rem 0 0.25rem; overflow-wrap: anywhere; }
.meta, footer { color: var(--muted); }
.verdict { font-size: 1.2rem; font-weight: 700; padding: 0.75rem 1rem; border-left: 0.4rem solid; background: #f6f6f6; }
.verdict.bad { color: var(--bad); }
.verdict.good { color: var(--good); }
.counts { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 1rem 0; padding: 0; }
.counts div { border: 1px solid var(--line); border-radius: 0.4rem; padding: 0.5rem 0.9rem; min-width: 9rem; }
.counts dt { color: var(--muted); font-size: 0.9rem; }
.counts dd { margin: 0; font-size: 1.5rem; font-weight: 700; }
.table { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--line); }
thead th { background: #f0f0f0; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
td code { overflow-wrap: anywhere; }
pre { background: #f6f6f6; border: 1px solid var(--line); padding: 0.75rem; overflow-x: auto; font-size: 0.9rem; }
.violation { color: var(--bad); font-weight: 600; }
.undeclared, .stale { color: var(--warn); font-weight: 600; }
.ok { color: var(--good); }
a { color: #0b4f9c; }
a:focus-visible, pre:focus-visible, .table:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
`;

const VERDICT_MARK: Record<Finding['verdict'], string> = { violation: '✗', undeclared: '?', stale: '–', ok: '✓' };

function groupTable(caption: string, groups: FindingGroup[], t: ReportStrings, extra?: [string, (g: FindingGroup) => string]): string {
  const c = t.columns;
  const head = [c.item, c.kind, c.tool, c.when, c.pages, c.lifetime, ...(extra ? [extra[0]] : [])];
  const rows = groups.map((g) => {
    const cells = [describeKind(g, t), describeTool(g, t), describeWhen(g, t), describePages(g, t), describeLifetime(g, t), ...(extra ? [extra[1](g)] : [])];
    return `<tr><th scope="row"><code>${escapeHtml(g.name)}</code></th>${cells.map((x) => `<td>${escapeHtml(x)}</td>`).join('')}</tr>`;
  });
  // A scrollable region must be reachable by keyboard (WCAG 2.1.1): tabindex and a name.
  return `<div class="table" tabindex="0" role="region" aria-label="${escapeHtml(caption)}"><table><caption class="visually-hidden">${escapeHtml(caption)}</caption><thead><tr>${head
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** One row per item seen on the page, one column per phase: what the verdict was, or «—» when not seen. */
function pageMatrix(url: string, findings: readonly Finding[], t: ReportStrings): string {
  const mine = findings.filter((f) => f.page === url && (f.kind !== 'request' || f.request?.tracking || f.verdict !== 'ok'));
  if (!mine.length) return `<p>${escapeHtml(t.sections.none)}</p>`;
  const rows = groupFindings(mine.map((f) => ({ ...f, verdict: 'ok' as const }))).map((g) => {
    const cell = (phase: Phase) => {
      const f = mine.find((x) => x.kind === g.kind && x.name === g.name && x.phase === phase);
      return f ? `<td class="${f.verdict}">${VERDICT_MARK[f.verdict]} ${escapeHtml(t.verdict[f.verdict])}</td>` : '<td>—</td>';
    };
    return `<tr><th scope="row"><code>${escapeHtml(g.name)}</code></th><td>${escapeHtml(describeKind(g, t))}</td><td>${escapeHtml(describeTool(g, t))}</td>${PHASES.map(cell).join('')}</tr>`;
  });
  const c = t.columns;
  return `<div class="table" tabindex="0" role="region" aria-label="${escapeHtml(url)}"><table><caption class="visually-hidden">${escapeHtml(url)}</caption><thead><tr><th scope="col">${escapeHtml(c.item)}</th><th scope="col">${escapeHtml(c.kind)}</th><th scope="col">${escapeHtml(c.tool)}</th>${PHASES.map(
    (p) => `<th scope="col">${escapeHtml(t.phase[p])}</th>`,
  ).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

export function htmlReport(result: ScanResult, t: ReportStrings, language: string): string {
  const { summary } = result;
  const s = t.sections;
  const host = new URL(result.url).host;
  const date = new Date(result.startedAt).toLocaleString(t.locale, { dateStyle: 'long', timeStyle: 'short' });
  const bad = summary.violations.length > 0;
  // Plain sections, not named landmarks: each table's scrolling region is the landmark, named by its caption.
  const section = (id: string, title: string, why: string, body: string) =>
    `<section><h2 id="${id}">${escapeHtml(title)}</h2>${why ? `<p>${escapeHtml(why)}</p>` : ''}${body}</section>`;
  const listOrNone = (caption: string, groups: FindingGroup[], extra?: [string, (g: FindingGroup) => string]) =>
    groups.length ? groupTable(caption, groups, t, extra) : `<p>${escapeHtml(s.none)}</p>`;

  const snippet = summary.snippet
    ? `<h3>${escapeHtml(s.snippetAll)}</h3><p>${escapeHtml(s.snippetHow)}${summary.snippet.categories['?'] ? ` ${escapeHtml(s.unknownCategory)}` : ''}</p><pre tabindex="0"><code>${escapeHtml(snippetText(summary.snippet))}</code></pre>`
    : '';
  const pages = result.pages
    .map((page) => {
      const banner = page.error
        ? `${t.pageError}${t.colon}${page.error}`
        : page.bannerFound
          ? `${t.banner}${t.colon}${[page.bannerTool, ...page.phases.map((p) => p.banner?.label && t.quote(p.banner.label))].filter(Boolean).join(' · ')}`
          : t.noBanner;
      const unfinished = page.error ? '' : describePhaseErrors(page, t);
      return `<h3><a href="${escapeHtml(page.url)}">${escapeHtml(page.url)}</a></h3><p>${escapeHtml(banner)}</p>${unfinished ? `<p>${escapeHtml(unfinished)}</p>` : ''}${page.error ? '' : pageMatrix(page.url, result.findings, t)}`;
    })
    .join('');

  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title(host))}</title>
<style>${STYLE}.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }</style>
</head>
<body>
<header>
<h1>${escapeHtml(t.title(host))}</h1>
<p class="meta">${escapeHtml(result.url)} · ${escapeHtml(date)} · ${escapeHtml(t.scanned(summary.pages, seconds(result.ms, t)))} · ${escapeHtml(t.configSource[result.config.source])}</p>
</header>
<main>
<section><h2 id="summary" class="visually-hidden">${escapeHtml(t.title(host))}</h2>
<p class="verdict ${bad ? 'bad' : 'good'}">${escapeHtml(bad ? t.notCompliant(summary.violations.length) : t.compliant)}</p>
<dl class="counts">${countsTable(result, t).map(([label, n]) => `<div><dt>${escapeHtml(label)}</dt><dd>${n}</dd></div>`).join('')}</dl>
</section>
${section('violations', `${s.violations} (${summary.violations.length})`, s.violationsWhy, listOrNone(s.violations, summary.violations))}
${section('undeclared', `${s.undeclared} (${summary.undeclared.length})`, s.undeclaredWhy, listOrNone(s.undeclared, summary.undeclared) + snippet)}
${section('stale', `${s.stale} (${summary.stale.length})`, s.staleWhy, listOrNone(s.stale, summary.stale))}
${summary.warnings.length ? section('warnings', s.warnings, '', groupTable(s.warnings, summary.warnings, t, [t.columns.note, (g) => describeWarnings(g, t)])) : ''}
${summary.otherRequests.length ? section('other-requests', s.otherRequests, s.otherRequestsWhy, groupTable(s.otherRequests, summary.otherRequests, t)) : ''}
${section('pages', s.perPage, '', pages)}
${section('method', s.method, '', `<p>${escapeHtml(s.methodText(result.browser))}</p>`)}
</main>
<footer><p>${escapeHtml(t.generated(date, result.scanner.version))}</p></footer>
</body>
</html>
`;
}
