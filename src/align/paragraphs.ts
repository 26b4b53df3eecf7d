/**
 * Paragraphs first: align the paragraphs of the two documents (each paragraph one unit, its
 * sentences' tokens merged), then cut the sentence alignment into independent chunks at the
 * boundaries between confidently aligned paragraphs. Only confident boundaries are kept:
 * a wrong hard boundary costs more than a missing one.
 */
import { alignPass, type PassOptions } from './core.js';
import { groupSide, type PairFeatures } from './features.js';

/** A block of the lattice aligned on its own: sentences [s0, s1) with [t0, t1). */
export interface Chunk {
  s0: number;
  s1: number;
  t0: number;
  t1: number;
}

/** First sentence of every paragraph, then the sentence count. */
export function paragraphBounds(paragraphs: readonly number[]): number[] {
  const bounds: number[] = [];
  paragraphs.forEach((p, i) => {
    if (i === 0 || p !== paragraphs[i - 1]) bounds.push(i);
  });
  bounds.push(paragraphs.length);
  return bounds;
}

/**
 * Chunks of the lattice between confident paragraph boundaries; one chunk for the whole
 * document when either side has a single paragraph.
 */
export function paragraphChunks(
  f: PairFeatures,
  srcParagraphs: readonly number[],
  tgtParagraphs: readonly number[],
  pass: PassOptions,
  threshold: number,
): Chunk[] {
  const whole: Chunk[] = [{ s0: 0, s1: f.src.n, t0: 0, t1: f.tgt.n }];
  const sb = paragraphBounds(srcParagraphs);
  const tb = paragraphBounds(tgtParagraphs);
  if (sb.length <= 2 || tb.length <= 2) return whole;
  const pf: PairFeatures = { ...f, src: groupSide(f.src, sb), tgt: groupSide(f.tgt, tb) };
  const result = alignPass(pf, {
    ...pass,
    shapes: pass.coarseShapes,
    temperature: pass.temperature ?? 1,
  });
  const post = result.posteriors ?? [];
  const chunks: Chunk[] = [];
  let start = { s: 0, t: 0 };
  let prev = [0, 0];
  result.path.forEach(([I, J], k) => {
    const [pI, pJ] = prev as [number, number];
    prev = [I, J];
    const next = result.path[k + 1];
    if (!next) return;
    const thisOk = I > pI && J > pJ && (post[k] ?? 0) >= threshold;
    const nextOk = next[0] > I && next[1] > J && (post[k + 1] ?? 0) >= threshold;
    if (!thisOk || !nextOk) return;
    const s = sb[I]!;
    const t = tb[J]!;
    chunks.push({ s0: start.s, s1: s, t0: start.t, t1: t });
    start = { s, t };
  });
  chunks.push({ s0: start.s, s1: f.src.n, t0: start.t, t1: f.tgt.n });
  return chunks;
}
