/**
 * What the law-name matcher returns (LawMatch) and the small helpers the Chinese and English
 * matchers share: turning a glossary term into a match, the notes for Cap. / revision
 * differences, and resolving overlapping candidates (longest wins). Pure.
 */
import { converter, toSimplified } from '../text/opencc.js';
import { type LawName, parseLawName, type Revision } from './lawname.js';
import type { Term, TermKind } from './model.js';

export type { Revision } from './lawname.js';

/** One law, regulation, ordinance or rule-book name found in a text. */
export interface LawMatch {
  /** JavaScript string offsets into the text: `text.slice(start, end) === match.text` */
  start: number;
  end: number;
  /** the text as found: 《》 and a following revision / Cap. suffix included */
  text: string;
  /**
   * the Chinese title: the glossary's (in the script asked for) or, for a gap found in Chinese
   * text, the name as written; absent for a gap found in English text
   */
  zh?: string;
  /** the English title: the glossary's or, for a gap found in English text, the name as written */
  en?: string;
  /** the glossary kind (law, ordinance, rulebook …) or `gap` for a name in no glossary */
  kind: TermKind | 'gap';
  /** the glossary entry id */
  id?: string;
  /** the instrument word of the Chinese title (法, 條例, 實施條例 …) */
  instrument?: string;
  /** the revision suffix found in the text */
  revision?: Revision;
  /** the HK chapter number found in the text (or the entry's, for a bare Cap. reference) */
  cap?: string;
  /** titles cited inside this one: 《關於修改〈公司法〉的決定》 cites the Company Law */
  cites?: LawMatch[];
  /** differences worth a look: the text's Cap. or revision is not the glossary's */
  note?: string;
}

export interface MatchOptions {
  /** the language of the text; `auto` (default) detects it */
  from?: 'zh' | 'en' | 'auto';
  /** the script of the Chinese titles reported: default the text's own (hant for English text) */
  script?: 'hant' | 'hans';
  /** report names in no glossary (default true) */
  gaps?: boolean;
}

/** A candidate span before overlaps are resolved. */
export interface Candidate {
  start: number;
  end: number;
  /** higher wins over length: 2 = 《》 title, 1 = glossary name, 0 = gap */
  rank: number;
  match: LawMatch;
}

const derivedHant = new WeakMap<Term, string>();

/**
 * The Chinese title of a term in a script. A user glossary row that gave only a Simplified
 * form has it as its Traditional form too: convert it (opencc-js cn→hk, built on first need).
 */
export function zhTitle(term: Term, script: 'hant' | 'hans'): string {
  if (script === 'hans') return term.zhHans;
  const simplifiedOnly = term.zhHant === term.zhHans && toSimplified(term.zhHant) === term.zhHant;
  if (term.authority !== 'user' || !simplifiedOnly) return term.zhHant;
  let hant = derivedHant.get(term);
  if (hant === undefined) {
    hant = converter('cn', 'hk')(term.zhHans);
    derivedHant.set(term, hant);
  }
  return hant;
}

const parsedTitles = new WeakMap<Term, LawName>();

/** The parsed Chinese title of a term (cached). */
export function termTitle(term: Term): LawName {
  let p = parsedTitles.get(term);
  if (!p) {
    p = parseLawName(term.zhHant);
    parsedTitles.set(term, p);
  }
  return p;
}

function capNorm(cap: string): string {
  return cap.replace(/\s+/g, '').toUpperCase();
}

/** A match for a glossary term over [start, end). */
export function termMatch(
  text: string,
  start: number,
  end: number,
  term: Term,
  script: 'hant' | 'hans',
  extra: { revision?: Revision; cap?: string; instrument?: string } = {},
): LawMatch {
  const m: LawMatch = {
    start,
    end,
    text: text.slice(start, end),
    zh: zhTitle(term, script),
    en: term.en,
    kind: term.kind,
    id: term.id,
  };
  const instrument = term.instrument || extra.instrument || termTitle(term).instrument;
  if (instrument) m.instrument = instrument;
  if (extra.revision) m.revision = extra.revision;
  if (extra.cap) m.cap = extra.cap;
  const notes: string[] = [];
  if (extra.cap && term.cap && capNorm(extra.cap) !== capNorm(term.cap)) {
    notes.push(`Cap. ${extra.cap} in the text; the glossary has Cap. ${term.cap}`);
  }
  const own = termTitle(term).revision;
  if (extra.revision && own && extra.revision.year !== own.year) {
    notes.push(`revision ${extra.revision.year} in the text; the glossary title has ${own.year}`);
  }
  if (notes.length > 0) m.note = notes.join('; ');
  return m;
}

/** Non-overlapping candidates: higher rank first, then longer, then earlier; sorted by offset. */
export function resolve(cands: Candidate[]): LawMatch[] {
  const order = [...cands].sort(
    (a, b) => b.rank - a.rank || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const size = cands.reduce((n, c) => Math.max(n, c.end), 0);
  const taken = new Uint8Array(size);
  const kept: Candidate[] = [];
  for (const c of order) {
    let free = true;
    for (let k = c.start; k < c.end && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start).map((c) => c.match);
}

/** Does [start, end) overlap any of the spans? */
export function overlaps(
  spans: readonly { start: number; end: number }[],
  start: number,
  end: number,
) {
  return spans.some((s) => start < s.end && s.start < end);
}
