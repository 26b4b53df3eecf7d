/**
 * Roman numerals both ways: the value of one as written (iv → 4), for list markers and
 * references, and the lower-case numeral of a number (4 → iv), for numbering labels.
 */

const VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** The value of a Roman numeral in either case (`iv`, `XIV`); undefined when it is not one. */
export function romanValue(s: string): number | undefined {
  const t = s.toLowerCase();
  if (!/^[ivxlcdm]+$/.test(t)) return undefined;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = VALUES[t[i]!]!;
    const next = VALUES[t[i + 1]!] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const NUMERALS: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** The lower-case Roman numeral of a positive number: 4 → iv, 1999 → mcmxcix ('' for 0). */
export function romanNumeral(n: number): string {
  let s = '';
  for (const [v, r] of NUMERALS) {
    while (n >= v) {
      s += r;
      n -= v;
    }
  }
  return s;
}
