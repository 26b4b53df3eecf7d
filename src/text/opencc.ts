/**
 * Traditional/Simplified conversion through opencc-js, chosen by name as OpenCC configures it.
 * Converters are built once, on first use: those to Traditional take about 200 ms to build.
 */
import * as OpenCC from 'opencc-js';

export type Variant = 'cn' | 'hk' | 'tw' | 't';

const cache = new Map<string, (s: string) => string>();

export function converter(from: Variant, to: Variant): (s: string) => string {
  const key = `${from}>${to}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const conv = OpenCC.Converter({ from, to });
  cache.set(key, conv);
  return conv;
}

/**
 * Fold Traditional (HK/TW variants included: 綫/線, 裏/裡, 衞/衛) to Simplified for matching.
 * The result has the same length as the input, so offsets carry over.
 */
export function toSimplified(text: string): string {
  const out = converter('hk', 'cn')(text);
  if (out.length === text.length) return out;
  // A phrase conversion changed the length: convert character by character instead.
  const conv = converter('hk', 'cn');
  let res = '';
  for (const ch of text) {
    const c = conv(ch);
    res += c.length === ch.length ? c : ch;
  }
  return res;
}

/**
 * 'hant' when the text is written in Traditional characters, 'hans' when in Simplified,
 * undefined when it has too few Chinese characters that differ between the two.
 */
export function chineseScript(text: string): 'hant' | 'hans' | undefined {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const simp = converter('hk', 'cn')(sample);
  let trad = 0;
  for (let i = 0; i < sample.length && i < simp.length; i++) {
    if (sample[i] !== simp[i]) trad++;
  }
  if (trad >= 3 || (trad > 0 && trad >= sample.length / 200)) return 'hant';
  // No Traditional-only characters: Simplified if there is Chinese text at all.
  return /\p{Script=Han}{4}/u.test(sample) ? 'hans' : undefined;
}
