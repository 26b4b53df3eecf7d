/**
 * Bilingual QA of a filing pair: `qaDocuments(en, zh)` aligns two documents with the same
 * aligner as `zhen align` and checks every pair and the filing as a whole; `qaUnits(file)`
 * checks the units of a TMX/XLIFF/TSV/JSONL file. Both return findings with offsets into the
 * decoded inputs, a summary and the pairs, for the reporters (reporters/index.ts). No I/O.
 */
import type { AlignResult } from '../align/align.js';
import { alignDocuments, type LanguageDoc } from '../align/documents.js';
import type { UnitFile } from '../formats/format.js';
import type { TermPair } from '../lexicon/lexicon.js';
import { anchorKeysWith, ScanCache, type SegmentAnalysis, withScans } from './analyse.js';
import { pairsFromAlignment, pairsFromUnits } from './pairs.js';
import { type QaOptions, runQa } from './runner.js';
import type { QaResult } from './types.js';

export { analyseTexts, ScanCache, type SegmentAnalysis } from './analyse.js';
export type { Check } from './check.js';
export { checkNames, checks } from './checks/index.js';
export { pairsFromAlignment, pairsFromUnits } from './pairs.js';
export { type QaOptions, runQa, selectChecks } from './runner.js';
export { applyIgnore, findingHash, formatIgnoreList, parseIgnoreList, reaches } from './steps.js';
export type * from './types.js';

export interface DocumentQaOptions extends QaOptions {
  /** glossary pairs for the aligner (termPairsFromTerms) */
  termPairs?: readonly TermPair[];
  reviewThreshold?: number;
  /** segment analyses computed beforehand (analyseTexts), one per segment of each document */
  analyses?: { source: readonly SegmentAnalysis[]; target: readonly SegmentAnalysis[] };
  /** an alignment computed beforehand (alignForQa or alignDocuments of the same documents) */
  alignment?: { result: AlignResult; warnings: string[] };
}

/**
 * Align two documents as `zhen align` does, with the aligner's anchor keys taken from a scan
 * cache the checks then reuse (each sentence is scanned once).
 */
export function alignForQa(
  src: LanguageDoc,
  tgt: LanguageDoc,
  options: { termPairs?: readonly TermPair[]; reviewThreshold?: number; scans: ScanCache },
): { result: AlignResult; warnings: string[] } {
  const { result, warnings } = alignDocuments(src, tgt, {
    termPairs: options.termPairs,
    reviewThreshold: options.reviewThreshold,
    anchorKeys: anchorKeysWith(options.scans),
  });
  return { result, warnings };
}

/** Align two language versions and check them. */
export function qaDocuments(
  src: LanguageDoc,
  tgt: LanguageDoc,
  options: DocumentQaOptions = {},
): QaResult {
  const scans = options.scans ?? new ScanCache();
  const { result, warnings } =
    options.alignment ??
    alignForQa(src, tgt, {
      termPairs: options.termPairs,
      reviewThreshold: options.reviewThreshold,
      scans,
    });
  const texts = (d: LanguageDoc) => d.segments.map((s) => s.text);
  const analyses = options.analyses && {
    source: withScans(options.analyses.source, texts(src), src.language.lang, scans),
    target: withScans(options.analyses.target, texts(tgt), tgt.language.lang, scans),
  };
  const input = pairsFromAlignment(
    { doc: src, lang: src.language.lang, code: src.language.code },
    { doc: tgt, lang: tgt.language.lang, code: tgt.language.code },
    result.beads,
    warnings,
    analyses,
  );
  return runQa(input, { ...options, scans });
}

/** Check the units of a bilingual file. */
export function qaUnits(file: UnitFile, path?: string, options: QaOptions = {}): QaResult {
  return runQa(pairsFromUnits(file, path), options);
}
