/**
 * Language columns in a PDF page (pdf-layout.ts, option `languageColumns`): bilingual documents
 * set English beside Chinese, whose Chinese column is much shorter than the English one. Pure.
 */
import { isCjkStrict } from '../text/script.js';
import type { PdfItem } from './pdf-layout.js';

/**
 * The widest run of x positions inside `band` crossed by the fewest lines of a column, if 3+
 * wide.
 */
export function emptiestCore(
  lines: readonly PdfItem[][],
  inks: readonly (readonly [number, number])[][],
  [b0, b1]: [number, number],
): [number, number] | undefined {
  // lines of a column: ink outside the band, none of it spanning the band, in one script (a
  // folio inside the band, a title across it, a bilingual title are not)
  const columnLines = inks.filter(
    (iv, k) =>
      iv.some(([a, b]) => a < b0 || b > b1) &&
      !iv.some(([a, b]) => a <= b0 && b >= b1) &&
      !iv.some(([a, b]) => a <= b1 && b >= b0 && mixed(lines[k]!, a, b)),
  );
  const counts: number[] = [];
  for (let x = b0; x <= b1; x++) {
    counts.push(columnLines.filter((iv) => iv.some(([a, b]) => a <= x && x <= b)).length);
  }
  const min = Math.min(...counts);
  let core: [number, number] | undefined;
  for (let i = 0; i < counts.length;) {
    if (counts[i] !== min) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < counts.length && counts[j + 1] === min) j++;
    if (j - i >= 2 && (!core || j - i > core[1] - core[0])) core = [b0 + i, b0 + j];
    i = j + 1;
  }
  return core;
}

/** A run of ink (from a to b) of a line with both Latin words and Chinese in it. */
function mixed(line: readonly PdfItem[], a: number, b: number): boolean {
  const text = line
    .filter((i) => i.x >= a - 0.5 && i.x + i.width <= b + 0.5)
    .map((i) => i.str)
    .join(' ');
  return /[A-Za-z]{3}/.test(text) && /\p{Script=Han}.*\p{Script=Han}/u.test(text);
}

/** Is one side of the gutter mostly Latin letters and the other mostly Chinese? */
export function scriptsDiffer(lines: PdfItem[][], g0: number, g1: number): boolean {
  const han = [0, 0];
  const latin = [0, 0];
  for (const line of lines) {
    for (const it of line) {
      const side = it.x + it.width <= g0 + 1 ? 0 : it.x >= g1 - 1 ? 1 : -1;
      if (side < 0) continue;
      for (const ch of it.str) {
        if (isCjkStrict(ch.codePointAt(0)!)) han[side]!++;
        else if (/[A-Za-z]/.test(ch)) latin[side]!++;
      }
    }
  }
  // a Chinese character stands for about three Latin letters
  const zhShare = (k: number) => (han[k]! * 3) / (han[k]! * 3 + latin[k]! || 1);
  const [a, b] = [zhShare(0), zhShare(1)];
  return (a < 0.25 && b > 0.75) || (a > 0.75 && b < 0.25);
}
