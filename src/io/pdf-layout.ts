/**
 * From positioned text items (what pdf.js gives for each page) to plain text in reading order,
 * shaped for the normaliser: lines rebuilt from the items' baselines, spaces put back from the
 * gaps between items (never between two CJK characters), table cells separated by a tab, a blank
 * line where a paragraph ends (a vertical gap clearly larger than the line spacing, or a line that
 * stops short although the next line's first word would have fitted), two-column pages read
 * column by column (a vertical gutter no line crosses), pages separated by a form feed.
 * With `languageColumns` (zhen split --separate, single-file zhen align), a page set as English
 * beside Chinese is read column by column too, although its Chinese column is much shorter than
 * the English one and so fails the test for two columns of prose.
 * Pure: no I/O, so it can be tested on hand-made items.
 */
import { isCjkStrict } from '../text/script.js';
import { emptiestCore, scriptsDiffer } from './pdf-columns.js';

export interface LayoutOptions {
  /**
   * Read a page as two columns when its two sides are in different scripts (Latin beside
   * Chinese), whatever their lines' lengths: bilingual documents set side by side.
   */
  languageColumns?: boolean;
}

/** One run of text on a page, in PDF user space (y grows upwards), horizontal. */
export interface PdfItem {
  str: string;
  /** left end of the baseline */
  x: number;
  /** baseline */
  y: number;
  width: number;
  /** font size (em) in user space */
  size: number;
  /** a space glyph the PDF draws (str is ' '): a word boundary even between CJK characters */
  space?: boolean;
}

/** A line, or the part of a line in one column. */
interface Segment {
  items: PdfItem[];
  y: number;
  x0: number;
  x1: number;
  size: number;
  /** left and right edges of the text block (column) the segment belongs to */
  left: number;
  right: number;
  table: boolean;
  text: string;
}

const cjkAt = (s: string, i: number) => {
  const c = s.codePointAt(i);
  return c !== undefined && isCjkStrict(c);
};
const cjkStart = (s: string) => cjkAt(s, 0);
/** Does `s` end with a CJK character (one from the supplementary planes included)? */
const cjkEnd = (s: string) => {
  const low = s.charCodeAt(s.length - 1);
  return cjkAt(s, low >= 0xdc00 && low <= 0xdfff ? s.length - 2 : s.length - 1);
};
const LIST_MARKER =
  /^(?:[•●▪■◆○◦·\-–—*]|\(?[a-zA-Z0-9ivxIVX]{1,4}[.)]|（[一二三四五六七八九十\d]+）)$/u;

function median(values: number[], q = 0.5): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))]!;
}

/** Items grouped into lines by baseline, top to bottom, each line's items left to right. */
function groupLines(items: PdfItem[]): PdfItem[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfItem[][] = [];
  let cur: PdfItem[] = [];
  let y = Number.NaN;
  let size = 0;
  for (const it of sorted) {
    if (cur.length && Math.abs(y - it.y) <= 0.45 * Math.max(size, it.size)) {
      cur.push(it);
      if (it.size > size) {
        size = it.size;
        y = it.y;
      }
      continue;
    }
    if (cur.length) lines.push(cur);
    cur = [it];
    y = it.y;
    size = it.size;
  }
  if (cur.length) lines.push(cur);
  for (const line of lines) line.sort((a, b) => a.x - b.x);
  return lines;
}

/** Dominant font size and baseline of a run of items (the biggest text sets the baseline). */
function baseline(items: PdfItem[]): { y: number; size: number } {
  let best = items[0]!;
  for (const it of items) if (it.size > best.size) best = it;
  return { y: best.y, size: best.size };
}

