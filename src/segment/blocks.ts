/**
 * From lines to blocks (paragraphs, headings, list items, table rows), the way a reader of a
 * PDF-extracted filing sees them: wrapped lines joined (a space between Latin words, none between
 * CJK characters, a line-end hyphen dropped only for real hyphenation), page furniture left out,
 * a blank line ending a paragraph, numbered items and headings starting their own block.
 */
import { markFurniture } from '../text/furniture.js';
import { documentWitness, type HyphenWitness, keepHyphen } from '../text/hyphen.js';
import { cleanLine, isDefinitionRow, isLetterSpaced, isTableLike } from '../text/line-clean.js';
import { type Line, scanLines } from '../text/lines.js';
import { type MappedText, MappedTextBuilder } from '../text/offsets.js';
import { detectLang, isCjkLike, isCjkStrict } from '../text/script.js';
import { BEFORE_NUMBER, NEVER_FINAL } from './abbreviations.js';
import { splitEnglish } from './en.js';
import { type Marker, markerAt } from './markers.js';

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
  /** leading blanks of the raw line (a tab counts 8) */
  indent: number;
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
  if (/[。！？]/u.test(body) || splitEnglish(body).length > 1) return false; // holds a sentence end
  const words = t.split(/\s+/).length;
  return displayWidth(t) <= 100 && words <= 16;
}

/**
 * The width lines are wrapped at, or undefined for text that is not hard-wrapped (one paragraph
 * per line, as word processors export it). In hard-wrapped text, a line that does not end a
 * sentence but runs on into the next line is about as wide as the widest lines; in text with one
 * paragraph per line, lines without a full stop are headings, labels and list entries, much
 * narrower than the paragraphs.
 */
function wrapWidth(infos: Info[]): number | undefined {
  const widths = infos
    .filter((i) => i.kind !== 'table')
    .map((i) => i.width)
    .sort((a, b) => a - b);
  if (widths.length < 2) return undefined;
  const p90 = widths[Math.floor((widths.length - 1) * 0.9)]!;
  const full: number[] = [];
  let evidence = 0;
  for (let k = 1; k < infos.length; k++) {
    const prev = infos[k - 1]!;
    const cur = infos[k]!;
    if (cur.blankBefore || prev.kind === 'table' || cur.kind === 'table') continue;
    if (TERMINAL.test(prev.clean.text)) continue;
    evidence++;
    if (prev.width >= p90 * 0.7 && prev.width <= p90 * 1.1) full.push(prev.width);
  }
  if (full.length < 2 || full.length < evidence * 0.5) return undefined;
  full.sort((a, b) => a - b);
  return full[Math.floor(full.length / 2)];
}

/** What goes between two joined lines: '' (CJK, or a hyphenation removed), '-' kept, or ' '. */
function joiner(prev: string, next: string, witness: HyphenWitness): { drop: number; sep: string } {
  if (prev.endsWith('\u00ad')) return { drop: 1, sep: '' };
  const hy = /([A-Za-z]+)-$/.exec(prev);
  // a hyphen inside a web or e-mail address is never a hyphenation: www.jhkn-/pharma.com
  if (hy && /[./@]\S*-$/.test(prev.slice(prev.lastIndexOf(' ') + 1))) return { drop: 0, sep: '' };
  if (hy && /^[A-Za-z]/.test(next)) {
    const right = /^[A-Za-z]+/.exec(next)![0];
    return keepHyphen(hy[1]!, right, witness) ? { drop: 0, sep: '' } : { drop: 1, sep: '' };
  }
  if (/^[.,;:!?)\]}]/.test(next)) return { drop: 0, sep: '' };
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

/** Columns (characters and display columns) where the cells of a table line start, after the first. */
function cellStarts(raw: string): number[] {
  const cols: number[] = [];
  const expanded = raw.replace(/\t/g, '        ');
  for (const m of expanded.matchAll(/(?:[ \u3000]{2,}|\t)(?=\S)/g)) {
    const at = m.index + m[0].length;
    cols.push(at, displayWidth(expanded.slice(0, at)));
  }
  return cols;
}

/** Does `text` start with the marker that comes after `prev` ("2." after "1.")? */
function followsItem(prev: Marker | undefined, text: string): boolean {
  const m = markerAt(text);
  return (
    !!prev &&
    !!m &&
    m.style === prev.style &&
    prev.value !== undefined &&
    m.value === prev.value + 1
  );
}

