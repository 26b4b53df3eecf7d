/**
 * Default parameters of the aligner: the bead-size costs of a prototype measured on MAC-Dev
 * (literary zh-en), then tuned there by coordinate descent (bench/align-tune.mjs, which also
 * runs the leave-one-out check: tuned on five chapters, scored on the sixth), and checked on
 * the regulatory dev set and synthetic documents. Shape penalties are written Chinese side first ('1-2' = one Chinese sentence, two
 * English ones) and are turned around when the source is English.
 */
import type { CostParams, Shape } from './cost.js';

export const DEFAULT_PARAMS: CostParams = {
  lexWeight: 4,
  lenWeight: 0.65,
  nullPenalty: 8,
  nullExtend: 3,
  emptySim: 0.3,
  deadWeight: 0.5,
  shapePenalty: {
    '1-1': 0,
    '1-2': 2,
    '2-1': 2.5,
    '1-3': 4,
    '3-1': 5.5,
    '1-4': 6,
    '4-1': 7.5,
    '2-2': 5,
    '2-3': 7.2,
    '3-2': 7.6,
  },
};

/** Runs of omissions (written out as 1-0 beads), so that long gaps are cheap to cross. */
export const OMISSION_RUNS: readonly Shape[] = [
  [4, 0],
  [0, 4],
  [16, 0],
  [0, 16],
];

/** Shapes searched at sentence level: up to 1-4/4-1 and 2-3/3-2, plus omissions. */
export const SENTENCE_SHAPES: readonly Shape[] = [
  [1, 1],
  [1, 2],
  [2, 1],
  [2, 2],
  [1, 3],
  [3, 1],
  [1, 4],
  [4, 1],
  [2, 3],
  [3, 2],
  [1, 0],
  [0, 1],
];

/** Shapes searched on coarse copies (merged sentence pairs) and between paragraphs. */
export const COARSE_SHAPES: readonly Shape[] = [
  [1, 1],
  [1, 2],
  [2, 1],
  [2, 2],
  [1, 3],
  [3, 1],
  [1, 0],
  [0, 1],
];

export interface SearchParams {
  /** largest lattice (nodes) searched in full; bigger ones go coarse to fine */
  fullLimit: number;
  /** corridor half-width around the coarse path, in sentences */
  width: number;
  /** corridor widenings when the path touches its edge */
  retries: number;
  /** temperature of the bead posteriors */
  temperature: number;
  /** initial length variance (English characters per character of mean bead length) */
  variance: number;
}

export const DEFAULT_SEARCH: SearchParams = {
  fullLimit: 20_000,
  width: 8,
  retries: 2,
  temperature: 0.7,
  variance: 23,
};
