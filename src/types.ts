/**
 * Core data types shared by every stage. Plain data only: no methods, no I/O.
 * Offsets are JavaScript string offsets (UTF-16 code units) into the decoded input text.
 */

/** A language as zhen reasons about it. Region/script codes (zh-HK, zh-CN) live in `Doc.lang`. */
export type Lang = 'en' | 'zh';

export type SegmentKind = 'sentence' | 'heading' | 'list-item' | 'table-row';

export interface Segment {
  /** 0-based index in the document's segment list */
  id: number;
  /** normalised text (PDF line breaks joined, page furniture dropped); never width-folded */
  text: string;
  /** offset of the first character in the decoded input */
  start: number;
  /** offset just past the last character in the decoded input */
  end: number;
  /** 0-based paragraph index */
  paragraph: number;
  kind: SegmentKind;
  /** language the segment was split as */
  lang: Lang;
}

export interface Doc {
  /** BCP 47 code as written to TMX/XLIFF: en, zh-HK, zh-CN, zh-TW */
  lang: string;
  segments: Segment[];
  /** the decoded input text (offsets point into it) */
  text: string;
  /** where it came from, for messages ('-' for stdin) */
  path?: string;
}

/** One alignment bead: 0-based segment indexes on each side, in order, plus a confidence in [0, 1]. */
export interface Bead {
  src: number[];
  tgt: number[];
  score: number;
}

/** A bilingual unit, the hub between all file formats (TMX, XLIFF, TSV, JSONL). */
export interface Unit {
  id: string;
  source: string;
  target: string;
  srcLang: string;
  tgtLang: string;
  /** alignment confidence in [0, 1], when known */
  score?: number;
  /** true when a reviewer should look at this pair */
  review?: boolean;
  notes?: string[];
  /** extra name/value pairs (written as TMX <prop type="x-name">) */
  props?: Record<string, string>;
  /** the bead this unit came from, when it came from an alignment */
  bead?: { src: number[]; tgt: number[] };
}

export type Severity = 'error' | 'warning' | 'info';
