/**
 * Plain data passed between the date finders (dates-en, dates-zh) and the entry point (dates.ts):
 * a date's parts as written, and a resolved date or period before it gets its offsets and key.
 */
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
