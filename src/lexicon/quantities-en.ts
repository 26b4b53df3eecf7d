/**
 * Quantities in English filing text: RMB947.2 million, HK$1.5 billion, US$2m, HKD 3 billion,
 * HK3.50 cents, RMB17.15 cents, 12.5%, 12.5 per cent, 3.5 percentage points, 50 basis points,
 * 1.5 times, 1,075, (1,234) table negatives, -5%, 3 billion Hong Kong dollars, and spelled-out
 * numbers (twenty-five, three million, five per cent). Spans already claimed (codes, dates) are
 * skipped; what is found is claimed.
 */
import { fractionDigits, parseDecimal, shift } from './decimal.js';
import { ENGLISH_NUMBER_WORDS, parseEnglishNumberWords } from './english-numerals.js';
import type { SpanMask } from './prepare.js';
import {
  type ContextHints,
  contextHints,
  gluedToWord,
  isListMarker,
  makeQuantity,
} from './quantity-context.js';
import type { Quantity, QuantityKind } from './types.js';

const CUR =
  'RMB|Renminbi|HK\\$|HKD|US\\$|USD|EUR|€|GBP|£|JPY|NT\\$|TWD|MOP\\$?|S\\$|SGD|A\\$|AUD|C\\$|CAD|CHF|HK|¥|\\$';
const NUM = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+';
const SCALE =
  '[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|THOUSAND|MILLION|BILLION|TRILLION|mn|bn|m|b|k';
const UNIT =
  '%|[Pp]er\\s?[Cc]ent\\b|[Pp]ercent\\b|[Pp]ercentage\\s+[Pp]oints?\\b|ppts?\\b|pp\\b|[Bb]asis\\s+[Pp]oints?\\b|bps\\b|[Tt]imes\\b|-?fold\\b|[Cc]ents?\\b';
const CUR_AFTER =
  '(?:Hong\\s+Kong|HK|US|Singapore|Australian|Canadian|New\\s+Taiwan)\\s+[Dd]ollars?|Renminbi|RMB|HKD|USD|yuan|euros?';

/**
 * Groups: 1 currency, 2 minus or (, 3 number, 4 ), 5 scale word, 6 unit, 7 currency after.
 * "RMB(1,234.5) million" and "(1,234)" are table negatives.
 */
const RE = new RegExp(
  `(?<![\\w.$£€¥'’])(?:(${CUR})\\s?)?(-|\\()?(${NUM})(\\))?(?:\\s?(${SCALE})\\b)?(?:\\s?(${UNIT}))?(?:\\s(${CUR_AFTER})\\b)?`,
  'g',
);

const SCALES: Record<string, number> = {
  thousand: 3,
  k: 3,
  million: 6,
  m: 6,
  mn: 6,
  billion: 9,
  b: 9,
  bn: 9,
  trillion: 12,
};

function unitKind(unit: string): QuantityKind | 'cents' {
  const u = unit.toLowerCase();
  if (u.startsWith('percentage') || u.startsWith('pp')) return 'percentage-points';
  if (u === '%' || u.startsWith('per')) return 'percent';
  if (u.startsWith('basis') || u === 'bps') return 'basis-points';
  if (u.startsWith('cent')) return 'cents';
  return 'times';
}

