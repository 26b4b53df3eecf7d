/**
 * From lines to blocks (paragraphs, headings, list items, table rows), the way a reader of a
 * PDF-extracted filing sees them: wrapped lines joined (a space between Latin words, none between
 * CJK characters, a line-end hyphen dropped only for real hyphenation), page furniture left out,
 * a blank line ending a paragraph, numbered items and headings starting their own block.
 */
import { markFurniture } from '../text/furniture.js';
import { documentWitness, type HyphenWitness, keepHyphen } from '../text/hyphen.js';
import { cleanLine, isLetterSpaced, isTableLike } from '../text/line-clean.js';
import { type Line, scanLines } from '../text/lines.js';
import { type MappedText, MappedTextBuilder } from '../text/offsets.js';
import { detectLang, isCjkLike, isCjkStrict } from '../text/script.js';
import { BEFORE_NUMBER, NEVER_FINAL } from './abbreviations.js';
import { markerAt } from './markers.js';

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-row';

export interface Block extends MappedText {
  kind: BlockKind;
}

type LineKind = 'text' | 'list' | 'weak-list' | 'table' | 'heading';

interface Info {
  line: Line;
  index: number;
  clean: MappedText;
  kind: LineKind;
  /** display width: CJK characters count 2 */
  width: number;
  /** blank lines (not furniture) between the previous content line and this one */
  blankBefore: boolean;
  /** a page break or dropped furniture between the previous content line and this one */
  softBefore: boolean;
}

/** Sentence-final punctuation (with closing quotes/brackets after it). */
const TERMINAL = /[.!?。！？…:：;；][」』”’"')）\]】〕]*$/u;
const CLAUSE_END = /[,，、]$/u;

function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += isCjkLike(s.charCodeAt(i)) ? 2 : 1;
  return w;
}

const startsLower = (s: string) => /^[a-z]/.test(s);

function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^A-Za-z]/g, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w));
  if (words.length === 0) return false;
  const small = /^(?:a|an|the|of|on|in|for|and|or|to|by|with|at|from|as|its|their)$/;
  const caps = words.filter((w) => /^[A-Z]/.test(w) || small.test(w)).length;
  return caps / words.length >= 0.8 && /^[A-Z0-9(]/.test(s);
}

/** A line that could be a heading by its own shape (the neighbours decide the rest). */
function headingShape(t: string): boolean {
  if (TERMINAL.test(t) || CLAUSE_END.test(t)) return false;
  if (/^[a-z]/.test(t)) return false;
  const body = t.slice(markerAt(t)?.length ?? 0);
  if (/[。！？]|[.!?]\s+[A-Z]/u.test(body)) return false; // holds a sentence end
  const words = t.split(/\s+/).length;
  return displayWidth(t) <= 100 && words <= 16;
}

/**
 * The width lines are wrapped at, or undefined for text that is not hard-wrapped (one paragraph
 * per line). Evidence of wrapping: a line that does not end a sentence followed directly by more
 * text. Short lines (a hyphenated fragment, a heading) do not count towards the width.
 */
function wrapWidth(infos: Info[]): number | undefined {
  const maxWidth = Math.max(0, ...infos.map((i) => i.width));
  let pairs = 0;
  const evidence: number[] = [];
  for (let k = 1; k < infos.length; k++) {
    const prev = infos[k - 1]!;
    const cur = infos[k]!;
    if (cur.blankBefore || prev.kind === 'table' || cur.kind === 'table') continue;
    pairs++;
    if (!TERMINAL.test(prev.clean.text)) evidence.push(prev.width);
  }
  if (evidence.length < 2 || evidence.length < pairs * 0.25) return undefined;
  const wide = evidence.filter((w) => w >= maxWidth * 0.5).sort((a, b) => a - b);
  return wide.length ? wide[Math.floor(wide.length / 2)] : undefined;
}

/** What goes between two joined lines: '' (CJK, or a hyphenation removed), '-' kept, or ' '. */
function joiner(prev: string, next: string, witness: HyphenWitness): { drop: number; sep: string } {
  if (prev.endsWith('\u00ad')) return { drop: 1, sep: '' };
  const hy = /([A-Za-z]+)-$/.exec(prev);
  if (hy && /^[A-Za-z]/.test(next)) {
    const right = /^[A-Za-z]+/.exec(next)![0];
    return keepHyphen(hy[1]!, right, witness) ? { drop: 0, sep: '' } : { drop: 1, sep: '' };
  }
  const a = prev.charCodeAt(prev.length - 1);
  const b = next.charCodeAt(0);
  if (isCjkStrict(a) && isCjkStrict(b)) return { drop: 0, sep: '' };
  if (isCjkStrict(a) || isCjkStrict(b)) {
    // CJK next to Latin or digits: no space inside Chinese text, a space inside English text.
    return { drop: 0, sep: detectLang(prev) === 'zh' ? '' : ' ' };
  }
  return { drop: 0, sep: ' ' };
}

function rawOf(text: string, info: Info): string {
  return text.slice(info.line.start, info.line.end);
}

