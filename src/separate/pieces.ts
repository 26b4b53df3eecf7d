/**
 * A bilingual text cut into pieces of one language, each a list of ranges of the input: a
 * paragraph, a run of lines inside a paragraph (alternating lines), one half of a line carrying
 * both languages ("Signature 簽署"), the English or the Chinese cells of a table row, or the
 * English or Chinese halves of rows that are really two columns of wrapped lines (a
 * two-column page read line by line). Page furniture is left out, including running headers
 * printed over each language column. Pieces that belong together whatever the grouping (the two
 * halves of a row or of a line) share a `bound` number. Pure.
 */

import { markerAt } from '../segment/markers.js';
import { markFurniture, pageNumberOf } from '../text/furniture.js';
import { type Line, scanLines } from '../text/lines.js';
import { isCjkLike } from '../text/script.js';
import { type Cell, cellsOf, linePair, width } from './cells.js';
import { ENDS_UNIT, type Judged, type Judgement, judge, weightOf } from './classify.js';
import { smooth } from './smooth.js';

export type PieceLang = 'en' | 'zh' | 'both';

/** A range of the input and what joins it to the range before it in the same piece. */
export interface Part {
  start: number;
  end: number;
  sep: '' | '\n' | '\t' | ' ';
}

export type PieceSource = 'paragraph' | 'lines' | 'line-pair' | 'row' | 'columns';

export interface Piece {
  lang: PieceLang;
  parts: Part[];
  /** 0-based paragraph (blank-line separated chunk) of the input */
  chunk: number;
  page: number;
  lastPage: number;
  source: PieceSource;
  bound?: number;
  /** letters, a Han character counting three */
  weight: number;
  /** Han characters in brackets inside English text (inline titles) */
  inlineHan: number;
}

interface Entry {
  line: Line;
  text: string;
  j: Judgement;
  cells: Cell[];
  /** the line carries both languages: [English half, Chinese half] */
  pair?: [Cell, Cell];
  /** a table row with cells in both languages */
  row: boolean;
}

/**
 * Running headers printed over a language column: read column by column, the Chinese column's
 * header is in the middle of the page's text. A short line, first or last of its language on
 * its page, repeated on several pages.
 */
function markColumnFurniture(entries: Entry[][]): void {
  const byPage = new Map<number, Entry[]>();
  for (const e of entries.flat()) {
    const list = byPage.get(e.line.page) ?? [];
    list.push(e);
    byPage.set(e.line.page, list);
  }
  if (byPage.size < 2) return;
  // the same text (figures too: "Part 1", "Part 2" at the top of two pages are headings)
  const key = (e: Entry) => e.text.trim().replace(/\s+/g, ' ').toLowerCase();
  const edges: Entry[][] = [];
  for (const list of byPage.values()) {
    const edge = new Set<Entry>();
    for (const lang of ['en', 'zh'] as const) {
      const mine = list.filter((e) => e.j.lang === lang && !e.row && !e.pair);
      for (const e of [...mine.slice(0, 2), ...mine.slice(-2)]) edge.add(e);
    }
    edges.push([...edge].filter((e) => e.text.length <= 120 && !/[.。]$/.test(e.text.trim())));
  }
  const pages = new Map<string, number>();
  for (const edge of edges)
    for (const k of new Set(edge.map(key))) pages.set(k, (pages.get(k) ?? 0) + 1);
  const needed = byPage.size === 2 ? 2 : Math.max(2, Math.ceil(byPage.size * 0.4));
  const drop = new Set<Entry>();
  for (const edge of edges)
    for (const e of edge) if ((pages.get(key(e)) ?? 0) >= needed) drop.add(e);
  for (const chunk of entries) {
    for (let i = chunk.length - 1; i >= 0; i--) if (drop.has(chunk[i]!)) chunk.splice(i, 1);
  }
}

/** Content lines grouped into chunks: blank lines, page breaks and furniture end a chunk. */
function chunksOf(text: string): Entry[][] {
  const lines = scanLines(text);
  markFurniture(lines, text);
  const chunks: Entry[][] = [];
  let cur: Entry[] = [];
  let page = 0;
  const flush = () => {
    if (cur.length) chunks.push(cur);
    cur = [];
  };
  for (const line of lines) {
    if (line.page !== page) {
      flush();
      page = line.page;
    }
    if (line.blank || line.furniture) {
      flush();
      continue;
    }
    const raw = text.slice(line.start, line.end);
    const cells = cellsOf(raw, line.start);
    const trimmed = raw.trim();
    const langs = new Set(cells.map((c) => c.j.lang).filter((l) => l));
    const row = cells.length > 1 && langs.size === 2;
    const lead = raw.length - raw.trimStart().length;
    const pair = !row && cells.length === 1 ? linePair(trimmed, line.start + lead) : undefined;
    cur.push({ line, text: trimmed, j: judge(trimmed), cells, pair, row });
  }
  flush();
  return chunks;
}

