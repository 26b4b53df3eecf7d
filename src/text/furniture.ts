/**
 * Page furniture in text extracted from PDFs: running headers and footers repeated across pages,
 * and bare page numbers. Marked on the lines (`furniture`), never deleted from the input.
 */
import { type Line, lineText } from './lines.js';

const PAGE_NUMBER = [
  /^[-–—~]?\s*\d{1,4}\s*[-–—~]?$/u,
  /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/iu,
  /^\d{1,4}\s*\/\s*\d{1,4}$/u,
  /^第\s*[\d一二三四五六七八九十百零〇]+\s*[頁页](?:\s*[,，]?\s*共\s*[\d一二三四五六七八九十百零〇]+\s*[頁页])?$/u,
];
const ROMAN_PAGE = /^[-–—]?\s*[ivxlc]{1,6}\s*[-–—]?$/iu;

/** The number on a page-number line, or undefined. */
export function pageNumberOf(trimmed: string): number | undefined {
  if (!PAGE_NUMBER.some((re) => re.test(trimmed))) return undefined;
  const m = /\d+/.exec(trimmed);
  return m ? Number(m[0]) : 0;
}

/** Running header/footer key: digits masked so "Annual Report 2023 – 12" repeats across pages. */
function furnitureKey(trimmed: string): string {
  return trimmed.replace(/\s+/g, ' ').replace(/\d+/g, '#').toLowerCase();
}

const EDGE = 3; // how many non-blank lines at the top and bottom of a page can be furniture

/**
 * Page ranges (indexes into `lines`): from form feeds when there are any, otherwise from a chain
 * of increasing page-number lines spread through the text.
 */
function pagesOf(
  lines: Line[],
  text: string,
): { pages: [number, number][]; numberLines: Set<number> } {
  const numberLines = new Set<number>();
  const lastPage = lines.length ? lines[lines.length - 1]!.page : 0;
  if (lastPage > 0) {
    const pages: [number, number][] = [];
    let from = 0;
    for (let i = 1; i <= lines.length; i++) {
      if (i === lines.length || lines[i]!.page !== lines[from]!.page) {
        pages.push([from, i]);
        from = i;
      }
    }
    return { pages, numberLines };
  }
  // No form feeds: look for page numbers standing alone on their lines, increasing through the text.
  const cands: { index: number; n: number }[] = [];
  lines.forEach((line, index) => {
    if (line.blank) return;
    const n = pageNumberOf(lineText(text, line).trim());
    if (n !== undefined) cands.push({ index, n });
  });
  // Longest chain with n increasing by 1 or 2 (a blank page, a cover without number).
  let best: { index: number; n: number }[] = [];
  for (let s = 0; s < cands.length; s++) {
    const chain = [cands[s]!];
    for (let t = s + 1; t < cands.length; t++) {
      const d = cands[t]!.n - chain[chain.length - 1]!.n;
      if (d >= 1 && d <= 2) chain.push(cands[t]!);
    }
    if (chain.length > best.length) best = chain;
  }
  const spread =
    best.length >= 3 && (best[best.length - 1]!.index - best[0]!.index) / (best.length - 1) >= 5;
  if (!spread) return { pages: [[0, lines.length]], numberLines };
  const pages: [number, number][] = [];
  let from = 0;
  for (const c of best) {
    numberLines.add(c.index);
    pages.push([from, c.index + 1]);
    from = c.index + 1;
  }
  pages.push([from, lines.length]);
  return { pages, numberLines };
}

function edgeLines(lines: Line[], [from, to]: [number, number]): number[] {
  const top: number[] = [];
  for (let i = from; i < to && top.length < EDGE; i++) if (!lines[i]!.blank) top.push(i);
  const bottom: number[] = [];
  for (let i = to - 1; i >= from && bottom.length < EDGE; i--) if (!lines[i]!.blank) bottom.push(i);
  return [...new Set([...top, ...bottom])];
}

/** Mark running headers/footers and page numbers. Returns the number of pages seen. */
export function markFurniture(lines: Line[], text: string): number {
  const { pages, numberLines } = pagesOf(lines, text);
  for (const i of numberLines) lines[i]!.furniture = true;
  if (pages.length < 2) return pages.length;

  const edges = pages.map((p) => edgeLines(lines, p));
  // Page numbers at the top or bottom of a page.
  for (const edge of edges) {
    for (const i of edge) {
      const t = lineText(text, lines[i]!).trim();
      if (pageNumberOf(t) !== undefined || ROMAN_PAGE.test(t)) lines[i]!.furniture = true;
    }
  }
  // Lines repeated at the edges of many pages.
  const pagesWithKey = new Map<string, Set<number>>();
  edges.forEach((edge, p) => {
    for (const i of edge) {
      const trimmed = lineText(text, lines[i]!).trim();
      // Running headers and footers are short and do not end with a full stop.
      if (trimmed.length > 120 || /[.。]$/.test(trimmed)) continue;
      const key = furnitureKey(trimmed);
      if (!key.replace(/[#\s\p{P}\p{S}]/gu, '')) continue; // only digits and punctuation: handled above
      const set = pagesWithKey.get(key) ?? new Set<number>();
      set.add(p);
      pagesWithKey.set(key, set);
    }
  });
  const needed = pages.length === 2 ? 2 : Math.max(2, Math.ceil(pages.length * 0.4));
  edges.forEach((edge) => {
    for (const i of edge) {
      const key = furnitureKey(lineText(text, lines[i]!).trim());
      const n = pagesWithKey.get(key)?.size ?? 0;
      if (n >= needed) lines[i]!.furniture = true;
    }
  });
  return pages.length;
}