/** "approx." / "No." / "Mr." at a line end: the sentence goes on. */
function endsWithOpenAbbreviation(prev: string, next: string): boolean {
  const m = /(?:^|\s)([A-Za-z]+)\.$/.exec(prev);
  if (!m) return false;
  const key = m[1]!.toLowerCase();
  return NEVER_FINAL.has(key) || (BEFORE_NUMBER.has(key) && /^[\d(]/.test(next));
}

/** Split decoded text into blocks, each with its offset map back into `text`. */
export function buildBlocks(text: string): Block[] {
  const lines = scanLines(text);
  markFurniture(lines, text);

  const infos: Info[] = [];
  let blank = false;
  let soft = false;
  let prevPage = 0;
  lines.forEach((line, index) => {
    if (line.page !== prevPage) {
      soft = true;
      prevPage = line.page;
    }
    if (line.furniture) {
      soft = true;
      return;
    }
    if (line.blank) {
      blank = true;
      return;
    }
    const raw = text.slice(line.start, line.end);
    const table = !isLetterSpaced(raw) && isTableLike(raw);
    const clean = cleanLine(text, line.start, line.end, table);
    if (!clean.text) {
      blank = true;
      return;
    }
    const marker = markerAt(clean.text);
    const kind: LineKind = table
      ? 'table'
      : marker
        ? marker.strong
          ? 'list'
          : 'weak-list'
        : 'text';
    infos.push({
      line,
      index,
      clean,
      kind,
      width: displayWidth(clean.text),
      blankBefore: blank,
      softBefore: soft,
    });
    blank = false;
    soft = false;
  });

  const W = wrapWidth(infos);
  const ends = (i: Info) => TERMINAL.test(i.clean.text);

  // Headings: short lines without final punctuation standing apart from their neighbours.
  for (let k = 0; k < infos.length; k++) {
    const cur = infos[k]!;
    if (cur.kind !== 'text' && cur.kind !== 'list' && cur.kind !== 'weak-list') continue;
    const t = cur.clean.text;
    if (!headingShape(t)) continue;
    if (cur.kind !== 'text' && !(isTitleCase(t.slice(markerAt(t)!.length).trim()) || isAllCaps(t)))
      continue;
    const prev = infos[k - 1];
    const next = infos[k + 1];
    const apartBefore =
      !prev || cur.blankBefore || ends(prev) || prev.kind === 'heading' || prev.kind === 'table';
    if (!apartBefore) continue;
    const apartAfter = !next || next.blankBefore || next.kind === 'list' || next.kind === 'table';
    const narrow = W === undefined || cur.width < W * 0.7;
    const hanOnly =
      /^[\p{Script=Han}\s\d（）()、一二三四五六七八九十]+$/u.test(t) && t.length <= 24;
    const looksLikeHeading = isAllCaps(t) || isTitleCase(t) || hanOnly;
    if (apartAfter || (narrow && looksLikeHeading && next && !startsLower(next.clean.text))) {
      cur.kind = 'heading';
    }
  }

  const witness = documentWitness(text);
  const blocks: Block[] = [];
  let builder: MappedTextBuilder | undefined;
  let blockKind = 'paragraph' as BlockKind;
  let last: Info | undefined;

  const flush = () => {
    if (builder?.size) blocks.push({ ...builder.build(), kind: blockKind });
    builder = undefined;
  };
  const start = (info: Info, kind: BlockKind) => {
    flush();
    builder = new MappedTextBuilder();
    blockKind = kind;
    builder.append(info.clean);
  };

  for (const info of infos) {
    const kind = info.kind;
    let join = false;
    if (last && builder && blockKind !== 'heading' && blockKind !== 'table-row') {
      const prevText = last.clean.text;
      const continuing =
        kind === 'text' || (kind === 'weak-list' && !ends(last) && !info.blankBefore);
      if (!continuing) join = false;
      else if (info.blankBefore) {
        // Across a page break only: a sentence cut by the page bottom goes on.
        join = info.softBefore && !ends(last);
      } else if (W !== undefined) {
        join = !ends(last) || last.width >= W * 0.8;
      } else {
        join =
          (startsLower(info.clean.text) &&
            (last.clean.text.split(/\s+/).length >= 3 || /\s$/.test(rawOf(text, last)))) ||
          endsWithOpenAbbreviation(prevText, info.clean.text) ||
          /[-\u00ad]$/.test(prevText) ||
          CLAUSE_END.test(prevText) ||
          (info.softBefore && !ends(last));
      }
    }
    if (join && builder && last) {
      const { drop, sep } = joiner(last.clean.text, info.clean.text, witness);
      if (drop) builder.truncate(drop);
      builder.insert(sep, last.line.end);
      builder.append(info.clean);
    } else {
      const bk: BlockKind =
        kind === 'table'
          ? 'table-row'
          : kind === 'heading'
            ? 'heading'
            : kind === 'list' || kind === 'weak-list'
              ? 'list-item'
              : 'paragraph';
      start(info, bk);
    }
    last = info;
  }
  flush();
  return blocks;
}