/**
 * A line pair stays whole when it sits inside a paragraph of wrapped lines: after a line that
 * runs on into it, or as a full-width line running on into the next.
 */
function keepPairs(chunk: Entry[]): void {
  const widest = Math.max(...chunk.map((e) => width(e.text)));
  chunk.forEach((e, i) => {
    if (!e.pair) return;
    const prev = chunk[i - 1];
    const next = chunk[i + 1];
    const wide = width(e.text) >= 40 && width(e.text) >= widest * 0.85;
    const prevOk = !prev || prev.row || prev.pair !== undefined || ENDS_UNIT.test(prev.text);
    const nextOk = !next || next.row || next.pair !== undefined || ENDS_UNIT.test(e.text) || !wide;
    if (!(prevOk && nextOk)) e.pair = undefined;
  });
}

/**
 * Consecutive bilingual rows whose English cells run on from row to row (a full-width cell
 * without a final stop, or a next cell starting in lower case): two columns of wrapped lines.
 */
function wrappedRows(rows: Entry[], text: string): boolean {
  if (rows.length < 2) return false;
  const english = rows.map((r) => {
    const cell = r.cells.find((c) => c.j.lang === 'en');
    return cell ? text.slice(cell.start, cell.end) : undefined;
  });
  const widest = Math.max(...english.map((e) => e?.length ?? 0));
  let runOn = 0;
  for (let i = 0; i + 1 < rows.length; i++) {
    const a = english[i];
    const b = english[i + 1];
    if (a === undefined || b === undefined || ENDS_UNIT.test(a)) continue;
    if (/^[a-z]/.test(b) || (a.length >= 20 && a.length >= widest * 0.8)) runOn++;
  }
  return runOn >= (rows.length - 1) * 0.5;
}

/**
 * A paragraph of two language columns read line by line (text laid out side by side): bilingual
 * rows whose cells run on into the next row, or into a line in one language under them.
 */
function columnChunk(chunk: Entry[], text: string): boolean {
  const rows = chunk.filter((e) => e.row);
  if (!rows.length) return false;
  if (wrappedRows(rows, text)) return true;
  return chunk.some((e, k) => {
    const prev = chunk[k - 1];
    if (!prev?.row || e.row || !e.j.lang) return false;
    const cell = prev.cells.filter((x) => x.j.lang === e.j.lang).pop();
    return cell !== undefined && !ENDS_UNIT.test(text.slice(cell.start, cell.end));
  });
}

const otherLang = (l: Judged): Judged => (l === 'en' ? 'zh' : l === 'zh' ? 'en' : undefined);

