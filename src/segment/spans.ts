/**
 * Where no sentence may end: inside a bracket or a quotation that closes within the block
 * ("(He previously worked for 5 years as an engineer.) at", "'Well!' thought Alice, 'after such a
 * fall … stairs! How brave …!'"). The terminal punctuation right before the closing mark stays a
 * candidate, so `"This is great." She held` still ends after the quote.
 */

export interface SpanPairs {
  /** opening → closing characters that always pair (brackets, CJK quotes) */
  pairs: Record<string, string>;
  /** quote characters that are both opening and closing (straight quotes): judged by context */
  symmetric?: string;
  /** longest protected span, in code units */
  maxLength: number;
}

const TERMINAL = '.!?…。！？';

/** Is the symmetric quote at `i` opening (after a blank or bracket, before a letter)? */
function opens(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return (
    (before === undefined || /[\s([{“‘—–-]/.test(before)) &&
    after !== undefined &&
    /[\p{L}\p{N}$(]/u.test(after)
  );
}

/** Is it closing (after a letter or punctuation, before a blank, punctuation or the end)? */
function closes(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return (
    before !== undefined &&
    /[\p{L}\p{N}.!?,;:…)\]]/u.test(before) &&
    (after === undefined || /[\s.,;:!?)\]—–-]/.test(after))
  );
}

export function quietSpans(text: string, spec: SpanPairs): Uint8Array {
  const quiet = new Uint8Array(text.length);
  const closers = new Set(Object.values(spec.pairs));
  const stack: { close: string; at: number }[] = [];
  const protect = (from: number, to: number) => {
    if (to - from > spec.maxLength) return;
    let end = to;
    while (end > from + 1 && TERMINAL.includes(text[end - 1]!)) end--;
    quiet.fill(1, from + 1, end);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (spec.symmetric?.includes(ch)) {
      const top = stack[stack.length - 1];
      if (top && top.close === ch && closes(text, i)) {
        stack.pop();
        protect(top.at, i);
      } else if (opens(text, i)) stack.push({ close: ch, at: i });
      continue;
    }
    const close = spec.pairs[ch];
    if (close) {
      stack.push({ close, at: i });
      continue;
    }
    if (!closers.has(ch)) continue;
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k]!.close === ch) {
        protect(stack[k]!.at, i);
        stack.length = k;
        break;
      }
    }
  }
  return quiet;
}
