import { describe, expect, it } from 'vitest';
import {
  documentCounts,
  precisionCounts,
  scoreAlignment,
  scoresOf,
  swapSides,
} from '../../src/align/eval.js';

const b = (src: number[], tgt: number[]) => ({ src, tgt });

describe('alignment scores as Vecalign score.py computes them', () => {
  const gold = [b([0, 1], [0]), b([2], [1, 2]), b([3], []), b([4], [3])];

  it('gives 1 everywhere for the gold itself', () => {
    const s = scoreAlignment(gold, gold);
    expect(s).toEqual({
      precisionStrict: 1,
      recallStrict: 1,
      f1Strict: 1,
      precisionLax: 1,
      recallLax: 1,
      f1Lax: 1,
    });
  });

  it('counts a bead strictly only when it is exactly a gold bead', () => {
    const test = [b([0], [0]), b([1], []), b([2], [1, 2]), b([3, 4], [3])];
    const c = precisionCounts(gold, test);
    expect(c.tpStrict).toBe(1); // [2]:[1,2]
    expect(c.fpStrict).toBe(3);
    // lax: [0]:[0] and [3,4]:[3] overlap gold on both sides; [1]:[] has no target to overlap
    expect(c.tpLax).toBe(3);
    expect(c.fpLax).toBe(1);
  });

  it('computes recall as precision with the arguments swapped and null beads removed', () => {
    const test = [b([0, 1], [0]), b([2], [1]), b([], [2]), b([3], []), b([4], [3])];
    const { precision, recall } = documentCounts(gold, test);
    // precision over all 5 test beads: [0,1]:[0], [3]:[], [4]:[3] exact
    expect(precision.tpStrict).toBe(3);
    expect(precision.fpStrict).toBe(2);
    // recall over the 3 non-null gold beads, against the non-null test beads
    expect(recall.tpStrict + recall.fpStrict).toBe(3);
    expect(recall.tpStrict).toBe(2);
    expect(recall.tpLax).toBe(3);
    const s = scoresOf([{ precision, recall }]);
    expect(s.precisionStrict).toBeCloseTo(3 / 5);
    expect(s.recallStrict).toBeCloseTo(2 / 3);
    expect(s.f1Strict).toBeCloseTo((2 * 0.6 * (2 / 3)) / (0.6 + 2 / 3));
  });

  it('sums counts over documents before dividing (micro average)', () => {
    const d1 = documentCounts([b([0], [0])], [b([0], [0])]);
    const d2 = documentCounts(
      [b([0], [0]), b([1], [1]), b([2], [2])],
      [b([0], [0, 1]), b([1], []), b([2], [2])],
    );
    const s = scoresOf([d1, d2]);
    expect(s.precisionStrict).toBeCloseTo(2 / 4);
    expect(s.recallStrict).toBeCloseTo(2 / 4);
  });

  it('ignores duplicate beads and [] : [] beads, and returns 0 on empty input', () => {
    expect(precisionCounts(gold, [b([4], [3]), b([4], [3]), b([], [])]).tpStrict).toBe(1);
    expect(scoreAlignment([], []).f1Strict).toBe(0);
  });

  it('swaps sides for alignments made in the other direction', () => {
    expect(swapSides([b([0, 1], [2])])).toEqual([b([2], [0, 1])]);
  });
});
