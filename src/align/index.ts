/**
 * The sentence aligner's public API: `align` (and its two halves `preparePair` /
 * `alignPrepared`), the evaluation measures of Vecalign's score.py, and helpers to feed it.
 */
export {
  type AlignedBead,
  type AlignOptions,
  type AlignResult,
  type AlignStats,
  align,
  alignPrepared,
  type PreparedPair,
  preparePair,
} from './align.js';
export type { CostParams, LengthModel, Shape } from './cost.js';
export {
  type BeadLike,
  type DocCounts,
  documentCounts,
  precisionCounts,
  type Scores,
  scoreAlignment,
  scoresOf,
  swapSides,
} from './eval.js';
export { termPairsFromTerms } from './glossary.js';
export { lineSegments } from './lines.js';
export { DEFAULT_PARAMS, DEFAULT_SEARCH, type SearchParams } from './params.js';
