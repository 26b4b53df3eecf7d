/**
 * Lexical coverage for the omission and addition checks: how much of one text has a
 * counterpart in another, by the aligner's tokens (src/align/tokens.ts: English stems, the
 * English keys of Chinese words from CC-CEDICT and the glossaries, pinyin of names, numbers and
 * anchor keys for amounts, dates and codes). A Chinese clause none of whose words has a
 * counterpart in the English of its pair was probably added; an English sentence of a merged
 * bead none of whose words is in the Chinese was probably left out. Pure given the lexicon.
 */
import { type RawToken, Tokenizer } from '../align/tokens.js';
import { anchorKeys } from '../lexicon/figures.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Lang } from '../types.js';

export class Coverage {
  private readonly tokenizer: Tokenizer;
  private readonly cache = new Map<string, RawToken[]>();

  constructor(lexicon: Lexicon) {
    this.tokenizer = new Tokenizer({ lexicon, anchorKeys });
  }

  tokens(text: string, lang: Lang): RawToken[] {
    const key = `${lang}\u0000${text}`;
    let t = this.cache.get(key);
    if (!t) {
      t = this.tokenizer.tokens(text, lang);
      if (this.cache.size > 50_000) this.cache.clear();
      this.cache.set(key, t);
    }
    return t;
  }

  /** Every matching key of a text's tokens. */
  keys(text: string, lang: Lang): Set<string> {
    const set = new Set<string>();
    for (const t of this.tokens(text, lang)) for (const k of t.keys) set.add(k);
    return set;
  }

  /**
   * Tokens of `text` and how many of them have a key in `other`. Anchor tokens (figures) and
   * tokens without keys (unknown words) count as tokens, so a clause of figures still counts.
   */
  covered(text: string, lang: Lang, other: ReadonlySet<string>): { tokens: number; hits: number } {
    let tokens = 0;
    let hits = 0;
    for (const t of this.tokens(text, lang)) {
      tokens++;
      if (t.keys.some((k) => other.has(k))) hits++;
    }
    return { tokens, hits };
  }
}

const coverages = new WeakMap<Lexicon, Coverage>();

/** One Coverage per lexicon (its token cache is shared by the checks of a run). */
export function coverageFor(lexicon: Lexicon): Coverage {
  let c = coverages.get(lexicon);
  if (!c) {
    c = new Coverage(lexicon);
    coverages.set(lexicon, c);
  }
  return c;
}

/** Clauses of a Chinese sentence: [start, end) spans cut after ，；：、 and before （. */
export function chineseClauses(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '，' || ch === '；' || ch === '：' || ch === '。' || ch === '！' || ch === '？') {
      if (i + 1 > start) out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < text.length && text.slice(start).trim()) out.push([start, text.length]);
  return out;
}
