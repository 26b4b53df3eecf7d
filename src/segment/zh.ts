/**
 * Chinese sentence boundaries inside one block: after 。！？ (and ASCII ! ? before Chinese text),
 * with the closing quotes and brackets that follow them; never inside 《》 「」 『』 “” that close in
 * the block; …… and —— never cut; ； only when asked. Traditional and Simplified alike.
 * Returns [start, end) ranges in block coordinates, white space trimmed.
 */
import { rangesFromCuts } from './ranges.js';

const OPEN_CLOSE: Record<string, string> = {
  '《': '》',
  '「': '」',
  '『': '』',
  '“': '”',
  '〈': '〉',
};
const CLOSERS = new Set([...'」』”’）)】〕〉》\'"']);

function protectedSpans(text: string): Uint8Array {
  const inside = new Uint8Array(text.length);
  const stack: { close: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const close = OPEN_CLOSE[ch];
    if (close) {
      stack.push({ close, at: i });
      continue;
    }
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k]!.close === ch) {
        inside.fill(1, stack[k]!.at + 1, i);
        stack.length = k;
        break;
      }
    }
  }
  return inside;
}

export interface ZhOptions {
  /** also end a sentence at ；(full-width semicolon) */
  semicolon?: boolean;
}

export function splitChinese(text: string, options: ZhOptions = {}): [number, number][] {
  const inside = protectedSpans(text);
  const terminal = options.semicolon ? '。！？；!?' : '。！？!?';
  const cuts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!terminal.includes(ch) || inside[i]) continue;
    let j = i;
    while (j < text.length && terminal.includes(text[j]!)) j++;
    // ASCII ! and ? end a sentence only before Chinese, a blank or the end ("http://x/?q=1" does not).
    if ((ch === '!' || ch === '?') && j < text.length && /[\w=&/.%]/.test(text[j]!)) {
      i = j - 1;
      continue;
    }
    while (j < text.length && CLOSERS.has(text[j]!)) j++;
    if (j < text.length) cuts.push(j);
    i = j - 1;
  }
  return rangesFromCuts(text, cuts);
}
