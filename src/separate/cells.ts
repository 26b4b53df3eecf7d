/**
 * The cells of a line (a tab or a wide gap between them) and lines carrying both languages
 * ("Signature 簽署", "中文標題 / TITLE"), for pieces.ts. Pure.
 */
import { markerAt } from '../segment/markers.js';
import { hasHan, isCjkLike } from '../text/script.js';
import { type Judgement, judge } from './classify.js';

export interface Cell {
  start: number;
  end: number;
  j: Judgement;
}

const CELL_SEP = /\t+| {3,}|\u3000{2,}/g;

export function cellsOf(text: string, offset: number): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    const raw = text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) {
      const start = offset + a + lead;
      cells.push({ start, end: start + body.length, j: judge(body) });
    }
  };
  for (const m of text.matchAll(CELL_SEP)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return cells;
}

/** A line made of an English half and a Chinese half ("Signature 簽署", "中文標題 / TITLE"). */
export function linePair(text: string, offset: number): [Cell, Cell] | undefined {
  for (const m of text.matchAll(/\s+(?:[/|｜]\s*)?|\s*[/|｜]\s+/g)) {
    if (m.index === 0 || m.index + m[0].length >= text.length) continue;
    const left = text.slice(0, m.index);
    const right = text.slice(m.index + m[0].length);
    const cell = (s: string, at: number): Cell => ({ start: at, end: at + s.length, j: judge(s) });
    const l = cell(left, offset);
    const r = cell(right, offset + m.index + m[0].length);
    const lastToken = left.split(/\s+/).pop() ?? '';
    const firstToken = right.split(/\s+/)[0] ?? '';
    const marker = markerAt(left);
    const englishLeft =
      !hasHan(left) &&
      l.j.evidence.latin >= 2 &&
      (!marker || marker.length < left.trim().length) &&
      !/(?:^|\s)(?:of|the|and|in|to|by|under|a|an)$/i.test(left) &&
      !/[,，]$/.test(left) &&
      hasHan(firstToken) &&
      // "Ordinance (公司條例)", "under the Law 藥品管理法.": inline Chinese, not a half
      !/^[(（[［【〔]/u.test(right) &&
      !/[.,;]$/.test(right) &&
      r.j.lang === 'zh';
    if (englishLeft) return [l, r];
    const chineseLeft =
      /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u.test(lastToken) &&
      l.j.lang === 'zh' &&
      !hasHan(right) &&
      r.j.evidence.latin >= 2 &&
      /^[A-Z0-9"“]/.test(right);
    if (chineseLeft) return [r, l];
  }
  return undefined;
}

/** Display width: CJK characters count two. */
export function width(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += isCjkLike(s.charCodeAt(i)) ? 2 : 1;
  return w;
}