/** Where the text of a list item starts after its marker: "1.    代價" → 6. */
function itemTextColumn(raw: string): number {
  const lead = /^[ \t]*/.exec(raw)![0].length;
  const marker = markerAt(raw.slice(lead));
  if (!marker) return 0;
  const after = raw.slice(lead + marker.length);
  return lead + marker.length + /^[ \t]*/.exec(after)![0].length;
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
      indent: /^[ \t\u3000]*/.exec(raw)![0].replace(/\t/g, '        ').length,
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

    const prev = infos[k - 1];
    const next = infos[k + 1];
    const apartBefore =
      !prev || cur.blankBefore || ends(prev) || prev.kind === 'heading' || prev.kind === 'table';
    if (!apartBefore || (prev?.kind === 'table' && cur.indent >= 4)) continue; // continues a cell
    if (
      prev?.kind === 'table' &&
      !cur.blankBefore &&
      !ends(prev) &&
      isDefinitionRow(prev.clean.text)
    )
      continue;
    if (prev && (prev.kind === 'list' || prev.kind === 'weak-list') && cur.indent > 0) {
      if (Math.abs(itemTextColumn(rawOf(text, prev)) - cur.indent) <= 1) continue; // hanging indent
    }
    const apartAfter = !next || next.blankBefore || next.kind === 'list' || next.kind === 'table';
    const narrow = W === undefined || cur.width < W * 0.7;
    const body = t.slice(markerAt(t)?.length ?? 0).trim();
    const hanOnly = /^[\p{Script=Han}\s\d（）()、]+$/u.test(body) && body.length <= 24;
    const looksLikeHeading = isAllCaps(body) || isTitleCase(body) || hanOnly;
    // A numbered line is a heading only when it reads like one ("1.1 Background", "2. 背景").
    if (cur.kind !== 'text' && !looksLikeHeading) continue;
    // In hard-wrapped text a short line without a full stop cannot be a wrapped line.
    const short = W !== undefined && cur.width < W * 0.6;
    const nextStarts =
      next !== undefined && /^[A-Z0-9("“「《\p{Script=Han}]/u.test(next.clean.text);
    if (apartAfter || (narrow && (looksLikeHeading || short) && nextStarts)) {
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
  let cellColumns: number[] = [];
  let definitionRow = false;
  let hangingIndent = 0;
  let itemMarker: Marker | undefined;
  const start = (info: Info, kind: BlockKind) => {
    flush();
    cellColumns = kind === 'table-row' ? cellStarts(rawOf(text, info)) : [];
    definitionRow = kind === 'table-row' && isDefinitionRow(info.clean.text);
    hangingIndent = kind === 'list-item' ? itemTextColumn(rawOf(text, info)) : 0;
    itemMarker = kind === 'list-item' ? markerAt(info.clean.text) : undefined;
    builder = new MappedTextBuilder();
    blockKind = kind;
    builder.append(info.clean);
  };

  for (const info of infos) {
    const kind = info.kind;
    let join = false;
    if (
      last &&
      builder &&
      blockKind === 'list-item' &&
      kind === 'text' &&
      !info.blankBefore &&
      hangingIndent > 0 &&
      Math.abs(info.indent - hangingIndent) <= 1
    ) {
      join = true; // the hanging indent of a list item: "1.    代價…；" / "      及"
    } else if (last && builder && blockKind === 'table-row') {
      // A hanging-indented line under a table cell continues that cell ("Business Day"  a day
      // ... on / which banks ...), as definitions tables lay out long meanings.
      // A definition wrapped at the margin (no indentation kept) continues too, until it ends.
      join =
        kind === 'text' &&
        !info.blankBefore &&
        (cellColumns.some((c) => Math.abs(c - info.indent) <= 2) ||
          (definitionRow && !ends(last) && !isDefinitionRow(info.clean.text)));
    } else if (last && builder && blockKind !== 'heading') {
      const prevText = last.clean.text;
      const nextItem =
        kind === 'weak-list' &&
        blockKind === 'list-item' &&
        (info.indent < hangingIndent || followsItem(itemMarker, info.clean.text));
      const continuing =
        kind === 'text' || (kind === 'weak-list' && !ends(last) && !info.blankBefore && !nextItem);
      if (!continuing) join = false;
      else if (/^[.,;:!?)\]}」』）》、。，；：]/u.test(info.clean.text)) {
        join = true; // a line that starts with closing punctuation belongs to the line before
      } else if (/[)）]$/.test(prevText) && /^[(（]/.test(info.clean.text) && info.indent >= 4) {
        join = false; // centred lines of an issuer block: "(... with limited liability)" "(Stock Code: 2938)"
      } else if (info.blankBefore) {
        // Across a page break only: a sentence cut by the page bottom goes on.
        join = info.softBefore && !ends(last);
      } else if (W !== undefined) {
        join = !ends(last) || last.width >= W * 0.8;
      } else {
        join =
          (startsLower(info.clean.text) && last.clean.text.split(/\s+/).length >= 3) ||
          (/\s$/.test(rawOf(text, last)) && !ends(last) && info.kind === 'text') ||
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
