/**
 * The one interface every bilingual file format implements (TMX, XLIFF 2.1, XLIFF 1.2, TSV,
 * JSONL), modelled on translate-toolkit's store classes: commands never look at the format,
 * they call `write(units, options)` or `read(text, file)` and work on plain `Unit`s.
 * Formats are pure: a string in, a string out; the CLI does the file I/O and the encoding.
 */
import type { Unit } from '../types.js';

/** What a format can carry; the contract tests (test/formats/) read these to know what to expect. */
export interface FormatTraits {
  /** the file names its source and target language (TSV only with its header row) */
  languages: boolean;
  /** unit notes (`Unit.notes`) */
  notes: boolean;
  /** file-level notes (`WriteOptions.notes`) */
  fileNotes: boolean;
  /** extra name/value pairs (`Unit.props`) */
  props: boolean;
  /** the alignment bead (`Unit.bead`) */
  beads: boolean;
  /** units with an empty source or target are written (TMX: only with `keepEmpty`) */
  emptySides: boolean;
  /** unit ids (`Unit.id`) are written and read back */
  ids: boolean;
  /** XML: characters XML 1.0 forbids are dropped on writing */
  xml: boolean;
}

export interface WriteOptions {
  /** BCP 47 code of the source side: en, zh-HK, zh-CN (an `_` is turned into `-`) */
  srcLang: string;
  tgtLang: string;
  /** creation date written into TMX/XLIFF headers; default now (inject for reproducible tests) */
  creationDate?: Date;
  /** zhen's version, for `creationtoolversion` / `tool-version`; default 'unknown' */
  toolVersion?: string;
  /** name of the source document (TMX header prop, XLIFF `original`) */
  sourceDocument?: string;
  /** name of the target document */
  targetDocument?: string;
  /** file-level notes, e.g. a warning that the two documents may not be translations of each other */
  notes?: string[];
  /** units with a score below this are marked for review as well as those with `review` set */
  reviewThreshold?: number;
  /**
   * TMX: keep units whose source or target is empty (omissions found by the aligner). Off by
   * default: a TM entry with an empty side is useless, and OmegaT inserts its empty target as
   * an exact match; the header then says how many were left out.
   */
  keepEmpty?: boolean;
  /** TSV: write a header row `SRCLANG<TAB>TGTLANG<TAB>score<TAB>review` (default off) */
  header?: boolean;
}

export interface ReadOptions {
  /** language to assume when the file does not say (TSV without header, JSONL); default 'und' */
  srcLang?: string;
  /** the same for the target; for a TMX holding several languages, the one to pick */
  tgtLang?: string;
}

/** What `read` returns: the units plus what the file says about itself. */
export interface UnitFile {
  format: string;
  srcLang: string;
  tgtLang: string;
  /** file-level notes (TMX header notes, XLIFF file notes) */
  notes: string[];
  sourceDocument?: string;
  targetDocument?: string;
  units: Unit[];
}

export interface Format {
  /** registry key and `--format` value */
  readonly name: string;
  /** human-readable name, e.g. 'TMX 1.4b translation memory' */
  readonly title: string;
  /** file name extensions, without the dot, the first one preferred */
  readonly extensions: readonly string[];
  readonly traits: FormatTraits;
  /** true when the content (root element, namespace, version, first line) is this format */
  detect(text: string): boolean;
  /** the whole file; ends with a newline */
  write(units: readonly Unit[], options: WriteOptions): string;
  /** throws InputError (with line and column where known) on malformed input */
  read(text: string, file: string, options?: ReadOptions): UnitFile;
}
