/**
 * Cleaning one line of extracted text, offsets kept: letter-spaced headings collapsed
 * ("R E A S O N S  A N D" → "REASONS AND"), spaces that PDF extraction put between CJK characters
 * removed ("《中華 人民共和國 公司法》"), runs of blanks collapsed, table cells separated by a tab.
 */
import { segmentWords } from './english-words.js';
import { type MappedText, MappedTextBuilder } from './offsets.js';
import { isCjkStrict } from './script.js';

/** Gaps of 2+ blanks (not after a sentence end) or tabs between cells: a table-like line. */
export function isTableLike(line: string): boolean {
  const t = line.trim();
  if (t.includes('\t') || isDefinitionRow(t)) return true;
  if (/(?:\.{4,}|…{2,}|·{4,})\s*\d+\s*$/.test(t)) return true; // contents line with dot leaders
  const gaps = t.match(/(?<![.?!:;。？！：；])[ \u3000]{2,}(?=\S)/g);
  if (!gaps) return false;
  if (gaps.length >= 2) return true;
  // one gap: a label and a figure ("Revenue    947.2")
  return /[ \u3000]{2,}[-(]?[\d,.]+%?\)?\s*$/.test(t) && t.length < 100;
}

/**
 * A row of a definitions section: `「董事會」 指 本公司董事會`, `"Board" the board of Directors` —
 * a quoted term, then its meaning; laid out as a two-column table in the PDF.
 */
export function isDefinitionRow(t: string): boolean {
  if (/^[「『“][^」』”]{1,40}[」』”]\s*指\s/u.test(t)) return true;
  // English: the term column is followed by a gap, as in a laid-out definitions table
  return /^["“][^"”]{1,60}["”](?:[ \u3000]{2,}|\t)\S/u.test(t);
}

/** Is the line letter-spaced: mostly single characters separated by single spaces? */
function letterSpacedGroups(line: string): string[][] | undefined {
  // cheap test first: four single characters in a row, separated by single spaces
  if (!/(?:^|\s)\S \S \S \S(?:\s|$)/.test(line)) return undefined;
  const t = line.trim();
  const tokens = t.split(' ');
  const nonEmpty = tokens.filter((x) => x !== '');
  if (nonEmpty.length < 4) return undefined;
  const singles = nonEmpty.filter((x) => [...x].length === 1).length;
  const letters = nonEmpty.filter((x) => /^[A-Za-z]$/.test(x)).length;
  if (singles / nonEmpty.length < 0.8 || letters / nonEmpty.length < 0.6) return undefined;
  // Words are separated by two or more spaces (empty tokens).
  const groups: string[][] = [[]];
  for (const tok of tokens) {
    if (tok === '') {
      if (groups[groups.length - 1]!.length) groups.push([]);
    } else groups[groups.length - 1]!.push(tok);
  }
  if (!groups[groups.length - 1]!.length) groups.pop();
  return groups;
}

/** Letter-spaced headings ("R E A S O N S  F O R") are not tables despite their double spaces. */
export function isLetterSpaced(line: string): boolean {
  return letterSpacedGroups(line) !== undefined;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0';

/**
 * Clean text[start, end) (one line). `table` marks a table-like line, whose cells are joined with a
 * tab; other lines have blank runs collapsed to one space. Leading and trailing blanks are dropped.
 */
export function cleanLine(text: string, start: number, end: number, table: boolean): MappedText {
  const b = new MappedTextBuilder();
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const line = text.slice(start, end);

  const groups = table ? undefined : letterSpacedGroups(line);
  if (groups) {
    const single = groups.length === 1 ? segmentWords(groups[0]!.join('')) : undefined;
    // Walk the original characters, emitting letters and a space at each word boundary.
    let wordIndex = 0;
    let letterInWord = 0;
    const wordLengths = single ? single.map((w) => w.length) : undefined;
    let pendingSpace = -1;
    for (let i = start; i < end; i++) {
      const ch = text[i]!;
      if (ch === ' ') {
        if (!single && i + 1 < end && text[i + 1] === ' ' && pendingSpace < 0) pendingSpace = i;
        continue;
      }
      if (pendingSpace >= 0 && b.size > 0) b.insert(' ', pendingSpace);
      pendingSpace = -1;
      b.copy(text, i, i + 1);
      if (wordLengths) {
        letterInWord++;
        if (letterInWord === wordLengths[wordIndex] && wordIndex < wordLengths.length - 1) {
          wordIndex++;
          letterInWord = 0;
          pendingSpace = i + 1;
        }
      }
    }
    return b.build();
  }

  let i = start;
  while (i < end) {
    const ch = text[i]!;
    if (!isSpace(ch) && ch !== '\u3000') {
      b.copy(text, i, i + 1);
      i++;
      continue;
    }
    let j = i;
    while (j < end && (isSpace(text[j]) || text[j] === '\u3000')) j++;
    const run = text.slice(i, j);
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(j);
    if (table && (run.length >= 2 || run.includes('\t'))) {
      b.insert('\t', i);
    } else if (
      !table &&
      !run.includes('\t') &&
      !run.includes('\u3000') &&
      run.length <= 2 &&
      isCjkStrict(before) &&
      isCjkStrict(after)
    ) {
      // a space PDF extraction put between two CJK characters: drop it
    } else if (run === ' ') {
      b.copy(text, i, j);
    } else {
      b.insert(' ', i);
    }
    i = j;
  }
  return b.build();
}
