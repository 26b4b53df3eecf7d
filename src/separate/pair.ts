/**
 * Sentence beads from the pairing the layout implies: inside a pair of pieces (a paragraph and
 * the paragraph translating it, a table row, a line pair) one sentence each is a 1-1 bead and
 * anything else is aligned by the sentence aligner on that pair alone (so a two-sentence English
 * paragraph beside a one-sentence Chinese one gives a 2-1 bead); a block of pieces (a page of two
 * columns, two halves) is aligned by the aligner, paragraphs first; a piece with no counterpart
 * gives null beads. Beads are English first. Pure (the aligner loads the lexicon once).
 */
import { align } from '../align/align.js';
import type { TermPair } from '../lexicon/lexicon.js';
import type { Bead, Segment } from '../types.js';

export interface SegmentGroup {
  /** segment indexes on each side, consecutive */
  en: number[];
  zh: number[];
  kind: 'pair' | 'block' | 'single';
}

export interface SeparatedBead extends Bead {
  review: boolean;
}

export interface PairOptions {
  termPairs?: readonly TermPair[];
  /** beads below this confidence are marked for review (default 0.5) */
  reviewThreshold?: number;
}

/** Beads (English first) for the groups, in document order. */
export function beadsOfGroups(
  en: readonly Segment[],
  zh: readonly Segment[],
  groups: readonly SegmentGroup[],
  options: PairOptions = {},
): SeparatedBead[] {
  const threshold = options.reviewThreshold ?? 0.5;
  const beads: SeparatedBead[] = [];
  for (const g of groups) {
    if (!g.en.length || !g.zh.length) {
      for (const i of g.en) beads.push({ src: [i], tgt: [], score: 1, review: false });
      for (const i of g.zh) beads.push({ src: [], tgt: [i], score: 1, review: false });
      continue;
    }
    if (g.kind === 'pair' && g.en.length === 1 && g.zh.length === 1) {
      beads.push({ src: [...g.en], tgt: [...g.zh], score: 1, review: false });
      continue;
    }
    const result = align(
      g.en.map((i) => en[i]!),
      g.zh.map((i) => zh[i]!),
      {
        srcLang: 'en',
        tgtLang: 'zh',
        termPairs: options.termPairs,
        reviewThreshold: threshold,
        paragraphs: g.kind === 'block',
      },
    );
    for (const b of result.beads) {
      beads.push({
        src: b.src.map((k) => g.en[k]!),
        tgt: b.tgt.map((k) => g.zh[k]!),
        score: b.score,
        // a pair of paragraphs is too short for the document-level parallel check
        review: b.score < threshold,
      });
    }
  }
  return beads;
}
