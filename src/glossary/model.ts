/**
 * The glossary entry (Term) shared by the shipped glossaries, user glossaries, the law-name
 * matcher, the aligner and the QA checks. One Term is one concept: a law, an ordinance, a rule
 * book or a filing term, with its Traditional and Simplified Chinese forms, its English title
 * and every variant that filings use. Plain data only.
 */

/** What the entry names; law-like kinds follow the PRC / HK hierarchy of instruments. */
export type TermKind =
  | 'law'
  | 'administrative-regulation'
  | 'departmental-rule'
  | 'normative-document'
  | 'judicial-interpretation'
  | 'ordinance'
  | 'subsidiary-legislation'
  | 'rulebook'
  | 'code'
  | 'guide'
  | 'term';

export const TERM_KINDS: readonly TermKind[] = [
  'law',
  'administrative-regulation',
  'departmental-rule',
  'normative-document',
  'judicial-interpretation',
  'ordinance',
  'subsidiary-legislation',
  'rulebook',
  'code',
  'guide',
  'term',
];

/** CN = PRC (mainland), HK = Hong Kong SAR, TW = Taiwan; '' when not tied to one. */
export type Jurisdiction = 'CN' | 'HK' | 'TW' | '';

/**
 * How authoritative the English is:
 * - `official`: co-authentic text (HK ordinances), or the English published by the enacting
 *   body (NPC, State Council) or by HKEX for its own rule books;
 * - `authority-translation`: English published by a ministry or regulator for an instrument it
 *   did not write in English (e.g. a ministry's translation of a State Council regulation);
 * - `common`: the rendering that filings, law firms and legal databases use, no official
 *   English known;
 * - `user`: from a user glossary that did not say.
 */
export type Authority = 'official' | 'authority-translation' | 'common' | 'user';

export const AUTHORITIES: readonly Authority[] = [
  'official',
  'authority-translation',
  'common',
  'user',
];

export interface Term {
  /** stable identifier, unique across all loaded glossaries (e.g. `cn-company-law`) */
  id: string;
  kind: TermKind;
  jurisdiction: Jurisdiction;
  /** preferred Traditional Chinese form (HK usage), without 《》 */
  zhHant: string;
  /** preferred Simplified Chinese form (mainland usage), without 《》 */
  zhHans: string;
  /** preferred English form (official title where one exists) */
  en: string;
  /** other English forms filings use ("PRC Company Law", "the Company Law") */
  enVariants: string[];
  /** other Chinese forms: short forms (公司法), HK/mainland variants (关联交易), old titles */
  zhVariants: string[];
  /** the instrument type word of the Chinese title (法, 條例, 辦法, 規範, 守則 …), if any */
  instrument: string;
  /** HK chapter number (`622`, `32`, `571V`), if any */
  cap: string;
  authority: Authority;
  /**
   * how the pair was checked while curating: `seed` (taken from the verified law-names seed),
   * `search` (seen in a public source with the search tool), `no` (not re-checked), '' (unknown)
   */
  checked: string;
  /** where the pair comes from / was checked: URL or citation */
  source: string;
  note: string;
  /** the glossary file the entry came from (`glossaries/prc-laws.tsv`, a user file) */
  origin: string;
}

/** Every Chinese form of a term: preferred Traditional, preferred Simplified, variants. */
export function zhForms(term: Term): string[] {
  return unique([term.zhHant, term.zhHans, ...term.zhVariants].filter((s) => s.length > 0));
}

/** Every English form of a term: preferred, then variants. */
export function enForms(term: Term): string[] {
  return unique([term.en, ...term.enVariants].filter((s) => s.length > 0));
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
