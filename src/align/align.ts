/**
 * `align(src, tgt)`: sentence alignment of a Chinese/English document pair, either language
 * as source. Tokens (lexicon, names, numbers, cues) → numeric features → paragraphs first,
 * then a first sentence pass per chunk → a length model and a translation table learned from
 * that pass (IBM Model 1) → a second pass whose beads carry posterior confidences → a check
 * that the two documents are translations at all.
 */
import { anchorKeys } from '../lexicon/anchors.js';
import { addWords, foldChinese } from '../lexicon/chinese.js';
import { type Lexicon, loadLexicon, type TermPair, withTermPairs } from '../lexicon/lexicon.js';
import type { Bead, Lang, Segment } from '../types.js';
import type { Path } from './band.js';
import { alignPass, type PassOptions } from './core.js';
import { beadLengthRatio, type CostParams, estimateLengthModel, type Shape } from './cost.js';
import { cueKeys } from './cues.js';
import { buildPairFeatures, type PairFeatures, sliceSide } from './features.js';
import { learnTranslations, type Model1Options } from './model1.js';
import { type Chunk, paragraphChunks } from './paragraphs.js';
import { checkParallel } from './parallel.js';
import {
  COARSE_SHAPES,
  DEFAULT_PARAMS,
  DEFAULT_SEARCH,
  OMISSION_RUNS,
  SENTENCE_SHAPES,
  type SearchParams,
} from './params.js';
import { pathBeads } from './search.js';
import { type KeyFunction, type RawToken, Tokenizer, textLength } from './tokens.js';

export interface AlignOptions {
  /** language of each side (default: the language most of its segments were split as) */
  srcLang?: Lang;
  tgtLang?: Lang;
  /** the zh→en lexicon (default: the CC-CEDICT lexicon built by `npm run build`) */
  lexicon?: Lexicon;
  /** extra zh↔en pairs (glossary terms, law names), matched before the lexicon */
  termPairs?: readonly TermPair[];
  /**
   * normalised keys both languages share (default: amounts, dates, percentages, codes and
   * acronyms from src/lexicon/anchors.ts; false for none)
   */
  anchorKeys?: KeyFunction | false;
  /** beads whose confidence is below this are marked for review (default 0.5) */
  reviewThreshold?: number;
  /** below this document score the pair is reported as not parallel (default 0.4) */
  parallelThreshold?: number;
  /** align paragraphs first when both sides have several (default true) */
  paragraphs?: boolean;
  /** learn a translation table from a first pass and realign (default false: no gain measured) */
  model1?: boolean | Model1Options;
  /** cost parameters (defaults in params.ts) */
  params?: Partial<CostParams>;
  /** search parameters (defaults in params.ts) */
  search?: Partial<SearchParams>;
  /** bead shapes at sentence level, [source, target] counts (default up to 1-4/4-1, 2-3/3-2) */
  shapes?: readonly Shape[];
}

export interface AlignedBead extends Bead {
  /** true when the confidence (score) is below the review threshold */
  review: boolean;
}

export interface AlignResult {
  beads: AlignedBead[];
  srcLang: Lang;
  tgtLang: Lang;
  /** share of beads with more lexical evidence than chance, in [0, 1] */
  parallelScore: number;
  /** false when the two documents do not look like translations of each other */
  parallel: boolean;
  stats: AlignStats;
}

export interface AlignStats {
  /** lattice nodes searched in the final pass (time and memory grow with it) */
  nodes: number;
  /** independent chunks after paragraph alignment */
  chunks: number;
  /** word pairs learned from the document */
  learnedPairs: number;
  /** English characters per Chinese character, and the length variance */
  lengthRatio: number;
  lengthVariance: number;
}

function majorityLang(segments: readonly Segment[], fallback: Lang): Lang {
  let zh = 0;
  for (const s of segments) if (s.lang === 'zh') zh++;
  if (segments.length === 0) return fallback;
  return zh * 2 >= segments.length ? 'zh' : 'en';
}

/** Align two documents' segments. */
export function align(
  src: readonly Segment[],
  tgt: readonly Segment[],
  options: AlignOptions = {},
): AlignResult {
  return alignPrepared(preparePair(src, tgt, options), options);
}

/** A document pair turned into tokens: the costly part, done once for any number of runs. */
export interface PreparedPair {
  srcLang: Lang;
  tgtLang: Lang;
  srcTokens: RawToken[][];
  tgtTokens: RawToken[][];
  srcLen: number[];
  tgtLen: number[];
  srcParagraphs: number[];
  tgtParagraphs: number[];
}

