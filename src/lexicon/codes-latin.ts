/**
 * Latin tokens that a translation must carry over: in Chinese text every Latin word (GMP, QP, EU,
 * ESG, company names); in English text only acronyms (two or more capitals, digits allowed:
 * GMP, COVID-19), since ordinary English words have no counterpart to look for. Headings written
 * in capitals are skipped in English. Run last, on what the other extractors left unclaimed.
 */
import type { SpanMask } from './prepare.js';
import type { Code } from './types.js';

const LATIN = /[A-Za-z][A-Za-z0-9]*(?:[&'.-][A-Za-z0-9]+)*/g;
/** English: only tokens with two capitals in a row can be acronyms (GMP, COVID-19, R&D). */
const ACRONYM =
  /(?<![A-Za-z0-9])[A-Z][A-Z0-9&]*[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|(?<![A-Za-z0-9])[A-Z]&[A-Z]\b/g;

/** Acronyms an English filing writes where the Chinese one uses words (PRC 中國, HK 香港). */
const STOP = new Set([
  'rmb',
  'hkd',
  'usd',
  'eur',
  'gbp',
  'jpy',
  'hk',
  'us',
  'uk',
  'usa',
  'prc',
  'sar',
  'hksar',
  'hkex',
  'sehk',
  'sfo',
  'agm',
  'egm',
  'ii',
  'iii',
  'iv',
  'vi',
  'vii',
  'viii',
  'ix',
  'xi',
]);

/** Two or more capital letters and no small ones: GMP, ESG, COVID-19, R&D. */
export function isAcronym(token: string): boolean {
  let caps = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) caps++;
  }
  return caps >= 2;
}

function mostlyCapitals(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c >= 0x61 && c <= 0x7a) lower++;
  }
  return upper > 8 && upper > lower;
}

export function findLatinTokens(
  text: string,
  folded: string,
  lang: 'en' | 'zh',
  mask: SpanMask,
): Code[] {
  const re = lang === 'en' ? ACRONYM : LATIN;
  re.lastIndex = 0;
  let m = re.exec(folded);
  if (!m || (lang === 'en' && mostlyCapitals(folded))) return [];
  const out: Code[] = [];
  for (; m; m = re.exec(folded)) {
    const token = m[0];
    const start = m.index;
    const end = start + token.length;
    if (lang === 'en' && !isAcronym(token)) continue;
    const key = token.toLowerCase();
    if (lang === 'en' && STOP.has(key)) continue;
    if (mask.overlaps(start, end)) continue;
    mask.claim(start, end);
    out.push({ kind: 'latin', key: `latin:${key}`, start, end, text: text.slice(start, end) });
  }
  return out;
}
