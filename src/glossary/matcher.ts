/**
 * The law-name matcher: every law, regulation, ordinance and rule-book name in a Chinese or
 * English text, with its title on the other side from the glossaries, its revision suffix and
 * Cap. number, and the names in no glossary ("gaps").
 *
 *   matchLawNames(text, index?, options?) → LawMatch[]   (sorted by offset, non-overlapping)
 *
 * The search structures are built once per glossary index (law-index.ts) and cached, so repeated
 * calls only pay for the scan. Chinese: matcher-zh.ts; English: matcher-en.ts. Pure: no I/O (the
 * shipped glossaries are read on first use when no index is given).
 */
import { detectDocumentLanguage } from '../text/language.js';
import { lawIndex } from './law-index.js';
import type { LawMatch, MatchOptions } from './law-match.js';
import { matchEnglish } from './matcher-en.js';
import { matchChinese } from './matcher-zh.js';
import { type GlossaryIndex, shippedGlossaryIndex } from './shipped.js';

export type { LawMatch, MatchOptions, Revision } from './law-match.js';
export { type LawName, parseLawName } from './lawname.js';

/** The language a text is matched as: `zh` when it is mostly Chinese, else `en`. */
export function detectFrom(text: string): 'zh' | 'en' {
  return detectDocumentLanguage(text).lang === 'zh' ? 'zh' : 'en';
}

/**
 * Law names in `text`. `index` defaults to the shipped glossaries (pass
 * `buildIndex(mergeGlossaries(shippedTerms(), user))` for user glossaries); `options.from`
 * defaults to detecting the language of the text.
 */
export function matchLawNames(
  text: string,
  index: GlossaryIndex = shippedGlossaryIndex(),
  options: MatchOptions = {},
): LawMatch[] {
  const from = !options.from || options.from === 'auto' ? detectFrom(text) : options.from;
  const li = lawIndex(index);
  const opts = { script: options.script, gaps: options.gaps };
  return from === 'zh' ? matchChinese(text, li, opts) : matchEnglish(text, li, opts);
}

/** Build the search structures for an index now (otherwise built on the first match). */
export function prepareLawIndex(index: GlossaryIndex = shippedGlossaryIndex()): void {
  lawIndex(index);
}