/** Cut `text` into pieces of one language each, in document order. */
export function piecesOf(text: string): Piece[] {
  const chunks = chunksOf(text);
  markColumnFurniture(chunks);
  const pieces: Piece[] = [];
  let bound = 0;
  const slice = (p: Part) => text.slice(p.start, p.end);
  const add = (lang: PieceLang, parts: Part[], chunk: number, source: PieceSource, b?: number) => {
    if (!parts.length) return;
    const body = parts.map(slice).join(' ');
    // a page number the furniture pass could not tell (a one-page document)
    if (lang === 'both' && pageNumberOf(body.trim()) !== undefined) return;
    const pages = parts.map((p) => pageAt(p.start));
    pieces.push({
      lang,
      parts,
      chunk,
      page: Math.min(...pages),
      lastPage: Math.max(...pages),
      source,
      bound: b,
      weight: weightOf(body),
      inlineHan: lang === 'en' ? parts.reduce((n, p) => n + judge(slice(p)).inlineHan, 0) : 0,
    });
  };
  const pageBreaks: number[] = [];
  for (let i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) pageBreaks.push(i);
  const pageAt = (offset: number) => {
    let n = 0;
    while (n < pageBreaks.length && pageBreaks[n]! < offset) n++;
    return n;
  };

  chunks.forEach((chunk, c) => {
    keepPairs(chunk);
    if (columnChunk(chunk, text)) {
      addColumns(chunk, c);
      return;
    }
    let i = 0;
    while (i < chunk.length) {
      const e = chunk[i]!;
      if (e.row) {
        let j = i;
        while (j < chunk.length && chunk[j]!.row) j++;
        const rows = chunk.slice(i, j);
        for (const r of rows) addRow(r, c);
        i = j;
        continue;
      }
      if (e.pair) {
        const b = bound++;
        const [en, zh] = e.pair;
        add('en', [{ start: en.start, end: en.end, sep: '' }], c, 'line-pair', b);
        add('zh', [{ start: zh.start, end: zh.end, sep: '' }], c, 'line-pair', b);
        i++;
        continue;
      }
      let j = i;
      while (j < chunk.length && !chunk[j]!.row && !chunk[j]!.pair) j++;
      addLines(chunk.slice(i, j), c);
      i = j;
    }
  });
  return pieces;

  function addRow(r: Entry, c: number): void {
    const b = bound++;
    for (const lang of ['en', 'zh'] as const) {
      const parts: Part[] = r.cells
        .filter((cell) => cell.j.lang === lang || cell.j.lang === undefined)
        .map((cell, k) => ({ start: cell.start, end: cell.end, sep: k ? '\t' : '' }));
      add(lang, parts, c, 'row', b);
    }
  }

  function addColumns(lines: Entry[], c: number): void {
    const b = bound++;
    // where the right column starts (characters into the line), and its language
    const rows = lines.filter((l) => l.row);
    const rights = rows.map((r) => {
      const judged = r.cells.filter((x) => x.j.lang);
      return judged.find((x) => x.j.lang !== judged[0]!.j.lang)!;
    });
    const rightLang = rights[0]!.j.lang;
    const rightAt = Math.min(...rights.map((x, k) => x.start - rows[k]!.line.start));
    for (const lang of ['en', 'zh'] as const) {
      const parts: Part[] = [];
      for (const r of lines) {
        // a cell without letters ("(1)") goes with the next cell that has some; a line of such
        // cells ("3.") with the column it is in
        let side: Judged =
          r.line.start + rightAt - 2 <= r.cells[0]!.start ? rightLang : otherLang(rightLang);
        const mine: Cell[] = [];
        for (let k = r.cells.length - 1; k >= 0; k--) {
          const cell = r.cells[k]!;
          side = cell.j.lang ?? side;
          if ((side ?? cell.j.lang) === lang) mine.unshift(cell);
        }
        mine.forEach((cell, k) => {
          const prev = parts[parts.length - 1];
          const sep = k ? ' ' : prev ? lineJoin(text.slice(prev.start, prev.end), cell) : '';
          parts.push({ start: cell.start, end: cell.end, sep });
        });
      }
      add(lang, parts, c, 'columns', b);
    }
  }

  /** Lines of a column are wrapped lines: joined as the segmenter would join them. */
  function lineJoin(prev: string, cell: Cell): Part['sep'] {
    const next = text.slice(cell.start, cell.end);
    if (ENDS_UNIT.test(prev) && markerAt(next)) return '\n';
    const a = prev.charCodeAt(prev.length - 1);
    if (prev.endsWith('-') || isCjkLike(a) || isCjkLike(next.charCodeAt(0))) return '';
    return ' ';
  }

  function addLines(lines: Entry[], c: number): void {
    const maxWidth = Math.max(...lines.map((l) => width(l.text)));
    const states = smooth(
      lines.map((l) => l.j),
      (k) => {
        const a = lines[k]!.text;
        const b = lines[k + 1]!.text;
        const wrapped = lines.length >= 3 && width(a) >= 40 && width(a) >= maxWidth * 0.85;
        if (ENDS_UNIT.test(a)) return 0.3;
        return /^[a-z]/.test(b) || wrapped ? 1.5 : 0.6;
      },
    );
    let k = 0;
    while (k < lines.length) {
      let m = k;
      while (m < lines.length && states[m] === states[k]) m++;
      const parts: Part[] = lines
        .slice(k, m)
        .map((l, n) => ({ start: l.line.start, end: l.line.end, sep: n ? '\n' : '' }));
      const source: PieceSource = k === 0 && m === lines.length ? 'paragraph' : 'lines';
      add(states[k]!, trimParts(parts), c, source);
      k = m;
    }
  }

  function trimParts(parts: Part[]): Part[] {
    return parts.map((p) => {
      const raw = text.slice(p.start, p.end);
      const lead = raw.length - raw.trimStart().length;
      return { ...p, start: p.start + lead, end: p.start + lead + raw.trim().length };
    });
  }
}
