// Typesetting plain text into the small PDF pages of pdf-writer.mjs, the way filings look:
// a running header on every page, the page number centred in the footer, paragraphs wrapped at
// the page width (English justified and hyphenated, Chinese broken between characters with the
// usual line-start/line-end rules), space between paragraphs, bold headings, tables with cells
// at fixed positions. Also a two-column page and a table page for the reader's layout tests.
import { isLatin, measure, PdfDocument } from './pdf-writer.mjs';

const isCjk = (ch) => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(ch);
// Chinese typesetting: these never start a line, those never end one.
const NO_START = new Set([...'，。、；：？！）」』》〉】〕％,.;:?!)]%']);
const NO_END = new Set([...'（「『《〈【〔(']);

/** Break a paragraph into units: Latin words, single CJK characters, spaces. */
function units(text) {
  const out = [];
  const chars = [...text];
  for (let i = 0; i < chars.length;) {
    const ch = chars[i];
    if (ch === ' ') {
      out.push({ text: ' ', space: true });
      i++;
    } else if (isCjk(ch) || !isLatin(ch)) {
      out.push({ text: ch, cjk: true });
      i++;
    } else {
      let j = i;
      while (j < chars.length && chars[j] !== ' ' && isLatin(chars[j]) && !isCjk(chars[j])) j++;
      out.push({ text: chars.slice(i, j).join('') });
      i = j;
    }
  }
  // Keep punctuation with its neighbour: closing marks join the unit before, opening the one after.
  const merged = [];
  for (const u of out) {
    const prev = merged[merged.length - 1];
    if (
      prev &&
      !prev.space &&
      !u.space &&
      (NO_START.has(u.text[0]) || NO_END.has(prev.text.at(-1)))
    )
      prev.text += u.text;
    else merged.push({ ...u });
  }
  return merged;
}

const V = /[aeiouy]/;
const C = /[bcdfghjklmnpqrstvwxz]/;
/**
 * Where a word may be hyphenated, rightmost first: between two consonants with vowels around
 * them (VC-CV) or before a consonant-vowel (V-CV); 3+ letters on each side.
 */
function hyphenPoints(word) {
  const points = [];
  const m = /^([a-z]{8,})[,.;:]?$/.exec(word);
  if (!m) return points;
  const w = m[1];
  for (let p = w.length - 3; p >= 3; p--) {
    const vccv = V.test(w[p - 2]) && C.test(w[p - 1]) && C.test(w[p]) && V.test(w[p + 1]);
    const vcv = V.test(w[p - 1]) && C.test(w[p]) && V.test(w[p + 1]);
    if ((vccv || vcv) && w[p - 1] !== w[p - 2]) points.push(p);
  }
  return points;
}

/**
 * Wrap one paragraph to `width` points. Returns lines as {text, full}: `full` lines are filled
 * (justified in English), the last line is not.
 */
export function wrap(text, width, size, { bold = false, hyphenate = false } = {}) {
  const lines = [];
  let line = '';
  const w = (s) => measure(s, size, bold);
  const push = (full) => {
    lines.push({ text: line.trimEnd(), full });
    line = '';
  };
  const queue = units(text);
  while (queue.length) {
    const u = queue.shift();
    if (u.space) {
      if (line) line += ' ';
      continue;
    }
    if (w(line + u.text) <= width || !line.trim()) {
      line += u.text;
      continue;
    }
    // Does not fit: an existing hyphen, or a hyphenation point, may still put part on this line.
    let split;
    const hy = u.text.indexOf('-');
    if (hy > 0 && hy < u.text.length - 1 && w(line + u.text.slice(0, hy + 1)) <= width)
      split = [u.text.slice(0, hy + 1), u.text.slice(hy + 1)];
    else if (hyphenate && !u.cjk && width - w(line) > width * 0.12) {
      const p = hyphenPoints(u.text).find((q) => w(`${line}${u.text.slice(0, q)}-`) <= width);
      if (p) split = [`${u.text.slice(0, p)}-`, u.text.slice(p)];
    }
    if (split) {
      line += split[0];
      queue.unshift({ text: split[1] });
    } else queue.unshift(u);
    push(true);
  }
  if (line.trim()) push(false);
  return lines;
}

const TERMINAL = /[.:;!?。：；！？)）]$/u;

/** A block that is a heading: one short line without final punctuation. */
const isHeading = (block) =>
  block.length === 1 &&
  !block[0].includes('\t') &&
  block[0].length < 80 &&
  !TERMINAL.test(block[0]);

/**
 * Lay `text` (paragraphs separated by blank lines, a tab between table cells) out on pages.
 * Options: cjk 'tc'|'sc', header (running header text), size, leading, gap (extra space
 * between paragraphs), hyphenate, justify (English lines; default true), centred (how many
 * blocks after the first to centre), width, height, encrypt (see PdfDocument).
 */
