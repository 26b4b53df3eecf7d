/**
 * Chinese numerals → exact decimals: 〇/零 一…九 兩/两, financial forms 壹貳參肆伍陸柒捌玖拾佰仟
 * (and 贰叁陆), place units 十 百 千 and group units 萬/万 億/亿 兆, 廿 卅, 點/点 decimals, zero
 * fillers (一萬零五 = 10005), leading 十 (十二 = 12), elided last digit (一萬五 = 15000), Arabic
 * mantissas with units (947.2百萬, 1,234萬, 9.472億) and digit-by-digit runs (二零二三 = 2023).
 * Input is width-folded text (ASCII digits, '.' as decimal point); white space is ignored.
 */
import {
  add,
  type Decimal,
  decimal,
  fractionDigits,
  isZero,
  ONE,
  parseDecimal,
  shift,
  ZERO,
} from './decimal.js';

const DIGITS: Record<string, number> = {
  〇: 0,
  '○': 0,
  零: 0,
  一: 1,
  壹: 1,
  二: 2,
  兩: 2,
  两: 2,
  貳: 2,
  贰: 2,
  貮: 2,
  三: 3,
  參: 3,
  叁: 3,
  叄: 3,
  参: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陸: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
/** Place units within a group of four: exponent of ten. */
const SMALL: Record<string, number> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };
/** Group units. 兆 is read as 10^12 (HK/TW finance) and flagged. */
const BIG: Record<string, number> = { 萬: 4, 万: 4, 億: 8, 亿: 8, 兆: 12 };
/** 廿 = 二十, 卅 = 三十 */
const TENS: Record<string, number> = { 廿: 20, 卅: 30 };

export const ZHAO_AMBIGUOUS =
  '兆 is 10^12 in Hong Kong/Taiwan financial usage but 10^6 (mega) in mainland technical text';

export interface ChineseNumber {
  value: Decimal;
  /** exponent of the unit of the last digit shown (see decimal.ts) */
  precision: number;
  /** read digit by digit (二零二三 = 2023): no place units at all */
  digitByDigit?: boolean;
  /** why the reading is uncertain (兆) */
  ambiguous?: string;
}

const ARABIC = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
const SPACE = /\s/;
const PLAIN_ARABIC = /^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/;

function digitRun(text: string): ChineseNumber | undefined {
  let digits = '';
  for (let i = 0; i < text.length; i++) {
    const d = DIGITS[text[i]!];
    if (d === undefined) return undefined;
    digits += d;
  }
  return {
    value: decimal(BigInt(digits)),
    precision: 0,
    ...(digits.length > 1 ? { digitByDigit: true } : {}),
  };
}

export interface ParseOptions {
  /** exponent for 兆: 12 (default, HK/TW finance) or 6 (mega) */
  zhao?: 12 | 6;
}

/**
 * Read a Chinese (or mixed Arabic + Chinese unit) numeral. Undefined when the text is not one
 * well-formed numeral (十一五, 七百四千, 九龍).
 */
export function parseChineseNumber(
  input: string,
  options: ParseOptions = {},
): ChineseNumber | undefined {
  const text = SPACE.test(input) ? input.replace(/\s+/g, '') : input;
  if (!text) return undefined;
  if (PLAIN_ARABIC.test(text)) {
    const value = parseDecimal(text)!;
    return { value, precision: 0 - fractionDigits(text) };
  }
  const run = digitRun(text);
  if (run) return run;

  let total = ZERO; // finished groups (萬, 億)
  let section = ZERO; // the group being built (below 萬)
  let num: Decimal | undefined; // pending digit or Arabic mantissa
  let lastSmall = 99; // exponent of the last place unit in this group
  let lastBig = -1; // magnitude reached by group units so far
  let prevUnit = -1; // exponent of the unit just before the pending digit
  let zero = false; // a 零 since the last unit
  let arabic = false; // the last mantissa was written in Arabic digits
  let frac = 0; // fraction digits of the last mantissa
  let unitRun = 0; // exponents of the units after the last mantissa
  let bigRun = 0; // exponents of the group units ending the text
  let endsWithUnit = false;
  let ambiguous: string | undefined;

  for (let i = 0; i < text.length;) {
    const ch = text[i]!;
    if (ch >= '0' && ch <= '9') {
      if (num !== undefined) return undefined;
      ARABIC.lastIndex = i;
      const m = ARABIC.exec(text)!;
      num = parseDecimal(m[0])!;
      arabic = true;
      frac = fractionDigits(m[0]);
      unitRun = bigRun = 0;
      endsWithUnit = false;
      i += m[0].length;
      continue;
    }
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (num !== undefined) return undefined;
      if (d === 0) zero = true;
      else {
        num = decimal(BigInt(d));
        arabic = false;
        frac = 0;
        unitRun = bigRun = 0;
        endsWithUnit = false;
      }
      i++;
      continue;
    }
    if (ch === '點' || ch === '点') {
      let j = i + 1;
      let digits = '';
      while (j < text.length && DIGITS[text[j]!] !== undefined) digits += DIGITS[text[j++]!];
      if (!digits || (num === undefined && isZero(section) && !zero)) return undefined;
      num = add(add(section, num ?? ZERO), decimal(BigInt(digits), digits.length));
      section = ZERO;
      lastSmall = 99;
      prevUnit = -1;
      zero = arabic = false;
      frac = digits.length;
      unitRun = bigRun = 0;
      endsWithUnit = false;
      i = j;
      continue;
    }
    const tens = TENS[ch];
    if (tens !== undefined) {
      if (num !== undefined || lastSmall <= 1) return undefined;
      section = add(section, decimal(BigInt(tens)));
      lastSmall = prevUnit = 1;
      zero = false;
      i++;
      continue;
    }
    const small = SMALL[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return undefined;
      section = add(section, shift(num ?? ONE, small));
      unitRun = num === undefined ? unitRun + small : small;
      bigRun = 0;
      num = undefined;
      lastSmall = prevUnit = small;
      zero = false;
      endsWithUnit = true;
      i++;
      continue;
    }
    let big = BIG[ch];
    if (big !== undefined) {
      if (ch === '兆') {
        ambiguous = ZHAO_AMBIGUOUS;
        big = options.zhao ?? 12;
      }
      let group = add(section, num ?? ZERO);
      if (isZero(group) && num === undefined && isZero(total)) group = ONE;
      if (lastBig === -1 || big >= lastBig) {
        total = shift(add(total, group), big);
        lastBig = lastBig === -1 ? big : lastBig + big;
      } else {
        total = add(total, shift(group, big));
        lastBig = big;
      }
      unitRun = num === undefined && endsWithUnit ? unitRun + big : big;
      bigRun = endsWithUnit && bigRun > 0 ? bigRun + big : big;
      section = ZERO;
      num = undefined;
      lastSmall = 99;
      prevUnit = big;
      zero = false;
      endsWithUnit = true;
      i++;
      continue;
    }
    return undefined;
  }

  let precision: number;
  if (num !== undefined) {
    // 一萬五 = 15000, 三千五 = 3500: a last digit right after a unit of 百 or more is elided.
    if (!zero && !arabic && frac === 0 && prevUnit >= 2) {
      num = shift(num, prevUnit - 1);
      precision = prevUnit - 1;
    } else precision = 0 - frac;
    total = add(total, add(section, num));
  } else {
    total = add(total, section);
    precision = endsWithUnit ? (arabic ? unitRun : bigRun) - frac : 0 - frac;
  }
  return { value: total, precision, ...(ambiguous ? { ambiguous } : {}) };
}
