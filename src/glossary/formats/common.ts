/**
 * Helpers the glossary formats share: which script a language code or a Chinese form is in,
 * completing a partly known entry (missing script by OpenCC, defaults), ids for formats that
 * have none, the TBX administrative status derived from `authority`, list cells, the first
 * data line of a text file and the traits of a lossless format.
 * Pure functions over plain values.
 */
import { converter, toSimplified } from '../../text/opencc.js';
import {
  AUTHORITIES,
  type Authority,
  type Jurisdiction,
  TERM_KINDS,
  type TermKind,
} from '../model.js';
import {
  DEFAULT_LANGS,
  type GlossaryLangs,
  type GlossaryTerm,
  type GlossaryTraits,
} from './format.js';

export type LangRole = 'en' | 'hant' | 'hans' | 'zh';

/**
 * What a language code names: `en`, `en-GB` → en; `zh-HK`, `zh-TW`, `zh-MO`, `zh-Hant…` →
 * hant; `zh-CN`, `zh-SG`, `zh-Hans…` → hans; bare `zh` → zh (decided per cell by script);
 * anything else undefined. Case and `_`/`-` do not matter.
 */
export function langRole(code: string): LangRole | undefined {
  const parts = code.trim().toLowerCase().split(/[-_]/);
  if (parts[0] === 'en' || parts[0] === 'eng') return 'en';
  if (parts[0] !== 'zh' && parts[0] !== 'zho' && parts[0] !== 'chi') return undefined;
  for (const p of parts.slice(1)) {
    if (p === 'hant' || p === 'hk' || p === 'tw' || p === 'mo') return 'hant';
    if (p === 'hans' || p === 'cn' || p === 'sg' || p === 'my') return 'hans';
  }
  return 'zh';
}

/** Traditional (HK) form of a Simplified text. */
export function toTraditional(text: string): string {
  return converter('cn', 'hk')(text);
}

/** `hant` when the text has Traditional-only characters, `hans` for Simplified-only, else `both`. */
export function scriptOf(text: string): 'hant' | 'hans' | 'both' {
  if (toSimplified(text) !== text) return 'hant';
  if (toTraditional(text) !== text) return 'hans';
  return 'both';
}

/**
 * Chinese variants by the langSec / column they belong in (script-neutral forms go in both).
 * A variant equal to a preferred form is written too, so a round trip keeps it.
 */
export function zhVariantsByScript(term: GlossaryTerm): { hant: string[]; hans: string[] } {
  const hant: string[] = [];
  const hans: string[] = [];
  for (const v of term.zhVariants) {
    const s = scriptOf(v);
    if (s !== 'hans') hant.push(v);
    if (s !== 'hant') hans.push(v);
  }
  return { hant, hans };
}

export function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

/** `|`-separated list cell → trimmed non-empty items. */
export function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The first line of a text file that is neither blank nor a `#` comment (BOM dropped). */
export function firstDataLine(text: string): string | undefined {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .find((l) => l.trim() !== '' && !l.startsWith('#'));
}

