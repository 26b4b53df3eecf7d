/**
 * The numeric form of a document pair that the cost function works on: per sentence a length
 * and up to MAX_TOKENS weighted tokens, each token a list of integer key ids. Keys are
 * interned across both sides and kept only when both sides have them (a key seen on one side
 * can never match). Weights are IDF within the document side. Plain typed arrays, so that
 * coarse copies (pairs of neighbouring sentences merged) are cheap to make.
 */
import type { RawToken } from './tokens.js';

/** Tokens kept per sentence (the highest weighted); pair masks are two 32-bit words. */
export const MAX_TOKENS = 64;

export interface Side {
  n: number;
  /** length of each sentence (non-space characters) */
  len: Float64Array;
  /** token range of sentence i: [tokStart[i], tokStart[i+1]) */
  tokStart: Int32Array;
  /** token weight */
  weight: Float64Array;
  /** token type id (for the translation model) */
  type: Int32Array;
  /** key ids of token t: ids[idStart[t] .. idStart[t+1]) */
  idStart: Int32Array;
  ids: Int32Array;
  /** sum of token weights of sentence i */
  mass: Float64Array;
}

export interface PairFeatures {
  src: Side;
  tgt: Side;
  /** number of distinct key ids (ids are 0 .. keyCount-1) */
  keyCount: number;
  /** key strings by id (for the translation model and debugging) */
  keys: string[];
  /** type strings by id, per side */
  srcTypes: string[];
  tgtTypes: string[];
}

export interface FeatureOptions {
  /** keep tokens that share no key with the other document (default false) */
  keepUnmatchable?: boolean;
  /** token weight = idf ** idfPower (default 1) */
  idfPower?: number;
}

function intern(map: Map<string, number>, list: string[], s: string): number {
  let id = map.get(s);
  if (id === undefined) {
    id = list.length;
    map.set(s, id);
    list.push(s);
  }
  return id;
}

/** Build the numeric features of both sides from their raw tokens and lengths. */
export function buildPairFeatures(
  srcTokens: RawToken[][],
  srcLen: number[],
  tgtTokens: RawToken[][],
  tgtLen: number[],
  options: FeatureOptions = {},
): PairFeatures {
  // keys present on each side (tokens are shared objects: look at each one once)
  const srcKeys = new Set<string>();
  const seen = new Set<RawToken>();
  for (const s of srcTokens) {
    for (const t of s) {
      if (seen.has(t)) continue;
      seen.add(t);
      for (const k of t.keys) srcKeys.add(k);
    }
  }
  const shared = new Set<string>();
  seen.clear();
  for (const s of tgtTokens) {
    for (const t of s) {
      if (seen.has(t)) continue;
      seen.add(t);
      for (const k of t.keys) if (srcKeys.has(k)) shared.add(k);
    }
  }
  const keyMap = new Map<string, number>();
  const keys: string[] = [];
  const srcTypes: string[] = [];
  const tgtTypes: string[] = [];
  const src = buildSide(srcTokens, srcLen, shared, keyMap, keys, srcTypes, options);
  const tgt = buildSide(tgtTokens, tgtLen, shared, keyMap, keys, tgtTypes, options);
  return { src, tgt, keyCount: keys.length, keys, srcTypes, tgtTypes };
}

interface TokenInfo {
  type: number;
  ids: number[];
}

function buildSide(
  sentences: RawToken[][],
  lengths: number[],
  shared: Set<string>,
  keyMap: Map<string, number>,
  keys: string[],
  types: string[],
  options: FeatureOptions,
): Side {
  const n = sentences.length;
  const typeMap = new Map<string, number>();
  // every distinct token once: its type id and its shared key ids
  const info = new Map<RawToken, TokenInfo>();
  for (const s of sentences) {
    for (const t of s) {
      if (info.has(t)) continue;
      const ids: number[] = [];
      for (const k of t.keys) if (shared.has(k)) ids.push(intern(keyMap, keys, k));
      info.set(t, { type: intern(typeMap, types, t.type), ids });
    }
  }
  // document frequency of types
  const df = new Int32Array(types.length);
  const lastSeen = new Int32Array(types.length).fill(-1);
  sentences.forEach((s, i) => {
    for (const t of s) {
      const ty = info.get(t)!.type;
      if (lastSeen[ty] !== i) {
        lastSeen[ty] = i;
        df[ty]!++;
      }
    }
  });
  const power = options.idfPower ?? 1;
  const idf = Float64Array.from(df, (d) => Math.log(1 + n / Math.max(1, d)) ** power);
  const out = new SideBuilder(n);
  for (let i = 0; i < n; i++) {
    out.start(i);
    let toks = sentences[i]!.map((t) => info.get(t)!);
    if (!options.keepUnmatchable) toks = toks.filter((x) => x.ids.length > 0);
    if (toks.length > MAX_TOKENS) {
      toks = toks.sort((a, b) => idf[b.type]! - idf[a.type]!).slice(0, MAX_TOKENS);
    }
    for (const x of toks) out.token(i, idf[x.type]!, x.type, x.ids, 0, x.ids.length);
  }
  return out.finish(Float64Array.from(lengths));
}

