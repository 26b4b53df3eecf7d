/**
 * The data of bilingual QA: the pairs the checks look at (aligned beads of two documents, or the
 * units of a TMX/XLIFF/TSV/JSONL file), what a check reports (`Report`, spans inside the pair),
 * and what the runner makes of it (`Finding`, spans in the decoded input files, a stable hash).
 * Plain data only; no I/O.
 */
import type { Lang, SegmentKind, Severity } from '../types.js';
import type { SegmentAnalysis } from './analyse.js';

export type { Severity };

/** [start, end) JavaScript string offsets. */
export type Span = [start: number, end: number];

/** Rank for sorting and `--fail-on`: error 0, warning 1, info 2. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One language version: its language and, for documents, its text and name. */
export interface QaSide {
  lang: Lang;
  /** BCP 47 code (en, zh-HK, zh-CN) */
  code: string;
  /** the file name shown in reports ('-' for stdin) */
  path?: string;
  /** the decoded document text (qa EN ZH only); offsets point into it */
  text?: string;
}

/** Where a piece of a pair's text comes from: pair offset → input offset. */
export interface Piece {
  /** offset of the piece in the pair text */
  at: number;
  /** the piece as it appears in the pair text (a segment's normalised text) */
  text: string;
  /** offset in the input file (document) or unit text of the piece's first character */
  start: number;
  /** the input text the piece was normalised from (omitted when identical to `text`) */
  raw?: string;
}

/** One aligned pair: a bead of two documents or a unit of a bilingual file. */
export interface QaPair {
  /** 0-based position in the pair list */
  index: number;
  /** unit id of a bilingual file, or the 1-based bead number */
  id: string;
  source: string;
  target: string;
  /** segment kinds on each side (sentence, heading, list-item, table-row), when known */
  srcKinds: SegmentKind[];
  tgtKinds: SegmentKind[];
  /** the segment indexes of the bead (documents); [] for an empty side */
  srcSegments: number[];
  tgtSegments: number[];
  /** paragraph index of each segment, when known */
  srcParagraphs: number[];
  tgtParagraphs: number[];
  /** how the pair text maps back to the input (one piece per segment, or the unit text) */
  srcPieces: Piece[];
  tgtPieces: Piece[];
  /** alignment confidence, when known */
  score?: number;
  /** what the lexicon and the law-name matcher found on each side, when computed beforehand */
  srcAnalysis?: SegmentAnalysis;
  tgtAnalysis?: SegmentAnalysis;
}

export interface QaInput {
  /** 'documents' for `qa EN ZH`, otherwise the bilingual file format (tmx, xliff …) */
  origin: string;
  source: QaSide;
  target: QaSide;
  pairs: QaPair[];
  /** warnings from reading or aligning (e.g. "do not look like translations") */
  warnings: string[];
}

/**
 * What a check reports, in the terms it reasons in: spans in the English and the Chinese text
 * of one pair (whichever is source or target). An undefined span means "nothing to point at on
 * that side" (a number missing from the Chinese has an English span only).
 */
export interface Report {
  /** index of the pair */
  pair: number;
  message: string;
  /** overrides the check's default severity for this report */
  severity?: Severity;
  en?: Span;
  zh?: Span;
  /** another pair the finding is about (the other translation of the same source …) */
  related?: number;
}

/** A finding as reported to the user. */
export interface Finding {
  check: string;
  severity: Severity;
  message: string;
  /** unit id (bilingual files) or bead number (documents) */
  unit: string;
  /** index of the pair in `QaResult.pairs` */
  pair: number;
  /** the pair's source and target text */
  source: string;
  target: string;
  /** the flagged span in the source input (document text or unit text), or null */
  srcOffsets: Span | null;
  tgtOffsets: Span | null;
  /** the flagged text on each side ('' when none) */
  flagged: { source: string; target: string };
  /** the unit id of a related pair, when the finding is about two pairs */
  related?: string;
  /** stable identity: hash of check, source, target and flagged text (not offsets) */
  hash: string;
}

/** The pairs as the reporters show them: text and where it sits in the input. */
export interface PairInfo {
  index: number;
  id: string;
  source: string;
  target: string;
  /** [start, end) of the pair in the source / target input (document or unit), null if empty */
  srcRange: Span | null;
  tgtRange: Span | null;
}

export interface Summary {
  total: number;
  bySeverity: Record<Severity, number>;
  byCheck: Record<string, number>;
  /** findings silenced by the ignore list */
  ignored: number;
  /** checks that ran */
  checks: string[];
  origin: string;
  documents: { source: string | null; target: string | null };
  languages: { source: string; target: string };
  /** aligned pairs (beads or units) checked */
  units: number;
  /** segments on each side (documents only) */
  segments?: { source: number; target: number };
}

export interface QaResult {
  findings: Finding[];
  summary: Summary;
  pairs: PairInfo[];
  /** the document texts (qa EN ZH) for reporters that show the documents */
  texts?: { source: string; target: string };
  warnings: string[];
}
