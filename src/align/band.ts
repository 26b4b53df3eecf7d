/**
 * The search space of the dynamic programme: for every row i (source sentences consumed,
 * 0..n) the range of columns j (target sentences consumed) allowed, lo[i] ≤ j ≤ hi[i].
 * A full band is the whole (n+1)×(m+1) lattice; a path band is a corridor of a few cells on
 * either side of a path (from a coarse alignment), so memory and time grow linearly.
 */

export interface Band {
  n: number;
  m: number;
  lo: Int32Array;
  hi: Int32Array;
}

/** A path through the lattice: the nodes (i, j) where beads end, starting at (0, 0). */
export type Path = [number, number][];

export function fullBand(n: number, m: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1).fill(m);
  return { n, m, lo, hi };
}

/** Number of lattice nodes in a band. */
export function bandSize(band: Band): number {
  let s = 0;
  for (let i = 0; i <= band.n; i++) s += band.hi[i]! - band.lo[i]! + 1;
  return s;
}

/**
 * A corridor of `width` cells around a monotone path from (0,0) to (n,m): every bead step of
 * the path covers its rectangle, then each row is widened by `width` columns and by the ranges
 * of the `width` rows on either side, and made monotone so that the band is connected.
 */
export function pathBand(path: Path, n: number, m: number, width: number): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1).fill(0);
  const cover = (i: number, j0: number, j1: number) => {
    if (j0 < lo[i]!) lo[i] = j0;
    if (j1 > hi[i]!) hi[i] = j1;
  };
  let [pi, pj] = [0, 0];
  cover(0, 0, 0);
  for (const [i, j] of path) {
    for (let r = pi; r <= i; r++) cover(r, pj, j);
    pi = i;
    pj = j;
  }
  cover(n, m, m);
  // rows the path skipped (it never does, but a caller's path might): fill from neighbours
  for (let i = 1; i <= n; i++) if (lo[i]! > hi[i]!) cover(i, hi[i - 1]!, hi[i - 1]!);
  // widen across rows, then across columns
  const lo2 = new Int32Array(n + 1);
  const hi2 = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    let l = lo[i]!;
    let h = hi[i]!;
    for (let r = Math.max(0, i - width); r <= Math.min(n, i + width); r++) {
      if (lo[r]! < l) l = lo[r]!;
      if (hi[r]! > h) h = hi[r]!;
    }
    lo2[i] = Math.max(0, l - width);
    hi2[i] = Math.min(m, h + width);
  }
  return monotone({ n, m, lo: lo2, hi: hi2 });
}

/** Make lo and hi non-decreasing (so the band is connected) and pin the two corners. */
export function monotone(band: Band): Band {
  const { n, m, lo, hi } = band;
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) if (hi[i]! < hi[i - 1]!) hi[i] = hi[i - 1]!;
  for (let i = n - 1; i >= 0; i--) if (lo[i]! > lo[i + 1]!) lo[i] = lo[i + 1]!;
  for (let i = 0; i <= n; i++) if (lo[i]! > hi[i]!) hi[i] = lo[i]!;
  return band;
}

/** A path on a coarse lattice (units of two sentences) mapped to the fine lattice. */
export function upsamplePath(path: Path, n: number, m: number): Path {
  return path.map(([i, j]) => [Math.min(2 * i, n), Math.min(2 * j, m)] as [number, number]);
}

/**
 * True when the path runs along the edge of the band somewhere other than the lattice border,
 * i.e. the best path may lie outside it and a wider band should be tried.
 */
export function touchesEdge(path: Path, band: Band): boolean {
  for (const [i, j] of path) {
    if ((j === band.lo[i] && j > 0 && i < band.n) || (j === band.hi[i] && j < band.m && i > 0)) {
      return true;
    }
  }
  return false;
}
