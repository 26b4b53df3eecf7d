/**
 * One pass over a sentence in the order that keeps readings apart: structured codes first (a
 * stock code or Rule 14.07 is never an amount), then dates (2023年 is never a number), then
 * quantities, then Latin tokens in what is left. Each stage claims its spans in a shared mask.
 */
import { findLatinTokens } from './codes-latin.js';
import { findStructuredCodes } from './codes-refs.js';
import { findDates } from './dates.js';
import { foldForLexicon, SpanMask } from './prepare.js';
import { findEnglishQuantities } from './quantities-en.js';
import { findChineseQuantities } from './quantities-zh.js';
import type { Code, DateMention, Quantity } from './types.js';

export interface SentenceScan {
  quantities: Quantity[];
  dates: DateMention[];
  codes: Code[];
}

export function scanSentence(text: string, lang: 'en' | 'zh'): SentenceScan {
  const folded = foldForLexicon(text);
  const mask = new SpanMask();
  const codes = findStructuredCodes(text, folded, mask);
  const dates = findDates(text, folded, lang, mask);
  const quantities =
    lang === 'zh'
      ? findChineseQuantities(text, folded, mask)
      : findEnglishQuantities(text, folded, mask);
  const latin = findLatinTokens(text, folded, lang, mask);
  const all = latin.length ? codes.concat(latin).sort((a, b) => a.start - b.start) : codes;
  return { quantities, dates, codes: all };
}

/** Quantities only: codes and dates are found to be skipped, Latin tokens are not looked for. */
export function scanQuantities(text: string, lang: 'en' | 'zh'): Quantity[] {
  const folded = foldForLexicon(text);
  const mask = new SpanMask();
  findStructuredCodes(text, folded, mask);
  findDates(text, folded, lang, mask);
  return lang === 'zh'
    ? findChineseQuantities(text, folded, mask)
    : findEnglishQuantities(text, folded, mask);
}
