/**
 * Sentence → lexical tokens for the aligner. A token has a type (for IDF weighting: the
 * Chinese word or the English stem) and the matching keys it offers: an English token offers
 * its stem (and `py:name` when capitalised), a Chinese token offers the English keys of its
 * lexicon entry (CC-CEDICT and glossaries; for unknown words, of its known parts), the toneless
 * pinyin of its characters (for names: 陈清扬 ↔ Chen Qingyang), and numbers as digits.
 * Two tokens match when they share a key. Anchor keys (amounts, dates, codes, numbering)
 * are tokens whose only key is themselves, on both sides.
 */
import { chineseWords, foldChinese, isHanWord, ZH_STOP_WORDS } from '../lexicon/chinese.js';
import { englishWords, wordKey } from '../lexicon/english.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { hasHan } from '../text/script.js';
import type { Lang } from '../types.js';
import { chineseNumber } from './numerals.js';

export interface RawToken {
  /** what IDF counts: the Chinese word, the English stem, the anchor key */
  type: string;
  /** matching keys */
  keys: string[];
}

/** Extra evidence per sentence: normalised keys both languages share (e.g. anchorKeys). */
export type KeyFunction = (text: string, lang: Lang) => string[];

export interface TokenOptions {
  lexicon: Lexicon;
  /** anchor keys (amounts, dates, percentages, codes); each becomes a token on both sides */
  anchorKeys?: KeyFunction;
  /** pinyin keys for names (default true) */
  names?: boolean;
}

const LATIN_OR_DIGIT = /^[\p{Script=Latin}\d][\p{Script=Latin}\d.,'’/-]*$/u;
const MAX_READING_COMBOS = 4;
const HAN_RUNS = /\p{Script=Han}[\p{Script=Han}\p{N}、·]*/gu;

function pinyinKeys(word: string, lexicon: Lexicon, out: Set<string>): void {
  const chars = [...word];
  if (chars.length > 4) return;
  for (let s = 0; s < chars.length; s++) {
    let combos = [''];
    for (let e = s; e < chars.length && e < s + 3; e++) {
      const r = lexicon.readings(chars[e]!);
      if (!r) break;
      const next: string[] = [];
      for (const c of combos)
        for (const p of r) if (next.length < MAX_READING_COMBOS) next.push(c + p);
      combos = next;
      for (const c of combos) out.add(`py:${c}`);
    }
  }
}

/** Keys of a Chinese word the lexicon does not list: its longest known parts, left to right. */
function decomposedKeys(word: string, lexicon: Lexicon, out: Set<string>): void {
  const chars = [...word];
  let i = 0;
  while (i < chars.length) {
    let found = 0;
    for (let e = Math.min(chars.length, i + 6); e > i; e--) {
      const part = chars.slice(i, e).join('');
      if (e - i === 1 && ZH_STOP_WORDS.has(part)) break;
      const keys = lexicon.lookup(part);
      if (keys) {
        for (const k of keys) out.add(k);
        found = e - i;
        break;
      }
    }
    i += Math.max(found, 1);
  }
}

const NUMERAL_WORD = /^[〇零一二两三四五六七八九十百千万亿]+$/;

/** Join the pieces of a numeral jieba cut apart (二/十八 → 二十八). */
function joinNumerals(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const last = out.length ? out[out.length - 1]! : '';
    if (last && NUMERAL_WORD.test(w) && NUMERAL_WORD.test(last)) out[out.length - 1] = last + w;
    else out.push(w);
  }
  return out;
}

/** Turns sentences into tokens, remembering the keys of every word it has seen. */
interface WordCaches {
  zh: Map<string, RawToken | null>;
  en: Map<string, RawToken | null>;
}

/** Word caches per lexicon (and names setting), shared by every tokenizer using it. */
const caches = new WeakMap<Lexicon, WordCaches[]>();
const MAX_CACHED_WORDS = 500_000;

