/**
 * `dates`: dates and periods compared as the days they cover, whatever the wording: 25 April
 * 2023 = April 25, 2023 = 2023年4月25日 = 二零二三年四月二十五日; "for the year ended 31 December
 * 2023" = 截至二零二三年十二月三十一日止年度; "first half of 2024" = 2024年上半年. Reports a
 * different day, a period in place of another (a whole year where the source says a half
 * year), and dates missing from or added in the translation. A year written as a bare number
 * on the other side ("2022" in a table header) counts as the same year.
 */
import { compare, decimal } from '../../lexicon/decimal.js';
import type { DateMention, Quantity } from '../../lexicon/types.js';
import type { Lang } from '../../types.js';
import { type Check, spanOn, strayReport } from '../check.js';
import { type CheckContext, langName, sideOf } from '../context.js';
import { cancelNeighbours, pairClosest, pairEqual, type Stray } from '../match.js';
import type { Report } from '../types.js';

function monthDay(iso: string): string {
  return iso.slice(-5);
}

/** Same days covered; a day and month without a year matches that day in any year. */
export function sameDates(a: DateMention, b: DateMention): boolean {
  if (a.from === b.from && a.to === b.to) return true;
  if (a.kind === 'fiscal-year' || b.kind === 'fiscal-year') return a.key === b.key;
  if (a.kind === 'month-day' || b.kind === 'month-day') {
    return a.from === a.to && b.from === b.to && monthDay(a.from) === monthDay(b.from);
  }
  return false;
}

function overlaps(a: DateMention, b: DateMention): boolean {
  if (a.from.startsWith('--') || b.from.startsWith('--')) return false;
  return a.from <= b.to && b.from <= a.to;
}

function contains(outer: DateMention, inner: DateMention): boolean {
  return outer.from <= inner.from && inner.to <= outer.to;
}

/** "2023-04-25", "the whole of 2024", "the first half of 2024", "2023-01-01 to 2023-06-30" */
export function describeDays(d: DateMention): string {
  if (d.from === d.to) return d.from.startsWith('--') ? `${d.from.slice(2)} (no year)` : d.from;
  const y = d.from.slice(0, 4);
  if (d.to.slice(0, 4) === y) {
    const span = `${d.from.slice(5)}/${d.to.slice(5)}`;
    if (span === '01-01/12-31') return `the whole of ${y}`;
    if (span === '01-01/06-30') return `the first half of ${y}`;
    if (span === '07-01/12-31') return `the second half of ${y}`;
  }
  return `${d.from} to ${d.to}`;
}

function relate(a: DateMention, b: DateMention) {
  if (overlaps(a, b)) return { rank: 0, relation: 'period' as const };
  const dayLike = (d: DateMention) => d.from === d.to;
  if (dayLike(a) && dayLike(b)) return { rank: 1, relation: 'day' as const };
  if (a.kind === b.kind) return { rank: 2, relation: 'day' as const };
  return undefined;
}

/** "25 April 2023 (2023-04-25)"; the days left out when the words already say them. */
function shown(d: DateMention): string {
  const days = describeDays(d);
  const text = d.text.trim();
  const bare = days.toLowerCase().replace(/^the /, '');
  return text.toLowerCase().includes(bare) ? text : `${text} (${days})`;
}

function message(a: DateMention, b: DateMention, other: Lang): string {
  const head = `${shown(a)} but ${langName(other)} says ${shown(b)}`;
  if (contains(b, a) && !contains(a, b))
    return `${head}: a longer period in place of a shorter one`;
  if (contains(a, b) && !contains(b, a))
    return `${head}: a shorter period in place of a longer one`;
  return head;
}

/** A bare number on the other side equal to a year ("2022" in a table header). */
function yearAsNumber(d: DateMention, quantities: readonly Quantity[]): boolean {
  if (d.kind !== 'year') return false;
  const y = decimal(BigInt(d.from.slice(0, 4)));
  return quantities.some((q) => q.kind === 'number' && !q.currency && compare(q.value, y) === 0);
}

function run(ctx: CheckContext): Report[] {
  const src = ctx.input.source.lang;
  const tgt = ctx.input.target.lang;
  const out: Report[] = [];
  const strays: Stray<DateMention>[] = [];
  for (const p of ctx.pairs) {
    if (!p.pair.source.trim() || !p.pair.target.trim()) continue;
    const s = sideOf(p, src).scan();
    const t = sideOf(p, tgt).scan();
    const left = pairEqual(s.dates, t.dates, sameDates);
    const close = pairClosest(left.src, left.tgt, relate);
    for (const { src: a, tgt: b } of close.pairs) {
      out.push({
        pair: p.index,
        message: message(a, b, tgt),
        ...spanOn(src, [a.start, a.end]),
        ...spanOn(tgt, [b.start, b.end]),
      });
    }
    const repeated = (d: DateMention, matched: DateMention[]) =>
      matched.some((m) => sameDates(m, d));
    for (const d of close.src) {
      if (!repeated(d, left.matchedSrc) && !yearAsNumber(d, t.quantities))
        strays.push({ pair: p.index, side: 'src', item: d });
    }
    for (const d of close.tgt) {
      if (!repeated(d, left.matchedTgt) && !yearAsNumber(d, s.quantities))
        strays.push({ pair: p.index, side: 'tgt', item: d });
    }
  }
  for (const st of cancelNeighbours(strays, sameDates)) {
    const d = st.item;
    out.push(strayReport(st, src, tgt, shown(d), [d.start, d.end]));
  }
  return out;
}

export const dates: Check = {
  name: 'dates',
  description:
    'dates and periods compared as the days they cover: a different day, a whole year for a half year, missing and extra dates',
  severity: 'error',
  enabled: true,
  run,
};
