/**
 * One language side of a bilingual text: its pieces copied into a text of their own (pieces of
 * different paragraphs or runs separated by a blank line, a page break kept where a run goes on
 * over it, so that a sentence cut by the page bottom is joined again), split into sentences in
 * that language, every segment's offsets mapped back into the input and tagged with its piece.
 * Pure.
 */
import { split } from '../segment/index.js';
import { MappedTextBuilder } from '../text/offsets.js';
import type { Lang, Segment } from '../types.js';
import type { Piece } from './pieces.js';

export interface Side {
  lang: Lang;
  /** the side's own text (what `zhen split --separate` writes, before sentence splitting) */
  text: string;
  /** segments with offsets into the input text */
  segments: Segment[];
  /** the piece (index into the pieces) each segment comes from */
  pieceOf: number[];
}

export interface SideOptions {
  zhSemicolon?: boolean;
}

export function buildSide(
  input: string,
  pieces: readonly Piece[],
  lang: Lang,
  options: SideOptions = {},
): Side {
  const b = new MappedTextBuilder();
  const starts: number[] = [];
  const ids: number[] = [];
  let prev: number | undefined;
  pieces.forEach((p, i) => {
    if (p.lang !== lang && p.lang !== 'both') return;
    if (prev !== undefined) {
      const last = pieces[prev]!;
      // same run: no piece of the other language between them
      let sameRun = true;
      for (let k = prev + 1; k < i; k++) if (pieces[k]!.lang !== 'both') sameRun = false;
      const pageBreak = p.page > last.lastPage && sameRun && p.source !== 'row';
      b.insert(pageBreak ? '\n\n\f' : '\n\n', p.parts[0]!.start);
    }
    starts.push(b.size);
    ids.push(i);
    for (const part of p.parts) {
      if (part.sep) b.insert(part.sep, part.start);
      b.copy(input, part.start, part.end);
    }
    prev = i;
  });
  const mapped = b.build();
  const local = split(mapped.text, { lang, zhSemicolon: options.zhSemicolon });
  const map = mapped.map;
  const pieceOf: number[] = [];
  let lo = 0;
  const segments = local.map((s, k) => {
    while (lo + 1 < starts.length && starts[lo + 1]! <= s.start) lo++;
    pieceOf.push(ids[lo]!);
    return { ...s, id: k, start: map[s.start]!, end: map[s.end - 1]! + 1 };
  });
  return { lang, text: mapped.text, segments, pieceOf };
}
