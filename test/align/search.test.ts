import { describe, expect, it } from 'vitest';
import {
  bandSize,
  fullBand,
  monotone,
  pathBand,
  touchesEdge,
  upsamplePath,
} from '../../src/align/band.js';
import type { Shape } from '../../src/align/cost.js';
import { beadPosteriors } from '../../src/align/posterior.js';
import { pathBeads, search } from '../../src/align/search.js';

const SHAPES: Shape[] = [
  [1, 1],
  [1, 2],
  [2, 1],
  [1, 0],
  [0, 1],
];

/** A cost function that makes the beads of `truth` cheap and everything else dear. */
function costFor(truth: { src: number[]; tgt: number[] }[]) {
  const ends = new Map<string, number>();
  let i = 0;
  let j = 0;
  for (const b of truth) {
    i += b.src.length;
    j += b.tgt.length;
    ends.set(`${i},${j},${b.src.length},${b.tgt.length}`, 1);
  }
  return (i: number, j: number, a: number, b: number) =>
    ends.has(`${i},${j},${a},${b}`) ? 0.1 : a === 0 || b === 0 ? 3 : 2 + a + b;
}

describe('the banded search', () => {
  const truth = [
    { src: [0], tgt: [0] },
    { src: [1], tgt: [1, 2] },
    { src: [2, 3], tgt: [3] },
    { src: [4], tgt: [] },
    { src: [5], tgt: [4] },
    { src: [], tgt: [5] },
    { src: [6], tgt: [6] },
  ];

  it('finds the cheapest path, including 1-2, 2-1, 1-0 and 0-1 beads', () => {
    const r = search(fullBand(7, 7), SHAPES, costFor(truth));
    expect(pathBeads(r.path)).toEqual(truth);
    expect(r.costs).toHaveLength(truth.length);
    expect(r.total).toBeCloseTo(0.1 * truth.length);
    expect(r.shapes.map((k) => SHAPES[k])).toEqual(truth.map((b) => [b.src.length, b.tgt.length]));
  });

  it('finds the same path inside a corridor around it, and records costs for posteriors', () => {
    const guide = search(fullBand(7, 7), SHAPES, costFor(truth)).path;
    const band = pathBand(guide, 7, 7, 1);
    expect(bandSize(band)).toBeLessThan(bandSize(fullBand(7, 7)));
    const r = search(band, SHAPES, costFor(truth), { record: true });
    expect(pathBeads(r.path)).toEqual(truth);
    const post = beadPosteriors(band, SHAPES, r.recorded!, r.path, r.shapes, 1);
    expect(post).toHaveLength(truth.length);
    for (const p of post) {
      expect(p).toBeGreaterThan(0.5);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  it('gives low posteriors where two paths cost the same', () => {
    // 1-1 + 1-1 costs as much as 2-2 would: here 1-2 + 1-0 against 1-1 + 1-1
    const cost = (_i: number, _j: number, a: number, b: number) => (a === 1 && b === 1 ? 1 : 1);
    const band = fullBand(2, 2);
    const r = search(band, SHAPES, cost, { record: true });
    const post = beadPosteriors(band, SHAPES, r.recorded!, r.path, r.shapes, 1);
    for (const p of post) expect(p).toBeLessThan(0.9);
  });

  it('prunes with lower bounds without changing the result', () => {
    const cost = costFor(truth);
    const plain = search(fullBand(7, 7), SHAPES, cost);
    const pruned = search(fullBand(7, 7), SHAPES, cost, { bounds: [0, 0.1, 0.1, 3, 3] });
    expect(pruned.path).toEqual(plain.path);
    expect(pruned.total).toBeCloseTo(plain.total);
  });

  it('handles empty sides with null beads only', () => {
    expect(pathBeads(search(fullBand(0, 2), SHAPES, costFor([])).path)).toEqual([
      { src: [], tgt: [0] },
      { src: [], tgt: [1] },
    ]);
    expect(search(fullBand(0, 0), SHAPES, costFor([])).path).toEqual([]);
  });
});

describe('bands', () => {
  it('keeps corridors monotone and connected, with both corners', () => {
    const band = pathBand(
      [
        [1, 3],
        [2, 3],
        [5, 4],
      ],
      5,
      4,
      1,
    );
    expect(band.lo[0]).toBe(0);
    expect(band.hi[5]).toBe(4);
    for (let i = 1; i <= 5; i++) {
      expect(band.lo[i]!).toBeGreaterThanOrEqual(band.lo[i - 1]!);
      expect(band.hi[i]!).toBeGreaterThanOrEqual(band.hi[i - 1]!);
      expect(band.lo[i]!).toBeLessThanOrEqual(band.hi[i]!);
    }
    const m = monotone({
      n: 2,
      m: 2,
      lo: Int32Array.from([1, 0, 2]),
      hi: Int32Array.from([2, 0, 1]),
    });
    expect([...m.lo]).toEqual([0, 0, 2]);
    expect([...m.hi]).toEqual([2, 2, 2]);
  });

  it('maps coarse paths to the fine lattice and notices paths along the edge', () => {
    expect(
      upsamplePath(
        [
          [1, 1],
          [3, 2],
        ],
        5,
        3,
      ),
    ).toEqual([
      [2, 2],
      [5, 3],
    ]);
    const diagonal: [number, number][] = [
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ];
    const band = pathBand(diagonal, 4, 4, 0);
    expect(touchesEdge(diagonal, band)).toBe(false);
    expect(
      touchesEdge(
        [
          [2, 1],
          [4, 4],
        ],
        band,
      ),
    ).toBe(true);
    expect(
      touchesEdge(
        [
          [2, 1],
          [4, 4],
        ],
        fullBand(4, 4),
      ),
    ).toBe(false);
  });
});
