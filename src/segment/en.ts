/**
 * English sentence boundaries inside one block. Candidate boundaries are runs of . ! ? … (with the
 * closing quotes and brackets after them) followed by white space; each candidate is then judged
 * by the word before it (abbreviation, initial, number, list marker) and the word after it.
 * Returns [start, end) ranges in block coordinates, white space trimmed.
 */

import { isCjkStrict } from '../text/script.js';
import { BEFORE_NUMBER, NEVER_FINAL, SENTENCE_STARTERS, SOMETIMES_FINAL } from './abbreviations.js';
import { inlineListCuts } from './inline-lists.js';
import { markerAt } from './markers.js';
import { rangesFromCuts } from './ranges.js';
import { quietSpans } from './spans.js';

const CLOSERS = new Set([...'"\'”’)]}」』）】〕»']);
const OPENERS = /^["'“‘([{「『（【«]+/u;
const LEADERS = /^["'“‘([{「『（【«•●■◆▪⁃·]+/u;

const QUIET = {
  pairs: { '(': ')', '[': ']', '（': '）', '“': '”', '‘': '’' },
  symmetric: '"\'',
  maxLength: 600,
};

/** The word starting at `i` (after white space), up to the next blank. */
function wordAt(text: string, i: number): string {
  let j = i;
  while (j < text.length && !/\s/.test(text[j]!)) j++;
  return text.slice(i, j);
}

/**
 * The token ending just before `i` (back to the previous blank, but not before `from`), opening
 * quotes, brackets and bullets removed.
 */
function tokenBefore(text: string, i: number, from = 0): { word: string; start: number } {
  let j = i;
  while (j > from && !/\s/.test(text[j - 1]!)) j--;
  const raw = text.slice(j, i);
  const lead = LEADERS.exec(raw)?.[0].length ?? 0;
  return { word: raw.slice(lead), start: j + lead };
}

function isStarter(next: string): boolean {
  const bare = next
    .replace(OPENERS, '')
    .replace(/[^A-Za-z'’]+$/, '')
    .replace(/['’](?:s|m|re|ve|ll|d|t)$/, '');
  return SENTENCE_STARTERS.has(bare.toLowerCase()) && /^[A-Z]/.test(bare);
}

/** Does the text after a candidate boundary look like the start of a new sentence? */
function startsSentence(next: string): boolean {
  // "... the house!' (Which was very likely true.)": an aside in brackets stays with its sentence
  if (/^[(（]/.test(next) && !markerAt(next)) return false;
  const c = next.replace(OPENERS, '');
  if (c === '') return /^["'“‘([]/.test(next);
  const code = c.charCodeAt(0);
  return /^[A-Z0-9]/.test(c) || isCjkStrict(code) || /^[•●■◆▪⁃$€£¥]/.test(c) || !!markerAt(next);
}

/** Is `word` (the token before a period) the first token of the sentence starting at `sentStart`? */
function isFirstToken(text: string, sentStart: number, wordStart: number): boolean {
  return /^[\s•●■◆▪⁃·\-–—]*$/u.test(text.slice(sentStart, wordStart));
}

export function splitEnglish(text: string): [number, number][] {
  const inside = quietSpans(text, QUIET);
  const listCuts = new Set(inlineListCuts(text));
  const cuts: number[] = [];
  let sentStart = 0;

  for (let i = 0; i < text.length; i++) {
    if (listCuts.has(i) && i > sentStart) {
      cuts.push(i);
      sentStart = i;
    }
    const ch = text[i]!;
    if (!'.!?…。！？'.includes(ch) && !(ch === '．' && !/\d/.test(text[i - 1] ?? ''))) continue;
    if (inside[i]) continue;
    if (ch === '．') {
      cuts.push(i + 1);
      sentStart = i + 1;
      continue;
    }

    // The terminal run: dots (possibly spaced ". . ."), ! ? … in any mix.
    let j = i;
    let dots = 0;
    let spaced = false;
    while (j < text.length) {
      const c = text[j]!;
      if (c === '.') dots++;
      if ('.!?…。！？'.includes(c)) j++;
      else if (c === ' ' && text[j + 1] === '.' && (text[j - 1] === '.' || text[j - 1] === ' ')) {
        spaced = true;
        j++;
      } else break;
    }
    const runEnd = j;
    while (j < text.length && CLOSERS.has(text[j]!)) j++;
    const afterClosers = j;
    if (j < text.length && !/\s/.test(text[j]!)) {
      // No blank after the run ("U.S.A.", "3.5", "example.com", "...see"): not a boundary,
      // except after Chinese terminators, which need no space, and words run together by
      // extraction ("world.Today", "1,000.That").
      if (gluedSentence(text, i, j)) {
        cuts.push(j);
        sentStart = j;
      } else if (!'。！？'.includes(text[runEnd - 1]!)) {
        i = runEnd - 1;
        continue;
      }
    }
    while (j < text.length && /\s/.test(text[j]!)) j++;
    if (j >= text.length) break; // end of block
    const next = wordAt(text, j);
    const attached = i > 0 && !/\s/.test(text[i - 1]!);
    const onlyDots = /^[.\s]+$/.test(text.slice(i, runEnd));
    let cut: number | undefined;

    if ('。！？'.includes(text[runEnd - 1]!)) {
      cut = afterClosers;
    } else if (!onlyDots) {
      // ! and ?: "Hello!! Long time", but "Yahoo! in the"
      if (startsSentence(next)) cut = afterClosers;
    } else if (!attached) {
      // ". . ." standing alone is an ellipsis inside a sentence; ". . . ." ends one.
      if (dots >= 4 && startsSentence(next)) cut = afterClosers;
    } else if (spaced) {
      // "compounds. . . . The practice": the first dot ends the sentence, the ellipsis starts the next.
      if (startsSentence(next)) cut = i + 1;
    } else if (dots >= 2 || ch === '…') {
      if (startsSentence(next) && !/^[a-z]/.test(next)) cut = afterClosers;
    } else {
      cut = periodBoundary(text, i, next, sentStart) ? afterClosers : undefined;
    }
    if (cut !== undefined && cut > sentStart) {
      cuts.push(cut);
      sentStart = cut;
      while (sentStart < text.length && /\s/.test(text[sentStart]!)) sentStart++;
    }
    i = Math.max(i, runEnd - 1);
  }

  return rangesFromCuts(text, cuts);
}

/**
 * "Hello world.Today is", "bought 1,000.That is": a period between a lower-case word (or a
 * number) and a capitalised word with no blank between them, outside URLs, e-mail addresses
 * and abbreviations.
 */
function gluedSentence(text: string, i: number, j: number): boolean {
  if (text[i] !== '.' || j !== i + 1) return false;
  const before = tokenBefore(text, i).word;
  const after = wordAt(text, j);
  if (/[@/:]|www\./i.test(before + after)) return false;
  const lowerWord =
    /^[A-Za-z]*[a-z]{2,}$/.test(before) && !SOMETIMES_FINAL.has(before.toLowerCase());
  const number = /^[$€£¥]?\d[\d,]*(?:\.\d+)?%?$/.test(before);
  if (!lowerWord && !number) return false;
  if (NEVER_FINAL.has(before.toLowerCase()) || BEFORE_NUMBER.has(before.toLowerCase()))
    return false;
  return /^[A-Z][a-z]+/.test(after);
}

/** Does the single period at `i` end a sentence, given the following word `next`? */
function periodBoundary(text: string, i: number, next: string, sentStart: number): boolean {
  if (/^[a-z]/.test(next.replace(OPENERS, ''))) return !!markerAt(next) && /^\(/.test(next);
  const { word, start } = tokenBefore(text, i, sentStart);
  const key = word.toLowerCase();
  const first = isFirstToken(text, sentStart, start);

  // A list marker opening the sentence: "1. The first item", "a. The first item".
  if (first && /^(?:\d{1,2}|[A-Za-z]|[ivxIVX]{1,4})$/.test(word)) return false;
  if (NEVER_FINAL.has(key)) return false;
  if (BEFORE_NUMBER.has(key) && /^[\d(#]/.test(next)) return false;
  if (/^[\d(]/.test(next) && SOMETIMES_FINAL.has(key)) return false;
  // "at 6 p.m. Travelers who", but "at 5 a.m. Mr. Smith went"
  if (key === 'a.m' || key === 'p.m')
    return /^[A-Z]/.test(next) && !NEVER_FINAL.has(next.replace(/\.$/, '').toLowerCase());
  // Initials and initialisms: "Jonas E. Smith", "U.S. Government", but "in the U.S. How".
  if (/^[A-Za-z]$/.test(word) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) {
    return isStarter(next) || !!markerAt(next);
  }
  if (SOMETIMES_FINAL.has(key) || BEFORE_NUMBER.has(key))
    return isStarter(next) || !!markerAt(next);
  return startsSentence(next);
}
