/**
 * What the checks need to know about each sentence, computed once per segment: quantities,
 * dates and codes (the lexicon), law names (the matcher), glossary terms and, for Chinese, the
 * folded text (for English, the content stems).
 * Segments do not depend on the alignment, so `zhen qa` can analyse them in a worker thread
 * while the main thread aligns (src/cli/qa-worker.ts); `assemble` then puts the analyses of a
 * bead's segments together at the pair offsets. Without analyses, the context computes the
 * same lazily per pair. Pure, structured-clone friendly data.
 */
import { foldZhText } from '../glossary/lawname.js';
import type { LawMatch } from '../glossary/matcher.js';
import { matchLawNames } from '../glossary/matcher.js';
import type { GlossaryIndex } from '../glossary/shipped.js';
import { anchorKeysOfScan } from '../lexicon/anchors.js';
import { contentStems } from '../lexicon/english.js';
import { scanSentence } from '../lexicon/figures.js';
import type { SentenceScan } from '../lexicon/scan.js';
import type { Lang } from '../types.js';
import { termIndexOf } from './term-index.js';
import type { Piece } from './types.js';

/** A glossary term found in a text, by term id (structured-clone friendly). */
export interface TermSpan {
  start: number;
  end: number;
  text: string;
  ids: string[];
}

export interface SegmentAnalysis {
  /** absent when the worker left scanning to the main thread (withScans fills it in) */
  scan?: SentenceScan;
  laws: LawMatch[];
  /** glossary terms (kind `term`) found in the text */
  terms: TermSpan[];
  /** foldZhText of the text (Chinese only) */
  folded?: string;
  /** content stems of the text (English only; lexicon/english.ts) */
  stems?: string[];
}

/**
 * scanSentence results by text, shared by the aligner (through `anchorKeysWith`) and the
 * checks, so that `zhen qa` scans each sentence once.
 */
export class ScanCache {
  private readonly byText = new Map<string, SentenceScan>();

  scan(text: string, lang: Lang): SentenceScan {
    const key = `${lang}\u0000${text}`;
    let s = this.byText.get(key);
    if (!s) {
      s = scanSentence(text, lang);
      this.byText.set(key, s);
    }
    return s;
  }
}

/**
 * The aligner's anchor keys (src/lexicon/anchors.ts: the same keys from the same scan) taken
 * from a scan cache, for `align(…, {anchorKeys})`. test/qa/analyse.test.ts checks that they
 * equal anchorKeys().
 */
export function anchorKeysWith(cache: ScanCache): (text: string, lang: Lang) => string[] {
  return (text, lang) => anchorKeysOfScan(cache.scan(text, lang));
}

/** Scan a sentence (or a table row), through the cache when there is one. */
export function scanCells(text: string, lang: Lang, cache?: ScanCache): SentenceScan {
  return cache ? cache.scan(text, lang) : scanSentence(text, lang);
}

function moved<T extends { start: number; end: number }>(m: T, by: number): T {
  return by === 0 ? m : { ...m, start: m.start + by, end: m.end + by };
}

function movedLaw(m: LawMatch, by: number): LawMatch {
  if (by === 0) return m;
  const out: LawMatch = { ...m, start: m.start + by, end: m.end + by };
  if (m.cites) out.cites = m.cites.map((c) => movedLaw(c, by));
  return out;
}

export function lawsIn(text: string, lang: Lang, glossary: GlossaryIndex): LawMatch[] {
  return text.trim() ? matchLawNames(text, glossary, { from: lang, gaps: true }) : [];
}

/** Glossary terms in a text (`folded`: foldZhText of a Chinese text, if at hand). */
export function termsIn(
  text: string,
  lang: Lang,
  glossary: GlossaryIndex,
  folded?: string,
): TermSpan[] {
  const index = termIndexOf(glossary.terms);
  const hits = lang === 'en' ? index.findEn(text) : index.findZh(text, folded);
  return hits.map((h) => ({
    start: h.start,
    end: h.end,
    text: h.text,
    ids: h.terms.map((t) => t.id),
  }));
}

/** Everything but the scan (`scan: true` for that too). */
export function analyseText(
  text: string,
  lang: Lang,
  glossary: GlossaryIndex,
  options: { scan?: boolean } = {},
): SegmentAnalysis {
  const folded = lang === 'zh' ? foldZhText(text) : undefined;
  const a: SegmentAnalysis = {
    laws: lawsIn(text, lang, glossary),
    terms: termsIn(text, lang, glossary, folded),
  };
  if (options.scan) a.scan = scanCells(text, lang);
  if (folded !== undefined) a.folded = folded;
  else a.stems = contentStems(text);
  return a;
}

/** One analysis per segment text. */
export function analyseTexts(
  texts: readonly string[],
  lang: Lang,
  glossary: GlossaryIndex,
  options: { scan?: boolean } = {},
): SegmentAnalysis[] {
  return texts.map((t) => analyseText(t, lang, glossary, options));
}

/** The analyses with their scans filled in from the cache (the aligner has scanned most). */
export function withScans(
  analyses: readonly SegmentAnalysis[],
  texts: readonly string[],
  lang: Lang,
  cache: ScanCache,
): SegmentAnalysis[] {
  return analyses.map((a, i) => (a.scan ? a : { ...a, scan: scanCells(texts[i]!, lang, cache) }));
}

/** The analysis of a pair side from its pieces' segment analyses (same order). */
export function assemble(
  text: string,
  pieces: readonly Piece[],
  parts: readonly SegmentAnalysis[],
): SegmentAnalysis {
  if (parts.length === 1 && pieces[0]?.at === 0) return parts[0]!;
  const scan: SentenceScan = { quantities: [], dates: [], codes: [] };
  const laws: LawMatch[] = [];
  const terms: TermSpan[] = [];
  const stems: string[] | undefined = parts.every((p) => p.stems !== undefined) ? [] : undefined;
  let folded = parts.every((p) => p.folded !== undefined) ? '' : undefined;
  let cursor = 0;
  pieces.forEach((piece, k) => {
    const a = parts[k]!;
    if (a.scan) {
      scan.quantities.push(...a.scan.quantities.map((m) => moved(m, piece.at)));
      scan.dates.push(...a.scan.dates.map((m) => moved(m, piece.at)));
      scan.codes.push(...a.scan.codes.map((m) => moved(m, piece.at)));
    }
    laws.push(...a.laws.map((m) => movedLaw(m, piece.at)));
    terms.push(...a.terms.map((m) => moved(m, piece.at)));
    if (stems) stems.push(...a.stems!);
    if (folded !== undefined) {
      folded += text.slice(cursor, piece.at) + a.folded!;
      cursor = piece.at + piece.text.length;
    }
  });
  const out: SegmentAnalysis = { laws, terms };
  if (parts.every((p) => p.scan)) out.scan = scan;
  if (folded !== undefined) out.folded = folded + text.slice(cursor);
  if (stems) out.stems = stems;
  return out;
}
