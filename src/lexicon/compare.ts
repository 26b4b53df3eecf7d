/**
 * `compareQuantities`: are two quantities (one from each language version) the same figure?
 * Exact decimals, equal within the coarser shown precision ("947.2 million" = "9.47億"); off by a
 * power of ten is a 'scale-slip' (百萬 written for 億, 3.50港仙 against HK$3.50); a percentage
 * against an amount, or HKD against CNY, is a 'unit-mismatch'. Ambiguous quantities (兆, 增加1.5倍)
 * match when any of their readings does.
 */
import { abs, type Decimal, equalWithin, shift } from './decimal.js';
import type { Currency, Quantity, QuantityComparison, QuantityKind, Reading } from './types.js';

/** Largest power of ten tried for a scale slip (10^8: a missing 億). */
const MAX_SLIP = 8;

const RANK: Record<QuantityComparison, number> = {
  equal: 0,
  'sign-differs': 1,
  'scale-slip': 2,
  different: 3,
  'unit-mismatch': 4,
};

function comparableKinds(a: QuantityKind, b: QuantityKind): boolean {
  if (a === b) return true;
  const plain = (k: QuantityKind): boolean => k === 'amount' || k === 'number';
  return plain(a) && plain(b);
}

function near(a: Decimal, pa: number, b: Decimal, pb: number): boolean {
  return equalWithin(a, pa, b, pb);
}

function compareReadings(
  x: Reading,
  y: Reading,
  cx: Currency | undefined,
  cy: Currency | undefined,
): QuantityComparison {
  if (!comparableKinds(x.kind, y.kind)) return 'unit-mismatch';
  if (cx && cy && cx !== cy) return 'unit-mismatch';
  if (near(x.value, x.precision, y.value, y.precision)) return 'equal';
  const ax = abs(x.value);
  const ay = abs(y.value);
  if (near(ax, x.precision, ay, y.precision)) return 'sign-differs';
  for (let k = 1; k <= MAX_SLIP; k++) {
    if (near(ax, x.precision, shift(ay, k), y.precision + k)) return 'scale-slip';
    if (near(shift(ax, k), x.precision + k, ay, y.precision)) return 'scale-slip';
  }
  return 'different';
}

function readingsOf(q: Quantity): Reading[] {
  const main: Reading = { kind: q.kind, value: q.value, precision: q.precision };
  return q.readings ? [main, ...q.readings] : [main];
}

export function compareQuantities(a: Quantity, b: Quantity): QuantityComparison {
  let best: QuantityComparison = 'unit-mismatch';
  for (const x of readingsOf(a)) {
    for (const y of readingsOf(b)) {
      const r = compareReadings(x, y, a.currency, b.currency);
      if (RANK[r] < RANK[best]) best = r;
      if (best === 'equal') return best;
    }
  }
  return best;
}
