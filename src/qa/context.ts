/**
 * What every check receives: the pairs seen from the English and the Chinese side (whichever
 * is source or target), with what the lexicon and the law-name matcher find in each side
 * computed once and cached, the glossary index and the zh→en lexicon. Pure apart from the
 * lexicon, which the caller passes (or which is loaded once, as the aligner does).
 */

import { foldZhText } from '../glossary/lawname.js';
import type { LawMatch } from '../glossary/matcher.js';
import { type GlossaryIndex, shippedGlossaryIndex } from '../glossary/shipped.js';
import { contentStems } from '../lexicon/english.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { SentenceScan } from '../lexicon/scan.js';
import { chineseScript } from '../text/opencc.js';
import type { Lang, SegmentKind } from '../types.js';
import { lawsIn, type ScanCache, type SegmentAnalysis, scanCells, termsIn } from './analyse.js';
import type { TermHit } from './term-index.js';
import type { QaInput, QaPair } from './types.js';

export interface SideView {
  side: 'source' | 'target';
  lang: Lang;
  text: string;
  kinds: readonly SegmentKind[];
  /** quantities, dates and codes (table rows scanned cell by cell) */
  scan(): SentenceScan;
  /** law, regulation, ordinance and rule-book names */
  laws(): LawMatch[];
  /** the text width-folded and in Simplified characters, same length (foldZhText) */
  folded(): string;
  /** folded() without white space, for substring tests */
  squashed(): string;
  /** glossary terms (kind `term`) in the text */
  terms(): TermHit[];
  /** content stems (English) */
  stems(): readonly string[];
}

export interface PairView {
  pair: QaPair;
  index: number;
  en: SideView;
  zh: SideView;
}

export interface CheckContext {
  input: QaInput;
  pairs: PairView[];
  glossary: GlossaryIndex;
  /** the zh→en lexicon with the glossary terms in front (undefined: lexical checks skip) */
  lexicon?: Lexicon;
  /** script of the Chinese version: hant (HK, TW) or hans (mainland) */
  script: 'hant' | 'hans';
  /** the Chinese is a Hong Kong filing (zh-HK / Traditional): HK Listing Rules wording */
  hongKong: boolean;
}

function sideView(
  text: string,
  lang: Lang,
  side: 'source' | 'target',
  kinds: readonly SegmentKind[],
  glossary: GlossaryIndex,
  analysis: SegmentAnalysis | undefined,
  scans: ScanCache | undefined,
): SideView {
  let scan: SentenceScan | undefined = analysis?.scan;
  let laws: LawMatch[] | undefined = analysis?.laws;
  let folded: string | undefined = analysis?.folded;
  let terms: TermHit[] | undefined;
  let squashed: string | undefined;
  let stems: readonly string[] | undefined = analysis?.stems;
  const foldedText = (): string => {
    folded ??= foldZhText(text);
    return folded;
  };
  return {
    side,
    lang,
    text,
    kinds,
    scan: () => {
      scan ??= scanCells(text, lang, scans);
      return scan;
    },
    laws: () => {
      laws ??= lawsIn(text, lang, glossary);
      return laws;
    },
    folded: foldedText,
    squashed: () => {
      squashed ??= foldedText().replace(/\s+/g, '');
      return squashed;
    },
    terms: () => {
      if (!terms) {
        const spans =
          analysis?.terms ??
          termsIn(text, lang, glossary, lang === 'zh' ? foldedText() : undefined);
        terms = spans.map((h) => ({
          start: h.start,
          end: h.end,
          text: h.text,
          terms: h.ids.map((id) => glossary.byId.get(id)).filter((t) => t !== undefined),
        }));
      }
      return terms;
    },
    stems: () => {
      stems ??= contentStems(text);
      return stems;
    },
  };
}

export interface ContextOptions {
  glossary?: GlossaryIndex;
  lexicon?: Lexicon;
  /** sentence scans already made (by the aligner's anchor keys) */
  scans?: ScanCache;
}

export function makeContext(input: QaInput, options: ContextOptions = {}): CheckContext {
  const glossary = options.glossary ?? shippedGlossaryIndex();
  const enIsSource = input.source.lang === 'en';
  const pairs = input.pairs.map((pair): PairView => {
    const src = sideView(
      pair.source,
      input.source.lang,
      'source',
      pair.srcKinds,
      glossary,
      pair.srcAnalysis,
      options.scans,
    );
    const tgt = sideView(
      pair.target,
      input.target.lang,
      'target',
      pair.tgtKinds,
      glossary,
      pair.tgtAnalysis,
      options.scans,
    );
    return { pair, index: pair.index, en: enIsSource ? src : tgt, zh: enIsSource ? tgt : src };
  });
  const zhSide = enIsSource ? input.target : input.source;
  const sample = zhSide.text ?? pairs.map((p) => p.zh.text).join('\n');
  const script =
    zhSide.code.toLowerCase().includes('cn') || zhSide.code.toLowerCase().includes('hans')
      ? 'hans'
      : /-(hk|tw|mo|hant)/i.test(zhSide.code)
        ? 'hant'
        : (chineseScript(sample.slice(0, 50_000)) ?? 'hant');
  return {
    input,
    pairs,
    glossary,
    lexicon: options.lexicon,
    script,
    hongKong: script === 'hant' && !/-tw/i.test(zhSide.code),
  };
}

/** The English or Chinese side of a pair by language. */
export function sideOf(p: PairView, lang: Lang): SideView {
  return lang === 'en' ? p.en : p.zh;
}

/** "the Chinese" / "the English" for messages. */
export function langName(lang: Lang): string {
  return lang === 'en' ? 'the English' : 'the Chinese';
}
