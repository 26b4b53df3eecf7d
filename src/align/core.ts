/**
 * One alignment pass over numeric features: a full search when the lattice is small, else
 * coarse to fine as Vecalign does — align a copy with neighbouring sentences merged in pairs
 * (recursively), then search only a corridor around that path at full resolution. Where the
 * best path runs along the corridor's edge, the corridor is widened and the search repeated.
 */
import {
  type Band,
  bandSize,
  fullBand,
  type Path,
  pathBand,
  touchesEdge,
  upsamplePath,
} from './band.js';
import {
  type BeadScorer,
  type CostParams,
  type LengthModel,
  makeScorer,
  type Shape,
} from './cost.js';
import { coarsen, type PairFeatures } from './features.js';
import { beadPosteriors } from './posterior.js';
import { type SearchResult, search } from './search.js';

export interface PassOptions {
  /** bead shapes searched at full resolution ([source, target] counts, nulls included) */
  shapes: readonly Shape[];
  /** shapes searched on coarse copies */
  coarseShapes: readonly Shape[];
  params: CostParams;
  length: LengthModel;
  srcIsZh: boolean;
  /** largest lattice (nodes) searched in full */
  fullLimit: number;
  /** corridor half-width, in sentences */
  width: number;
  /** widenings tried when the path touches the corridor's edge */
  retries: number;
  /** temperature of the bead posteriors (confidence); none computed without it */
  temperature?: number;
}

export interface PassResult extends SearchResult {
  scorer: BeadScorer;
  band: Band;
  /** lattice nodes searched at full resolution */
  nodes: number;
  /** posterior probability of each bead (with `temperature`) */
  posteriors?: number[];
}

function coarseFeatures(f: PairFeatures): PairFeatures {
  return { ...f, src: coarsen(f.src), tgt: coarsen(f.tgt) };
}

/**
 * The best path for `f` under `options`. With `guide` (a path from an earlier pass), the search
 * is a corridor around it instead of coarse to fine.
 */
export function alignPass(f: PairFeatures, options: PassOptions, guide?: Path): PassResult {
  const n = f.src.n;
  const m = f.tgt.n;
  if (!guide || (n + 1) * (m + 1) <= options.fullLimit || n <= 1 || m <= 1) {
    return level(f, options, options.shapes, true);
  }
  return corridor(f, options, options.shapes, guide, true);
}

function level(f: PairFeatures, o: PassOptions, shapes: readonly Shape[], top = false): PassResult {
  const n = f.src.n;
  const m = f.tgt.n;
  if ((n + 1) * (m + 1) <= o.fullLimit || n <= 1 || m <= 1) {
    const band = fullBand(n, m);
    return run(f, band, o, shapes, top);
  }
  const coarse = level(coarseFeatures(f), o, o.coarseShapes);
  return corridor(f, o, shapes, upsamplePath(coarse.path, n, m), top);
}

function corridor(
  f: PairFeatures,
  o: PassOptions,
  shapes: readonly Shape[],
  guide: Path,
  top: boolean,
): PassResult {
  const n = f.src.n;
  const m = f.tgt.n;
  let width = o.width;
  let result = run(f, pathBand(guide, n, m, width), o, shapes, top);
  for (let k = 0; k < o.retries && touchesEdge(result.path, result.band); k++) {
    width *= 2;
    result = run(f, pathBand(result.path, n, m, width), o, shapes, top);
  }
  return result;
}

function run(
  f: PairFeatures,
  band: Band,
  o: PassOptions,
  shapes: readonly Shape[],
  top: boolean,
): PassResult {
  const scorer = makeScorer(f, band, shapes, o.params, o.length, o.srcIsZh);
  const record = top && o.temperature !== undefined;
  const bounds = shapes.map(([a, b]) => scorer.bound(a, b));
  const res = search(band, shapes, scorer.cost, { record, bounds });
  const posteriors =
    record && res.recorded
      ? beadPosteriors(band, shapes, res.recorded, res.path, res.shapes, o.temperature!)
      : undefined;
  return { ...res, recorded: undefined, scorer, band, nodes: bandSize(band), posteriors };
}
