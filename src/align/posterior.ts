/**
 * Bead confidence as a posterior probability: read the costs of the search as a Gibbs
 * distribution over all paths in the band, P(path) ∝ exp(−cost(path) / T), and sum, by the
 * forward-backward algorithm, the probability of every path that contains the bead. A bead
 * with no competitor scores near 1; one that an equally cheap alternative segmentation
 * contests scores near 0.5 or below. Works on the costs the search recorded, so no bead cost
 * is computed twice.
 */
import type { Band, Path } from './band.js';
import type { Shape } from './cost.js';
import type { RecordedCosts } from './search.js';

/**
 * log Σ exp(v) over the first `count` values, `max` being the largest of them; terms smaller
 * than it by a factor of e^30 or more are dropped.
 */
function logSumExp(vals: Float64Array, count: number, max: number): number {
  let sum = 0;
  for (let k = 0; k < count; k++) {
    const d = vals[k]! - max;
    if (d > -30) sum += Math.exp(d);
  }
  return max + Math.log(sum);
}

/** Posterior probability of each bead of `path` (path and shapes as search returned them). */
export function beadPosteriors(
  band: Band,
  shapes: readonly Shape[],
  rec: RecordedCosts,
  path: Path,
  pathShapes: readonly number[],
  temperature: number,
): number[] {
  const { n, m, lo, hi } = band;
  const { rowOff, cost } = rec;
  const size = rowOff[n + 1]!;
  const S = shapes.length;
  const inv = 1 / temperature;
  const sa = Int32Array.from(shapes, (x) => x[0]);
  const sb = Int32Array.from(shapes, (x) => x[1]);
  const alpha = new Float64Array(size).fill(Number.NEGATIVE_INFINITY);
  const beta = new Float64Array(size).fill(Number.NEGATIVE_INFINITY);
  const index = (i: number, j: number) => rowOff[i]! + j - lo[i]!;
  const vals = new Float64Array(S);
  alpha[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const q = index(i, j);
      let max = Number.NEGATIVE_INFINITY;
      let cnt = 0;
      for (let k = 0; k < S; k++) {
        const c = cost[q * S + k]!;
        if (c === Number.POSITIVE_INFINITY) continue;
        const pi = i - sa[k]!;
        const v = alpha[rowOff[pi]! + j - sb[k]! - lo[pi]!]! - c * inv;
        vals[cnt++] = v;
        if (v > max) max = v;
      }
      if (cnt === 0 || max === Number.NEGATIVE_INFINITY) continue;
      alpha[q] = logSumExp(vals, cnt, max);
    }
  }
  const end = index(n, m);
  beta[end] = 0;
  for (let i = n; i >= 0; i--) {
    for (let j = hi[i]!; j >= lo[i]!; j--) {
      const p = index(i, j);
      if (p === end) continue;
      let max = Number.NEGATIVE_INFINITY;
      let cnt = 0;
      for (let k = 0; k < S; k++) {
        const qi = i + sa[k]!;
        const qj = j + sb[k]!;
        if (qi > n || qj < lo[qi]! || qj > hi[qi]!) continue;
        const q = rowOff[qi]! + qj - lo[qi]!;
        const c = cost[q * S + k]!;
        if (c === Number.POSITIVE_INFINITY) continue;
        const v = beta[q]! - c * inv;
        vals[cnt++] = v;
        if (v > max) max = v;
      }
      if (cnt === 0 || max === Number.NEGATIVE_INFINITY) continue;
      beta[p] = logSumExp(vals, cnt, max);
    }
  }
  const z = alpha[end]!;
  const out: number[] = [];
  let pi = 0;
  let pj = 0;
  path.forEach(([i, j], b) => {
    const q = index(i, j);
    const k = pathShapes[b]!;
    const c = cost[q * S + k]!;
    const lp = alpha[index(pi, pj)]! - c * inv + beta[q]! - z;
    out.push(Math.min(1, Math.max(0, Math.exp(lp))));
    pi = i;
    pj = j;
  });
  return out;
}
