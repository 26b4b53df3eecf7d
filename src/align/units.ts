/**
 * Alignment beads → bilingual units, the hub every output format writes. A bead of several
 * sentences becomes one unit whose text joins them (no space between Chinese sentences).
 */
import { joinSegments } from '../document.js';
import type { Bead, Segment, Unit } from '../types.js';

export interface UnitOptions {
  srcLang: string;
  tgtLang: string;
  /** beads below this confidence are marked for review (in addition to those already marked) */
  reviewThreshold?: number;
}

export function beadsToUnits(
  beads: readonly (Bead & { review?: boolean })[],
  src: readonly Segment[],
  tgt: readonly Segment[],
  options: UnitOptions,
): Unit[] {
  return beads.map((bead, k) => {
    const review =
      bead.review === true ||
      (options.reviewThreshold !== undefined && bead.score < options.reviewThreshold);
    const unit: Unit = {
      id: String(k + 1),
      source: joinSegments(bead.src.map((i) => src[i]!.text)),
      target: joinSegments(bead.tgt.map((i) => tgt[i]!.text)),
      srcLang: options.srcLang,
      tgtLang: options.tgtLang,
      score: bead.score,
      review,
      bead: { src: [...bead.src], tgt: [...bead.tgt] },
    };
    if (bead.src.length === 0) unit.notes = ['no source sentence: added in the target?'];
    else if (bead.tgt.length === 0) unit.notes = ['no target sentence: omitted in the target?'];
    return unit;
  });
}
