/**
 * `extractDates`: dates and periods in an English or Chinese sentence, resolved to ISO days, with
 * offsets and a key both language versions share (25 April 2023 and 二零二三年四月二十五日 →
 * date:2023-04-25; "for the year ended 31 December 2023" and 截至二零二三年十二月三十一日止年度 →
 * period:2023-01-01/2023-12-31; FY2023 and 2023財政年度 → fy:2023).
 */
import { findStructuredCodes } from './codes-refs.js';
import { findEnglishDates } from './dates-en.js';
import type { Found } from './dates-shared.js';
import { findChineseDates } from './dates-zh.js';
import { foldForLexicon, SpanMask } from './prepare.js';
import type { DateMention } from './types.js';

function dateKey(f: Found): string {
  switch (f.kind) {
    case 'date':
    case 'month-day':
      return `date:${f.from}`;
    case 'month':
      return `month:${f.from.slice(0, 7)}`;
    case 'year':
      return `year:${f.from.slice(0, 4)}`;
    case 'fiscal-year':
      return `fy:${f.label ?? f.from.slice(0, 4)}`;
    default:
      return `period:${f.from}/${f.to}`;
  }
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/** Dates in `folded` (width-folded `text`), skipping and then claiming spans in `mask`. */
export function findDates(
  text: string,
  folded: string,
  lang: 'en' | 'zh',
  mask: SpanMask,
): DateMention[] {
  const out: DateMention[] = [];
  const sink = (f: Found, s: number, e: number): void => {
    let start = s;
    let end = e;
    while (start < end && isSpace(folded[start])) start++;
    while (end > start && isSpace(folded[end - 1])) end--;
    if (!mask.tryClaim(start, end) || f.silent) return;
    out.push({
      kind: f.kind,
      from: f.from,
      to: f.to,
      key: dateKey(f),
      start,
      end,
      text: text.slice(start, end),
    });
  };
  if (lang === 'zh') findChineseDates(folded, sink);
  else findEnglishDates(folded, sink);
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

/** Dates and periods in one sentence, in text order. Codes (Rule 14.07, ISO 14001:2015) first. */
export function extractDates(text: string, lang: 'en' | 'zh'): DateMention[] {
  const folded = foldForLexicon(text);
  const mask = new SpanMask();
  findStructuredCodes(text, folded, mask);
  return findDates(text, folded, lang, mask);
}
