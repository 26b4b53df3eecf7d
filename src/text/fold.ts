/**
 * Folding for matching and comparison only; output text is never folded.
 * Full-width ASCII forms become ASCII, ideographic and no-break spaces become spaces,
 * U+FE52 SMALL FULL STOP (a decimal point in HK financial text) becomes '.'.
 * Every fold here maps one code unit to one code unit, so offsets carry over unchanged.
 */

export function foldWidthChar(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  switch (code) {
    case 0x3000: // ideographic space
    case 0x00a0: // no-break space
    case 0x2002:
    case 0x2003:
    case 0x2009: // thin space
    case 0x202f: // narrow no-break space
      return 0x20;
    case 0xfe52: // ﹒ small full stop
      return 0x2e;
    case 0xfe50: // ﹐ small comma
      return 0x2c;
    case 0x2212: // − minus sign
      return 0x2d;
    default:
      return code;
  }
}

/** Full-width/half-width folding; the result has the same length as the input. */
export function foldWidth(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = foldWidthChar(c);
    if (f !== c) changed = true;
    out += String.fromCharCode(f);
  }
  return changed ? out : text;
}
