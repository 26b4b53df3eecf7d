/**
 * What surrounds a number decides what it is: currency words and symbols (RMB, HK$, 人民幣, 港元,
 * 港仙), list markers, digits glued to words (COVID-19, 5G), "approximately"/約 and per-share
 * figures ("… per share", 每股…). Shared by the English and Chinese quantity finders.
 */
import { type Decimal, negate } from './decimal.js';
import type { Currency, Quantity, QuantityKind, Reading } from './types.js';

const CURRENCIES: Record<string, Currency> = {
  rmb: 'CNY',
  renminbi: 'CNY',
  yuan: 'CNY',
  '¥': 'CNY',
  人民幣: 'CNY',
  人民币: 'CNY',
  hk$: 'HKD',
  hkd: 'HKD',
  hk: 'HKD',
  'hong kong dollar': 'HKD',
  'hk dollar': 'HKD',
  港幣: 'HKD',
  港币: 'HKD',
  港元: 'HKD',
  港仙: 'HKD',
  us$: 'USD',
  usd: 'USD',
  'us dollar': 'USD',
  美元: 'USD',
  美金: 'USD',
  eur: 'EUR',
  '€': 'EUR',
  euro: 'EUR',
  歐元: 'EUR',
  欧元: 'EUR',
  gbp: 'GBP',
  '£': 'GBP',
  英鎊: 'GBP',
  英镑: 'GBP',
  jpy: 'JPY',
  日圓: 'JPY',
  日圆: 'JPY',
  日元: 'JPY',
  nt$: 'TWD',
  twd: 'TWD',
  'new taiwan dollar': 'TWD',
  新台幣: 'TWD',
  新台币: 'TWD',
  mop: 'MOP',
  mop$: 'MOP',
  澳門幣: 'MOP',
  澳门币: 'MOP',
  澳門元: 'MOP',
  澳门元: 'MOP',
  s$: 'SGD',
  sgd: 'SGD',
  'singapore dollar': 'SGD',
  新加坡元: 'SGD',
  a$: 'AUD',
  aud: 'AUD',
  'australian dollar': 'AUD',
  澳元: 'AUD',
  c$: 'CAD',
  cad: 'CAD',
  'canadian dollar': 'CAD',
  加元: 'CAD',
  chf: 'CHF',
};

/** The currency a word or symbol names ("HK$", "Hong Kong dollars", "港幣元", "人民幣"). */
export function currencyOf(word: string | undefined): Currency | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return CURRENCIES[w] ?? CURRENCIES[w.replace(/s$/, '')] ?? CURRENCIES[w.replace(/元$/, '')];
}

const APPROX_EN = /(?:approximately|approx\.?|about|around|nearly|some)\s*$/i;
const APPROX_ZH = /(?:約|约|大約|大约|約為|约为|大概)\s*$/;

/** What a sentence contains at all, found once so per-number context checks can be skipped. */
export interface ContextHints {
  approximate: boolean;
  perShare: boolean;
}

const APPROX_HINT_EN = /approx|about|around|nearly|some/i;
const APPROX_HINT_ZH = /[約约概]/;
const PER_SHARE_HINT_EN = /\bshares?\b/i;

export function contextHints(folded: string, lang: 'en' | 'zh'): ContextHints {
  return lang === 'en'
    ? { approximate: APPROX_HINT_EN.test(folded), perShare: PER_SHARE_HINT_EN.test(folded) }
    : { approximate: APPROX_HINT_ZH.test(folded), perShare: folded.includes('每股') };
}

function isApproximate(folded: string, start: number, lang: 'en' | 'zh'): boolean {
  return lang === 'en'
    ? APPROX_EN.test(folded.slice(Math.max(0, start - 16), start))
    : APPROX_ZH.test(folded.slice(Math.max(0, start - 4), start));
}

const PER_SHARE_AFTER = /^\s*(?:per|for\s+each|for\s+every)\s+(?:[A-Za-z]+\s+){0,2}?shares?\b/i;
const PER_SHARE_BEFORE =
  /\bper\s+(?:[A-Za-z]+\s+)?share\b(?:\s+(?:was|were|is|of|amounted\s+to|at|to))?(?:\s+(?:approximately|about))?\s*$/i;
const PER_SHARE_ZH = /每股[^\d，。；;,:()]{0,10}$/;

function isPerShare(folded: string, start: number, end: number, lang: 'en' | 'zh'): boolean {
  if (lang === 'zh') return PER_SHARE_ZH.test(folded.slice(Math.max(0, start - 14), start));
  return (
    PER_SHARE_AFTER.test(folded.slice(end, end + 40)) ||
    PER_SHARE_BEFORE.test(folded.slice(Math.max(0, start - 60), start))
  );
}

/**
 * A list marker, not a quantity: "(1)" / "(12)" anywhere, or "1." / "2)" / "3、" opening the
 * sentence ("1. Sustainable development", "(3) Where personal information …").
 */
export function isListMarker(folded: string, start: number, end: number, numText: string): boolean {
  if (numText.length > 2 || !/^\d+$/.test(numText)) return false;
  if (folded[start - 1] === '(' && folded[end] === ')') return true;
  const next = folded[end];
  if (next !== '.' && next !== ')' && next !== '、') return false;
  const after = folded.charCodeAt(end + 1);
  if (!(Number.isNaN(after) || after === 0x20 || after === 0x09 || after > 0x2e80)) return false;
  for (let i = 0; i < start; i++) if (folded[i] !== ' ' && folded[i] !== '\t') return false;
  return true;
}

/** Digits glued to a Latin word by a hyphen or directly (COVID-19, A1, 5G) are part of a name. */
export function gluedToWord(folded: string, start: number, end: number): boolean {
  const before = folded.charCodeAt(start - 1);
  const after = folded.charCodeAt(end);
  const letter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  const digit = (c: number): boolean => c >= 0x30 && c <= 0x39;
  if (letter(after) || digit(after)) return true;
  if (before === 0x2d && letter(folded.charCodeAt(start - 2))) return true;
  return letter(before);
}

export interface QuantityParts {
  start: number;
  end: number;
  /** magnitude, without the sign */
  value: Decimal;
  precision: number;
  kind: QuantityKind;
  /** the currency word or symbol as written */
  currency?: string;
  negative: boolean;
  ambiguous?: string;
  readings?: Reading[];
}

/** A Quantity from its parts, with per-share and approximate read from the context. */
export function makeQuantity(
  text: string,
  folded: string,
  lang: 'en' | 'zh',
  hints: ContextHints,
  p: QuantityParts,
): Quantity {
  const q: Quantity = {
    kind: p.kind,
    value: p.negative ? negate(p.value) : p.value,
    precision: p.precision,
    start: p.start,
    end: p.end,
    text: text.slice(p.start, p.end),
  };
  const currency = currencyOf(p.currency);
  if (currency) q.currency = currency;
  if (p.negative) q.negative = true;
  if (hints.perShare && p.kind === 'amount' && isPerShare(folded, p.start, p.end, lang)) {
    q.perShare = true;
  }
  if (hints.approximate && isApproximate(folded, p.start, lang)) q.approximate = true;
  if (p.ambiguous) {
    q.ambiguous = p.ambiguous;
    if (p.readings) q.readings = p.readings;
  }
  return q;
}