/** Join the items of one line: spaces from gaps, a tab between table cells. */
function joinItems(items: PdfItem[]): { text: string; table: boolean } {
  let text = '';
  let table = false;
  let prev: PdfItem | undefined;
  let spaceGlyph = false;
  for (const it of items) {
    if (it.space) {
      spaceGlyph = prev !== undefined;
      continue;
    }
    if (prev) {
      const gap = it.x - (prev.x + prev.width);
      const em = Math.max(prev.size, it.size);
      const a = text;
      const b = it.str;
      const marker = LIST_MARKER.test(a.trim());
      // A wide gap is a cell boundary: 2.5 em between words, 1.5 em next to CJK (whose text has
      // no word spaces to stretch).
      const cell = gap > (cjkEnd(a) || cjkStart(b) ? 1.5 : 2.5) * em;
      if (cell && !marker) {
        text = text.trimEnd() + '\t';
        table = true;
      } else if (spaceGlyph) {
        text += ' ';
      } else if (cjkEnd(a) && cjkStart(b)) {
        // never a space between two CJK characters, unless the PDF draws one
      } else if (!/\s$/.test(a) && !/^\s/.test(b)) {
        const mixed = cjkEnd(a) || cjkStart(b);
        if (gap > (mixed ? 0.25 : 0.15) * em || (marker && gap > 0.1 * em)) text += ' ';
      }
    }
    text += it.str;
    prev = it;
    spaceGlyph = false;
  }
  return { text: text.replace(/[ \u00a0]+$/u, ''), table };
}

function makeSegment(all: PdfItem[], left: number, right: number): Segment {
  const { y, size } = baseline(all);
  const ink = all.filter((i) => !i.space);
  const items = ink.length ? ink : all;
  const x0 = Math.min(...items.map((i) => i.x));
  const x1 = Math.max(...items.map((i) => i.x + i.width));
  const { text, table } = joinItems(all);
  return { items, y, size, x0, x1, left, right, table, text };
}

const ink = (line: PdfItem[]) => line.filter((i) => !i.space);
const leftEdge = (lines: PdfItem[][]) => Math.min(...lines.map((l) => ink(l)[0]!.x));
const rightEdge = (lines: PdfItem[][]) =>
  Math.max(...lines.map((l) => Math.max(...ink(l).map((i) => i.x + i.width))));

/** Ink of a line as x intervals, small gaps (word spaces) filled. */
function inkIntervals(line: PdfItem[]): [number, number][] {
  const out: [number, number][] = [];
  for (const it of line) {
    if (it.space) continue;
    const last = out[out.length - 1];
    if (last && it.x - last[1] < it.size) last[1] = Math.max(last[1], it.x + it.width);
    else out.push([it.x, it.x + it.width]);
  }
  return out;
}

/**
 * A vertical gutter splitting the page into two text columns, or undefined. A gutter is a band
 * in the middle of the page that (almost) no line has ink in, with lines of prose on both sides:
 * most of them filling their column, which tells two columns of text from a table.
 */
