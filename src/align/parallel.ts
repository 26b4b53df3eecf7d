/**
 * Are the two documents translations of each other at all? Any search returns a path, so the
 * question is asked of its beads: how many have more lexical evidence than beads of the same
 * shape pairing sentences from unrelated places of the same two documents (the target side
 * shifted by golden-ratio fractions of its length, passages repeated word for word skipped). For a translation most beads beat that
 * chance level; for two unrelated documents about as few as chance allows. The score is then
 * scaled by the share of sentences the alignment pairs at all (a 100-sentence document and a
 * 5-sentence one are not translations of each other, whatever their 5 beads say).
 */
import type { PairFeatures } from './features.js';
import { rangeSimilarity } from './pairs.js';

export interface ParallelCheck {
  /** lexical × coverage, in [0, 1] */
  score: number;
  /** share of the sampled beads whose similarity beats the chance level */
  lexical: number;
  /** share of the sentences (both sides) in beads that pair text on both sides */
  coverage: number;
  /** the chance level: 95th percentile of shifted-bead similarities */
  chance: number;
  /** beads sampled */
  sampled: number;
}

interface SpanBead {
  src: readonly number[];
  tgt: readonly number[];
}

/** Shifts as fractions of the target length; irrational steps rarely land on a repeat period. */
const SHIFTS = [0.382, 0.618, 0.236, 0.764, 0.146, 0.854];

/** Do target sentences a..a+width and b..b+width hold the same tokens? */
function sameText(side: PairFeatures['tgt'], a: number, b: number, width: number): boolean {
  for (let k = 0; k < width; k++) {
    const i = a + k;
    const j = b + k;
    const n = side.tokStart[i + 1]! - side.tokStart[i]!;
    if (n !== side.tokStart[j + 1]! - side.tokStart[j]! || side.len[i] !== side.len[j])
      return false;
    for (let t = 0; t < n; t++) {
      if (side.type[side.tokStart[i]! + t] !== side.type[side.tokStart[j]! + t]) return false;
    }
  }
  return true;
}

/** Compare the beads' similarity with shifted beads'. */
export function checkParallel(
  f: PairFeatures,
  beads: readonly SpanBead[],
  maxSample = 400,
): ParallelCheck {
  const full = beads.filter((b) => b.src.length > 0 && b.tgt.length > 0);
  let paired = 0;
  for (const b of full) paired += b.src.length + b.tgt.length;
  const total = f.src.n + f.tgt.n;
  const coverage = total ? paired / total : 0;
  const m = f.tgt.n;
  const step = Math.max(1, Math.floor(full.length / maxSample));
  const own: number[] = [];
  const chance: number[] = [];
  for (let k = 0; k < full.length; k += step) {
    const b = full[k]!;
    const s0 = b.src[0]!;
    const s1 = b.src[b.src.length - 1]! + 1;
    const t0 = b.tgt[0]!;
    const t1 = b.tgt[b.tgt.length - 1]! + 1;
    const sim = rangeSimilarity(f, s0, s1, t0, t1);
    if (sim === undefined) continue;
    own.push(sim);
    const width = t1 - t0;
    let taken = 0;
    for (const frac of SHIFTS) {
      if (m <= width * 2 || taken === 2) break;
      const shift = Math.max(width, Math.round(m * frac));
      const u0 = (t0 + shift) % (m - width + 1);
      // a repeated passage (the same table or notice twice) is no measure of chance
      if (sameText(f.tgt, t0, u0, width)) continue;
      const r = rangeSimilarity(f, s0, s1, u0, u0 + width);
      if (r !== undefined) {
        chance.push(r);
        taken++;
      }
    }
  }
  if (own.length === 0) return { score: 0, lexical: 0, coverage, chance: 0, sampled: 0 };
  chance.sort((a, b) => a - b);
  const level = chance.length ? chance[Math.floor(0.95 * (chance.length - 1))]! : 0;
  // too few beads to compare with chance: let coverage speak
  const lexical = own.length < 4 ? 1 : own.filter((s) => s > level).length / own.length;
  return { score: lexical * coverage, lexical, coverage, chance: level, sampled: own.length };
}
