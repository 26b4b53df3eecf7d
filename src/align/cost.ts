/**
 * The cost of a bead, apart from any search: a shape penalty (1-1 cheapest, many-to-many
 * dearest), a Gale-Church length cost with the character ratio and variance estimated from
 * the document pair, and a lexical cost from the IDF-weighted share of tokens on both sides
 * that have a translation on the other side of the bead (pairs.ts). The search only ever
 * calls `cost(i, j, a, b)`: the bead of `a` source and `b` target sentences ending at node
 * (i, j).
 */
import type { Band } from './band.js';
import type { PairFeatures } from './features.js';
import { buildPairTable, type PairTable } from './pairs.js';

/** A bead shape: [source sentences, target sentences]. */
export type Shape = readonly [number, number];

export interface CostParams {
  /** weight of the lexical cost (lexWeight × (1 − similarity)) */
  lexWeight: number;
  /** weight of the Gale-Church length cost */
  lenWeight: number;
  /** cost of a 1-0 or 0-1 bead */
  nullPenalty: number;
  /**
   * cost of each further sentence of a run of omissions (shapes k-0 and 0-k, written out as
   * k beads 1-0): a long passage that one version leaves out costs less than pairing it with
   * unrelated text, so the search does not lose its way over it (default: nullPenalty)
   */
  nullExtend?: number;
  /** penalty per shape, keyed `zh-en` ('1-2' = one Chinese, two English sentences) */
  shapePenalty: Readonly<Record<string, number>>;
  /** similarity assumed for a bead with no tokens on either side */
  emptySim: number;
  /**
   * cost per unit of "dead" weight: sentences of a many-sentence side with no match at all in
   * the bead (relative to the document's mean sentence weight), so that an untranslated
   * sentence goes to a 1-0 bead rather than into its neighbour's bead
   */
  deadWeight?: number;
}

/**
 * English characters per Chinese character (target per source when neither side is Chinese),
 * and the variance of the difference per character.
 */
export interface LengthModel {
  ratio: number;
  variance: number;
}

export type CostFunction = (i: number, j: number, a: number, b: number) => number;

/** −log(erfc(z)) for z ≥ 0 (Numerical Recipes' erfcc, computed in the log domain). */
export function negLogErfc(z: number): number {
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t *
                          (-1.13520398 +
                            t * (1.48851973 + t * (-0.82215223 + t * 0.17087277))))))));
  return -(Math.log(t) + poly);
}

/**
 * Gale-Church length cost: −log P(|δ| ≥ observed) for δ = (lt − r·ls) / √(v·(r·ls + lt)/2).
 * 0 when the lengths agree exactly, about 3.2 at two standard deviations.
 */
export function lengthCost(ls: number, lt: number, model: LengthModel): number {
  const mean = (model.ratio * ls + lt) / 2;
  if (mean <= 0) return 0;
  const z = Math.abs(lt - model.ratio * ls) / Math.sqrt(2 * model.variance * mean);
  // table lookup with linear interpolation: the search calls this for every bead it tries
  const x = z * TABLE_STEPS;
  const k = x | 0;
  if (k >= TABLE_SIZE - 1) return negLogErfc(z);
  const f = x - k;
  return ERFC_TABLE[k]! * (1 - f) + ERFC_TABLE[k + 1]! * f;
}

const TABLE_STEPS = 64;
const TABLE_SIZE = 12 * TABLE_STEPS;
const ERFC_TABLE = new Float64Array(TABLE_SIZE);
for (let k = 0; k < TABLE_SIZE; k++) ERFC_TABLE[k] = Math.max(0, negLogErfc(k / TABLE_STEPS));

/** Ratio of total lengths, and a starting variance. */
export function estimateLengthModel(
  srcLen: ArrayLike<number>,
  tgtLen: ArrayLike<number>,
): LengthModel {
  let s = 0;
  let t = 0;
  for (let i = 0; i < srcLen.length; i++) s += srcLen[i]!;
  for (let i = 0; i < tgtLen.length; i++) t += tgtLen[i]!;
  const ratio = s > 0 && t > 0 ? t / s : 1;
  return { ratio, variance: 20 };
}

/**
 * English characters per Chinese character of the beads of an alignment (Chinese side
 * first): the median of the beads' ratios, so that text one version leaves out (merged into
 * a neighbouring bead or not) does not skew it as it skews the document totals. Undefined with
 * fewer than 3 beads pairing text on both sides.
 */
