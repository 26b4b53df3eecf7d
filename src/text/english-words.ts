/**
 * An English word list (the `word-list` package, ~275,000 words), loaded on first use only:
 * for hyphenation at line ends and for letter-spaced headings in PDF text.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | undefined;

export function englishWords(): Set<string> {
  if (!words) words = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words;
}

export function isEnglishWord(word: string): boolean {
  return englishWords().has(word.toLowerCase());
}

/**
 * Split a run of letters with no spaces ("REASONSANDBENEFITS") into English words, preferring
 * long words (sum of squared lengths); undefined when no split into known words exists.
 */
export function segmentWords(letters: string): string[] | undefined {
  const lower = letters.toLowerCase();
  const n = lower.length;
  if (n > 200) return undefined;
  const dict = englishWords();
  const best: (number | undefined)[] = new Array(n + 1).fill(undefined);
  const back: number[] = new Array(n + 1).fill(-1);
  best[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - 24); start < end; start++) {
      const prev = best[start];
      if (prev === undefined) continue;
      const w = lower.slice(start, end);
      if (w.length === 1 && w !== 'a' && w !== 'i') continue;
      if (!dict.has(w)) continue;
      const score = prev + w.length * w.length;
      if (best[end] === undefined || score > best[end]!) {
        best[end] = score;
        back[end] = start;
      }
    }
  }
  if (best[n] === undefined) return undefined;
  const out: string[] = [];
  for (let end = n; end > 0; end = back[end]!) out.unshift(letters.slice(back[end]!, end));
  return out;
}