export function findGutter(
  lines: PdfItem[][],
  options: LayoutOptions = {},
): [number, number] | undefined {
  if (lines.length < 6) return undefined;
  const inks = lines.map(inkIntervals);
  const left = Math.min(...inks.map((i) => i[0]![0]));
  const right = Math.max(...inks.map((i) => i[i.length - 1]![1]));
  const width = right - left;
  if (width < 100) return undefined;
  const from = Math.floor(left + width * 0.2);
  const to = Math.ceil(left + width * 0.8);
  const counts: number[] = [];
  for (let x = from; x <= to; x++) {
    let n = 0;
    for (const iv of inks) if (iv.some(([a, b]) => a <= x && x <= b)) n++;
    counts.push(n);
  }
  const allowed = Math.max(2, Math.floor(lines.length * 0.2));
  let best: [number, number] | undefined;
  let bestScore = -1;
  for (let i = 0; i < counts.length;) {
    if (counts[i]! > allowed) {
      i++;
      continue;
    }
    let j = i;
    let sum = 0;
    while (j < counts.length && counts[j]! <= allowed) sum += counts[j++]!;
    const w = j - i;
    const score = w - (sum / w) * 4; // wide and empty
    if (w >= 6 && score > bestScore) {
      bestScore = score;
      best = [from + i, from + j - 1];
    }
    i = j;
  }
  if (!best) return undefined;
  let [g0, g1] = best;
  // Language columns: the emptiest part of the band, so that no line of either column crosses it.
  const core = options.languageColumns ? emptiestCore(lines, inks, best) : undefined;
  const languages = core !== undefined && scriptsDiffer(lines, core[0], core[1]);
  if (languages) [g0, g1] = core;
  // Each side must read as a column of text, not a column of table cells: lines of some length
  // (12 em), each one run of words (no cell gaps), and at least half of them filling the column.
  const sides: { x0: number; x1: number; runs: number; em: number }[][] = [[], []];
  inks.forEach((iv, k) => {
    if (iv.some(([a, b]) => a < g1 && b > g0)) return; // crosses: a full-width line
    const em = Math.max(...lines[k]!.map((i) => i.size));
    const l = iv.filter(([, b]) => b <= g0);
    const r = iv.filter(([a]) => a >= g1);
    if (l.length) sides[0]!.push({ x0: l[0]![0], x1: l[l.length - 1]![1], runs: l.length, em });
    if (r.length) sides[1]!.push({ x0: r[0]![0], x1: r[r.length - 1]![1], runs: r.length, em });
  });
  for (const side of sides) {
    if (side.length < 3) return undefined;
    const x0 = Math.min(...side.map((s) => s.x0));
    const x1 = Math.max(...side.map((s) => s.x1));
    if (x1 - x0 < width * 0.2) return undefined;
    if (side.filter((s) => s.runs === 1).length < side.length * 0.8) return undefined;
    if (languages) continue; // a short Chinese column beside English still is a column
    if (median(side.map((s) => (s.x1 - s.x0) / s.em)) < 12) return undefined;
    if (side.filter((s) => s.x1 - s.x0 >= (x1 - x0) * 0.75).length < side.length * 0.5)
      return undefined;
  }
  return [g0, g1];
}

/** A page's segments in reading order: full-width lines in place, column runs left then right. */
function pageSegments(items: PdfItem[], options: LayoutOptions): Segment[][] {
  const lines = groupLines(items).filter((l) => ink(l).length);
  const gutter = findGutter(lines, options);
  const pageLeft = leftEdge(lines);
  const pageRight = rightEdge(lines);
  if (!gutter) return [lines.map((l) => makeSegment(l, pageLeft, pageRight))];
  const [g0, g1] = gutter;
  const flows: Segment[][] = [];
  let run: PdfItem[][] = [];
  const flushRun = () => {
    if (!run.length) return;
    const cols = [
      run.map((l) => l.filter((i) => i.x + i.width <= g0 + 1)).filter((l) => ink(l).length),
      run.map((l) => l.filter((i) => i.x >= g1 - 1)).filter((l) => ink(l).length),
    ];
    const flow: Segment[] = [];
    for (const col of cols) {
      if (!col.length) continue;
      const [left, right] = [leftEdge(col), rightEdge(col)];
      for (const l of col) flow.push(makeSegment(l, left, right));
    }
    flows.push(flow);
    run = [];
  };
  for (const line of lines) {
    const crosses = ink(line).some((i) => i.x < g1 && i.x + i.width > g0);
    if (crosses) {
      flushRun();
      flows.push([makeSegment(line, pageLeft, pageRight)]);
    } else run.push(line);
  }
  flushRun();
  return flows;
}

/** Width of the first word of a segment, from its first item's width shared out by characters. */
function firstWordWidth(seg: Segment): number {
  const it = seg.items[0]!;
  const chars = [...it.str];
  if (!chars.length) return 0;
  const per = it.width / chars.length;
  if (cjkStart(it.str)) return per;
  const word = /^[^\s\p{Script=Han}，。、；：）」』]+/u.exec(it.str)?.[0] ?? it.str;
  return [...word].length * per;
}

