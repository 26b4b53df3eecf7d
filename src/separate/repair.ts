/**
 * Paragraphs a PDF reader broke: in a bilingual page the English lines are justified to the
 * margin while the Chinese ones stop up to a character short of it, so the reader may take a
 * Chinese line for the last of its paragraph and put a blank line after it. Two pieces of the
 * same language in consecutive paragraphs are one when the first ends in a full-width line that
 * does not end a sentence or clause, or when a sentence goes on over a page break. Pure.
 */
import { markerAt } from '../segment/markers.js';
import { width } from './cells.js';
import type { Piece } from './pieces.js';

/** Sentence- or clause-final punctuation, closing quotes and brackets after it allowed. */
const FINAL = /[.!?:;。！？：；][」』"”’)）]*\s*$/u;

const textual = (p: Piece) => p.source === 'paragraph' || p.source === 'lines';

export function joinBrokenParagraphs(pieces: readonly Piece[], text: string): Piece[] {
  const widest = { en: 0, zh: 0 };
  for (const p of pieces) {
    if (!textual(p) || p.lang === 'both') continue;
    for (const part of p.parts) {
      widest[p.lang] = Math.max(widest[p.lang], width(text.slice(part.start, part.end)));
    }
  }
  const out: Piece[] = [];
  for (const q of pieces) {
    const p = out[out.length - 1];
    if (p && q.lang === p.lang && q.lang !== 'both' && textual(p) && textual(q)) {
      const last = text.slice(p.parts[p.parts.length - 1]!.start, p.parts[p.parts.length - 1]!.end);
      const first = text.slice(q.parts[0]!.start, q.parts[0]!.end);
      const full = widest[q.lang] >= 30 && width(last) >= widest[q.lang] * 0.85;
      // the same page and a full line, or a sentence going on over a page break
      const broken = q.page === p.lastPage ? full : q.page === p.lastPage + 1;
      if (q.chunk === p.chunk + 1 && broken && !FINAL.test(last) && !markerAt(first)) {
        out[out.length - 1] = {
          ...p,
          parts: [...p.parts, { ...q.parts[0]!, sep: '\n' }, ...q.parts.slice(1)],
          chunk: q.chunk,
          lastPage: q.lastPage,
          weight: p.weight + q.weight,
          inlineHan: p.inlineHan + q.inlineHan,
          source: 'paragraph',
        };
        continue;
      }
    }
    out.push(q);
  }
  return out;
}
