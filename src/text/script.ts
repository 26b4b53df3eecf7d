/** Character classes and language/script detection for mixed Chinese/English text. */

/** Han ideographs (incl. extension A and compatibility ideographs) and 〇. */
export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3007 ||
    (code >= 0x20000 && code <= 0x2ebef)
  );
}

const HAN = /\p{Script=Han}/u;

/** True when the text has a Han character (Unicode `\p{Script=Han}`, a wider set than isHan). */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * Characters after which, and before which, a line break joins without a space: Han, CJK
 * punctuation (、。《》「」…), full-width forms, kana and bopomofo.
 */
export function isCjkLike(code: number): boolean {
  return (
    isHan(code) ||
    (code >= 0x3000 && code <= 0x303f) || // CJK symbols and punctuation
    (code >= 0x3040 && code <= 0x31ff) || // kana, bopomofo
    (code >= 0xff00 && code <= 0xffef) || // full-width and half-width forms
    (code >= 0xfe30 && code <= 0xfe6f) || // CJK compatibility and small forms
    code === 0x2014 || // — (used doubled as a Chinese dash)
    code === 0x2026 || // …
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2018 ||
    code === 0x2019
  );
}

/** Like isCjkLike but without the quote marks and dashes English uses too. */
export function isCjkStrict(code: number): boolean {
  return (
    isHan(code) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0x3040 && code <= 0x31ff) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0xfe30 && code <= 0xfe6f)
  );
}

export function isLatinLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f)
  );
}

export interface ScriptCounts {
  han: number;
  latin: number;
}

export function countScripts(text: string): ScriptCounts {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      code = text.codePointAt(i)!;
      i++;
    }
    if (isHan(code)) han++;
    else if (isLatinLetter(code)) latin++;
  }
  return { han, latin };
}

/**
 * The language of a paragraph, judged by content rather than the first character: Chinese
 * filing paragraphs carry English names, codes and figures; English ones quote Chinese titles.
 * A Han character weighs as much as three Latin letters.
 */
export function detectLang(text: string): 'en' | 'zh' {
  const { han, latin } = countScripts(text);
  if (han === 0) return 'en';
  return han * 3 >= latin ? 'zh' : 'en';
}
