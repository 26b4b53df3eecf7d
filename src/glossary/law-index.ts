/**
 * The search structures the law-name matcher runs on, built once per glossary index (and cached
 * with it): a character trie over every folded Chinese form (zhKey, plus the forms without a
 * revision suffix or Cap. reference, and PRC laws with/without 中華人民共和國), and a token trie
 * over every English form (normalised tokens, "X of the PRC" and "PRC X" both). Also the
 * English tokenizer both the trie and the matcher use, so text and keys normalise alike.
 * Pure; no I/O.
 */
import { zhKey, zhKeysLoose } from './keys.js';
import { BARE_INSTRUMENTS_HANS, foldZhText, instrumentOf } from './lawname.js';
import { enForms, type Term, zhForms } from './model.js';
import type { GlossaryIndex } from './shipped.js';

const EN_HEAD =
  /\b(?:Law|Ordinance|Regulations?|Measures|Provisions|Rules|Code|Standards|Guidelines|Notice|Opinions|Practice|Decision|Directive|Circular|Act)\b/i;

/**
 * Is the term a law-like name the matcher reports? Every kind but `term`; `term` entries
 * (filing terms) only keep gaps from being reported over them. A user glossary row that gave
 * no kind is a law when its instrument, Cap., Chinese ending (法, 條例, 辦法 …) or English head
 * noun (Law, Ordinance, Rules …) says so.
 */
export function isLawTerm(t: Term): boolean {
  if (t.kind !== 'term') return true;
  if (t.authority !== 'user') return false;
  if (t.instrument !== '' || t.cap !== '') return true;
  return instrumentOf(foldZhText(t.zhHans), BARE_INSTRUMENTS_HANS) !== '' || EN_HEAD.test(t.en);
}

export interface ZhNode {
  next: Map<string, ZhNode>;
  /** terms whose form ends here, best first; `loose` when only a derived key ends here */
  terms?: Term[];
  loose?: boolean;
}

export interface EnNode {
  next: Map<string, EnNode>;
  terms?: Term[];
  /** the form as written, for one-token forms (acronyms match case-sensitively) */
  single?: string;
}

export interface LawIndex {
  glossary: GlossaryIndex;
  /** the terms the matcher reports (isLawTerm) */
  laws: ReadonlySet<Term>;
  zh: ZhNode;
  en: EnNode;
}

const cache = new WeakMap<GlossaryIndex, LawIndex>();

/** The law-name search index for a glossary index, built on first use and cached. */
export function lawIndex(glossary: GlossaryIndex): LawIndex {
  const hit = cache.get(glossary);
  if (hit) return hit;
  const zh: ZhNode = { next: new Map() };
  // exact keys first (their term lists are ordered as the glossary index orders them)
  for (const [key, terms] of glossary.byZh) {
    addZh(zh, key, terms, false);
  }
  for (const t of glossary.terms) {
    for (const form of zhForms(t)) {
      const exact = zhKey(form);
      const prc = exact.startsWith('中华人民共和国');
      for (const key of zhKeysLoose(form)) {
        if (key === exact || glossary.byZh.has(key)) continue;
        // only PRC instruments take the 中華人民共和國 prefix
        const added = !prc && key.startsWith('中华人民共和国');
        if (added && (t.jurisdiction !== 'CN' || t.kind === 'term')) continue;
        addZh(zh, key, [t], true);
      }
    }
  }
  const en: EnNode = { next: new Map() };
  for (const t of glossary.terms) {
    for (const form of enForms(t)) {
      for (const variant of enKeyVariants(form)) addEn(en, variant, t, form);
    }
  }
  const laws = new Set(glossary.terms.filter(isLawTerm));
  const out: LawIndex = { glossary, laws, zh, en };
  cache.set(glossary, out);
  return out;
}

function addZh(root: ZhNode, key: string, terms: Term[], loose: boolean): void {
  if (key.length < 2) return;
  let node = root;
  for (const ch of key) {
    let n = node.next.get(ch);
    if (!n) {
      n = { next: new Map() };
      node.next.set(ch, n);
    }
    node = n;
  }
  if (!node.terms) {
    node.terms = [...terms];
    if (loose) node.loose = true;
  } else if (node.loose && loose) {
    for (const t of terms) if (!node.terms.includes(t)) node.terms.push(t);
  }
}

