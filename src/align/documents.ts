/**
 * Aligning two documents end to end (segments in, units out): the pipeline `zhen align`, `zhen qa`
 * and glossary mining share. Pure: the caller reads the files and makes the Docs (src/document.ts).
 */

import type { TermPair } from '../lexicon/lexicon.js';
import type { LanguageDoc } from '../document.js';
import type { Unit } from '../types.js';
import { type AlignResult, align } from './align.js';
import type { KeyFunction } from './tokens.js';
import { beadsToUnits } from './units.js';

export type { LanguageDoc } from '../document.js';

export interface DocumentAlignment {
  result: AlignResult;
  units: Unit[];
  /** human-readable warnings (the documents may not be translations of each other) */
  warnings: string[];
}

export interface DocumentAlignOptions {
  termPairs?: readonly TermPair[];
  reviewThreshold?: number;
  /** the aligner's anchor keys (default: src/lexicon/anchors.ts; `zhen qa` passes a cached scan) */
  anchorKeys?: KeyFunction;
}

/** Throws nothing; the caller checks that the two documents are in different languages. */
export function alignDocuments(
  src: LanguageDoc,
  tgt: LanguageDoc,
  options: DocumentAlignOptions = {},
): DocumentAlignment {
  const result = align(src.segments, tgt.segments, {
    srcLang: src.language.lang,
    tgtLang: tgt.language.lang,
    termPairs: options.termPairs,
    reviewThreshold: options.reviewThreshold,
    anchorKeys: options.anchorKeys,
  });
  const warnings: string[] = [];
  if (!result.parallel) {
    warnings.push(
      `${src.path ?? 'the source'} and ${tgt.path ?? 'the target'} do not look like translations of each other (parallel score ${result.parallelScore.toFixed(2)}); check the pairing first`,
    );
  }
  const units = beadsToUnits(result.beads, src.segments, tgt.segments, {
    srcLang: src.language.code,
    tgtLang: tgt.language.code,
    reviewThreshold: options.reviewThreshold,
  });
  return { result, units, warnings };
}
