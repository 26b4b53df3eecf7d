/**
 * Inline pairs in one text (notes §4), in both directions:
 * - English title, then its Chinese in brackets, as English ESG reports and prospectuses write
 *   them: `the Company Law of the Peoples Republic of China(中華人民共和國公司法)`,
 *   `Constitution of the PRC (2018 revision) (《中華人民共和國憲法》(2018年修正)) (the "Constitution")`;
 * - Chinese, then its English in brackets: `「關連交易」(connected transaction)`,
 *   `“会计及财务汇报局”(Accounting and Financial Reporting Council)或(AFRC)`,
 *   `中國證券監督管理委員會(China Securities Regulatory Commission)`.
 * The English left edge comes from english.ts (structure) and a cut of leading reference words
 * ("Part XV of the …"); the left edge of unquoted Chinese from the lexicon. A pair is kept when
 * an English head noun agrees with the Chinese ending (heads.ts), revision years agree, and it is
 * not a company or person name (unless `names`). Pure.
 */
import type { MinedContext } from '../formats/format.js';
import { hanRunBefore, quotedBefore, readBracket, splitSuffixes } from './chinese.js';
import {
  classifyParen,
  cleanEnglish,
  isCap,
  matchOpen,
  type Span,
  scanLeft,
  spanText,
  spanWords,
  type Tok,
  tokenize,
} from './english.js';
import { headAgrees, isCompanyName, isHead, isPersonName } from './heads.js';
import { covered, createLexical, enCoverage, enStem, type Lexical } from './lexical.js';
import type { MineOptions, Occurrence } from './types.js';

/** Words that introduce a reference into a title: "Part XV of the …", "Chapter 14A of the …". */
const REF_WORDS = new Set(
  'part parts article articles chapter chapters section sections schedule schedules appendix appendices rule paragraph paragraphs clause clauses annex item items note notes provisions requirements'.split(
    ' ',
  ),
);

/** A short form right after the Chinese bracket: `(the "Constitution")`, `("ESG Code")`. */
const AFTER_ALIAS =
  /^\s*[(（]\s*(?:collectively\s*,?\s*)?(?:the\s+)?["“'‘]([^"”'’()（）]{1,60})["”'’]\s*[)）]/;

const isOfTo = (t: Tok | undefined) => t?.kind === 'word' && /^(of|to|under|in)$/i.test(t.text);

/**
 * Cut reference words and possessives off the left of a title: "Part XV of the Securities and
 * Futures Ordinance" → "Securities and Futures Ordinance", "Hong Kong's Competition Ordinance" →
 * "Competition Ordinance". A prefix is cut only when no word of it agrees with the Chinese ending
 * and either it starts with a reference word or the lexicon covers none of its words.
 */
export function cutPrefix(
  toks: readonly Tok[],
  span: Span,
  zh: string,
  zhStems: ReadonlySet<string> | undefined,
): Span {
  let from = span.from;
  for (let guard = 0; guard < 4; guard++) {
    let cut = -1;
    for (let k = from; k < span.to; k++) {
      const t = toks[k]!;
      const possessive =
        t.kind === 'word' && /['’]s$/.test(t.text) && !/^people['’]s$/i.test(t.text);
      let c = -1;
      if (isOfTo(t)) {
        c = k + 1;
        if (toks[c]?.text.toLowerCase() === 'the') c++;
      } else if (possessive) c = k + 1;
      if (c < 0 || !isCap(toks[c]) || c > span.to) continue;
      const prefix = spanWords(toks, { from, to: k });
      const rest = spanWords(toks, { from: c, to: span.to });
      if (!headAgrees(rest, zh)) continue;
      // "Rule 14.07 of the Listing Rules", "Chapter 14A of …": a numbered reference is cut even
      // when its word agrees with the Chinese
      const numbered =
        REF_WORDS.has(prefix[0]!.toLowerCase()) &&
        /^(?:\d|[IVXLC]+$|[A-Z]\d)/.test(toks[from + 1]?.text ?? '');
      if (!numbered && headAgrees(prefix, zh)) continue;
      const content = prefix.filter((w) => enStem(w) !== '' && !/^(of|to|the|under|in)$/i.test(w));
      const ref = numbered || REF_WORDS.has(prefix[0]!.toLowerCase());
      const uncovered =
        zhStems !== undefined && content.length > 0 && content.every((w) => !covered(w, zhStems));
      if (ref || uncovered) {
        cut = c;
        break;
      }
    }
    if (cut < 0) break;
    from = cut;
  }
  return { from, to: span.to };
}

