/**
 * The zh→en lexicon at run time: the compact CC-CEDICT derivative built into build/data by
 * `npm run build` (see cedict.ts for the format), read once and binary-searched in place (no
 * map is built, so loading costs one file read and one scan for line starts), plus optional
 * extra pairs (glossary terms, law names) that take precedence over CC-CEDICT.
 * This module and `chinese.ts` are the only library code that reads files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { buildDataPath } from '../paths.js';
import { LEXICON_MAGIC } from './cedict.js';
import { contentStems } from './english.js';

export const LEXICON_FILE = 'zh-en.lex';
export const READINGS_FILE = 'zh-readings.lex';

export interface Lexicon {
  /** English matching keys (stems, numbers) of a Simplified Chinese word, if it is listed */
  lookup(word: string): readonly string[] | undefined;
  /** toneless pinyin readings of one character (陈 → ['chen']) */
  readings(char: string): readonly string[] | undefined;
  /** number of headwords */
  readonly size: number;
}

/** A table of `key<TAB>value value` lines sorted by key, searched without parsing it all. */
export class SortedTable {
  private readonly text: string;
  private readonly starts: Int32Array;
  private readonly cache = new Map<string, readonly string[] | undefined>();

  constructor(text: string) {
    this.text = text;
    const starts: number[] = [];
    let pos = 0;
    if (text.startsWith('#')) {
      const nl = text.indexOf('\n');
      pos = nl < 0 ? text.length : nl + 1;
    }
    while (pos < text.length) {
      starts.push(pos);
      const nl = text.indexOf('\n', pos);
      if (nl < 0) break;
      pos = nl + 1;
    }
    this.starts = Int32Array.from(starts);
  }

  get size(): number {
    return this.starts.length;
  }

  get(key: string): readonly string[] | undefined {
    const cached = this.cache.get(key);
    if (cached !== undefined || this.cache.has(key)) return cached;
    const { text, starts } = this;
    let lo = 0;
    let hi = starts.length - 1;
    let found: readonly string[] | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = starts[mid]!;
      const c = compareAt(text, s, key);
      if (c === 0) {
        const tab = s + key.length;
        let end = text.indexOf('\n', tab);
        if (end < 0) end = text.length;
        found = text
          .slice(tab + 1, end)
          .split(' ')
          .filter(Boolean);
        break;
      }
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    this.cache.set(key, found);
    return found;
  }
}

/** Compare the key of the line starting at `s` (up to its tab) with `key`, in UTF-16 order. */
function compareAt(text: string, s: number, key: string): number {
  const n = key.length;
  for (let k = 0; k < n; k++) {
    const a = text.charCodeAt(s + k);
    if (a === 9) return -1; // line key is a prefix of key: shorter sorts first
    const d = a - key.charCodeAt(k);
    if (d !== 0) return d;
  }
  return text.charCodeAt(s + n) === 9 ? 0 : 1;
}

/** A lexicon from compact-format texts (as built by cedict.ts). */
export function createLexicon(lexiconText: string, readingsText = ''): Lexicon {
  const words = new SortedTable(lexiconText);
  const readings = new SortedTable(readingsText);
  return {
    lookup: (w) => words.get(w),
    readings: (c) => readings.get(c),
    size: words.size,
  };
}

/** A zh → en pair from a glossary: Chinese term (either script) and its English rendering. */
export interface TermPair {
  zh: string;
  en: string;
}

/**
 * A lexicon with extra pairs in front: each Chinese term (folded with `fold`, normally
 * toSimplified) maps to the content stems of its English rendering, merged with what the
 * base lexicon says about it.
 */
export function withTermPairs(
  base: Lexicon,
  pairs: readonly TermPair[],
  fold: (s: string) => string = (s) => s,
): Lexicon {
  const extra = new Map<string, string[]>();
  const stems = new Map<string, string[]>();
  for (const p of pairs) {
    const zh = fold(p.zh.trim());
    let keys = stems.get(p.en);
    if (!keys) {
      keys = contentStems(p.en);
      stems.set(p.en, keys);
    }
    if (!zh || !keys.length) continue;
    const prev = extra.get(zh);
    extra.set(zh, prev ? [...new Set([...prev, ...keys])] : keys);
  }
  return {
    lookup: (w) => {
      const e = extra.get(w);
      if (!e) return base.lookup(w);
      const b = base.lookup(w);
      return b ? [...new Set([...e, ...b])] : e;
    },
    readings: (c) => base.readings(c),
    size: base.size + extra.size,
  };
}

let shipped: Lexicon | undefined;

/** True when `npm run build` has built the lexicon. */
export function hasShippedLexicon(): boolean {
  return existsSync(buildDataPath(LEXICON_FILE));
}

/**
 * The CC-CEDICT lexicon built by `npm run build`, loaded once. Without it (build not run),
 * an empty lexicon: alignment then rests on length, numbers and names only.
 */
export function loadLexicon(): Lexicon {
  if (shipped) return shipped;
  const path = buildDataPath(LEXICON_FILE);
  if (!existsSync(path)) {
    shipped = createLexicon('');
    return shipped;
  }
  const text = readFileSync(path, 'utf8');
  if (!text.startsWith(LEXICON_MAGIC)) throw new Error(`${path}: not a zhen lexicon`);
  const rpath = buildDataPath(READINGS_FILE);
  shipped = createLexicon(text, existsSync(rpath) ? readFileSync(rpath, 'utf8') : '');
  return shipped;
}
