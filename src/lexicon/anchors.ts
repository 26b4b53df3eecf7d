/**
 * `anchorKeys`: the normalised keys of everything in a sentence that a translation must repeat —
 * amounts, numbers, percentages, dates, periods, codes, acronyms — so that an English sentence and
 * its Chinese translation share keys (amt:CNY:947200000, num:947200000, pct:12.5,
 * date:2023-04-25, period:2023-01-01/2023-12-31, code:stock:6855, cap:622, latin:gmp). Called by
 * the aligner on every sentence; one regex pass per family, no per-call tables.
 *
 * Amounts give a currency-free num: key as well, since a Chinese version often drops the currency
 * (9696萬元) where the English keeps it. Signs are dropped (虧損 for a bracketed negative). Ambiguous
 * quantities give a key for every reading.
 */
import { isAcronym } from './codes-latin.js';
import { abs, type Decimal, toPlain } from './decimal.js';
import { type SentenceScan, scanSentence } from './scan.js';
import type { Currency, QuantityKind } from './types.js';

const PREFIX: Record<QuantityKind, string> = {
  amount: 'num',
  number: 'num',
  percent: 'pct',
  'percentage-points': 'pp',
  'basis-points': 'bp',
  times: 'x',
};

function addQuantity(keys: Set<string>, kind: QuantityKind, value: Decimal, currency?: Currency) {
  const v = toPlain(abs(value));
  keys.add(`${PREFIX[kind]}:${v}`);
  if (kind === 'amount' && currency) keys.add(`amt:${currency}:${v}`);
}

export function anchorKeys(text: string, lang: 'en' | 'zh'): string[] {
  return anchorKeysOfScan(scanSentence(text, lang));
}

/** The anchor keys of an existing scan (callers that scan each sentence once, like `zhen qa`). */
export function anchorKeysOfScan(scan: SentenceScan): string[] {
  const { quantities, dates, codes } = scan;
  const keys = new Set<string>();
  for (const q of quantities) {
    addQuantity(keys, q.kind, q.value, q.currency);
    if (q.readings) for (const r of q.readings) addQuantity(keys, r.kind, r.value, q.currency);
  }
  for (const d of dates) keys.add(d.key);
  for (const c of codes) {
    if (c.kind !== 'latin' || (c.text.length >= 2 && isAcronym(c.text))) keys.add(c.key);
  }
  return [...keys];
}
