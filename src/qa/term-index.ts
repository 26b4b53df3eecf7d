/**
 * Finding glossary terms in pair text for the term checks: one combined, leftmost-longest
 * pattern per language over every form of every term (English: whole words, case-insensitive
 * except acronyms, plural -s/-es allowed; Chinese: substrings of the Simplified, width-folded
 * text, so either script matches and no word boundary is needed). Built once per term list and
 * cached. Also which Chinese forms are another region's wording (关联交易 in a Hong Kong
 * filing): forms the glossary note calls "mainland usage", and same-length variants that differ
 * from the preferred form in at most half their characters. Pure.
 */

import { foldZhText } from '../glossary/lawname.js';
import type { Term } from '../glossary/model.js';
import { enForms, zhForms } from '../glossary/model.js';
import { contentStems } from '../lexicon/english.js';

export interface TermHit {
  start: number;
  end: number;
  /** the form as written in the text */
  text: string;
  /** the terms having this form (one form can belong to several: "associate") */
  terms: Term[];
}

export interface TermIndex {
  terms: Term[];
  findEn(text: string): TermHit[];
  /** hits in a Chinese text (offsets into the text as given; `folded` = foldZhText(text)) */
  findZh(text: string, folded?: string): TermHit[];
  /** does the folded Chinese text contain some Chinese form of the term? */
  zhHas(foldedZh: string, term: Term): boolean;
  /** does the English text contain some English form of the term (by word stems: "waived" counts for "waiver")? */
  enHas(en: string, term: Term, stems?: readonly string[]): boolean;
  /** for a Hong Kong filing: the folded Chinese forms of a term that are mainland wording */
  mainlandForms(term: Term): ReadonlySet<string>;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function isAcronymForm(form: string): boolean {
  return /^[A-Z][A-Z0-9&]{1,7}$/.test(form);
}

function group(forms: Iterable<[string, Term]>, key: (f: string) => string) {
  const map = new Map<string, Term[]>();
  for (const [f, t] of forms) {
    const k = key(f);
    if (!k) continue;
    const list = map.get(k);
    if (!list) map.set(k, [t]);
    else if (!list.includes(t)) list.push(t);
  }
  return map;
}

function alternation(keys: Iterable<string>): string {
  return [...keys]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escapeRe)
    .join('|');
}