function addEn(root: EnNode, tokens: string[], term: Term, form: string): void {
  if (tokens.length === 0) return;
  let node = root;
  for (const tok of tokens) {
    let n = node.next.get(tok);
    if (!n) {
      n = { next: new Map() };
      node.next.set(tok, n);
    }
    node = n;
  }
  node.terms ??= [];
  // later-merged glossaries (user files) win on shared forms
  if (!node.terms.includes(term)) node.terms.unshift(term);
  if (tokens.length === 1) node.single = form;
}

// ---------------------------------------------------------------------------------------------
// English tokens

export interface EnToken {
  /** normalised: lower case, no apostrophes, labour → labor, People's Republic of China → prc */
  norm: string;
  start: number;
  end: number;
}

const TOKEN =
  /P\.[ \t]?R\.[ \t]?C\.?|H\.[ \t]?K\.(?![A-Za-z])|[A-Za-z0-9]+(?:['’][A-Za-z]+)*|&|[(),;:.!?[\]]/g;

/**
 * Tokens of an English text with their offsets. Words are normalised; punctuation that can end or split a title
 * (. , ; : ( ) [ ] ! ?) is kept as tokens so no name runs across it.
 */
export function enTokens(text: string): EnToken[] {
  const raw: EnToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const s = m[0];
    let norm = s.toLowerCase().replace(/['’]/g, '');
    if (/^p\.\s?r\.\s?c\.?$/.test(norm)) norm = 'prc';
    else if (/^h\.\s?k\.$/.test(norm)) norm = 'hk';
    else if (norm === '&') norm = 'and';
    else if (norm === 'labour') norm = 'labor';
    raw.push({ norm, start: m.index, end: m.index + s.length });
  }
  // People's Republic of China → prc; "the prc" → prc
  const out: EnToken[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    if (
      (t.norm === 'peoples' || t.norm === 'people') &&
      raw[i + 1]?.norm === 'republic' &&
      raw[i + 2]?.norm === 'of' &&
      raw[i + 3]?.norm === 'china'
    ) {
      out.push({ norm: 'prc', start: t.start, end: raw[i + 3]!.end });
      i += 3;
    } else out.push(t);
  }
  return out.filter((t, i) => !(t.norm === 'the' && out[i + 1]?.norm === 'prc'));
}

/** Is this token (as written) capitalised or an acronym or a number? */
export function isTitleWord(raw: string): boolean {
  return /^[A-Z0-9]/.test(raw);
}

/** English revision suffix in a form: "(2010 Revision)", "(Revised in 2023)". */
export const EN_REVISION =
  /\s*\(\s*(?:(\d{4})\s+(revision|revised|amendment|amended)|(revised|amended)(?:\s+in)?\s+(\d{4}))\s*\)/i;
/** English Cap. reference: "(Cap. 622)", "(Chapter 571 of the Laws of Hong Kong)", ", Cap. 32". */
export const EN_CAP =
  /\s*(?:\(\s*(?:Cap\.?|Chapter)\s*(\d+[A-Z]{0,2})(?:\s+of\s+the\s+Laws\s+of\s+(?:Hong\s+Kong|HK|the\s+Hong\s+Kong\s+Special\s+Administrative\s+Region)(?:\s+SAR)?)?\s*\)|,\s*Cap\.?\s*(\d+[A-Z]{0,2})\b)/i;

/**
 * The token sequences one English form is found by: the form, the form without revision or
 * Cap. suffix, without a leading "the", and "X of PRC" ⇄ "PRC X".
 */
export function enKeyVariants(form: string): string[][] {
  const bases = new Set<string>([form]);
  let s = form;
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(new RegExp(`${EN_REVISION.source}$`, 'i'), '');
    s = s.replace(new RegExp(`${EN_CAP.source}$`, 'i'), '');
    s = s.trim();
    if (s === before) break;
    bases.add(s);
  }
  const out: string[][] = [];
  const seen = new Set<string>();
  const add = (toks: string[]) => {
    const k = toks.join(' ');
    if (toks.length > 0 && !seen.has(k)) {
      seen.add(k);
      out.push(toks);
    }
  };
  for (const b of bases) {
    let toks = enTokens(b).map((t) => t.norm);
    while (toks[0] === 'the') toks = toks.slice(1);
    while (toks.length > 0 && /^[.,;:]$/.test(toks.at(-1)!)) toks = toks.slice(0, -1);
    add(toks);
    if (toks[0] === 'prc' && toks.length > 1) add([...toks.slice(1), 'of', 'prc']);
    const n = toks.length;
    if (n > 2 && toks[n - 1] === 'prc' && toks[n - 2] === 'of') add(['prc', ...toks.slice(0, -2)]);
  }
  return out;
}
