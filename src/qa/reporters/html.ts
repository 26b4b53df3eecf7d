/**
 * The HTML report: one self-contained file (inline CSS and script, no network) a reviewer opens
 * offline. Both versions side by side, one aligned pair per row (for documents, the row shows
 * the input text of the pair, so finding offsets land exactly), every finding highlighted at its
 * offsets (`<mark data-f="N">`, N = the finding's index in the JSON report) and listed in its
 * row with severity, check, message and hash; severity and check filters at the top. Pure.
 */
import type { Finding, PairInfo, QaResult, Severity, Span } from '../types.js';
import { SEVERITY_RANK } from '../types.js';
import { HTML_SCRIPT, HTML_STYLE } from './html-assets.js';
import type { ReporterOptions } from './types.js';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESC[c]!);
}

interface Mark {
  start: number;
  end: number;
  finding: number;
  severity: Severity;
}

function worst(marks: readonly Mark[]): Severity {
  return marks.reduce<Severity>(
    (w, m) => (SEVERITY_RANK[m.severity] < SEVERITY_RANK[w] ? m.severity : w),
    'info',
  );
}

function markTag(marks: readonly Mark[], point: boolean): string {
  const ids = [...new Set(marks.map((m) => m.finding))].join(' ');
  return `<mark class="hl sev-${worst(marks)}${point ? ' point' : ''}" data-f="${ids}">`;
}

/** The text with every mark wrapped (overlaps split into runs; empty spans as a caret). */
export function highlight(text: string, marks: readonly Mark[]): string {
  if (marks.length === 0) return escapeHtml(text);
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = sortedCuts(cuts);
  let out = '';
  for (let k = 0; k < points.length; k++) {
    const a = points[k]!;
    const at = marks.filter((m) => m.start === a && m.end === a);
    if (at.length) out += `${markTag(at, true)}‸</mark>`;
    if (k === points.length - 1) break;
    const b = points[k + 1]!;
    const run = escapeHtml(text.slice(a, b));
    const on = marks.filter((m) => m.start <= a && b <= m.end && m.end > m.start);
    out += on.length ? `${markTag(on, false)}${run}</mark>` : run;
  }
  return out;
}

function sortedCuts(cuts: Set<number>): number[] {
  return [...cuts].sort((x, y) => x - y);
}

function rowText(
  result: QaResult,
  pair: PairInfo,
  side: 'source' | 'target',
): { text: string; base: number } {
  const range = side === 'source' ? pair.srcRange : pair.tgtRange;
  const own = side === 'source' ? pair.source : pair.target;
  if (result.texts && range)
    return { text: result.texts[side].slice(range[0], range[1]), base: range[0] };
  return { text: own, base: 0 };
}

function marksFor(
  findings: readonly { f: Finding; i: number }[],
  side: 'source' | 'target',
  base: number,
  length: number,
): Mark[] {
  const out: Mark[] = [];
  for (const { f, i } of findings) {
    const span: Span | null = side === 'source' ? f.srcOffsets : f.tgtOffsets;
    if (!span) continue;
    const start = Math.min(Math.max(span[0] - base, 0), length);
    const end = Math.min(Math.max(span[1] - base, start), length);
    out.push({ start, end, finding: i, severity: f.severity });
  }
  return out;
}

function findingItem(f: Finding, i: number): string {
  const related = f.related
    ? ` <span class="check">(see pair ${escapeHtml(f.related)})</span>`
    : '';
  return (
    `<li class="finding sev-${f.severity}" id="f-${i}" data-f="${i}" data-check="${escapeHtml(f.check)}" data-severity="${f.severity}" data-hash="${f.hash}">` +
    `<span class="sev">${f.severity}</span> <span class="check">${escapeHtml(f.check)}</span> ${escapeHtml(f.message)}${related} <code class="hash">#${f.hash}</code></li>`
  );
}

