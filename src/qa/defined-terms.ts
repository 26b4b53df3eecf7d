/**
 * The filing's own glossary: the terms it defines, paired across the two versions. From the
 * definitions section (`"Target Company"  Jinhe Kangning … ` ↔ `「目標公司」 指 …`) and from
 * inline definitions (`(the "Purchaser")` ↔ `（「買方」）`, when a pair has as many on each side).
 * The term checks then expect the Chinese defined term wherever the English one is used, and
 * the consistency check looks for near-variants of it. Pure.
 */
import { foldZhText } from '../glossary/lawname.js';
import { hasHan } from '../text/script.js';
import type { PairView } from './context.js';

export interface DefinedTerm {
  /** the English term as defined ("Target Company"); "Director(s)" gives Director and Directors */
  en: string;
  /** the English forms to look for */
  enForms: string[];
  /** the Chinese term as defined (目標公司) */
  zh: string;
  /** foldZhText(zh) */
  zhFolded: string;
  /** the pair it is defined in */
  pair: number;
}

const EN_DEF = /^\s*["“]([^"”]{1,60})["”]/;
const ZH_DEF = /^\s*[「“"]([^」”"]{1,30})[」”"]/;
const EN_INLINE = /\((?:the\s+|each\s+a\s+|together\s+the\s+)?["“]([^"”]{1,60})["”]\)/g;
const ZH_INLINE = /[（(](?:統稱|统称|各自|合稱|合称)?[「“]([^」”]{1,30})[」”][)）]/g;

/** Forms of a defined English term: "Director(s)" → Director, Directors. */
export function definedForms(term: string): string[] {
  const m = /^(.*)\((s|es)\)$/.exec(term);
  if (m) return [m[1]!, m[1]! + m[2]!];
  return [term];
}

function usable(en: string, zh: string): boolean {
  // a word term (not "%" or "HK$"), and real Chinese on the other side
  return /^[A-Za-z][A-Za-z0-9 '’&()-]*$/.test(en) && hasHan(zh);
}

function make(en: string, zh: string, pair: number): DefinedTerm {
  return {
    en,
    enForms: definedForms(en),
    zh,
    zhFolded: foldZhText(zh).replace(/\s+/g, ''),
    pair,
  };
}

/** The defined terms of a filing, first definition of each English term kept. */
export function definedTerms(pairs: readonly PairView[]): DefinedTerm[] {
  const out = new Map<string, DefinedTerm>();
  const add = (d: DefinedTerm) => {
    if (!out.has(d.en)) out.set(d.en, d);
  };
  for (const p of pairs) {
    const en = p.en.text;
    const zh = p.zh.text;
    if (!en || !zh) continue;
    const e = EN_DEF.exec(en);
    const z = ZH_DEF.exec(zh);
    if (e && z && usable(e[1]!, z[1]!)) add(make(e[1]!.trim(), z[1]!.trim(), p.index));
    if (en.includes('"') || en.includes('“')) {
      const ei = [...en.matchAll(EN_INLINE)].map((m) => m[1]!.trim());
      const zi = [...zh.matchAll(ZH_INLINE)].map((m) => m[1]!.trim());
      if (ei.length > 0 && ei.length === zi.length) {
        ei.forEach((t, k) => {
          if (usable(t, zi[k]!)) add(make(t, zi[k]!, p.index));
        });
      }
    }
  }
  return [...out.values()];
}

const cache = new WeakMap<readonly PairView[], DefinedTerm[]>();

/** definedTerms, computed once per context. */
export function definedTermsOf(pairs: readonly PairView[]): DefinedTerm[] {
  let d = cache.get(pairs);
  if (!d) {
    d = definedTerms(pairs);
    cache.set(pairs, d);
  }
  return d;
}