/** Tokens, lengths and paragraphs of both sides (languages, lexicon and keys from options). */
export function preparePair(
  src: readonly Segment[],
  tgt: readonly Segment[],
  options: AlignOptions = {},
): PreparedPair {
  const srcLang = options.srcLang ?? majorityLang(src, 'zh');
  const tgtLang = options.tgtLang ?? majorityLang(tgt, srcLang === 'zh' ? 'en' : 'zh');
  let lexicon = options.lexicon ?? loadLexicon();
  if (options.termPairs?.length) lexicon = lexiconWithTerms(lexicon, options.termPairs);
  const tokenizer = new Tokenizer({
    lexicon,
    anchorKeys: options.anchorKeys === false ? undefined : (options.anchorKeys ?? anchorKeys),
  });
  const tokensOf = (segs: readonly Segment[], lang: Lang) =>
    segs.map((s) => tokenizer.tokens(s.text, lang, cueKeys({ ...s, lang })));
  return {
    srcLang,
    tgtLang,
    srcTokens: tokensOf(src, srcLang),
    tgtTokens: tokensOf(tgt, tgtLang),
    srcLen: src.map((s) => textLength(s.text)),
    tgtLen: tgt.map((s) => textLength(s.text)),
    srcParagraphs: src.map((s) => s.paragraph),
    tgtParagraphs: tgt.map((s) => s.paragraph),
  };
}

const termLexicons = new WeakMap<readonly TermPair[], WeakMap<Lexicon, Lexicon>>();

/** The lexicon with glossary pairs in front, made once per pair list (and jieba taught them). */
function lexiconWithTerms(base: Lexicon, pairs: readonly TermPair[]): Lexicon {
  let byBase = termLexicons.get(pairs);
  if (!byBase) {
    byBase = new WeakMap();
    termLexicons.set(pairs, byBase);
  }
  let lex = byBase.get(base);
  if (!lex) {
    lex = withTermPairs(base, pairs, foldChinese);
    addWords(pairs.map((p) => foldChinese(p.zh.trim())));
    byBase.set(base, lex);
  }
  return lex;
}

/** Align a prepared pair (cost, search and confidence options apply here). */
export function alignPrepared(prepared: PreparedPair, options: AlignOptions = {}): AlignResult {
  const { srcLang, tgtLang, srcTokens, tgtTokens, srcLen, tgtLen } = prepared;
  const srcIsZh = srcLang === 'zh';
  const features = (st: RawToken[][], tt: RawToken[][]) =>
    buildPairFeatures(st, srcLen, tt, tgtLen);
  let f = features(srcTokens, tgtTokens);

  const search = { ...DEFAULT_SEARCH, ...options.search };
  const params: CostParams = {
    ...DEFAULT_PARAMS,
    ...options.params,
    shapePenalty: { ...DEFAULT_PARAMS.shapePenalty, ...options.params?.shapePenalty },
  };
  const zhLen = srcIsZh ? srcLen : tgtLen;
  const enLen = srcIsZh ? tgtLen : srcLen;
  const length = { ...estimateLengthModel(zhLen, enLen), variance: search.variance };
  const shapes = options.shapes ?? SENTENCE_SHAPES;
  // runs of omissions only where single omissions are allowed
  const runs = shapes.some(([a, b]) => a === 0 || b === 0) ? OMISSION_RUNS : [];
  let pass: PassOptions = {
    shapes: [...shapes, ...runs],
    coarseShapes: [...COARSE_SHAPES.filter(([a, b]) => runs.length || (a && b)), ...runs],
    params,
    length,
    srcIsZh,
    fullLimit: search.fullLimit,
    width: search.width,
    retries: search.retries,
    temperature: search.temperature,
  };
  const chunks =
    options.paragraphs === false
      ? [{ s0: 0, s1: srcLen.length, t0: 0, t1: tgtLen.length }]
      : paragraphChunks(f, prepared.srcParagraphs, prepared.tgtParagraphs, pass, 0.9);

  const model1 =
    options.model1 !== undefined &&
    options.model1 !== false &&
    srcLen.length > 0 &&
    tgtLen.length > 0;
  let result = alignChunks(f, chunks, pass);
  let rerun = false;
  // the length ratio of the aligned beads, when text left out of one version skewed the
  // document's: realign with it
  const zhFirst = result.beads.map((b) => (srcIsZh ? b : { src: b.tgt, tgt: b.src }));
  const ratio = beadLengthRatio(zhLen, enLen, zhFirst);
  if (ratio !== undefined && Math.abs(Math.log(ratio / length.ratio)) > 0.1) {
    pass = { ...pass, length: { ...length, ratio } };
    rerun = true;
  }
  let learnedPairs = 0;
  if (model1) {
    const zhTokens = srcIsZh ? srcTokens : tgtTokens;
    const enTokens = srcIsZh ? tgtTokens : srcTokens;
    const learned = learnFromBeads(
      zhFirst,
      zhTokens,
      enTokens,
      typeof options.model1 === 'object' ? options.model1 : {},
    );
    for (const l of learned.values()) learnedPairs += l.length;
    if (learnedPairs > 0) {
      const augmented = zhTokens.map((sentence) =>
        sentence.map((t) => {
          const extra = learned.get(t.type);
          return extra ? { type: t.type, keys: [...t.keys, ...extra] } : t;
        }),
      );
      f = srcIsZh ? features(augmented, tgtTokens) : features(srcTokens, augmented);
      rerun = true;
    }
  }
  if (rerun) result = alignChunks(f, chunks, pass, result.paths);

  const check = checkParallel(f, result.beads);
  const parallel =
    srcLen.length + tgtLen.length === 0 || check.score >= (options.parallelThreshold ?? 0.4);
  const reviewThreshold = options.reviewThreshold ?? 0.5;
  const beads = result.beads.map((b, k) => {
    const score = result.scores[k] ?? 0;
    return { src: b.src, tgt: b.tgt, score, review: score < reviewThreshold || !parallel };
  });
  return {
    beads,
    srcLang,
    tgtLang,
    parallelScore: check.score,
    parallel,
    stats: {
      nodes: result.nodes,
      chunks: chunks.length,
      learnedPairs,
      lengthRatio: pass.length.ratio,
      lengthVariance: pass.length.variance,
    },
  };
}

