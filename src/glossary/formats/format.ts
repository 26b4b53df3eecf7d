/**
 * The one interface every glossary exchange format implements (OmegaT TSV, the zhen TSV of
 * glossaries/, CSV with a language-code header, TBX v3 Basic, TBX 2008 `martif`, JSON), the
 * glossary counterpart of src/formats/format.ts: commands call `read(text, file)` or
 * `write(glossary, options)` and work on plain `GlossaryTerm`s. Formats are pure: a string in,
 * a string out; the CLI does the file I/O.
 *
 * What a format cannot carry is declared in its `traits` (the contract tests read them) and
 * described in `drops` (shown by `zhen glossary convert --help`).
 */
import type { Term } from '../model.js';

/** Language codes a glossary file uses for English and the two Chinese scripts. */
export interface GlossaryLangs {
  en: string;
  /** Traditional Chinese: zh-HK, zh-Hant-HK, zh-TW, zh-Hant */
  hant: string;
  /** Simplified Chinese: zh-CN, zh-Hans, zh-SG */
  hans: string;
}

export const DEFAULT_LANGS: GlossaryLangs = { en: 'en', hant: 'zh-HK', hans: 'zh-CN' };

/** Where a mined pair was first seen. */
export interface MinedContext {
  file: string;
  /** string offset of the pair in the decoded input (inline mining) */
  offset?: number;
  /** 1-based unit number in a TMX/XLIFF file or in the alignment of two documents */
  unit?: number;
  /** the sentence (English side for aligned text) */
  text: string;
  /** the Chinese sentence, for pairs mined from aligned text */
  zhText?: string;
}

/** What `zhen glossary extract` knows about a mined pair. */
export interface MinedInfo {
  /** occurrences merged into this entry */
  count: number;
  /** in [0, 1] */
  confidence: number;
  /** how it was found: `inline` (English(中文) / 中文(English)) or `aligned` */
  method: 'inline' | 'aligned';
  context: MinedContext;
  /** other English titles seen for the same Chinese name (a conflict to resolve) */
  conflicts: string[];
  /** revision suffixes seen, e.g. `2018年修正` */
  revisions: string[];
  /** the shipped/user glossary entry with this Chinese name, if any */
  glossary?: {
    id: string;
    /** that entry's preferred English */
    en: string;
    /** how authoritative that English is (official, authority-translation, common, user) */
    authority?: string;
    /** `preferred`: the mined English is the entry's title; `variant`: one of its variants */
    match: 'preferred' | 'variant' | 'different';
  };
}

/** A Term plus what exchange formats can carry beyond the model. */
export interface GlossaryTerm extends Term {
  /** forms not to use (TBX deprecatedTerm / supersededTerm), any language */
  deprecated?: string[];
  /** set on entries written by `zhen glossary extract` */
  mined?: MinedInfo;
}

/** A whole glossary file as read. */
export interface GlossaryFile {
  /** the format's registry name */
  format: string;
  /** the language codes the file uses (defaults where it does not say) */
  langs: GlossaryLangs;
  terms: GlossaryTerm[];
  /** entries left out because they lack English or Chinese (TBX concepts in one language) */
  skipped?: number;
}

export interface GlossaryWriteOptions {
  /** language codes to write (default: those read, else en / zh-HK / zh-CN) */
  langs?: GlossaryLangs;
  /** two-column formats (OmegaT TSV): which language is the source column (default en) */
  source?: 'en' | 'zh';
  /** two-column formats: which Chinese is written (default hant) */
  script?: 'hant' | 'hans';
  /** zhen's version, for file headers */
  toolVersion?: string;
  /** a line describing the glossary (TBX sourceDesc, TSV comment header) */
  description?: string;
}

/** What a format keeps in a write → read round trip (checked by test/glossary/formats.test.ts). */
export interface GlossaryTraits {
  /** term ids */
  ids: boolean;
  /** kind, jurisdiction, instrument, cap, checked */
  metadata: boolean;
  /** `authority` (and so the TBX status derived from it) */
  authority: boolean;
  /** English variants (synonyms) */
  enVariants: boolean;
  /** Chinese variants */
  zhVariants: boolean;
  /** zhHant and zhHans independently (otherwise one is derived from the other with OpenCC) */
  bothScripts: boolean;
  /** `source` */
  sources: boolean;
  /** `note` */
  notes: boolean;
  /** the file's language codes */
  langCodes: boolean;
  /** deprecated forms */
  deprecated: boolean;
  /** mining information (count, confidence, context, conflicts, glossary match) */
  mined: boolean;
}

export interface GlossaryFormat {
  /** registry key and `--format` value */
  readonly name: string;
  /** human-readable name */
  readonly title: string;
  /** file name extensions, without the dot, the first one preferred */
  readonly extensions: readonly string[];
  readonly traits: GlossaryTraits;
  /** one sentence: what a round trip through this format loses */
  readonly drops: string;
  /** true when the content is this format */
  detect(text: string): boolean;
  /** the whole file; ends with a newline */
  write(terms: readonly GlossaryTerm[], options?: GlossaryWriteOptions): string;
  /** throws InputError (with line and column where known) on malformed input */
  read(text: string, file: string): GlossaryFile;
}
