/**
 * The text report (default): findings grouped by check, each with its severity, pair, message,
 * where it is (file:line:column of the flagged text, or the unit id and offsets for bilingual
 * files), the flagged text and the hash for the ignore list; a summary line at the end. ANSI
 * colour only when asked (the CLI asks when stdout is a terminal). Pure.
 */
import { clip } from '../check.js';
import type { Finding, QaResult, Severity, Span } from '../types.js';
import type { ReporterOptions } from './types.js';

const COLOURS: Record<Severity, string> = { error: '31', warning: '33', info: '36' };
const MARKS: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

function paint(on: boolean, code: string, s: string): string {
  return on ? `\x1b[${code}m${s}\x1b[0m` : s;
}

/** Line starts of a text, for offset → line:column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function lineCol(starts: number[], offset: number): string {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return `${lo + 1}:${offset - starts[lo]! + 1}`;
}

function place(
  name: string,
  span: Span | null,
  flagged: string,
  starts: number[] | undefined,
  unit: string,
): string | undefined {
  if (!span) return undefined;
  const where = starts
    ? `${name}:${lineCol(starts, span[0])}`
    : `${name} unit ${unit} @${span[0]}-${span[1]}`;
  return flagged ? `${where} "${clip(flagged, 50)}"` : where;
}

export function textReporter(result: QaResult, options: ReporterOptions = {}): string {
  const colour = options.color === true;
  const { summary } = result;
  const srcName = summary.documents.source ?? 'source';
  const tgtName = summary.documents.target ?? 'target';
  const srcStarts = result.texts ? lineStarts(result.texts.source) : undefined;
  const tgtStarts = result.texts ? lineStarts(result.texts.target) : undefined;
  const lines: string[] = [];
  for (const w of result.warnings) lines.push(paint(colour, '33', `warning: ${w}`));
  if (result.warnings.length) lines.push('');
  const byCheck = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const list = byCheck.get(f.check) ?? [];
    list.push(f);
    byCheck.set(f.check, list);
  }
  const order = [
    ...summary.checks,
    ...[...byCheck.keys()].filter((c) => !summary.checks.includes(c)),
  ];
  for (const check of order) {
    const list = byCheck.get(check);
    if (!list) continue;
    lines.push(paint(colour, '1', `${check} (${list.length})`));
    for (const f of list) {
      const sev = paint(
        colour,
        COLOURS[f.severity],
        `${MARKS[f.severity]} ${f.severity.padEnd(7)}`,
      );
      lines.push(`  ${sev} [${f.unit}] ${f.message}`);
      const where = [
        place(srcName, f.srcOffsets, f.flagged.source, srcStarts, f.unit),
        place(tgtName, f.tgtOffsets, f.flagged.target, tgtStarts, f.unit),
      ].filter(Boolean);
      const hash = paint(colour, '2', `#${f.hash}`);
      lines.push(`            ${[...where, hash].join('  ')}`);
    }
    lines.push('');
  }
  const s = summary.bySeverity;
  const counts = `${s.error} error${s.error === 1 ? '' : 's'}, ${s.warning} warning${s.warning === 1 ? '' : 's'}, ${s.info} note${s.info === 1 ? '' : 's'}`;
  const ignored = summary.ignored ? `, ${summary.ignored} ignored` : '';
  const docs = `${srcName} (${summary.languages.source}) ↔ ${tgtName} (${summary.languages.target})`;
  const head =
    summary.total === 0
      ? paint(colour, '32', '✔ no findings')
      : `${summary.total} finding${summary.total === 1 ? '' : 's'}`;
  lines.push(`${head} (${counts}${ignored}) in ${summary.units} pairs: ${docs}`);
  return `${lines.join('\n')}\n`;
}
