/**
 * Lexical evidence for mined pairs: which English words a Chinese name translates to, from
 * the CC-CEDICT lexicon plus the glossaries' own pairs (withTermPairs) plus a few filing words.
 * Used to place a left edge (the title starts where the words stop being translations of the
 * other side, as in Lin et al. 2008) and to pick the English span of an aligned sentence that
 * renders a Chinese law name. Without the built lexicon (`npm run build` not run) every
 * score is neutral and the structural boundaries stand.
 */
import { chineseWords, foldChinese } from '../../lexicon/chinese.js';
import { wordKey } from '../../lexicon/english.js';
import { type Lexicon, loadLexicon, type TermPair, withTermPairs } from '../../lexicon/lexicon.js';
import { toSimplified } from '../../text/opencc.js';

/** Filing words CC-CEDICT renders poorly (Simplified → English). */
const EXTRA: TermPair[] = [
  { zh: '中华人民共和国', en: "PRC People's Republic China" },
  { zh: '中国', en: 'PRC China' },
  { zh: '香港', en: 'Hong Kong HK' },
  { zh: '联交所', en: 'Stock Exchange HKEX' },
  { zh: '交易所', en: 'exchange' },
  { zh: '上市', en: 'listing listed' },
  { zh: '条例', en: 'ordinance regulations' },
  { zh: '法', en: 'law act code' },
  { zh: '规则', en: 'rules' },
  { zh: '办法', en: 'measures' },
  { zh: '规定', en: 'provisions regulations' },
  { zh: '守则', en: 'code' },
  { zh: '准则', en: 'standards code' },
  { zh: '指引', en: 'guide guidelines' },
  { zh: '实施', en: 'implementation implementing' },
  { zh: '暂行', en: 'interim provisional' },
  { zh: '试行', en: 'trial' },
  { zh: '管治', en: 'governance' },
  { zh: '防治', en: 'prevention control' },
  { zh: '监督管理', en: 'supervision administration regulatory' },
  { zh: '委员会', en: 'commission committee council' },
  { zh: '局', en: 'bureau council authority administration' },
  { zh: '关连', en: 'connected' },
];

export interface ZhWord {
  word: string;
  /** offsets in the text given */
  start: number;
  end: number;
  /** English matching keys (stems) it translates to */
  stems: ReadonlySet<string>;
}

export interface Lexical {
  /** false when no lexicon is built: every word then counts as unknown */
  readonly available: boolean;
  /** words of a Chinese text with offsets and their English stems */
  zhWords(zh: string): ZhWord[];
  /** all English stems of a Chinese text */
  zhStems(zh: string): Set<string>;
}

/** The lexical model: CC-CEDICT + glossary pairs (the built lexicon is loaded once). */
export function createLexical(termPairs: readonly TermPair[] = [], lexicon?: Lexicon): Lexical {
  const base = lexicon ?? loadLexicon();
  const lex = withTermPairs(base, [...EXTRA, ...termPairs], (s) => toSimplified(s));
  const available = base.size > 0;
  const stemsOf = (word: string): Set<string> => {
    const direct = lex.lookup(word);
    if (direct?.length) return new Set(direct);
    const out = new Set<string>();
    if (word.length > 1)
      for (const ch of word) for (const s of lex.lookup(ch)?.slice(0, 8) ?? []) out.add(s);
    return out;
  };
  const zhWords = (zh: string): ZhWord[] => {
    const folded = foldChinese(zh);
    const out: ZhWord[] = [];
    let at = 0;
    for (const w of chineseWords(folded, { folded: true })) {
      const i = folded.indexOf(w, at);
      if (i < 0) continue;
      at = i + w.length;
      out.push({ word: w, start: i, end: at, stems: stemsOf(w) });
    }
    return out;
  };
  return {
    available,
    zhWords,
    zhStems: (zh) => {
      const all = new Set<string>();
      for (const w of zhWords(zh)) for (const s of w.stems) all.add(s);
      return all;
    },
  };
}

/** The matching key of an English word ('' for stop words), as the lexicon stores glosses. */
export function enStem(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  if (w === 'prc' || w === 'p.r.c.' || w === 'p.r.c') return 'prc';
  return wordKey(w);
}

/** Does the English word translate part of the Chinese (its stem is among the Chinese stems)? */
export function covered(word: string, zhStems: ReadonlySet<string>): boolean {
  const s = enStem(word);
  return s !== '' && zhStems.has(s);
}

/** Share of English content words covered by the Chinese stems (1 when there are none). */
export function enCoverage(words: readonly string[], zhStems: ReadonlySet<string>): number {
  const content = words.filter((w) => enStem(w) !== '');
  if (!content.length) return 1;
  return content.filter((w) => covered(w, zhStems)).length / content.length;
}

/** Share of Chinese words that one of the English stems translates. */
export function zhCoverage(words: readonly ZhWord[], enStems: ReadonlySet<string>): number {
  if (!words.length) return 0;
  return words.filter((w) => [...w.stems].some((s) => enStems.has(s))).length / words.length;
}