function findDigits(
  text: string,
  folded: string,
  mask: SpanMask,
  hints: ContextHints,
  out: Quantity[],
): void {
  RE.lastIndex = 0;
  for (let m = RE.exec(folded); m; m = RE.exec(folded)) {
    const [whole, cur0, sign, numText, close, scaleWord, unitWord, cur20] = m as unknown as (
      string | undefined
    )[];
    let start = m.index;
    let end = start + whole!.length;
    const numStart = start + whole!.indexOf(numText!, cur0 ? cur0.length : 0);
    const numEnd = numStart + numText!.length;
    let cur1 = cur0;
    const minus = sign === '-';
    let bracketed = sign === '(' && close !== undefined;
    let scale = scaleWord?.toLowerCase();
    let unit = unitWord;
    let cur2 = cur20;
    if (sign === '(' && !close) {
      // "(12.5%)", "(RMB …" : an opening bracket of the prose, not a negative.
      start = numStart;
      cur1 = undefined;
    } else if (close && sign !== '(') {
      // "(2022: 1,000)": the bracket closes the prose.
      end = numEnd;
      scale = unit = cur2 = undefined;
    }
    let cur = cur1 ?? cur2;
    if (scale && scale.length <= 2 && !cur) {
      // 5m, 3k without a currency: metres, grades, not amounts.
      scale = unit = undefined;
      end = numEnd;
    }
    const kindOfUnit = unit ? unitKind(unit) : undefined;
    if (cur1 === 'HK' && kindOfUnit !== 'cents') {
      start = minus ? numStart - 1 : numStart;
      cur = cur2;
    }
    if (bracketed && !cur && !scale && !unit) {
      // bare "(1,234)": a negative with a separator or decimals; "(3)" is a list marker
      if (!/[,.]/.test(numText!)) {
        if (numText!.length <= 2) continue;
        start = numStart;
        end = numEnd;
        bracketed = false;
      }
    }
    if (kindOfUnit && kindOfUnit !== 'cents' && cur2) end = end - cur2.length - 1;
    if (gluedToWord(folded, start, end) || mask.overlaps(start, end)) continue;
    const exp = scale ? SCALES[scale]! : 0;
    let value = shift(parseDecimal(numText!)!, exp);
    let precision = exp - fractionDigits(numText!);
    let kind: QuantityKind;
    if (kindOfUnit === 'cents') {
      value = shift(value, -2);
      precision -= 2;
      kind = 'amount';
    } else if (kindOfUnit) {
      kind = kindOfUnit;
      cur = undefined;
    } else kind = cur ? 'amount' : 'number';
    if (!cur && !unit && !scale && !minus && !bracketed) {
      if (isListMarker(folded, start, end, numText!)) continue;
    }
    const negative = minus || bracketed;
    mask.claim(start, end);
    const parts = { start, end, value, precision, kind, currency: cur, negative };
    out.push(makeQuantity(text, folded, 'en', hints, parts));
  }
}

const NUMBER_WORD_HINT =
  /(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty)\b/i;
const AFTER_WORDS = /^\s?(%|per\s?cent\b|percent\b|percentage\s+points?\b|times\b)/i;

function findWords(
  text: string,
  folded: string,
  mask: SpanMask,
  hints: ContextHints,
  out: Quantity[],
): void {
  ENGLISH_NUMBER_WORDS.lastIndex = 0;
  for (let m = ENGLISH_NUMBER_WORDS.exec(folded); m; m = ENGLISH_NUMBER_WORDS.exec(folded)) {
    const n = parseEnglishNumberWords(m[0]);
    if (!n) continue;
    const start = m.index;
    let end = start + m[0].length;
    let kind: QuantityKind = 'number';
    const after = AFTER_WORDS.exec(folded.slice(end, end + 24));
    if (after) {
      kind = unitKind(after[1]!) as QuantityKind;
      end += after[0].length;
    }
    if (!mask.tryClaim(start, end)) continue;
    const value = { digits: n.value, scale: 0 };
    const parts = { start, end, value, precision: n.exponent, kind, negative: false };
    out.push(makeQuantity(text, folded, 'en', hints, parts));
  }
}

/** English quantities in `folded` (width-folded `text`), skipping and claiming spans in `mask`. */
export function findEnglishQuantities(text: string, folded: string, mask: SpanMask): Quantity[] {
  const out: Quantity[] = [];
  const hints = contextHints(folded, 'en');
  findDigits(text, folded, mask, hints, out);
  if (NUMBER_WORD_HINT.test(folded)) findWords(text, folded, mask, hints, out);
  return out.sort((a, b) => a.start - b.start);
}
