/**
 * Lookup keys for glossary matching. A key is a folded form of a Chinese or English name, so
 * that the spellings filings use for one name meet in one key:
 * - Chinese: Traditional → Simplified (opencc-js hk→cn), full-width → ASCII, 《》〈〉「」 and
 *   quotes and spaces removed, （）〔〕【】 → ().
 * - English: lower case, apostrophes and dots of abbreviations dropped, "People's Republic of
 *   China" / "Peoples Republic of China" / "P.R.C." / "the PRC" → "prc", "X of the PRC" →
 *   "prc x", "Labour" → "labor", hyphens and runs of spaces → one space, a leading "the" dropped.
 * Keys are for comparison only, never shown. `*Loose` helpers give the further keys a lookup
 * tries when the exact key misses (revision suffix, Cap. number, 中華人民共和國 prefix).
 */
import { foldWidth } from '../text/fold.js';
import { toSimplified } from '../text/opencc.js';

const ZH_DROP = /[《》〈〉「」『』“”‘’"'\s\u200b·・]/gu;

/** The folded key of a Chinese name. */
export function zhKey(text: string): string {
  let s = foldWidth(text.normalize('NFC'));
  s = s
    .replace(/[〔【［]/gu, '(')
    .replace(/[〕】］]/gu, ')')
    .replace(/\[/g, '(')
    .replace(/]/g, ')');
  s = s.replace(ZH_DROP, '');
  return toSimplified(s);
}

const REVISION_ZH = /\((?:\d{4}|[〇零一二三四五六七八九]{4})年?(?:修订|修正|修改|版|修订版)?\)$/u;
const CAP_ZH = /\(?第\d+[A-Z]{0,2}章\)?$/u;
const HK_LAWS_PREFIX_ZH = /^香港法例第\d+[A-Z]{0,2}章/u;
const PRC_PREFIX_ZH = '中华人民共和国';

/**
 * Further keys to try for a Chinese name after its exact key missed: without a revision suffix
 * (（2010年修訂）), without a Cap. reference (（第622章）, 香港法例第622章), with or without the
 * 中華人民共和國 prefix. The exact key comes first.
 */
export function zhKeysLoose(text: string): string[] {
  const out: string[] = [];
  const add = (k: string) => {
    if (k.length > 0 && !out.includes(k)) out.push(k);
  };
  let k = zhKey(text);
  add(k);
  for (let i = 0; i < 3; i++) {
    const before = k;
    k = k.replace(REVISION_ZH, '').replace(CAP_ZH, '').replace(HK_LAWS_PREFIX_ZH, '');
    if (k === before) break;
    add(k);
  }
  for (const base of [...out]) {
    if (base.startsWith(PRC_PREFIX_ZH)) add(base.slice(PRC_PREFIX_ZH.length));
    else add(PRC_PREFIX_ZH + base);
  }
  return out;
}

/** The folded key of an English name. */
export function enKey(text: string): string {
  let s = foldWidth(text.normalize('NFKC')).toLowerCase();
  s = s.replace(/[\u2018\u2019\u02bc`´]/g, "'");
  s = s.replace(/\bp\.\s?r\.\s?c\.?/g, 'prc');
  s = s.replace(/\bh\.\s?k\.?(?=\s|$)/g, 'hk');
  s = s.replace(/\bpeople'?s'?\s+republic\s+of\s+china\b/g, 'prc');
  s = s.replace(/'/g, '');
  s = s.replace(/\blabour\b/g, 'labor');
  s = s.replace(/[-‐‑–—_/]/g, ' ');
  s = s.replace(/[“”"]/g, '');
  s = s.replace(/\s*([(),;:])\s*/g, '$1');
  s = s.replace(/\s+/g, ' ').trim();
  s = s.replace(/[.,;:]+$/g, '');
  s = s.replace(/\bthe prc\b/g, 'prc');
  s = s.replace(/^the /, '');
  const tail = /^(.+) of prc$/.exec(s);
  if (tail) s = `prc ${tail[1]}`;
  return s;
}

const REVISION_EN =
  /\s*\((?:\d{4}\s+(?:revision|revised|amendment|amended|edition|version)|(?:revised|amended)(?:\s+in)?\s+\d{4})\)$/i;
const CAP_EN =
  /,?\s*\(?(?:(?:cap\.?|chapter)\s*\d+[a-z]{0,2}(?:\s+of\s+the\s+laws\s+of\s+(?:hong kong|hk))?)\)?$/i;

/**
 * Further keys to try for an English name after its exact key missed: without a revision
 * suffix ("(2018 Revision)", "(Revised in 2023)") and without a Cap. reference ("(Cap. 622)",
 * "Chapter 622 of the Laws of Hong Kong"). The exact key comes first.
 */
export function enKeysLoose(text: string): string[] {
  const out: string[] = [];
  const add = (k: string) => {
    if (k.length > 0 && !out.includes(k)) out.push(k);
  };
  add(enKey(text));
  let s = text.trim();
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(REVISION_EN, '').replace(CAP_EN, '').trim();
    if (s === before) break;
    add(enKey(s));
  }
  return out;
}
