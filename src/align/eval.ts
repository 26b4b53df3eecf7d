/**
 * Alignment quality as Vecalign's score.py measures it (thompsonb/vecalign, score.py, after
 * Sennrich & Volk's definitions, W11-4624):
 * - strict: a test bead counts only when the gold has exactly the same bead;
 * - lax: a test bead counts when some gold bead overlaps it on the source side and that gold
 *   bead's target side overlaps it on the target side;
 * - precision is over all test beads (null beads included), recall is computed as precision
 *   with gold and test swapped and null beads (1-0, 0-1) removed from both;
 * - several documents are scored by summing the counts first (micro average), as score.py's
 *   score_multiple does. Duplicate beads count once (score.py works on sets).
 */

export interface BeadLike {
  src: readonly number[];
  tgt: readonly number[];
}

export interface Counts {
  tpStrict: number;
  fpStrict: number;
  tpLax: number;
  fpLax: number;
}

export interface Scores {
  precisionStrict: number;
  recallStrict: number;
  f1Strict: number;
  precisionLax: number;
  recallLax: number;
  f1Lax: number;
}

/** Precision and recall counts of one document. */
export interface DocCounts {
  precision: Counts;
  recall: Counts;
}

function key(b: BeadLike): string {
  return `${b.src.join(',')}:${b.tgt.join(',')}`;
}

function dedupe(beads: readonly BeadLike[]): BeadLike[] {
  const seen = new Map<string, BeadLike>();
  for (const b of beads) {
    if (b.src.length === 0 && b.tgt.length === 0) continue;
    const k = key(b);
    if (!seen.has(k)) seen.set(k, b);
  }
  return [...seen.values()];
}

/** score.py's `_precision(goldalign, testalign)`. */
export function precisionCounts(gold: readonly BeadLike[], test: readonly BeadLike[]): Counts {
  const g = dedupe(gold);
  const t = dedupe(test);
  const goldKeys = new Set(g.map(key));
  const srcToGoldTgt = new Map<number, Set<number>>();
  for (const b of g) {
    for (const s of b.src) {
      let set = srcToGoldTgt.get(s);
      if (!set) {
        set = new Set();
        srcToGoldTgt.set(s, set);
      }
      for (const x of b.tgt) set.add(x);
    }
  }
  const c: Counts = { tpStrict: 0, fpStrict: 0, tpLax: 0, fpLax: 0 };
  for (const b of t) {
    if (goldKeys.has(key(b))) {
      c.tpStrict++;
      c.tpLax++;
      continue;
    }
    c.fpStrict++;
    const targets = new Set<number>();
    for (const s of b.src) for (const x of srcToGoldTgt.get(s) ?? []) targets.add(x);
    if (b.tgt.some((x) => targets.has(x))) c.tpLax++;
    else c.fpLax++;
  }
  return c;
}

const notNull = (b: BeadLike) => b.src.length > 0 && b.tgt.length > 0;

/** The counts of one document (gold and test beads in the same orientation). */
export function documentCounts(gold: readonly BeadLike[], test: readonly BeadLike[]): DocCounts {
  return {
    precision: precisionCounts(gold, test),
    recall: precisionCounts(test.filter(notNull), gold.filter(notNull)),
  };
}

function add(a: Counts, b: Counts): Counts {
  return {
    tpStrict: a.tpStrict + b.tpStrict,
    fpStrict: a.fpStrict + b.fpStrict,
    tpLax: a.tpLax + b.tpLax,
    fpLax: a.fpLax + b.fpLax,
  };
}

const ratio = (a: number, b: number) => (a + b === 0 ? 0 : a / (a + b));
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Scores from summed counts (score.py's `score_multiple`). */
export function scoresOf(counts: readonly DocCounts[]): Scores {
  const zero: Counts = { tpStrict: 0, fpStrict: 0, tpLax: 0, fpLax: 0 };
  let p = zero;
  let r = zero;
  for (const c of counts) {
    p = add(p, c.precision);
    r = add(r, c.recall);
  }
  const precisionStrict = ratio(p.tpStrict, p.fpStrict);
  const recallStrict = ratio(r.tpStrict, r.fpStrict);
  const precisionLax = ratio(p.tpLax, p.fpLax);
  const recallLax = ratio(r.tpLax, r.fpLax);
  return {
    precisionStrict,
    recallStrict,
    f1Strict: f1(precisionStrict, recallStrict),
    precisionLax,
    recallLax,
    f1Lax: f1(precisionLax, recallLax),
  };
}

/** Scores of one document. */
export function scoreAlignment(gold: readonly BeadLike[], test: readonly BeadLike[]): Scores {
  return scoresOf([documentCounts(gold, test)]);
}

/** Swap the two sides of every bead (gold written zh first, alignment made en first). */
export function swapSides<T extends BeadLike>(beads: readonly T[]): BeadLike[] {
  return beads.map((b) => ({ src: b.tgt, tgt: b.src }));
}