interface Metrics {
  /** the usual distance between the baselines of two lines of text of this size */
  pitchOf(size: number): number;
  /** the text is justified: lines inside a paragraph end at the right margin */
  justified: boolean;
}

/** Does a paragraph end between a and b (b directly below a, or at the top of the next column)? */
function paragraphBreak(a: Segment, b: Segment, m: Metrics): boolean {
  if (a.table !== b.table) return true;
  if (a.table && b.table) return false;
  const pitch = a.y - b.y;
  if (pitch > 0 && pitch > m.pitchOf(Math.max(a.size, b.size)) * 1.3 + 0.5) return true;
  const em = a.size;
  // In justified text only the last line of a paragraph stops short of the margin (centred
  // lines, which start away from the margin and from the next line, excepted).
  const aligned = Math.abs(a.x0 - a.left) < 1 || Math.abs(a.x0 - b.x0) < 1;
  // Never after a hyphen or before a lower-case word: a long word or web address did not fit.
  if (/-$/.test(a.text) || /^[a-z]/.test(b.text)) return false;
  if (m.justified && aligned && a.x1 < a.right - Math.max(1, 0.1 * em)) return true;
  // A line that stops short although the next line's first word would have fitted on it.
  const space = cjkStart(b.text) || cjkEnd(a.text) ? 0 : 0.28 * em;
  return a.x1 + space + firstWordWidth(b) < a.right - 0.5 * em;
}

/**
 * Text of a document from its pages' items: lines separated by \n, paragraphs by a blank line,
 * pages by \f.
 */
export function layoutPages(pages: PdfItem[][], options: LayoutOptions = {}): string {
  const flowsByPage = pages.map((items) => (items.length ? pageSegments(items, options) : []));
  // Line pitch per font size: a low quantile of the distances between consecutive lines.
  const pitches = new Map<number, number[]>();
  for (const flows of flowsByPage) {
    for (const flow of flows) {
      for (let i = 1; i < flow.length; i++) {
        const a = flow[i - 1]!;
        const b = flow[i]!;
        const d = a.y - b.y;
        if (Math.abs(a.size - b.size) < 0.5 && d > 0 && d < 3 * a.size) {
          const key = Math.round(a.size);
          const list = pitches.get(key) ?? [];
          list.push(d);
          pitches.set(key, list);
        }
      }
    }
  }
  const pitchBySize = new Map<number, number>();
  for (const [key, list] of pitches) if (list.length >= 3) pitchBySize.set(key, median(list, 0.25));
  const pitchOf = (size: number) => pitchBySize.get(Math.round(size)) ?? size * 1.25;
  // The right margin of single-column text, for pages (a last page) with only short lines.
  const rights = flowsByPage.flatMap((flows) =>
    flows.length === 1 ? flows[0]!.map((s) => s.right) : [],
  );
  const docRight = rights.length ? median(rights) : 0;
  // Justified: most lines followed by a line at the normal distance end at the margin.
  let inner = 0;
  let flush = 0;
  for (const flows of flowsByPage) {
    for (const flow of flows) {
      for (let i = 1; i < flow.length; i++) {
        const a = flow[i - 1]!;
        const d = a.y - flow[i]!.y;
        if (a.table || d <= 0 || d > pitchOf(a.size) * 1.1) continue;
        inner++;
        if (a.x1 >= Math.max(a.right, flows.length === 1 ? docRight : 0) - 1) flush++;
      }
    }
  }
  const metrics: Metrics = { pitchOf, justified: inner >= 5 && flush >= inner * 0.5 };

  const out: string[] = [];
  for (const flows of flowsByPage) {
    const lines: string[] = [];
    const all = flows.flat();
    if (flows.length === 1) for (const s of all) s.right = Math.max(s.right, docRight);
    all.forEach((seg, i) => {
      const prev = all[i - 1];
      if (prev && paragraphBreak(prev, seg, metrics)) lines.push('');
      lines.push(seg.text);
    });
    out.push(lines.length ? `${lines.join('\n')}\n` : '');
  }
  return out.join('\f');
}