function row(
  result: QaResult,
  pair: PairInfo,
  findings: readonly { f: Finding; i: number }[],
  langs: [string, string],
): string {
  const cells: string[] = [];
  for (const [k, side] of (['source', 'target'] as const).entries()) {
    const { text, base } = rowText(result, pair, side);
    let marks = marksFor(findings, side, base, text.length);
    // a finding with no span on either side is shown on the whole row's source
    if (side === 'source') {
      const spanless = findings.filter(({ f }) => !f.srcOffsets && !f.tgtOffsets);
      marks = [
        ...marks,
        ...spanless.map(({ f, i }) => ({
          start: 0,
          end: text.length,
          finding: i,
          severity: f.severity,
        })),
      ];
    }
    const lang = escapeHtml(langs[k]!);
    cells.push(
      text
        ? `<td class="text ${side === 'source' ? 'src' : 'tgt'}" lang="${lang}">${highlight(text, marks)}</td>`
        : `<td class="text empty ${side === 'source' ? 'src' : 'tgt'}">${marks.length ? `${highlight('', marks)} ` : ''}(nothing)</td>`,
    );
  }
  const list = findings.length
    ? `<ol class="findings">${findings.map(({ f, i }) => findingItem(f, i)).join('')}</ol>`
    : '';
  const cls = findings.length
    ? ` has-findings sev-${worst(findings.map(({ f, i }) => ({ start: 0, end: 0, finding: i, severity: f.severity })))}`
    : '';
  return `<tr class="pair${cls}" id="p-${escapeHtml(pair.id)}"><td class="id">${escapeHtml(pair.id)}</td>${cells.join('')}<td class="fl">${list}</td></tr>`;
}

export function htmlReporter(result: QaResult, options: ReporterOptions = {}): string {
  const { summary } = result;
  const src = summary.documents.source ?? 'source';
  const tgt = summary.documents.target ?? 'target';
  const title = options.title ?? `zhen qa: ${src} ↔ ${tgt}`;
  const byPair = new Map<number, { f: Finding; i: number }[]>();
  result.findings.forEach((f, i) => {
    const list = byPair.get(f.pair) ?? [];
    list.push({ f, i });
    byPair.set(f.pair, list);
  });
  const s = summary.bySeverity;
  const sevBoxes = (['error', 'warning', 'info'] as const)
    .map(
      (sev) =>
        `<label><input type="checkbox" data-severity="${sev}" checked> <span class="sev sev-${sev}">${sev}</span> ${s[sev]}</label>`,
    )
    .join('');
  const checkBoxes = Object.entries(summary.byCheck)
    .filter(([, n]) => n > 0)
    .map(
      ([name, n]) =>
        `<label><input type="checkbox" data-check="${escapeHtml(name)}" checked> ${escapeHtml(name)} ${n}</label>`,
    )
    .join('');
  const warnings = result.warnings.length
    ? `<ul class="warnings">${result.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`
    : '';
  const langs: [string, string] = [summary.languages.source, summary.languages.target];
  const rows = result.pairs.map((p) => row(result, p, byPair.get(p.index) ?? [], langs)).join('\n');
  const version = options.version ? ` · zhen ${escapeHtml(options.version)}` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="zhen qa">
<title>${escapeHtml(title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="summary" id="summary" data-total="${summary.total}">${summary.total} findings in ${summary.units} pairs · ${escapeHtml(src)} (${escapeHtml(langs[0])}) ↔ ${escapeHtml(tgt)} (${escapeHtml(langs[1])})${summary.ignored ? ` · ${summary.ignored} ignored` : ''}${version}</p>
<div class="controls">${sevBoxes}<label><input type="checkbox" id="only-findings"> pairs with findings only</label></div>
<div class="controls checks">${checkBoxes}</div>
${warnings}
</header>
<table>
<colgroup><col class="id"><col class="src"><col class="tgt"><col class="fl"></colgroup>
<thead><tr><th>#</th><th>${escapeHtml(src)}</th><th>${escapeHtml(tgt)}</th><th>findings</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<script>${HTML_SCRIPT}</script>
</body>
</html>
`;
}
