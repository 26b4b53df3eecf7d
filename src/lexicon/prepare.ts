/**
 * Text preparation shared by the lexicon extractors: width folding that keeps offsets (full-width
 * digits, ﹒ and ． as decimal points, ％ （ ） ：), and a mask of the spans already claimed by an
 * earlier extractor, so a stock code or a year is never read again as an amount.
 */
import { foldWidthChar } from '../text/fold.js';

function needsFold(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xa0 && c !== 0xff0c && foldWidthChar(c) !== c) return true;
  }
  return false;
}

/**
 * foldWidth for numbers: same length as the input, but the ideographic comma ，stays as it is
 * (it separates clauses, never thousands). Returns the input itself when nothing needs folding.
 */
export function foldForLexicon(text: string): string {
  if (!needsFold(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c === 0xff0c ? '，' : String.fromCharCode(foldWidthChar(c));
  }
  return out;
}

/** Spans of a text already claimed by an extractor (a handful per sentence: a flat list). */
export class SpanMask {
  private readonly spans: number[] = [];

  /** true when any character of [start, end) is claimed */
  overlaps(start: number, end: number): boolean {
    const s = this.spans;
    for (let i = 0; i < s.length; i += 2) if (s[i]! < end && start < s[i + 1]!) return true;
    return false;
  }

  claim(start: number, end: number): void {
    this.spans.push(start, end);
  }

  /** claim [start, end) unless some of it is claimed already; true when claimed */
  tryClaim(start: number, end: number): boolean {
    if (this.overlaps(start, end)) return false;
    this.claim(start, end);
    return true;
  }
}
