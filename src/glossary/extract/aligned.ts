/**
 * Pairs from aligned text (a TMX/XLIFF file, or two documents aligned by src/align): the law
 * names of each Chinese segment (the law-name matcher, matcher.ts, for 《…》 titles and the names
 * the glossaries know; chinese.ts adds 「…」 titles and bare names after 指 / 根據, and wins where
 * it reads a longer name, e.g. 聯交所證券上市規則 where the glossary knows 證券上市規則) with
 * the English title of the aligned English segment that renders them. English candidates are
 * the title spans around each head noun (english.ts); a candidate is taken when the glossary
 * gives it as a form of the Chinese name, or when its head agrees with the Chinese ending and
 * the lexicon covers enough of both sides. Each Chinese name and each English span is used
 * once per segment pair, best score first. Inline pairs inside either segment are mined too.
 * Pure (the lexicon and glossary come in through the options).
 */

import { enKeysLoose } from '../keys.js';
import { matchLawNames } from '../matcher.js';
import { enForms } from '../model.js';
import { type GlossaryIndex, lookupZh, shippedGlossaryIndex } from '../shipped.js';
import { chineseTitles, splitSuffixes, squeezeChinese, type ZhTitle } from './chinese.js';
import {
  cleanEnglish,
  extendRight,
  isCap,
  type Span,
  scanLeft,
  spanText,
  spanWords,
  type Tok,
  tokenize,
} from './english.js';
import { headAgrees, isCompanyName, isHead, zhEnding } from './heads.js';
import { cutPrefix, mineInline } from './inline.js';
import { createLexical, enCoverage, enStem, type Lexical, zhCoverage } from './lexical.js';
import type { MineOptions, Occurrence } from './types.js';

/** One aligned segment pair; `unit` is 1-based. */
export interface AlignedText {
  en: string;
  zh: string;
  unit: number;
}

interface Candidate {
  span: Span;
  text: string;
  words: string[];
}

/** English title candidates of a segment: around every capitalised head noun. */
export function englishCandidates(text: string, toks: readonly Tok[]): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (span: Span) => {
    const key = `${span.from}:${span.to}`;
    if (seen.has(key)) return;
    seen.add(key);
    const words = spanWords(toks, span);
    // an all-capitals heading ("LISTING RULES IMPLICATIONS") has no title case to go by
    if (words.filter((w) => w.length >= 4 && w === w.toUpperCase()).length >= 2) return;
    out.push({ span, text: spanText(text, toks, span), words });
  };
  toks.forEach((t, h) => {
    if (!isCap(t) || !isHead(t.text)) return;
    const left = scanLeft(toks, h);
    const from = left?.from ?? h;
    // a title ends at the end of a run of capitalised words, never inside one
    const ends = [h, ...extendRight(toks, h)].filter(
      (k) => !(isCap(toks[k + 1]) || toks[k + 1]?.kind === 'num'),
    );
    // the left edge is structural (cutPrefix may still cut a reference off); the lexicon,
    // which misses words ("Emission" ↔ 排放), only chooses among right ends
    for (const to of ends) add({ from, to });
  });
  return out;
}

const PRC_PREFIX = /^(?:中華人民共和國|中华人民共和国)/u;

interface Match {
  title: ZhTitle;
  cand: Candidate;
  span: Span;
  score: number;
  glossary: boolean;
}

function scoreCandidates(
  title: ZhTitle,
  cands: Candidate[],
  toks: readonly Tok[],
  lex: Lexical,
  options: MineOptions,
): Match[] {
  const index = options.index ?? shippedGlossaryIndex();
  const known = new Set<string>();
  for (const term of lookupZh(title.zh, index))
    for (const form of enForms(term)) for (const k of enKeysLoose(form)) known.add(k);
  const zhStems = lex.available ? lex.zhStems(title.zh) : new Set<string>();
  // the distinctive part of the name: without 中華人民共和國 and the instrument word (the head
  // agreement checks that); "Implementing Regulations" does not render 藥品管理法實施條例
  const core = title.zh
    .replace(PRC_PREFIX, '')
    .slice(0, title.zh.replace(PRC_PREFIX, '').length - zhEnding(title.zh).length);
  const coreWords = lex.available ? lex.zhWords(core) : [];
  const out: Match[] = [];
  const lexScore = (words: string[]): { covEn: number; covZh: number } => ({
    covEn: enCoverage(words, zhStems),
    covZh: coreWords.length ? zhCoverage(coreWords, new Set(words.map(enStem).filter(Boolean))) : 1,
  });
  for (const cand of cands) {
    if (
      known.size &&
      !isCompanyName(cand.text, title.zh) &&
      enKeysLoose(cand.text).some((k) => known.has(k))
    ) {
      // a form the glossary gives for this name; when two names of one sentence share an entry
      // (上市規則, 聯交所證券上市規則), the words decide which span renders which
      const { covEn, covZh } = lex.available ? lexScore(cand.words) : { covEn: 0, covZh: 0 };
      out.push({ title, cand, span: cand.span, score: 2 + (covEn + covZh) / 2, glossary: true });
      continue;
    }
    if (!headAgrees(cand.words, title.zh) || isCompanyName(cand.text, title.zh)) continue;
    const span = cutPrefix(toks, cand.span, title.zh, lex.available ? zhStems : undefined);
    const words = spanWords(toks, span);
    if (!lex.available) {
      out.push({ title, cand, span, score: 0.5, glossary: false });
      continue;
    }
    const { covEn, covZh } = lexScore(words);
    if (covEn < 0.4 || covZh < 0.5) continue;
    out.push({ title, cand, span, score: (covEn + covZh) / 2, glossary: false });
  }
  return out;
}

