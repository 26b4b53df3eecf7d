/**
 * `numbers`: amounts, numbers, percentages, percentage points and multiples compared as exact
 * values with currency and unit, never as digit strings (RMB947.2 million = 人民幣9.472億元 =
 * 人民幣94,720萬元). Reports, per pair: ten-fold and hundred-fold slips (with what slipped), other
 * differences, a unit or currency in place of another, a figure missing from or added in the
 * translation, and ambiguous readings (倍, 兆) as warnings. Spelled-out small numbers (one to
 * ten: 一家 "a", "two") are only compared with each other, never reported missing or extra.
 */
import { compareQuantities } from '../../lexicon/compare.js';
import { equalWithin } from '../../lexicon/decimal.js';
import type { Quantity, QuantityKind } from '../../lexicon/types.js';
import type { Lang } from '../../types.js';
import { type Check, spanOn, strayReport } from '../check.js';
import { type CheckContext, langName, type PairView, sideOf } from '../context.js';
import { cancelNeighbours, pairClosest, pairEqual, type Stray } from '../match.js';
import { factorText, fullForm, slipPower } from '../quantity-text.js';
import type { Report, Severity } from '../types.js';

type Relation = 'scale-slip' | 'sign-differs' | 'unit-mismatch' | 'different';

const KIND_WORDS: Record<QuantityKind, string> = {
  amount: 'an amount',
  number: 'a number',
  percent: 'a percentage',
  'percentage-points': 'percentage points',
  'basis-points': 'basis points',
  times: 'a multiple',
};

/** A small number written in words or Chinese numerals: "two", 兩, 一. */
export function isWeak(q: Quantity): boolean {
  if (q.kind !== 'number' || q.currency) return false;
  if (/[0-9０-９]/.test(q.text)) return false;
  const v = Number(q.value.digits) / 10 ** q.value.scale;
  return Math.abs(v) <= 10;
}

function sameValue(a: Quantity, b: Quantity): boolean {
  const abs = (q: Quantity) => ({
    ...q.value,
    digits: q.value.digits < 0n ? -q.value.digits : q.value.digits,
  });
  return equalWithin(abs(a), a.precision, abs(b), b.precision);
}

function relate(a: Quantity, b: Quantity): { rank: number; relation: Relation } | undefined {
  if (isWeak(a) !== isWeak(b)) return undefined;
  const r = compareQuantities(a, b);
  if (r === 'scale-slip') return { rank: 0, relation: r };
  if (r === 'sign-differs') return { rank: 1, relation: r };
  if (r === 'unit-mismatch') return sameValue(a, b) ? { rank: 2, relation: r } : undefined;
  if (r === 'different' && a.kind === b.kind) return { rank: 3, relation: r };
  return undefined;
}

function unitWords(q: Quantity): string {
  return q.currency ? `${KIND_WORDS[q.kind]} in ${q.currency}` : KIND_WORDS[q.kind];
}

interface Sides {
  src: Lang;
  tgt: Lang;
}

function describe(a: Quantity, b: Quantity, relation: Relation, s: Sides): [string, Severity] {
  const says = `${langName(s.tgt)} says ${b.text.trim()}`;
  const plain = (t: string) => t.replace(/[\s,]/g, '');
  const full = (q: Quantity) =>
    plain(fullForm(q, s.tgt)) === plain(q.text) ? '' : ` = ${fullForm(q, s.tgt)}`;
  switch (relation) {
    case 'scale-slip': {
      const k = slipPower(a, b);
      const factor = k === undefined ? 'off by a power of ten' : factorText(k);
      return [`${a.text.trim()}${full(a)} but ${says} (${factor})`, 'error'];
    }
    case 'sign-differs':
      return [
        `${a.text.trim()} and ${b.text.trim()} differ in sign: check that the wording (loss, decrease, 虧損, 減少) carries it`,
        'warning',
      ];
    case 'unit-mismatch':
      return [`${a.text.trim()} (${unitWords(a)}) but ${says} (${unitWords(b)})`, 'error'];
    default: {
      const paren = (q: Quantity) => (full(q) ? ` (${full(q).slice(1)})` : '');
      return [`${a.text.trim()}${paren(a)} but ${says}${paren(b)}`, 'error'];
    }
  }
}

function quantitiesOf(p: PairView, lang: Lang): Quantity[] {
  return sideOf(p, lang).scan().quantities;
}

function run(ctx: CheckContext): Report[] {
  const sides: Sides = { src: ctx.input.source.lang, tgt: ctx.input.target.lang };
  const out: Report[] = [];
  const strays: Stray<Quantity>[] = [];
  for (const p of ctx.pairs) {
    const a = quantitiesOf(p, sides.src);
    const b = quantitiesOf(p, sides.tgt);
    for (const q of [...a, ...b]) {
      if (!q.ambiguous) continue;
      const lang = a.includes(q) ? sides.src : sides.tgt;
      out.push({
        pair: p.index,
        message: `${q.text.trim()} can be read more than one way (${q.ambiguous}): check it against ${langName(lang === 'en' ? 'zh' : 'en')}`,
        severity: 'warning',
        ...spanOn(lang, [q.start, q.end]),
      });
    }
    if (!p.pair.source.trim() || !p.pair.target.trim()) continue;
    const left = pairEqual(a, b, (x, y) => compareQuantities(x, y) === 'equal');
    const close = pairClosest(left.src, left.tgt, relate);
    for (const { src, tgt, relation } of close.pairs) {
      const [message, severity] = describe(src, tgt, relation, sides);
      out.push({
        pair: p.index,
        message,
        severity,
        ...spanOn(sides.src, [src.start, src.end]),
        ...spanOn(sides.tgt, [tgt.start, tgt.end]),
      });
    }
    // a repeated figure dropped once is not a missing figure
    const repeated = (q: Quantity, matched: Quantity[]) =>
      matched.some((m) => compareQuantities(m, q) === 'equal');
    for (const q of close.src) {
      if (!isWeak(q) && !repeated(q, left.matchedSrc))
        strays.push({ pair: p.index, side: 'src', item: q });
    }
    for (const q of close.tgt) {
      if (!isWeak(q) && !repeated(q, left.matchedTgt))
        strays.push({ pair: p.index, side: 'tgt', item: q });
    }
  }
  const equal = (x: Quantity, y: Quantity) => compareQuantities(x, y) === 'equal';
  for (const s of cancelNeighbours(strays, equal)) {
    const q = s.item;
    out.push(strayReport(s, sides.src, sides.tgt, q.text.trim(), [q.start, q.end]));
  }
  return out;
}

export const numbers: Check = {
  name: 'numbers',
  description:
    'amounts, percentages and numbers compared as values with currency and unit: slips of ×10/×100, differences, missing and extra figures, ambiguous 倍/兆',
  severity: 'error',
  enabled: true,
  run,
};
