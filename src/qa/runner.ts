/**
 * `runQa(input, options)`: run the enabled checks over the pairs, turn their reports into
 * findings (spans in the pair → spans in the decoded inputs, flagged text, stable hash), then
 * the pure steps: severity overrides, dedupe, ignore list, sort, summary. No I/O: the CLI reads
 * the files, the ignore list and the glossaries and passes them in.
 */
import { UsageError } from '../errors.js';
import type { GlossaryIndex } from '../glossary/shipped.js';
import { type Lexicon, loadLexicon } from '../lexicon/lexicon.js';
import type { ScanCache } from './analyse.js';
import type { Check } from './check.js';
import { checks as registry } from './checks/index.js';
import { makeContext } from './context.js';
import { sideRange, toInputSpan } from './offsets.js';
import { applyIgnore, dedupe, findingHash, sortFindings, summarise } from './steps.js';
import type { Finding, PairInfo, QaInput, QaResult, Report, Severity, Span } from './types.js';

export interface QaOptions {
  /** the checks to choose from (default: the registry in checks/index.ts) */
  checks?: readonly Check[];
  /** names of checks to run in addition to those on by default */
  enable?: readonly string[];
  /** names of checks not to run */
  disable?: readonly string[];
  /** severity per check name, replacing the check's own */
  severity?: Readonly<Record<string, Severity>>;
  /** hashes of findings to leave out (false positives marked by a reviewer) */
  ignore?: ReadonlySet<string>;
  glossary?: GlossaryIndex;
  /**
   * zh→en lexicon for the lexical checks (additions, omissions in merged beads, names, term
   * variants); default the CC-CEDICT lexicon built by `npm run build`, as the aligner uses
   */
  lexicon?: Lexicon;
  /** sentence scans already made (qaDocuments shares them with the aligner) */
  scans?: ScanCache;
}

/** The checks that run for these options; UsageError for an unknown name. */
export function selectChecks(options: QaOptions = {}): Check[] {
  const all = options.checks ?? registry;
  const names = new Set(all.map((c) => c.name));
  for (const n of [...(options.enable ?? []), ...(options.disable ?? [])]) {
    if (!names.has(n)) {
      throw new UsageError(`unknown check "${n}" (known: ${[...names].join(', ')})`);
    }
  }
  for (const n of Object.keys(options.severity ?? {})) {
    if (!names.has(n)) throw new UsageError(`unknown check "${n}" in --severity`);
  }
  const enable = new Set(options.enable ?? []);
  const disable = new Set(options.disable ?? []);
  return all.filter((c) => !disable.has(c.name) && (c.enabled || enable.has(c.name)));
}

function slice(text: string, span: Span | undefined): string {
  return span ? text.slice(span[0], span[1]) : '';
}

function toFinding(
  check: Check,
  r: Report,
  input: QaInput,
  severity: Severity | undefined,
): Finding {
  const pair = input.pairs[r.pair]!;
  const enIsSource = input.source.lang === 'en';
  const srcSpan = enIsSource ? r.en : r.zh;
  const tgtSpan = enIsSource ? r.zh : r.en;
  const flagged = { source: slice(pair.source, srcSpan), target: slice(pair.target, tgtSpan) };
  const finding: Finding = {
    check: check.name,
    severity: severity ?? r.severity ?? check.severity,
    message: r.message,
    unit: pair.id,
    pair: pair.index,
    source: pair.source,
    target: pair.target,
    srcOffsets: srcSpan ? toInputSpan(pair.srcPieces, srcSpan) : null,
    tgtOffsets: tgtSpan ? toInputSpan(pair.tgtPieces, tgtSpan) : null,
    flagged,
    hash: findingHash(check.name, pair.source, pair.target, flagged),
  };
  if (r.related !== undefined) finding.related = input.pairs[r.related]?.id;
  return finding;
}

export function pairInfos(input: QaInput): PairInfo[] {
  return input.pairs.map((p) => ({
    index: p.index,
    id: p.id,
    source: p.source,
    target: p.target,
    srcRange: sideRange(p.srcPieces),
    tgtRange: sideRange(p.tgtPieces),
  }));
}

export function runQa(input: QaInput, options: QaOptions = {}): QaResult {
  const selected = selectChecks(options);
  const ctx = makeContext(input, {
    glossary: options.glossary,
    lexicon: options.lexicon ?? loadLexicon(),
    scans: options.scans,
  });
  const raw: Finding[] = [];
  for (const check of selected) {
    const override = options.severity?.[check.name];
    for (const r of check.run(ctx)) raw.push(toFinding(check, r, input, override));
  }
  const sorted = sortFindings(raw);
  const unique = dedupe(sorted);
  const { kept, ignored } = applyIgnore(unique, options.ignore ?? new Set());
  const result: QaResult = {
    findings: kept,
    summary: summarise(
      kept,
      input,
      selected.map((c) => c.name),
      ignored,
    ),
    pairs: pairInfos(input),
    warnings: [...input.warnings],
  };
  if (input.source.text !== undefined && input.target.text !== undefined) {
    result.texts = { source: input.source.text, target: input.target.text };
  }
  return result;
}