/** For the number of ", Cap. 622" at `i`: the index of the token before the comma, else -1. */
function capBefore(toks: readonly Tok[], i: number): number {
  let j = i - 1;
  if (toks[j]?.text === '.') j--;
  return /^(?:cap|chapter)$/i.test(toks[j]?.text ?? '') && toks[j - 1]?.kind === 'comma'
    ? j - 2
    : -1;
}

/** The sentence around an offset (for contexts), at most 300 characters. */
export function sentenceAround(text: string, at: number): string {
  let s = at;
  while (
    s > 0 &&
    at - s < 200 &&
    !/[。！？!?；;]|\n\n/.test(text.slice(s - 1, s + 1)) &&
    !/\.\s$/.test(text.slice(s - 2, s))
  )
    s--;
  let e = at;
  while (
    e < text.length &&
    e - at < 250 &&
    !/[。！？!?；;\n]/.test(text[e]!) &&
    !/^\.\s/.test(text.slice(e, e + 2))
  )
    e++;
  return text
    .slice(s, Math.min(text.length, e + 1))
    .replace(/\s+/g, ' ')
    .trim();
}

function context(file: string, text: string, offset: number): MinedContext {
  return { file, offset, text: sentenceAround(text, offset) };
}

/** English title, then Chinese in brackets. */
function englishFirst(
  text: string,
  open: number,
  lex: Lexical,
  options: MineOptions,
): Occurrence | undefined {
  const zh = readBracket(text, open);
  if (!zh || zh.multiple) return undefined;
  const windowStart = Math.max(0, open - 600);
  const toks = tokenize(text.slice(windowStart, open), windowStart);
  let i = toks.length - 1;
  const aliases: string[] = [];
  const years: number[] = [];
  let suffixes = 0;
  while (i >= 0) {
    const t = toks[i]!;
    if (t.kind === 'close') {
      const j = matchOpen(toks, i);
      if (j < 0) return undefined;
      const c = classifyParen(text.slice(toks[j]!.end, t.start));
      if (c.kind === 'alias') aliases.push(c.alias!);
      else if (c.kind === 'revision') years.push(c.year!);
      else if (!['cap', 'code', 'trial'].includes(c.kind)) return undefined;
      suffixes++;
      i = j - 1;
    } else if (t.kind === 'quote' && /["”’'」]/.test(t.text)) i--;
    else if (t.kind === 'num' && capBefore(toks, i) >= 0) {
      // "Companies Ordinance, Cap. 622 (《公司條例》)"
      i = capBefore(toks, i);
      suffixes++;
    } else break;
  }
  if (!isCap(toks[i])) return undefined;
  const raw = scanLeft(toks, i);
  if (!raw) return undefined;
  const zhStems = lex.available ? lex.zhStems(zh.zh) : undefined;
  const span = cutPrefix(toks, raw, zh.zh, zhStems);
  const words = spanWords(toks, span);
  const en = spanText(text, toks, span);
  const agrees = headAgrees(words, zh.zh);
  if (!options.names) {
    if (!agrees || isCompanyName(en, zh.zh) || isPersonName(en, zh.zh)) return undefined;
  }
  if (years.length && zh.years.length && !years.some((y) => zh.years.includes(y))) return undefined;
  const after = AFTER_ALIAS.exec(text.slice(zh.end));
  if (after) aliases.push(after[1]!);
  let confidence = agrees ? 0.6 : 0.3;
  if (zh.quoted === 'title') confidence += 0.1;
  if (text[zh.end - 1] === ')' || text[zh.end - 1] === '）') confidence += 0.05;
  if (zhStems) confidence += 0.25 * enCoverage(words, zhStems);
  if (suffixes > 2) confidence -= 0.05;
  return {
    en,
    zh: zh.zh,
    enAliases: aliases.map(cleanEnglish),
    revisions: zh.revisions,
    confidence: round(confidence),
    method: 'inline',
    context: context(options.file ?? '-', text, toks[span.from]!.start),
  };
}

/** The English in the bracket at `open`, when it is English: up to 15 words, no Chinese. */
function englishBracket(text: string, open: number): { en: string; end: number } | undefined {
  let depth = 0;
  for (let j = open; j < text.length && j < open + 200; j++) {
    const c = text[j]!;
    if (c === '(' || c === '（') depth++;
    else if (c === ')' || c === '）') {
      if (--depth > 0) continue;
      const inner = text.slice(open + 1, j);
      if (/\p{Script=Han}|[。；;:!?]/u.test(inner) || inner.split(/\s+/).length > 15)
        return undefined;
      const en = cleanEnglish(inner)
        .replace(/^(?:the|a|an)\s+/i, '')
        .replace(/^["“'‘](.*)["”'’]$/, '$1');
      return en && /^[A-Za-z]/.test(en) ? { en, end: j + 1 } : undefined;
    } else if (c === '\n') return undefined;
  }
  return undefined;
}

/** The left edge of unquoted Chinese before an English bracket: the suffix of the run that scores best. */
function unquotedName(
  text: string,
  start: number,
  end: number,
  enWords: string[],
  lex: Lexical,
): { zh: string; start: number } | undefined {
  const run = text.slice(start, end);
  const enStems = new Set(enWords.map(enStem).filter(Boolean));
  const words = lex.zhWords(run);
  if (!words.length) return undefined;
  let best = -Infinity;
  let at = -1;
  let sum = 0;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    const hit =
      [...w.stems].some((s) => enStems.has(s)) ||
      (k === words.length - 1 && headAgrees(enWords, run));
    sum += hit ? 1 : -1;
    if (sum >= best) {
      best = sum;
      at = w.start;
    }
  }
  if (at < 0 || best <= 0) return undefined;
  return { zh: run.slice(at), start: start + at };
}

/** Chinese, then English in brackets. */
function chineseFirst(
  text: string,
  open: number,
  lex: Lexical,
  options: MineOptions,
): Occurrence | undefined {
  const bracket = englishBracket(text, open);
  if (!bracket) return undefined;
  const { en } = bracket;
  const enWords = en.split(/[\s,]+/).filter(Boolean);
  const quoted = quotedBefore(text, open);
  let zh: string;
  let revisions: string[];
  let at: number;
  let confidence: number;
  if (quoted) {
    zh = quoted.zh;
    revisions = quoted.revisions;
    at = quoted.start;
    const title = quoted.quoted === 'title' || isHead(enWords.at(-1) ?? '');
    if (title && !headAgrees(enWords, zh) && !options.names) return undefined;
    if (!title && (enWords.length > 10 || /^(?:i\.e|e\.g|see|as|refer|note)\b/i.test(en)))
      return undefined;
    confidence = title ? 0.85 : 0.75;
  } else {
    const run = hanRunBefore(text, open);
    if (!run || !headAgrees(enWords, text.slice(run.start, run.end))) return undefined;
    const name = lex.available ? unquotedName(text, run.start, run.end, enWords, lex) : undefined;
    if (!name) return undefined;
    const parsed = splitSuffixes(name.zh);
    zh = parsed.zh;
    revisions = parsed.revisions;
    at = name.start;
    confidence = 0.65;
  }
  if (!options.names && (isCompanyName(en, zh) || isPersonName(en, zh))) return undefined;
  if (zh.length < 2 || zh.length > 60) return undefined;
  const alias = /^\s*[或及]\s*[(（]\s*([A-Z][A-Za-z&.-]{1,11})\s*[)）]/.exec(
    text.slice(bracket.end),
  );
  const zhStems = lex.available ? lex.zhStems(zh) : undefined;
  if (zhStems) confidence += 0.15 * enCoverage(enWords, zhStems);
  return {
    en,
    zh,
    enAliases: alias ? [alias[1]!] : [],
    revisions,
    confidence: round(confidence),
    method: 'inline',
    context: context(options.file ?? '-', text, at),
  };
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}

/** Every inline pair of a text, in text order. */
export function mineInline(text: string, options: MineOptions = {}): Occurrence[] {
  const lex = options.lexical ?? createLexical();
  const out: Occurrence[] = [];
  for (const m of text.matchAll(/[(（]/g)) {
    const open = m.index;
    const after = text.slice(open + 1, open + 6).trimStart();
    const occ = /^[A-Za-z"“]/.test(after)
      ? chineseFirst(text, open, lex, options)
      : /^[\p{Script=Han}《「“『〈]/u.test(after)
        ? englishFirst(text, open, lex, options)
        : undefined;
    if (occ) out.push(occ);
  }
  return out;
}
