/**
 * The search: a dynamic programme over the nodes of a band (band.ts), minimising the sum of
 * bead costs from (0, 0) to (n, m). It knows nothing about sentences: it sees a cost callback
 * and the list of bead shapes. Memory is one float and one byte per band node, so a band of
 * a few cells around a path keeps it linear in the document length.
 */
import type { Band, Path } from './band.js';
import type { CostFunction, Shape } from './cost.js';

export interface SearchResult {
  /** bead end nodes from the first bead to (n, m) */
  path: Path;
  /** the shape index of each bead of the path */
  shapes: number[];
  /** the cost of each bead of the path */
  costs: number[];
  /** total cost */
  total: number;
  /** with `record`: the cost of every (node, shape) evaluated, +Infinity elsewhere */
  recorded?: RecordedCosts;
}

/** Bead costs by node and shape: cost[(rowOff[i] + j - lo[i]) * shapes + k]. */
export interface RecordedCosts {
  rowOff: Float64Array;
  cost: Float32Array;
}

export interface SearchOptions {
  /** record every bead cost evaluated (for posteriors) */
  record?: boolean;
  /**
   * a lower bound of each shape's cost: a bead is not evaluated when its predecessor's cost
   * plus this bound exceeds the best cost found for the node by more than `pruneMargin`
   */
  bounds?: readonly number[];
  /** default 0, or 6 when recording (beads that far off weigh under e⁻⁶ in posteriors) */
  pruneMargin?: number;
}

/**
 * Best path through the band. Throws when (n, m) cannot be reached (a band without 1-0 and
 * 0-1 shapes that does not connect the corners).
 */
export function search(
  band: Band,
  shapes: readonly Shape[],
  cost: CostFunction,
  options: SearchOptions = {},
): SearchResult {
  const { n, m, lo, hi } = band;
  const rowOff = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) rowOff[i + 1] = rowOff[i]! + (hi[i]! - lo[i]! + 1);
  const size = rowOff[n + 1]!;
  const best = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
  const back = new Uint8Array(size).fill(255);
  best[0] = 0; // node (0, 0): lo[0] is 0
  const nShapes = shapes.length;
  const sa = Int32Array.from(shapes.map((s) => s[0]));
  const sb = Int32Array.from(shapes.map((s) => s[1]));
  const bound = Float64Array.from(shapes.map((_, k) => options.bounds?.[k] ?? 0));
  const margin = options.pruneMargin ?? (options.record ? 6 : 0);
  const rec = options.record
    ? new Float32Array(size * nShapes).fill(Number.POSITIVE_INFINITY)
    : undefined;
  for (let i = 0; i <= n; i++) {
    const l = lo[i]!;
    const h = hi[i]!;
    const off = rowOff[i]!;
    for (let j = l; j <= h; j++) {
      if (i === 0 && j === 0) continue;
      let bestCost = Number.POSITIVE_INFINITY;
      let bestShape = 255;
      for (let k = 0; k < nShapes; k++) {
        const pi = i - sa[k]!;
        const pj = j - sb[k]!;
        if (pi < 0 || pj < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const prev = best[rowOff[pi]! + pj - lo[pi]!]!;
        if (prev === Number.POSITIVE_INFINITY || prev + bound[k]! > bestCost + margin) continue;
        const bc = cost(i, j, sa[k]!, sb[k]!);
        if (rec) rec[(off + j - l) * nShapes + k] = bc;
        const c = prev + bc;
        if (c < bestCost) {
          bestCost = c;
          bestShape = k;
        }
      }
      best[off + j - l] = bestCost;
      back[off + j - l] = bestShape;
    }
  }
  const endCost = best[rowOff[n]! + m - lo[n]!]!;
  if (endCost === Number.POSITIVE_INFINITY) throw new Error('alignment search: no path in band');
  // traceback
  const path: Path = [];
  const shapeIdx: number[] = [];
  const costs: number[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = rowOff[i]! + j - lo[i]!;
    const k = back[here]!;
    const pi = i - sa[k]!;
    const pj = j - sb[k]!;
    path.push([i, j]);
    shapeIdx.push(k);
    costs.push(best[here]! - best[rowOff[pi]! + pj - lo[pi]!]!);
    i = pi;
    j = pj;
  }
  path.reverse();
  shapeIdx.reverse();
  costs.reverse();
  const recorded = rec ? { rowOff, cost: rec } : undefined;
  return { path, shapes: shapeIdx, costs, total: endCost, recorded };
}

/** The beads (sentence index lists) of a path. */
export function pathBeads(path: Path): { src: number[]; tgt: number[] }[] {
  const beads: { src: number[]; tgt: number[] }[] = [];
  let pi = 0;
  let pj = 0;
  for (const [i, j] of path) {
    const src: number[] = [];
    const tgt: number[] = [];
    for (let s = pi; s < i; s++) src.push(s);
    for (let t = pj; t < j; t++) tgt.push(t);
    beads.push({ src, tgt });
    pi = i;
    pj = j;
  }
  return beads;
}
