/**
 * The pure steps findings pass through after the checks, textlint style: a stable hash for
 * each finding, the ignore list (hashes a reviewer marked as false positives), dedupe, sort and
 * the summary. Also the ignore-file format:
 *
 *   # zhen qa ignore list: one finding hash per line; `#` starts a comment
 *   3f9a0c1d22e4  # numbers: 2024 is not in the Chinese
 *
 * The hash covers the check, the pair's source and target text and the flagged text on each
 * side, not offsets: it survives re-runs and edits elsewhere in the documents, and changes when
 * the flagged sentence itself is edited (the finding must then be looked at again).
 */
import { createHash } from 'node:crypto';
import type { Finding, QaInput, Severity, Summary } from './types.js';
import { SEVERITY_RANK } from './types.js';

/** Hex characters of a finding hash. */
export const HASH_LENGTH = 12;

export function findingHash(
  check: string,
  source: string,
  target: string,
  flagged: { source: string; target: string },
): string {
  return createHash('sha256')
    .update([check, source, target, flagged.source, flagged.target].join('\u0000'))
    .digest('hex')
    .slice(0, HASH_LENGTH);
}

/** Findings whose hash is not in the ignore list, and how many were silenced. */
export function applyIgnore(
  findings: readonly Finding[],
  ignore: ReadonlySet<string>,
): { kept: Finding[]; ignored: number } {
  if (ignore.size === 0) return { kept: [...findings], ignored: 0 };
  const kept = findings.filter((f) => !ignore.has(f.hash));
  return { kept, ignored: findings.length - kept.length };
}

/**
 * One finding per hash and place (the first, the most severe after sorting): two checks'
 * reports of the same thing at the same offsets collapse; the same issue repeated at another
 * place of the filing stays (it has the same hash, so one ignore line silences all of them).
 */
export function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.hash} ${f.srcOffsets?.join(',')} ${f.tgtOffsets?.join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/** Document order: pair, then source offset, target offset, severity, check. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const first = (s: [number, number] | null) => (s ? s[0] : -1);
  return [...findings].sort(
    (a, b) =>
      a.pair - b.pair ||
      first(a.srcOffsets) - first(b.srcOffsets) ||
      first(a.tgtOffsets) - first(b.tgtOffsets) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.check.localeCompare(b.check) ||
      a.message.localeCompare(b.message),
  );
}

export function summarise(
  findings: readonly Finding[],
  input: QaInput,
  checks: readonly string[],
  ignored: number,
): Summary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byCheck: Record<string, number> = {};
  for (const name of checks) byCheck[name] = 0;
  for (const f of findings) {
    bySeverity[f.severity]++;
    byCheck[f.check] = (byCheck[f.check] ?? 0) + 1;
  }
  const summary: Summary = {
    total: findings.length,
    bySeverity,
    byCheck,
    ignored,
    checks: [...checks],
    origin: input.origin,
    documents: { source: input.source.path ?? null, target: input.target.path ?? null },
    languages: { source: input.source.code, target: input.target.code },
    units: input.pairs.length,
  };
  if (input.origin === 'documents') {
    const count = (side: 'srcSegments' | 'tgtSegments') =>
      input.pairs.reduce((n, p) => n + p[side].length, 0);
    summary.segments = { source: count('srcSegments'), target: count('tgtSegments') };
  }
  return summary;
}

/** True when some finding is at or above `level` (error ≥ warning ≥ info). */
export function reaches(findings: readonly Finding[], level: Severity): boolean {
  return findings.some((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[level]);
}

const HASH_LINE = new RegExp(`^[0-9a-f]{${HASH_LENGTH}}$`);

/**
 * The hashes of an ignore file: one per line, `#` to the end of a line is a comment, blank
 * lines are skipped. Returns the hashes and the 1-based numbers of lines that are not hashes.
 */
export function parseIgnoreList(text: string): { hashes: Set<string>; bad: number[] } {
  const hashes = new Set<string>();
  const bad: number[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      const body = line.replace(/#.*$/, '').trim().toLowerCase();
      if (!body) return;
      if (HASH_LINE.test(body)) hashes.add(body);
      else bad.push(i + 1);
    });
  return { hashes, bad };
}

/** Ignore-file lines for findings: the hash, then the check and message as a comment. */
export function formatIgnoreList(findings: readonly Finding[], header?: string): string {
  const lines = header ? [`# ${header}`] : [];
  for (const f of findings) {
    lines.push(`${f.hash}  # ${f.check} [${f.unit}]: ${f.message.replace(/\s+/g, ' ')}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
