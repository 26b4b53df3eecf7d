/**
 * Lexical evidence of a bead, computed from sentence pairs. For every pair (s, t) a bead in
 * the band can contain, two bit masks are stored: which tokens of s share a key with some
 * token of t, and which tokens of t share one with s. A bead's matched mass on each side is
 * then the weight of the OR of its pairs' masks — exactly "this token has a translation
 * somewhere on the other side of the bead" — at a few operations per bead.
 */
import type { Band } from './band.js';
import type { PairFeatures, Side } from './features.js';

export interface PairTable {
  /**
   * Of the bead ending at node (i, j): out[0], out[1] = matched weight on the source and
   * target side; out[2], out[3] = weight of the sentences with no match at all in the bead,
   * on each side (0 for a side of one sentence: the similarity already says it).
   */
  matched(i: number, j: number, a: number, b: number, out: Float64Array): void;
}

/** Unmatched ("dead") sentence weight of the last side scored. */
let dead = 0;

function bitWeight(mask: number, weight: Float64Array, base: number): number {
  let s = 0;
  let m = mask;
  while (m !== 0) {
    const low = m & -m;
    s += weight[base + 31 - Math.clz32(low)]!;
    m ^= low;
  }
  return s;
}

/**
 * Pair masks for every (s, t) that a bead of at most maxA source and maxB target sentences
 * ending inside `band` can contain.
 */
export function buildPairTable(f: PairFeatures, band: Band, maxA: number, maxB: number): PairTable {
  const { src, tgt } = f;
  const n = src.n;
  const m = tgt.n;
  const pLo = new Int32Array(n);
  const pHi = new Int32Array(n);
  const pOff = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) {
    let lo = m;
    let hi = -1;
    for (let i = s + 1; i <= Math.min(n, s + maxA); i++) {
      lo = Math.min(lo, band.lo[i]! - maxB);
      hi = Math.max(hi, band.hi[i]! - 1);
    }
    pLo[s] = Math.max(0, lo);
    pHi[s] = Math.min(m - 1, hi);
    pOff[s + 1] = pOff[s]! + Math.max(0, pHi[s]! - pLo[s]! + 1);
  }
  const masks = new Uint32Array(pOff[n]! * 4);
  const slot0 = new Uint32Array(f.keyCount);
  const slot1 = new Uint32Array(f.keyCount);
  for (let s = 0; s < n; s++) {
    const t0 = src.tokStart[s]!;
    const t1 = src.tokStart[s + 1]!;
    if (t1 === t0) continue;
    for (let x = t0; x < t1; x++) {
      const k = x - t0;
      for (let q = src.idStart[x]!; q < src.idStart[x + 1]!; q++) {
        const id = src.ids[q]!;
        if (k < 32) slot0[id]! |= 1 << k;
        else slot1[id]! |= 1 << (k - 32);
      }
    }
    for (let t = pLo[s]!; t <= pHi[s]!; t++) {
      let s0 = 0;
      let s1 = 0;
      let g0 = 0;
      let g1 = 0;
      const y0 = tgt.tokStart[t]!;
      const y1 = tgt.tokStart[t + 1]!;
      for (let y = y0; y < y1; y++) {
        for (let q = tgt.idStart[y]!; q < tgt.idStart[y + 1]!; q++) {
          const id = tgt.ids[q]!;
          const a0 = slot0[id]!;
          const a1 = slot1[id]!;
          if ((a0 | a1) !== 0) {
            s0 |= a0;
            s1 |= a1;
            const l = y - y0;
            if (l < 32) g0 |= 1 << l;
            else g1 |= 1 << (l - 32);
          }
        }
      }
      const o = (pOff[s]! + t - pLo[s]!) * 4;
      masks[o] = s0;
      masks[o + 1] = s1;
      masks[o + 2] = g0;
      masks[o + 3] = g1;
    }
    for (let x = t0; x < t1; x++) {
      for (let q = src.idStart[x]!; q < src.idStart[x + 1]!; q++) {
        slot0[src.ids[q]!] = 0;
        slot1[src.ids[q]!] = 0;
      }
    }
  }
  return {
    matched(i, j, a, b, out) {
      out[0] = sourceMatched(src, i - a, i, j - b, j, masks, pLo, pHi, pOff);
      out[2] = a > 1 ? dead : 0;
      out[1] = targetMatched(tgt, i - a, i, j - b, j, masks, pLo, pHi, pOff);
      out[3] = b > 1 ? dead : 0;
    },
  };
}

