/**
 * An English word list (the `word-list` package, ~275,000 words) for hyphenation at line ends and
 * letter-spaced headings in PDF text. The build sorts it into build/data/en-words.txt, which is
 * searched in place by binary search: loading costs one file read, not a Set of 275,000 strings.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { buildDataPath, hasBuildData } from '../paths.js';

let sorted: { text: string; starts: Int32Array } | undefined;
let fallback: Set<string> | undefined;

function load(): void {
  if (sorted || fallback) return;
  if (!hasBuildData('en-words.txt')) {
    fallback = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
    return;
  }
  const text = readFileSync(buildDataPath('en-words.txt'), 'utf8');
  const starts: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0 && i < text.length - 1; i = text.indexOf('\n', i + 1)) {
    starts.push(i + 1);
  }
  sorted = { text, starts: Int32Array.from(starts) };
}

function lineAt(k: number): string {
  const { text, starts } = sorted!;
  return text.slice(starts[k]!, (k + 1 < starts.length ? starts[k + 1]! : text.length) - 1);
}

export function isEnglishWord(word: string): boolean {
  load();
  const w = word.toLowerCase();
  if (!sorted) return fallback!.has(w);
  let lo = 0;
  let hi = sorted.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const line = lineAt(mid);
    if (line === w) return true;
    if (line < w) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Split a run of letters with no spaces ("REASONSANDBENEFITS") into English words, preferring
 * long words (sum of squared lengths); undefined when no split into known words exists.
 */
export function segmentWords(letters: string): string[] | undefined {
  const lower = letters.toLowerCase();
  const n = lower.length;
  if (n > 200) return undefined;
  const best: (number | undefined)[] = new Array(n + 1).fill(undefined);
  const back: number[] = new Array(n + 1).fill(-1);
  best[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - 24); start < end; start++) {
      const prev = best[start];
      if (prev === undefined) continue;
      const w = lower.slice(start, end);
      if (w.length === 1 && w !== 'a' && w !== 'i') continue;
      if (!isEnglishWord(w)) continue;
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
