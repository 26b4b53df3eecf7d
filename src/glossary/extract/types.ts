/**
 * What the miners (inline.ts, aligned.ts) produce and take: one Occurrence per pair seen,
 * merged into glossary entries by merge.ts.
 */
import type { MinedContext } from '../formats/format.js';
import type { GlossaryIndex } from '../shipped.js';
import type { Lexical } from './lexical.js';

export interface Occurrence {
  /** the English title as written (cleaned: spaces, apostrophes, "Peoples" repaired), no suffixes */
  en: string;
  /** the Chinese name without 《》, suffixes and PDF spaces */
  zh: string;
  /** short forms and acronyms given with it: `(the "Constitution")`, `或(AFRC)` */
  enAliases: string[];
  /** revision suffixes of the Chinese (`2018年修正`) */
  revisions: string[];
  /** in [0, 1] */
  confidence: number;
  method: 'inline' | 'aligned';
  context: MinedContext;
}

export interface MineOptions {
  /** the file name for contexts */
  file?: string;
  /** lexical evidence (default: the built CC-CEDICT lexicon plus the glossary pairs) */
  lexical?: Lexical;
  /** the glossary index, for aligned mining (default: the shipped glossaries) */
  index?: GlossaryIndex;
  /**
   * also keep pairs whose English has no head noun agreeing with the Chinese: person, company
   * and place names, and terms in brackets after English text (default false)
   */
  names?: boolean;
}
