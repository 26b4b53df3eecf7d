/**
 * Exact decimals for amounts read from filings: value = digits × 10^-scale, with bigint digits,
 * so "947.2 million" and "9.472億" compare exactly (no floats anywhere). Values are normalised
 * (no trailing zeros after the point, scale ≥ 0), so equal values have equal fields.
 *
 * Precision is kept apart from the value, as the exponent of the unit of the last digit shown:
 * "947.2 million" has precision 5 (±0.5 × 10^5), "9.47億" precision 6, "1,075" precision 0.
 */

export interface Decimal {
  readonly digits: bigint;
  readonly scale: number;
}

const POW10: bigint[] = [];
for (let i = 0, p = 1n; i <= 40; i++, p *= 10n) POW10.push(p);

/** 10^n as a bigint (n ≥ 0). */
export function pow10(n: number): bigint {
  return n <= 40 ? POW10[n]! : 10n ** BigInt(n);
}

/** digits × 10^-scale, normalised. */
export function decimal(digits: bigint, scale = 0): Decimal {
  if (scale < 0) return { digits: digits * pow10(-scale), scale: 0 };
  if (digits === 0n) return ZERO;
  while (scale > 0 && digits % 10n === 0n) {
    digits /= 10n;
    scale--;
  }
  return { digits, scale };
}

export const ZERO: Decimal = { digits: 0n, scale: 0 };
export const ONE: Decimal = { digits: 1n, scale: 0 };
const TWO: Decimal = { digits: 2n, scale: 0 };

const DECIMAL_TEXT = /^([-+]?)(\d[\d,]*)?(?:\.(\d+))?$/;

/** "1,234.50", "-12.5", ".5" → Decimal; undefined for anything else. Commas are dropped. */
export function parseDecimal(text: string): Decimal | undefined {
  const m = DECIMAL_TEXT.exec(text);
  if (!m || (m[2] === undefined && m[3] === undefined)) return undefined;
  const int = m[2] === undefined ? '0' : m[2].includes(',') ? m[2].replace(/,/g, '') : m[2];
  const frac = m[3] ?? '';
  const d = decimal(BigInt(int + frac), frac.length);
  return m[1] === '-' ? negate(d) : d;
}

/** Digits shown after the decimal point in a written number ("947.2" → 1, "1,075" → 0). */
export function fractionDigits(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** d × 10^k (k may be negative). */
export function shift(d: Decimal, k: number): Decimal {
  if (k === 0 || d.digits === 0n) return d;
  return decimal(d.digits, d.scale - k);
}

function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  if (a.scale === b.scale) return [a.digits, b.digits, a.scale];
  if (a.scale > b.scale) return [a.digits, b.digits * pow10(a.scale - b.scale), a.scale];
  return [a.digits * pow10(b.scale - a.scale), b.digits, b.scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, s] = aligned(a, b);
  return decimal(x + y, s);
}

export function sub(a: Decimal, b: Decimal): Decimal {
  const [x, y, s] = aligned(a, b);
  return decimal(x - y, s);
}

export function mul(a: Decimal, b: Decimal): Decimal {
  return decimal(a.digits * b.digits, a.scale + b.scale);
}

export function negate(d: Decimal): Decimal {
  return d.digits === 0n ? d : { digits: -d.digits, scale: d.scale };
}

export function abs(d: Decimal): Decimal {
  return d.digits < 0n ? negate(d) : d;
}

export function isZero(d: Decimal): boolean {
  return d.digits === 0n;
}

export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function equals(a: Decimal, b: Decimal): boolean {
  return a.digits === b.digits && a.scale === b.scale;
}

/** Canonical text: "947200000", "0.035", "-12.5". */
export function toPlain(d: Decimal): string {
  const neg = d.digits < 0n;
  let s = (neg ? -d.digits : d.digits).toString();
  if (d.scale > 0) {
    if (s.length <= d.scale) s = '0'.repeat(d.scale - s.length + 1) + s;
    s = `${s.slice(0, s.length - d.scale)}.${s.slice(s.length - d.scale)}`;
  }
  return neg ? `-${s}` : s;
}

/**
 * True when a (shown to precision pa) and b (shown to precision pb) can be the same value: the
 * finer one rounds (half up, away from zero) to the coarser one at the coarser precision
 * 10^max(pa, pb). "947.2 million" (947,200,000, p 5) and "9.47億" (947,000,000, p 6) are equal;
 * 12.5 (p -1) matches 13 (p 0) but not 12.
 */
export function equalWithin(a: Decimal, pa: number, b: Decimal, pb: number): boolean {
  let [coarse, fine] = pa >= pb ? [a, b] : [b, a];
  if (coarse.digits < 0n || (coarse.digits === 0n && fine.digits < 0n)) {
    coarse = negate(coarse);
    fine = negate(fine);
  }
  const unit = decimal(1n, -Math.max(pa, pb));
  // −unit ≤ 2 × (fine − coarse) < unit
  const twice = mul(sub(fine, coarse), TWO);
  return compare(twice, negate(unit)) >= 0 && compare(twice, unit) < 0;
}