function cachesFor(options: TokenOptions): WordCaches {
  let list = caches.get(options.lexicon);
  if (!list) {
    list = [];
    caches.set(options.lexicon, list);
  }
  const k = options.names === false ? 1 : 0;
  list[k] ??= { zh: new Map(), en: new Map() };
  const c = list[k]!;
  if (c.zh.size + c.en.size > MAX_CACHED_WORDS) {
    c.zh.clear();
    c.en.clear();
  }
  return c;
}

export class Tokenizer {
  private readonly zhCache: Map<string, RawToken | null>;
  private readonly enCache: Map<string, RawToken | null>;

  constructor(readonly options: TokenOptions) {
    const c = cachesFor(options);
    this.zhCache = c.zh;
    this.enCache = c.en;
  }

  /** Lexical tokens of one Chinese sentence. */
  chinese(text: string, extraKeys: readonly string[] = []): RawToken[] {
    const out: RawToken[] = [];
    this.chineseRun(text, out);
    this.addKeys(text, 'zh', extraKeys, out);
    return out;
  }

  private chineseRun(text: string, out: RawToken[]): void {
    for (const w of joinNumerals(chineseWords(foldChinese(text), { folded: true }))) {
      let tok = this.zhCache.get(w);
      if (tok === undefined) {
        tok = this.chineseWord(w);
        this.zhCache.set(w, tok);
      }
      if (tok) out.push(tok);
    }
  }

  private chineseWord(w: string): RawToken | null {
    if (ZH_STOP_WORDS.has(w)) return null;
    const { lexicon } = this.options;
    const keys = new Set<string>();
    if (LATIN_OR_DIGIT.test(w)) {
      for (const part of w.toLowerCase().split(/[/-]/)) {
        const k = wordKey(part.replace(/[.,'’]+$/, ''));
        if (k) keys.add(k);
      }
      return keys.size ? { type: w.toLowerCase(), keys: [...keys] } : null;
    }
    const num = chineseNumber(w);
    if (num !== undefined) keys.add(String(num));
    const listed = lexicon.lookup(w);
    if (listed) for (const k of listed) keys.add(k);
    else if ([...w].length > 1) decomposedKeys(w, lexicon, keys);
    if (this.options.names !== false && isHanWord(w)) pinyinKeys(w, lexicon, keys);
    return { type: w, keys: [...keys] };
  }

  /** Lexical tokens of one English sentence. */
  english(text: string, extraKeys: readonly string[] = []): RawToken[] {
    const out: RawToken[] = [];
    let latin = text;
    if (hasHan(text)) {
      // Chinese inside English ("the Company Law of the PRC (中華人民共和國公司法)")
      latin = text.replace(HAN_RUNS, (run) => {
        this.chineseRun(run, out);
        return ' ';
      });
    }
    for (const w of englishWords(latin)) {
      const cacheKey = w.text;
      let tok = this.enCache.get(cacheKey);
      if (tok === undefined) {
        tok = this.englishWord(w.text, w.lower);
        this.enCache.set(cacheKey, tok);
      }
      if (tok) out.push(tok);
    }
    this.addKeys(text, 'en', extraKeys, out);
    return out;
  }

  private englishWord(text: string, lower: string): RawToken | null {
    const k = wordKey(lower);
    if (!k) return null;
    const keys = [k];
    if (this.options.names !== false && /^\p{Lu}(?:[\p{Ll}']+|\p{Lu}+)$/u.test(text)) {
      const name = lower.replace(/'/g, '');
      if (name.length > 1) keys.push(`py:${name}`);
    }
    return { type: k, keys };
  }

  /** Tokens of a sentence in its language, plus shared keys (cues) given by the caller. */
  tokens(text: string, lang: Lang, extraKeys: readonly string[] = []): RawToken[] {
    return lang === 'zh' ? this.chinese(text, extraKeys) : this.english(text, extraKeys);
  }

  private addKeys(text: string, lang: Lang, extra: readonly string[], out: RawToken[]): void {
    const all = this.options.anchorKeys
      ? [...extra, ...this.options.anchorKeys(text, lang)]
      : extra;
    for (const key of new Set(all)) {
      const k = `a:${key}`;
      out.push({ type: k, keys: [k] });
    }
  }
}

/** Length used by the length cost: characters that are not white space. */
export function textLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0x3000) n++;
  }
  return n;
}
