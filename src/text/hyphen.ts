/**
 * Is a hyphen at the end of a line a real hyphenation ("acqui-/sition" → "acquisition") or part of
 * a hyphenated word ("non-/executive" → "non-executive")? The document itself is the best witness,
 * then a list of prefixes filings keep hyphenated, then an English word list.
 */
import { isEnglishWord } from './english-words.js';

const KEEP_PREFIXES = new Set([
  'non',
  'self',
  'ex',
  'co',
  'cross',
  'well',
  'anti',
  'semi',
  'quasi',
  'pro',
  'vice',
  'all',
  'half',
  'full',
  'long',
  'short',
  'high',
  'low',
  'year',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'first',
  'second',
  'third',
  'mid',
  'post',
  'pre',
]);

export type HyphenWitness = (form: string) => boolean;

/**
 * `left` is the word fragment before the hyphen, `right` the fragment starting the next line.
 * `seen(form)` tells whether `form` occurs as a word elsewhere in the document.
 */
export function keepHyphen(left: string, right: string, seen: HyphenWitness): boolean {
  if (/^[A-Z]/.test(right) || /\d/.test(left + right)) return true;
  if (seen(`${left}-${right}`)) return true;
  if (seen(`${left}${right}`)) return false;
  const l = left.toLowerCase();
  if (KEEP_PREFIXES.has(l)) return true;
  if (isEnglishWord(left + right)) return false;
  if (isEnglishWord(left) && isEnglishWord(right)) return true;
  return false;
}

/**
 * A witness over the whole text: the set of its words and hyphenated words (lower case), built
 * once on first use.
 */
export function documentWitness(text: string): HyphenWitness {
  let words: Set<string> | undefined;
  return (form: string) => {
    if (!words) {
      words = new Set();
      for (const m of text.toLowerCase().matchAll(/[a-z]+(?:-[a-z]+)*/g)) {
        words.add(m[0]);
        if (m[0].includes('-')) for (const part of m[0].split('-')) words.add(part);
      }
    }
    return words.has(form.toLowerCase());
  };
}
