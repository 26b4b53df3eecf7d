/**
 * `extractQuantities`: amounts, numbers, percentages, percentage points, basis points and
 * multiples in one English or Chinese sentence, as exact decimals with currency, precision, sign
 * and offsets. Stock codes, Cap/rule numbers, phone numbers, dates and years are never returned.
 */
import { scanQuantities } from './scan.js';
import type { Quantity } from './types.js';

export function extractQuantities(text: string, lang: 'en' | 'zh'): Quantity[] {
  return scanQuantities(text, lang);
}
