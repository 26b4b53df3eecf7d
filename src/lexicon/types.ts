/**
 * What the lexicon finds in a sentence: quantities (amounts, numbers, percentages), dates and
 * periods, and codes (stock codes, Cap and rule numbers, URLs, Latin tokens). Every mention keeps
 * its [start, end) JavaScript string offsets into the text it was found in, and that text.
 */
import type { Decimal } from './decimal.js';

export type Currency =
  'CNY' | 'HKD' | 'USD' | 'EUR' | 'GBP' | 'JPY' | 'TWD' | 'MOP' | 'SGD' | 'AUD' | 'CAD' | 'CHF';

export type QuantityKind =
  'amount' | 'number' | 'percent' | 'percentage-points' | 'basis-points' | 'times';

export interface Mention {
  start: number;
  end: number;
  /** text.slice(start, end) of the original (unfolded) text */
  text: string;
}

/** Another way to read an ambiguous quantity (兆 as 10^6; 增加1.5倍 as +150%). */
export interface Reading {
  kind: QuantityKind;
  value: Decimal;
  precision: number;
}

export interface Quantity extends Mention {
  kind: QuantityKind;
  /** exact value in base units (HK3.50 cents → 0.035 HKD; 12.5% → 12.5); negative when negative */
  value: Decimal;
  /** exponent of the unit of the last digit shown: "947.2 million" → 5, "12.5%" → -1 */
  precision: number;
  currency?: Currency;
  negative?: boolean;
  /** a per-share figure (每股…, "… per share") */
  perShare?: boolean;
  /** preceded by approximately / about / 約 */
  approximate?: boolean;
  /** why the reading is uncertain; `readings` then lists the other readings */
  ambiguous?: string;
  readings?: Reading[];
}

export type QuantityComparison =
  | 'equal'
  | 'different'
  /** off by a power of ten (×10, ×100, ÷1000 …): 百萬/億 slips, 港仙 vs HK$ */
  | 'scale-slip'
  /** not comparable: a percentage against an amount, HKD against CNY */
  | 'unit-mismatch'
  /** same magnitude, one side negative (Chinese often says 虧損/減少 instead of a sign) */
  | 'sign-differs';

export type DateKind = 'date' | 'month' | 'year' | 'month-day' | 'period' | 'fiscal-year';

export interface DateMention extends Mention {
  kind: DateKind;
  /** first day covered, YYYY-MM-DD ('--MM-DD' for a day and month without a year) */
  from: string;
  /** last day covered, YYYY-MM-DD */
  to: string;
  /** normalised anchor key: date:2023-04-25, period:2023-01-01/2023-12-31, fy:2023 … */
  key: string;
}

export type CodeKind =
  | 'stock'
  | 'cap'
  | 'rule'
  | 'paragraph'
  | 'part'
  | 'appendix'
  | 'schedule'
  | 'note'
  | 'standard'
  | 'directive'
  | 'phone'
  | 'url'
  | 'email'
  | 'latin';

export interface Code extends Mention {
  kind: CodeKind;
  /** normalised anchor key: code:stock:6855, cap:622, rule:14.07, latin:gmp … */
  key: string;
}