/** The token arrays of a side, filled unit by unit (a unit: a sentence or merged sentences). */
class SideBuilder {
  private readonly tokStart: Int32Array;
  private readonly mass: Float64Array;
  private readonly weight: number[] = [];
  private readonly type: number[] = [];
  private readonly idStart: number[] = [0];
  private readonly ids: number[] = [];

  constructor(private readonly n: number) {
    this.tokStart = new Int32Array(n + 1);
    this.mass = new Float64Array(n);
  }

  /** Unit `u` starts: the tokens added next are its own. */
  start(u: number): void {
    this.tokStart[u] = this.weight.length;
  }

  /** A token of unit `u` with its weight, type and key ids `ids[from..to)`. */
  token(
    u: number,
    w: number,
    type: number,
    ids: ArrayLike<number>,
    from: number,
    to: number,
  ): void {
    this.weight.push(w);
    this.type.push(type);
    for (let k = from; k < to; k++) this.ids.push(ids[k]!);
    this.idStart.push(this.ids.length);
    this.mass[u]! += w;
  }

  /** The side, with `len` the length of each unit. */
  finish(len: Float64Array): Side {
    this.tokStart[this.n] = this.weight.length;
    return {
      n: this.n,
      len,
      tokStart: this.tokStart,
      weight: Float64Array.from(this.weight),
      type: Int32Array.from(this.type),
      idStart: Int32Array.from(this.idStart),
      ids: Int32Array.from(this.ids),
      mass: this.mass,
    };
  }
}

/**
 * A copy of a side with groups of consecutive sentences merged into one unit each
 * (`bounds`: the first sentence of every group, then n), keeping each unit's MAX_TOKENS
 * highest weighted tokens.
 */
export function groupSide(side: Side, bounds: readonly number[]): Side {
  const n = bounds.length - 1;
  const len = new Float64Array(n);
  const out = new SideBuilder(n);
  for (let u = 0; u < n; u++) {
    out.start(u);
    const toks: number[] = [];
    for (let i = bounds[u]!; i < bounds[u + 1]!; i++) {
      len[u]! += side.len[i]!;
      for (let t = side.tokStart[i]!; t < side.tokStart[i + 1]!; t++) toks.push(t);
    }
    if (toks.length > MAX_TOKENS) {
      toks.sort((x, y) => side.weight[y]! - side.weight[x]!);
      toks.length = MAX_TOKENS;
    }
    for (const t of toks) {
      out.token(
        u,
        side.weight[t]!,
        side.type[t]!,
        side.ids,
        side.idStart[t]!,
        side.idStart[t + 1]!,
      );
    }
  }
  return out.finish(len);
}

/** A coarse copy of a side: sentences 2k and 2k+1 merged. */
export function coarsen(side: Side): Side {
  const bounds: number[] = [];
  for (let i = 0; i < side.n; i += 2) bounds.push(i);
  bounds.push(side.n);
  return groupSide(side, bounds);
}

/** A contiguous slice [from, to) of a side (for aligning paragraph groups separately). */
export function sliceSide(side: Side, from: number, to: number): Side {
  const t0 = side.tokStart[from]!;
  const t1 = side.tokStart[to]!;
  const k0 = side.idStart[t0]!;
  const k1 = side.idStart[t1]!;
  return {
    n: to - from,
    len: side.len.slice(from, to),
    tokStart: side.tokStart.slice(from, to + 1).map((x) => x - t0),
    weight: side.weight.slice(t0, t1),
    type: side.type.slice(t0, t1),
    idStart: side.idStart.slice(t0, t1 + 1).map((x) => x - k0),
    ids: side.ids.slice(k0, k1),
    mass: side.mass.slice(from, to),
  };
}