export function beadLengthRatio(
  zhLen: ArrayLike<number>,
  enLen: ArrayLike<number>,
  beads: readonly { src: number[]; tgt: number[] }[],
): number | undefined {
  const ratios: number[] = [];
  for (const b of beads) {
    let zh = 0;
    let en = 0;
    for (const s of b.src) zh += zhLen[s]!;
    for (const t of b.tgt) en += enLen[t]!;
    if (zh > 0 && en > 0) ratios.push(en / zh);
  }
  if (ratios.length < 3) return undefined;
  ratios.sort((a, b) => a - b);
  const mid = ratios.length >> 1;
  return ratios.length % 2 ? ratios[mid]! : (ratios[mid - 1]! + ratios[mid]!) / 2;
}

function prefix(values: ArrayLike<number>): Float64Array {
  const p = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) p[i + 1] = p[i]! + values[i]!;
  return p;
}

export interface BeadScorer {
  cost: CostFunction;
  /** a lower bound of the cost of a bead of `a` source and `b` target sentences */
  bound(a: number, b: number): number;
  /** lexical similarity of a bead in [0, 1] (emptySim when neither side has tokens) */
  similarity(i: number, j: number, a: number, b: number): number;
  /** length cost of a bead */
  lengthCost(i: number, j: number, a: number, b: number): number;
}

/**
 * The cost function for one document pair inside one band. `srcIsZh` orients the shape
 * penalties, which are given Chinese-side first.
 */
export function makeScorer(
  f: PairFeatures,
  band: Band,
  shapes: readonly Shape[],
  params: CostParams,
  length: LengthModel,
  srcIsZh: boolean,
): BeadScorer {
  let maxA = 1;
  let maxB = 1;
  for (const [a, b] of shapes) {
    if (a === 0 || b === 0) continue;
    maxA = Math.max(maxA, a);
    maxB = Math.max(maxB, b);
  }
  const extend = params.nullExtend ?? params.nullPenalty;
  const nullCost = (a: number, b: number) => params.nullPenalty + (a + b - 1) * extend;
  const table: PairTable = buildPairTable(f, band, maxA, maxB);
  const lenS = prefix(f.src.len);
  const lenT = prefix(f.tgt.len);
  const massS = prefix(f.src.mass);
  const massT = prefix(f.tgt.mass);
  const pen = (a: number, b: number): number => {
    const key = srcIsZh ? `${a}-${b}` : `${b}-${a}`;
    return params.shapePenalty[key] ?? 3 * (a + b);
  };
  const penalty: number[][] = [];
  for (let a = 0; a <= maxA; a++) {
    penalty.push([]);
    for (let b = 0; b <= maxB; b++) penalty[a]!.push(pen(a, b));
  }
  const out = new Float64Array(4);
  const meanS = f.src.n ? massS[f.src.n]! / f.src.n : 1;
  const meanT = f.tgt.n ? massT[f.tgt.n]! / f.tgt.n : 1;
  const deadWeight = params.deadWeight ?? 0;
  let deadCost = 0;
  const similarity = (i: number, j: number, a: number, b: number): number => {
    const total = massS[i]! - massS[i - a]! + massT[j]! - massT[j - b]!;
    deadCost = 0;
    if (total <= 0) return params.emptySim;
    table.matched(i, j, a, b, out);
    if (deadWeight > 0 && (out[2]! > 0 || out[3]! > 0)) {
      deadCost = deadWeight * (out[2]! / (meanS || 1) + out[3]! / (meanT || 1));
    }
    return (out[0]! + out[1]!) / total;
  };
  // lengths are compared Chinese side first, so that `length` reads the same both ways
  const lenCost = srcIsZh
    ? (i: number, j: number, a: number, b: number): number =>
        lengthCost(lenS[i]! - lenS[i - a]!, lenT[j]! - lenT[j - b]!, length)
    : (i: number, j: number, a: number, b: number): number =>
        lengthCost(lenT[j]! - lenT[j - b]!, lenS[i]! - lenS[i - a]!, length);
  return {
    similarity,
    lengthCost: lenCost,
    bound: (a, b) => (a === 0 || b === 0 ? nullCost(a, b) : penalty[a]![b]!),
    cost(i, j, a, b) {
      if (a === 0 || b === 0) return nullCost(a, b);
      const sim = similarity(i, j, a, b);
      return (
        penalty[a]![b]! +
        params.lenWeight * lenCost(i, j, a, b) +
        params.lexWeight * (1 - sim) +
        deadCost
      );
    },
  };
}
