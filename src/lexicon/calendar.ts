/**
 * Calendar arithmetic for dates and periods in filings: ISO formatting, month lengths, the first
 * day of a period of n months ending on a day ("six months ended 30 June 2024" → 2024-01-01),
 * halves, quarters and fiscal years. Proleptic Gregorian, integers only.
 */

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function iso(y: number, m: number, d: number): string {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** '--MM-DD': a day of a month with no year (ISO 8601 recurring form). */
export function isoMonthDay(m: number, d: number): string {
  return `--${pad2(m)}-${pad2(d)}`;
}

export function monthRange(y: number, m: number): [string, string] {
  return [iso(y, m, 1), iso(y, m, daysInMonth(y, m))];
}

/** Months counted from year 0, for arithmetic. */
const monthIndex = (y: number, m: number): number => y * 12 + (m - 1);

/**
 * First day of the period of `months` months ending on y-m-d. Ends on a month end give whole
 * months (30 June, 6 → 1 January); other ends give the day after the same day `months` earlier.
 */
export function periodStart(y: number, m: number, d: number, months: number): string {
  const k = monthIndex(y, m) - months;
  if (d === daysInMonth(y, m)) {
    const k1 = k + 1;
    return iso(Math.floor(k1 / 12), (k1 % 12) + 1, 1);
  }
  const sy = Math.floor(k / 12);
  const sm = (k % 12) + 1;
  const sd = Math.min(d, daysInMonth(sy, sm)) + 1;
  return sd > daysInMonth(sy, sm)
    ? iso(sm === 12 ? sy + 1 : sy, sm === 12 ? 1 : sm + 1, 1)
    : iso(sy, sm, sd);
}

/** Months m1..m2 of year y (2024年1-6月, Q2, H1). */
export function monthsRange(y: number, m1: number, m2: number): [string, string] {
  return [iso(y, m1, 1), iso(y, m2, daysInMonth(y, m2))];
}

export function halfRange(y: number, half: 1 | 2): [string, string] {
  return half === 1 ? monthsRange(y, 1, 6) : monthsRange(y, 7, 12);
}

export function quarterRange(y: number, q: number): [string, string] {
  return monthsRange(y, q * 3 - 2, q * 3);
}

/** Two- or four-digit year after a slash or in FY23 → four digits, near `base` when given. */
export function fullYear(text: string, base?: number): number {
  const n = Number(text);
  if (text.length >= 4) return n;
  const century = base !== undefined ? Math.floor(base / 100) * 100 : 2000;
  const y = century + n;
  return base !== undefined && y < base ? y + 100 : y;
}
