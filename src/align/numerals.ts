/**
 * Chinese numerals as numbers, for matching 二十八 with "twenty-eight"/"28" and （三） with
 * "(c)": plain numeral words only (一九八九, 二十八, 三千五百, 两万), not amounts with units
 * (those are anchor keys, src/lexicon/anchors.ts).
 */

const DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** The value of a word written only in Chinese numerals; undefined otherwise. */
export function chineseNumber(word: string): number | undefined {
  if (!word || word.length > 12) return undefined;
  for (const ch of word) {
    if (DIGIT[ch] === undefined && UNIT[ch] === undefined && BIG[ch] === undefined) {
      return undefined;
    }
  }
  // digit strings (一九八九) read digit by digit
  if ([...word].every((ch) => DIGIT[ch] !== undefined)) {
    if (word.length === 1) return DIGIT[word];
    return Number([...word].map((ch) => DIGIT[ch]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of word) {
    const d = DIGIT[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const u = UNIT[ch];
    if (u !== undefined) {
      section += (digit < 0 ? 1 : digit) * u;
      digit = -1;
      continue;
    }
    const b = BIG[ch]!;
    total += (section + Math.max(digit, 0)) * b;
    section = 0;
    digit = -1;
  }
  return total + section + Math.max(digit, 0);
}