export function layoutText(text, options = {}) {
  const {
    cjk = 'tc',
    header = '',
    size = 9,
    leading = 12,
    gap = 7,
    hyphenate = true,
    centred = 0,
    justify = true,
    width = 420,
    height = 595,
    encrypt,
  } = options;
  const doc = new PdfDocument({ width, height, cjk, encrypt });
  const left = 42;
  const right = width - 42;
  const top = height - 62;
  const bottom = 56;
  let page;
  let y;
  const newPage = () => {
    page = doc.addPage();
    const n = doc.pages.length;
    if (header) page.text(left, height - 34, header, { size: 7 });
    page.rule(left, height - 40, right);
    const folio = `– ${n} –`;
    page.text((width - measure(folio, 8)) / 2, 30, folio, { size: 8 });
    y = top;
  };
  newPage();

  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.split('\n').filter((l) => l.trim()))
    .filter((b) => b.length);
  blocks.forEach((block, bi) => {
    if (y < top) y -= gap;
    const heading = isHeading(block);
    const centre = bi > 0 && bi <= centred;
    const rows = [];
    for (const line of block) {
      if (line.includes('\t')) {
        rows.push({ cells: line.split('\t') });
        continue;
      }
      const bold = heading || centre;
      const lines = wrap(line, right - left, size, { bold, hyphenate: hyphenate && !centre });
      for (const l of lines) rows.push({ ...l, bold });
    }
    // Keep a heading with the first lines of what follows.
    const need = heading ? leading * 3 : leading;
    if (y - need < bottom) newPage();
    for (const row of rows) {
      if (y < bottom) newPage();
      if (row.cells) {
        const [label, ...figures] = row.cells;
        page.text(left, y, label, { size });
        figures.forEach((f, i) => {
          const edge = right - (figures.length - 1 - i) * 64;
          page.text(edge - measure(f, size), y, f, { size });
        });
      } else if (centre) {
        page.text((width - measure(row.text, size, true)) / 2, y, row.text, { size, bold: true });
      } else {
        const spaces = row.text.split(' ').length - 1;
        const slack = right - left - measure(row.text, size, row.bold);
        const stretch = justify && row.full && spaces > 0;
        page.text(left, y, row.text, {
          size,
          bold: row.bold,
          wordSpacing: stretch ? slack / spaces : 0,
        });
      }
      y -= leading;
    }
  });
  return doc;
}

/**
 * A page (added to `doc`) with a full-width title, then two columns of paragraphs and a folio.
 * The content stream draws the columns interleaved, line by line, as some generators do, so only
 * the geometry gives the reading order.
 */
export function twoColumnPage(doc, title, leftParas, rightParas, options = {}) {
  const { size = 9, leading = 12, gap = 6, folio = 1 } = options;
  const { width, height } = doc;
  const page = doc.addPage();
  const left = 50;
  const colWidth = (width - 2 * left - 24) / 2;
  page.text(left, height - 70, title, { size: 12, bold: true });
  const column = (paras) => {
    const out = [];
    let y = height - 100;
    for (const p of paras) {
      for (const l of wrap(p, colWidth, size)) {
        out.push({ ...l, y });
        y -= leading;
      }
      y -= gap;
    }
    return out;
  };
  const a = column(leftParas);
  const b = column(rightParas);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    for (const [col, x] of [
      [a, left],
      [b, left + colWidth + 24],
    ]) {
      const l = col[i];
      if (!l) continue;
      const spaces = l.text.split(' ').length - 1;
      const slack = colWidth - measure(l.text, size);
      const stretch = l.full && spaces > 0 && !/\p{Script=Han}/u.test(l.text);
      page.text(x, l.y, l.text, { size, wordSpacing: stretch ? slack / spaces : 0 });
    }
  }
  const f = `– ${folio} –`;
  page.text((width - measure(f, 8)) / 2, 40, f, { size: 8 });
  return page;
}

/** A page with a paragraph, a ruled table (header row, label column, figure columns), a paragraph. */
export function tablePage(before, rows, after, options = {}) {
  const { size = 9, leading = 14, width = 595, height = 842 } = options;
  const doc = new PdfDocument({ width, height, cjk: options.cjk ?? 'tc' });
  const page = doc.addPage();
  const left = 60;
  const right = width - 60;
  let y = height - 80;
  for (const l of wrap(before, right - left, size)) {
    page.text(left, y, l.text, { size });
    y -= 12;
  }
  y -= 14;
  rows.forEach((cells, r) => {
    page.rule(left, y + leading - 3, right);
    const [label, ...figures] = cells;
    page.text(left + 4, y, label, { size, bold: r === 0 });
    figures.forEach((f, i) => {
      const edge = right - 4 - (figures.length - 1 - i) * 90;
      page.text(edge - measure(f, size, r === 0), y, f, { size, bold: r === 0 });
    });
    y -= leading;
  });
  page.rule(left, y + leading - 3, right);
  y -= 18;
  for (const l of wrap(after, right - left, size)) {
    page.text(left, y, l.text, { size });
    y -= 12;
  }
  return doc;
}
