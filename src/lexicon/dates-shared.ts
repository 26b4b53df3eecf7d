/**
 * What the date finders (dates-en, dates-zh) share with each other and the entry point
 * (dates.ts): a date's parts as written, a resolved date or period before it gets its offsets
 * and key, the resolutions both languages make the same way (a day, a period ended on a day, a
 * fiscal year), and the loop that runs a finder's pattern families over a sentence.
 */
import { iso, isoMonthDay, periodStart, validDate } from './calendar.js';
import type { DateKind } from './types.js';

/** A written date; the year is missing in "31 December" / 12月31日. */
export interface DateParts {
  y?: number;
  m: number;
  d: number;
}

export interface Found {
  kind: DateKind;
  from: string;
  to: string;
  /** fiscal-year label for the key: '2023', '2023/24' */
  label?: string;
  /** claim the span (so its digits are not read as numbers) but report nothing: 12月 alone */
  silent?: boolean;
}

export type FoundSink = (f: Found, start: number, end: number) => void;

/** A day (`date`), or a day of a month with no year (`month-day`); undefined if invalid. */
export function dayFound(p: DateParts): Found | undefined {
  if (p.y === undefined) {
    if (!validDate(2000, p.m, p.d)) return undefined;
    const md = isoMonthDay(p.m, p.d);
    return { kind: 'month-day', from: md, to: md };
  }
  if (!validDate(p.y, p.m, p.d)) return undefined;
  const day = iso(p.y, p.m, p.d);
  return { kind: 'date', from: day, to: day };
}

/** The period of `months` months ended on a day ("six months ended 30 June 2024"). */
export function endedFound(p: DateParts | undefined, months: number): Found | undefined {
  if (!p || p.y === undefined || !validDate(p.y, p.m, p.d)) return undefined;
  return { kind: 'period', from: periodStart(p.y, p.m, p.d, months), to: iso(p.y, p.m, p.d) };
}

/**
 * Fiscal year `y` (the calendar year), or with a second year `y2` a split financial year
 * (FY2023/24, 2023/24財政年度), taken as ending on 31 March of `y2`.
 */
export function fiscalFound(y: number, y2?: number): Found {
  if (y2 === undefined)
    return { kind: 'fiscal-year', from: iso(y, 1, 1), to: iso(y, 12, 31), label: String(y) };
  return {
    kind: 'fiscal-year',
    from: iso(y2 - 1, 4, 1),
    to: iso(y2, 3, 31),
    label: `${y}/${String(y2).slice(2)}`,
  };
}

/** A pattern family of a finder: tried only when its cheap hint matches the sentence. */
export interface DateFamily<F extends string> {
  family: F;
  hint: RegExp;
  re: RegExp;
}

/** Runs every family whose hint is in `folded`, resolving each match with `handle`. */
export function findFamilies<F extends string>(
  families: readonly DateFamily<F>[],
  handle: (family: F, g: Record<string, string> | undefined, text: string) => Found | undefined,
  folded: string,
  found: FoundSink,
): void {
  for (const { family, hint, re } of families) {
    if (!hint.test(folded)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const f = handle(family, m.groups, m[0]);
      if (f) found(f, m.index, m.index + m[0].length);
    }
  }
}
