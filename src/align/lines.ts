/**
 * Segments from text that is already one sentence a line (corpora in the MAC layout, Vecalign
 * input): line k is segment k, blank lines included, so bead indexes are line indexes.
 */
import type { Lang, Segment } from '../types.js';

export function lineSegments(text: string, lang: Lang): Segment[] {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const segments: Segment[] = [];
  let start = 0;
  lines.forEach((raw, id) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    segments.push({
      id,
      text: line,
      start,
      end: start + line.length,
      paragraph: 0,
      kind: 'sentence',
      lang,
    });
    start += raw.length + 1;
  });
  return segments;
}