interface ChunkedResult {
  beads: { src: number[]; tgt: number[] }[];
  scores: number[];
  nodes: number;
  /** the path of every chunk, in chunk coordinates */
  paths: Path[];
}

/** Align every chunk on its own and put the beads together in document order. */
export function alignChunks(
  f: PairFeatures,
  chunks: readonly Chunk[],
  pass: PassOptions,
  guides?: readonly Path[],
): ChunkedResult {
  const out: ChunkedResult = { beads: [], scores: [], nodes: 0, paths: [] };
  chunks.forEach((c, ci) => {
    const sub: PairFeatures = {
      ...f,
      src: sliceSide(f.src, c.s0, c.s1),
      tgt: sliceSide(f.tgt, c.t0, c.t1),
    };
    const r = alignPass(sub, pass, guides?.[ci]);
    out.nodes += r.nodes;
    out.paths.push(r.path);
    pathBeads(r.path).forEach((b, k) => {
      const score = r.posteriors?.[k] ?? 1;
      if (b.src.length === 0 || b.tgt.length === 0) {
        // a run of omissions: one bead per sentence
        for (const s of b.src) out.beads.push({ src: [s + c.s0], tgt: [] });
        for (const t of b.tgt) out.beads.push({ src: [], tgt: [t + c.t0] });
        for (let x = b.src.length + b.tgt.length; x > 0; x--) out.scores.push(score);
        return;
      }
      out.beads.push({ src: b.src.map((s) => s + c.s0), tgt: b.tgt.map((t) => t + c.t0) });
      out.scores.push(score);
    });
  });
  return out;
}

/** Model 1 both ways on the non-null beads: the pairs both directions agree on. */
function learnFromBeads(
  beads: readonly { src: number[]; tgt: number[] }[],
  zhTokens: RawToken[][],
  enTokens: RawToken[][],
  options: Model1Options,
): Map<string, string[]> {
  const zhKeys = new Map<string, Set<string>>();
  for (const s of zhTokens) {
    for (const t of s) {
      let set = zhKeys.get(t.type);
      if (!set) {
        set = new Set();
        zhKeys.set(t.type, set);
      }
      for (const k of t.keys) set.add(k);
    }
  }
  const lexical = (t: RawToken) => !t.type.startsWith('a:');
  const training = beads
    .filter((b) => b.src.length > 0 && b.tgt.length > 0)
    .map((b) => ({
      zh: b.src.flatMap((s) => zhTokens[s]!.filter(lexical).map((t) => t.type)),
      en: b.tgt.flatMap((t) => enTokens[t]!.filter(lexical).map((u) => u.type)),
    }));
  const known = (z: string, e: string) => zhKeys.get(z)?.has(e) ?? false;
  return learnTranslations(training, known, options);
}
