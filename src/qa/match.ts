/**
 * Matching what one side of a pair mentions (amounts, dates, codes) against the other side, as
 * the number, date and code checks share it: equal mentions pair off one to one; what is left
 * is paired by how close it comes (a scale slip before a plain difference), then reported as
 * missing or extra. A mention left over in one pair that equals a leftover on the other side
 * of a neighbouring pair is a bead boundary the aligner drew differently, not an error. Pure.
 */

export interface Leftovers<T> {
  /** source mentions with no equal target mention */
  src: T[];
  tgt: T[];
  /** mentions that did find an equal partner */
  matchedSrc: T[];
  matchedTgt: T[];
}

/** Pair off equal mentions, each used once, in text order. */
export function pairEqual<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean) {
  const used = new Uint8Array(b.length);
  const left: Leftovers<T> = { src: [], tgt: [], matchedSrc: [], matchedTgt: [] };
  for (const x of a) {
    let found = -1;
    for (let j = 0; j < b.length; j++) {
      if (!used[j] && equal(x, b[j]!)) {
        found = j;
        break;
      }
    }
    if (found >= 0) {
      used[found] = 1;
      left.matchedSrc.push(x);
    } else left.src.push(x);
  }
  b.forEach((y, j) => {
    if (used[j]) left.matchedTgt.push(y);
    else left.tgt.push(y);
  });
  return left;
}

/**
 * Pair leftovers by a closeness rank (lower is closer; undefined: not comparable), best first,
 * ties broken by relative position. Returns the pairs and what stays unpaired.
 */
export function pairClosest<T, R>(
  a: readonly T[],
  b: readonly T[],
  relate: (x: T, y: T) => { rank: number; relation: R } | undefined,
): { pairs: { src: T; tgt: T; relation: R }[]; src: T[]; tgt: T[] } {
  const cands: { i: number; j: number; rank: number; relation: R }[] = [];
  a.forEach((x, i) => {
    b.forEach((y, j) => {
      const r = relate(x, y);
      if (r) cands.push({ i, j, rank: r.rank, relation: r.relation });
    });
  });
  const pos = (k: number, n: number) => (n <= 1 ? 0 : k / (n - 1));
  cands.sort(
    (p, q) =>
      p.rank - q.rank ||
      Math.abs(pos(p.i, a.length) - pos(p.j, b.length)) -
        Math.abs(pos(q.i, a.length) - pos(q.j, b.length)),
  );
  const usedA = new Uint8Array(a.length);
  const usedB = new Uint8Array(b.length);
  const pairs: { src: T; tgt: T; relation: R }[] = [];
  for (const c of cands) {
    if (usedA[c.i] || usedB[c.j]) continue;
    usedA[c.i] = 1;
    usedB[c.j] = 1;
    pairs.push({ src: a[c.i]!, tgt: b[c.j]!, relation: c.relation });
  }
  return {
    pairs,
    src: a.filter((_, i) => !usedA[i]),
    tgt: b.filter((_, j) => !usedB[j]),
  };
}

/** A leftover mention of one pair, for the cross-pair step. */
export interface Stray<T> {
  pair: number;
  side: 'src' | 'tgt';
  item: T;
}

/**
 * Drop strays that equal a stray on the other side of a neighbouring pair (within `reach`
 * pairs): the mention moved across a bead boundary. Returns the strays that remain.
 */
export function cancelNeighbours<T>(
  strays: readonly Stray<T>[],
  equal: (x: T, y: T) => boolean,
  reach = 1,
): Stray<T>[] {
  const sorted = [...strays].sort((x, y) => x.pair - y.pair);
  const gone = new Uint8Array(sorted.length);
  let from = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (gone[i]) continue;
    const s = sorted[i]!;
    while (sorted[from]!.pair < s.pair - reach) from++;
    for (let j = from; j < sorted.length; j++) {
      const t = sorted[j]!;
      if (t.pair > s.pair + reach) break;
      if (i === j || gone[j] || t.side === s.side || t.pair === s.pair) continue;
      const [x, y] = s.side === 'src' ? [s.item, t.item] : [t.item, s.item];
      if (equal(x, y)) {
        gone[i] = 1;
        gone[j] = 1;
        break;
      }
    }
  }
  return sorted.filter((_, i) => !gone[i]);
}