function overlaps(a: Span, b: Span): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** The law names of a Chinese segment: the matcher's, extended or completed by chinese.ts. */
export function chineseNames(zh: string, index: GlossaryIndex): ZhTitle[] {
  const matched: ZhTitle[] = matchLawNames(zh, index, { from: 'zh' }).map((m) => {
    const inner = m.text.replace(/^《((?:[^《》]|〈[^〉]*〉)+)》/u, '$1');
    const parsed = splitSuffixes(squeezeChinese(inner));
    return {
      ...parsed,
      quoted: m.text.startsWith('《') ? 'title' : 'none',
      start: m.start,
      end: m.end,
    };
  });
  const own = chineseTitles(zh);
  const out = matched.filter(
    (m) =>
      !own.some((o) => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
  for (const o of own) if (!out.some((m) => m.start < o.end && o.start < m.end)) out.push(o);
  return out.filter((t) => t.zh.length >= 2).sort((a, b) => a.start - b.start);
}

/** Pairs of one aligned segment pair (without the inline ones). */
export function alignedPairs(
  seg: AlignedText,
  lex: Lexical,
  options: MineOptions = {},
): Occurrence[] {
  const titles = chineseNames(seg.zh, options.index ?? shippedGlossaryIndex());
  if (!titles.length) return [];
  const toks = tokenize(seg.en);
  const cands = englishCandidates(seg.en, toks);
  const matches = titles.flatMap((t) => scoreCandidates(t, cands, toks, lex, options));
  // names usually come in the same order in both versions: a small penalty for a match whose
  // place in the Chinese sentence is far from its place in the English one breaks ties
  for (const m of matches) {
    const zhAt = m.title.start / Math.max(1, seg.zh.length);
    const enAt = (toks[m.span.from]?.start ?? 0) / Math.max(1, seg.en.length);
    m.score -= 0.05 * Math.abs(zhAt - enAt);
  }
  matches.sort((a, b) => b.score - a.score || b.span.to - b.span.from - (a.span.to - a.span.from));
  const usedTitles = new Set<ZhTitle>();
  const usedSpans: Span[] = [];
  const out: Occurrence[] = [];
  for (const m of matches) {
    if (usedTitles.has(m.title) || usedSpans.some((s) => overlaps(s, m.span))) continue;
    usedTitles.add(m.title);
    usedSpans.push(m.span);
    const confidence = m.glossary ? 0.95 : Math.min(0.9, 0.5 + 0.4 * Math.max(0, m.score));
    out.push({
      en: cleanEnglish(spanText(seg.en, toks, m.span)),
      zh: m.title.zh,
      enAliases: [],
      revisions: m.title.revisions,
      confidence: Math.round(confidence * 100) / 100,
      method: 'aligned',
      context: {
        file: options.file ?? '-',
        unit: seg.unit,
        text: seg.en.replace(/\s+/g, ' ').trim(),
        zhText: seg.zh.replace(/\s+/g, ' ').trim(),
      },
    });
  }
  return out;
}

/** Every pair of a list of aligned segment pairs: inline pairs in either segment, then aligned ones. */
export function mineAligned(
  segments: readonly AlignedText[],
  options: MineOptions = {},
): Occurrence[] {
  const lex = options.lexical ?? createLexical();
  const out: Occurrence[] = [];
  for (const seg of segments) {
    const inline = [
      ...mineInline(seg.en, { ...options, lexical: lex }),
      ...mineInline(seg.zh, { ...options, lexical: lex }),
    ];
    for (const o of inline) {
      o.context = { ...o.context, unit: seg.unit };
      delete o.context.offset;
    }
    out.push(...inline);
    const done = new Set(inline.map((o) => o.zh));
    out.push(...alignedPairs(seg, lex, options).filter((o) => !done.has(o.zh)));
  }
  return out;
}