/** Chinese forms a glossary note names as mainland usage: "mainland usage 关联交易 (…)". */
function noteForms(term: Term): string[] {
  const m = /mainland usage\s+([^\s(（]+(?:\s*\/\s*[^\s(（]+)*)/.exec(term.note);
  if (!m) return [];
  return m[1]!.split('/').map((s) => foldZhText(s.trim()));
}

/** Stems of one word: equal, or one a prefix (≥ 4 letters) of the other (waiv / waiver). */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

function wordingVariant(variant: string, preferred: string): boolean {
  if (variant.length !== preferred.length || variant === preferred) return false;
  let diff = 0;
  for (let i = 0; i < variant.length; i++) if (variant[i] !== preferred[i]) diff++;
  return diff * 2 <= variant.length;
}

export function buildTermIndex(terms: readonly Term[]): TermIndex {
  const list = terms.filter((t) => t.kind === 'term');
  const enPairs: [string, Term][] = [];
  const acronymPairs: [string, Term][] = [];
  const zhPairs: [string, Term][] = [];
  for (const t of list) {
    for (const f of enForms(t)) (isAcronymForm(f) ? acronymPairs : enPairs).push([f, t]);
    for (const f of zhForms(t)) zhPairs.push([f, t]);
  }
  const enMap = group(enPairs, (f) => f.toLowerCase().replace(/\s+/g, ' ').trim());
  const acMap = group(acronymPairs, (f) => f);
  const zhMap = group(zhPairs, (f) => foldZhText(f).replace(/\s+/g, ''));
  const enRe = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternation(enMap.keys())})(?:s|es)?(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const acRe = acMap.size
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(acMap.keys())})(?![\\p{L}\\p{N}])`, 'gu')
    : undefined;
  const zhRe = new RegExp(alternation(zhMap.keys()), 'gu');
  const enTermForms = new Map<Term, { acronym: string; keys: string[] }[]>();
  let lastEn: string | undefined;
  let lastKeys = '';
  let lastList: string[] = [];
  const zhTermForms = new Map<Term, string[]>();
  const mainland = new Map<Term, Set<string>>();

  const baseForm = (hit: string, map: Map<string, Term[]>): Term[] => {
    const k = hit.toLowerCase().replace(/\s+/g, ' ');
    const out = new Set<Term>();
    for (const key of [k, k.replace(/es$/, ''), k.replace(/s$/, '')]) {
      for (const t of map.get(key) ?? []) out.add(t);
    }
    return [...out];
  };

  return {
    terms: list,
    findEn(text) {
      const hits: TermHit[] = [];
      for (const m of text.matchAll(enRe)) {
        const terms = baseForm(m[0], enMap);
        if (terms.length)
          hits.push({ start: m.index, end: m.index + m[0].length, text: m[0], terms });
      }
      if (acRe) {
        for (const m of text.matchAll(acRe)) {
          const terms = acMap.get(m[0]) ?? [];
          if (terms.length && !hits.some((h) => h.start < m.index + m[0].length && m.index < h.end))
            hits.push({ start: m.index, end: m.index + m[0].length, text: m[0], terms });
        }
      }
      return hits.sort((a, b) => a.start - b.start);
    },
    findZh(text, given) {
      const folded = given ?? foldZhText(text);
      const hits: TermHit[] = [];
      for (const m of folded.matchAll(zhRe)) {
        hits.push({
          start: m.index,
          end: m.index + m[0].length,
          text: text.slice(m.index, m.index + m[0].length),
          terms: zhMap.get(m[0]) ?? [],
        });
      }
      return hits;
    },
    zhHas(folded, term) {
      let forms = zhTermForms.get(term);
      if (!forms) {
        forms = zhForms(term).map((f) => foldZhText(f).replace(/\s+/g, ''));
        zhTermForms.set(term, forms);
      }
      return forms.some((f) => folded.includes(f));
    },
    enHas(en, term, stems) {
      let forms = enTermForms.get(term);
      if (!forms) {
        forms = enForms(term).map((f) =>
          isAcronymForm(f) ? { acronym: f, keys: [] } : { acronym: '', keys: contentStems(f) },
        );
        enTermForms.set(term, forms);
      }
      if (lastEn !== en) {
        lastEn = en;
        lastList = stems ? [...stems] : contentStems(en);
        lastKeys = ` ${lastList.join(' ')} `;
      }
      return forms.some((f) =>
        f.acronym
          ? new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(f.acronym)}(?![\\p{L}\\p{N}])`, 'u').test(en)
          : f.keys.length > 1
            ? lastKeys.includes(` ${f.keys.join(' ')} `)
            : f.keys.length === 1 && lastList.some((k) => sameStem(k, f.keys[0]!)),
      );
    },
    mainlandForms(term) {
      let set = mainland.get(term);
      if (!set) {
        const preferred = foldZhText(term.zhHant);
        set = new Set(noteForms(term));
        for (const v of term.zhVariants) {
          const f = foldZhText(v);
          if (wordingVariant(f, preferred)) set.add(f);
        }
        set.delete(preferred);
        mainland.set(term, set);
      }
      return set;
    },
  };
}

const cache = new WeakMap<readonly Term[], TermIndex>();

/** The term index of a term list, built once. */
export function termIndexOf(terms: readonly Term[]): TermIndex {
  let index = cache.get(terms);
  if (!index) {
    index = buildTermIndex(terms);
    cache.set(terms, index);
  }
  return index;
}