/**
 * Matched weight of the source sentences s0..s1 against the target sentences t0..t1 (the OR
 * of their pairs' source masks); sets `dead`. targetMatched is the same, turned around: the
 * loops are written out twice, this is the innermost work of the search.
 */
function sourceMatched(
  src: Side,
  s0: number,
  s1: number,
  t0: number,
  t1: number,
  masks: Uint32Array,
  pLo: Int32Array,
  pHi: Int32Array,
  pOff: Int32Array,
): number {
  dead = 0;
  let total = 0;
  for (let s = s0; s < s1; s++) {
    let m0 = 0;
    let m1 = 0;
    for (let t = t0; t < t1; t++) {
      if (t < pLo[s]! || t > pHi[s]!) continue;
      const o = (pOff[s]! + t - pLo[s]!) * 4;
      m0 |= masks[o]!;
      m1 |= masks[o + 1]!;
    }
    const base = src.tokStart[s]!;
    if (m0) total += bitWeight(m0, src.weight, base);
    if (m1) total += bitWeight(m1, src.weight, base + 32);
    if ((m0 | m1) === 0) dead += src.mass[s]!;
  }
  return total;
}

function targetMatched(
  tgt: Side,
  s0: number,
  s1: number,
  t0: number,
  t1: number,
  masks: Uint32Array,
  pLo: Int32Array,
  pHi: Int32Array,
  pOff: Int32Array,
): number {
  dead = 0;
  let total = 0;
  for (let t = t0; t < t1; t++) {
    let m0 = 0;
    let m1 = 0;
    for (let s = s0; s < s1; s++) {
      if (t < pLo[s]! || t > pHi[s]!) continue;
      const o = (pOff[s]! + t - pLo[s]!) * 4 + 2;
      m0 |= masks[o]!;
      m1 |= masks[o + 1]!;
    }
    const base = tgt.tokStart[t]!;
    if (m0) total += bitWeight(m0, tgt.weight, base);
    if (m1) total += bitWeight(m1, tgt.weight, base + 32);
    if ((m0 | m1) === 0) dead += tgt.mass[t]!;
  }
  return total;
}

/**
 * Similarity of any two sentence ranges, without a pair table (slower: for the few beads
 * the document-level check samples): matched token weight over total, both sides.
 */
export function rangeSimilarity(
  f: PairFeatures,
  s0: number,
  s1: number,
  t0: number,
  t1: number,
): number | undefined {
  const { src, tgt } = f;
  const srcIds = new Set<number>();
  const tgtIds = new Set<number>();
  for (let x = src.tokStart[s0]!; x < src.tokStart[s1]!; x++) {
    for (let q = src.idStart[x]!; q < src.idStart[x + 1]!; q++) srcIds.add(src.ids[q]!);
  }
  for (let y = tgt.tokStart[t0]!; y < tgt.tokStart[t1]!; y++) {
    for (let q = tgt.idStart[y]!; q < tgt.idStart[y + 1]!; q++) tgtIds.add(tgt.ids[q]!);
  }
  const matched = (side: Side, a: number, b: number, other: Set<number>) => {
    let w = 0;
    let total = 0;
    for (let x = side.tokStart[a]!; x < side.tokStart[b]!; x++) {
      total += side.weight[x]!;
      for (let q = side.idStart[x]!; q < side.idStart[x + 1]!; q++) {
        if (other.has(side.ids[q]!)) {
          w += side.weight[x]!;
          break;
        }
      }
    }
    return [w, total] as const;
  };
  const [ws, ts] = matched(src, s0, s1, tgtIds);
  const [wt, tt] = matched(tgt, t0, t1, srcIds);
  return ts + tt > 0 ? (ws + wt) / (ts + tt) : undefined;
}
