/**
 * Quantities written out in full for QA messages ("RMB947.2 million = 人民幣947,200,000元"), and
 * the power of ten one figure is off from another ("×100", "×0.1"). Pure.
 */
import { abs, type Decimal, equalWithin, shift, toPlain } from '../lexicon/decimal.js';
import type { Currency, Quantity } from '../lexicon/types.js';
import type { Lang } from '../types.js';

const ZH_CURRENCY: Partial<Record<Currency, [string, string]>> = {
  CNY: ['人民幣', '元'],
  HKD: ['', '港元'],
  USD: ['', '美元'],
  EUR: ['', '歐元'],
  GBP: ['', '英鎊'],
  JPY: ['', '日圓'],
  TWD: ['新台幣', '元'],
  MOP: ['', '澳門元'],
  SGD: ['', '新加坡元'],
  AUD: ['', '澳元'],
  CAD: ['', '加元'],
  CHF: ['', '瑞士法郎'],
};

const EN_CURRENCY: Partial<Record<Currency, string>> = {
  CNY: 'RMB',
  HKD: 'HK$',
  USD: 'US$',
  EUR: '€',
  GBP: '£',
  JPY: 'JPY',
  TWD: 'NT$',
  MOP: 'MOP',
  SGD: 'S$',
  AUD: 'A$',
  CAD: 'C$',
  CHF: 'CHF',
};

/** "947200000.5" → "947,200,000.5" */
export function groupDigits(plain: string): string {
  const neg = plain.startsWith('-');
  const body = neg ? plain.slice(1) : plain;
  const [int, frac] = body.split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/** A quantity's exact value in the words of `lang`: 人民幣947,200,000元, HK$0.035, 12.5%. */
export function fullForm(q: Quantity, lang: Lang): string {
  const n = groupDigits(toPlain(q.value));
  switch (q.kind) {
    case 'percent':
      return `${n}%`;
    case 'percentage-points':
      return lang === 'zh' ? `${n}個百分點` : `${n} percentage points`;
    case 'basis-points':
      return lang === 'zh' ? `${n}個基點` : `${n} basis points`;
    case 'times':
      return lang === 'zh' ? `${n}倍` : `${n} times`;
    default:
      break;
  }
  if (!q.currency) return n;
  if (lang === 'zh') {
    const [pre, post] = ZH_CURRENCY[q.currency] ?? [`${q.currency} `, ''];
    return `${pre}${n}${post}`;
  }
  return `${EN_CURRENCY[q.currency] ?? `${q.currency} `}${n}`;
}

/**
 * k such that b ≈ a × 10^k (within the shown precisions), searching |k| ≤ 12; undefined when
 * no power of ten makes them equal.
 */
export function slipPower(a: Quantity, b: Quantity): number | undefined {
  const x: Decimal = abs(a.value);
  const y: Decimal = abs(b.value);
  for (let k = 1; k <= 12; k++) {
    for (const s of [k, -k]) {
      if (equalWithin(shift(x, s), a.precision + s, y, b.precision)) return s;
    }
  }
  return undefined;
}

/** ×100, ×1,000, ×0.1, ×0.01 */
export function factorText(k: number): string {
  if (k >= 0) return `×${groupDigits(`1${'0'.repeat(k)}`)}`;
  return `×0.${'0'.repeat(-k - 1)}1`;
}