/** A cell value for tab-separated files: tabs and line breaks become spaces. */
export function flat(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

/** A valid XML NCName (TBX conceptEntry/termEntry ids are xs:ID). */
export function isNcName(id: string): boolean {
  return /^[\p{L}_][\p{L}\p{N}._\-\u00b7]*$/u.test(id);
}

/** An id made from the English (or Chinese) form: `user-company-law-of-the-prc`. */
export function slugId(text: string, prefix = 'user'): string {
  const slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9\p{Script=Han}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${prefix}-${slug || 'term'}`;
}

/** Make ids unique in order of appearance (`x`, `x-2`, `x-3`); empty ids get a slug. */
export function uniqueIds(terms: GlossaryTerm[]): GlossaryTerm[] {
  const used = new Set<string>();
  return terms.map((t) => {
    const base = t.id || slugId(t.en || t.zhHant || t.zhHans);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id === t.id ? t : { ...t, id };
  });
}

export type AdminStatus = 'preferred' | 'admitted' | 'deprecated';

/**
 * The TBX administrative status of an entry's main English form: official and authority
 * translations are preferred, user entries are the user's preferred form, `common` renderings
 * (no official English known) are admitted. Variants are admitted, `deprecated` forms deprecated.
 */
export function mainStatus(authority: Authority): AdminStatus {
  return authority === 'common' ? 'admitted' : 'preferred';
}

/** Authority for a file that gives only a status: admitted → common, otherwise user. */
export function authorityOfStatus(status: AdminStatus | undefined): Authority {
  return status === 'admitted' ? 'common' : 'user';
}

/** TBX status value ↔ our three statuses (lenient on input: `preferred`, `forbidden` …). */
export function tbxStatus(status: AdminStatus): string {
  return `${status}Term-admn-sts`;
}

export function parseStatus(value: string | undefined): AdminStatus | undefined {
  const v = (value ?? '').trim().toLowerCase();
  if (!v) return undefined;
  if (v.startsWith('preferred')) return 'preferred';
  if (v.startsWith('admitted')) return 'admitted';
  if (/^(deprecated|superseded|forbidden|obsolete)/.test(v)) return 'deprecated';
  return undefined;
}

export interface PartialTerm {
  id?: string;
  en: string;
  zhHant?: string;
  zhHans?: string;
  enVariants?: string[];
  zhVariants?: string[];
  kind?: string;
  jurisdiction?: string;
  instrument?: string;
  cap?: string;
  authority?: string;
  checked?: string;
  source?: string;
  note?: string;
  deprecated?: string[];
}

/**
 * A full entry from what a file gave: the missing Chinese script by OpenCC (hk→cn or cn→hk),
 * unknown kind → `term`, unknown jurisdiction → '', unknown authority → `user`. The id may be
 * '' (see `uniqueIds`).
 */
export function completeTerm(p: PartialTerm, origin: string): GlossaryTerm {
  let zhHant = p.zhHant?.trim() ?? '';
  let zhHans = p.zhHans?.trim() ?? '';
  if (!zhHans && zhHant) zhHans = toSimplified(zhHant);
  if (!zhHant && zhHans) zhHant = toTraditional(zhHans);
  const en = p.en.trim();
  const kind = (TERM_KINDS as readonly string[]).includes(p.kind ?? '')
    ? (p.kind as TermKind)
    : 'term';
  const jurisdiction = ['CN', 'HK', 'TW'].includes(p.jurisdiction ?? '')
    ? (p.jurisdiction as Jurisdiction)
    : '';
  const authority = (AUTHORITIES as readonly string[]).includes(p.authority ?? '')
    ? (p.authority as Authority)
    : 'user';
  const term: GlossaryTerm = {
    id: p.id?.trim() ?? '',
    kind,
    jurisdiction,
    zhHant,
    zhHans,
    en,
    // variants are kept as given (even one equal to a preferred form), only de-duplicated
    enVariants: unique((p.enVariants ?? []).map((s) => s.trim()).filter(Boolean)),
    zhVariants: unique((p.zhVariants ?? []).map((s) => s.trim()).filter(Boolean)),
    instrument: p.instrument?.trim() ?? '',
    cap: p.cap?.trim() ?? '',
    authority,
    checked: p.checked?.trim() ?? '',
    source: p.source?.trim() ?? '',
    note: p.note?.trim() ?? '',
    origin,
  };
  const deprecated = unique((p.deprecated ?? []).map((s) => s.trim()).filter(Boolean));
  if (deprecated.length) term.deprecated = deprecated;
  return term;
}

/** The traits of a format that carries everything (JSON, TBX); others override what they drop. */
export const LOSSLESS: Readonly<GlossaryTraits> = {
  ids: true,
  metadata: true,
  authority: true,
  enVariants: true,
  zhVariants: true,
  bothScripts: true,
  sources: true,
  notes: true,
  langCodes: true,
  deprecated: true,
  mined: true,
};

/** Language codes for a write: the given ones, else the defaults. */
export function langsFor(langs: GlossaryLangs | undefined): GlossaryLangs {
  return langs ?? DEFAULT_LANGS;
}
