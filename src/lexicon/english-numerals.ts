/**
 * Spelled-out English numbers as filings write them: two … nineteen, tens, "twenty-five",
 * "one hundred and twenty", "three million". Bare "one" is left alone (it is more often a pronoun:
 * "one of the directors"); "one hundred", "one million" are read.
 */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** English scale words → exponent of ten. */
const SCALE_WORDS: Record<string, number> = {
  hundred: 2,
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
};

const UNIT_RE =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_RE = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SMALL_RE = `(?:(?:${TENS_RE})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${UNIT_RE})`;

/** A spelled-out number: "twenty-five", "one hundred and five", "three million". */
export const ENGLISH_NUMBER_WORDS = new RegExp(
  `\\b${SMALL_RE}(?:\\s+hundred(?:\\s+(?:and\\s+)?${SMALL_RE})?)?(?:\\s+(?:thousand|million|billion|trillion))?\\b`,
  'gi',
);

/** Integer value of a spelled-out number, undefined for bare "one"/"zero" and non-numbers. */
export function parseEnglishNumberWords(
  text: string,
): { value: bigint; exponent: number } | undefined {
  const words = text.toLowerCase().split(/[\s-]+/);
  if (words.length === 1 && (words[0] === 'one' || words[0] === 'zero')) return undefined;
  let value = 0n;
  let current = 0n;
  let exponent = 0;
  for (const w of words) {
    if (w === 'and') continue;
    const u = UNITS[w] ?? TENS[w];
    if (u !== undefined) {
      current += BigInt(u);
      continue;
    }
    const s = SCALE_WORDS[w];
    if (s === undefined) return undefined;
    if (s === 2) current *= 100n;
    else {
      value += current * 10n ** BigInt(s);
      current = 0n;
      exponent = s;
    }
  }
  return { value: value + current, exponent };
}
