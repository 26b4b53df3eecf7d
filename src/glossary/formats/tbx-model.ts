/**
 * What TBX v3 (ISO 30042:2019, `conceptEntry/langSec/termSec`) and TBX 2008 (`martif`,
 * `termEntry/langSet/tig`) share: one concept per Term, one language section per language code
 * (English, Traditional, Simplified), one term section per form with its administrative status
 * (preferred / admitted / deprecated, from `authority` — see common.ts) and term type.
 * Only TBX-Basic data categories are used: `subjectField` (the kind), `source`, `context` (the
 * sentence a mined pair came from), `note`. Fields TBX-Basic has no category for (jurisdiction,
 * instrument, cap, authority, checked, mining data) travel in one `<note>` holding
 * `zhen:{JSON}`, so a zhen → TBX → zhen round trip loses nothing.
 * The element names of each version are passed in; tbx.ts and tbx2.ts add the envelope, from
 * the header and body helpers here.
 */
import { InputError } from '../../errors.js';
import {
  element,
  elements,
  escapeAttr,
  escapeText,
  parseXml,
  plainText,
  type XmlElement,
} from '../../formats/xml.js';
import { hasHan } from '../../text/script.js';
import {
  type AdminStatus,
  authorityOfStatus,
  completeTerm,
  isNcName,
  langRole,
  mainStatus,
  parseStatus,
  scriptOf,
  tbxStatus,
  unique,
  zhVariantsByScript,
} from './common.js';
import type {
  GlossaryFile,
  GlossaryLangs,
  GlossaryTerm,
  GlossaryWriteOptions,
  MinedInfo,
} from './format.js';

/** Element names of one TBX version. */
export interface TbxNames {
  entry: string;
  lang: string;
  /** the term section (`termSec` / `tig`) */
  termSec: string;
  /** v2 also has `ntig` > `termGrp` > `term` */
  ntig?: string;
}

export const META_PREFIX = 'zhen:';

const INLINE_CODES = new Set(['bpt', 'ept', 'ph']);

function termType(form: string, main: string, zh: boolean): string {
  if (!zh && /^[A-Z][A-Z0-9&.]{1,9}$/.test(form)) return 'acronym';
  if (
    zh
      ? main.includes(form)
      : form.length < main.length && main.toLowerCase().includes(form.toLowerCase())
  ) {
    return 'shortForm';
  }
  return 'variant';
}

interface TermLine {
  text: string;
  status: AdminStatus;
  type: string;
  context?: string;
}

function line(text: string, status: AdminStatus, type: string, context?: string): TermLine {
  return context ? { text, status, type, context } : { text, status, type };
}

/** The metadata note: fields TBX-Basic has no data category for, as JSON. */
function metaNote(term: GlossaryTerm, idChanged: boolean): string {
  const meta: Record<string, unknown> = { kind: term.kind };
  if (idChanged) meta.id = term.id;
  if (term.jurisdiction) meta.jurisdiction = term.jurisdiction;
  if (term.instrument) meta.instrument = term.instrument;
  if (term.cap) meta.cap = term.cap;
  meta.authority = term.authority;
  if (term.checked) meta.checked = term.checked;
  if (term.mined) meta.mined = term.mined;
  return META_PREFIX + JSON.stringify(meta);
}

function safeId(id: string): string {
  if (isNcName(id)) return id;
  const cleaned = id.replace(/[^\p{L}\p{N}._-]+/gu, '-');
  return isNcName(cleaned) ? cleaned : `c-${cleaned}`;
}

/** Serialise terms as TBX concept entries (indented, one element per line). */
export function writeConcepts(
  terms: readonly GlossaryTerm[],
  langs: GlossaryLangs,
  names: TbxNames,
  indent: string,
): string {
  const out: string[] = [];
  const used = new Set<string>();
  for (const term of terms) {
    let id = safeId(term.id);
    for (let n = 2; used.has(id); n++) id = `${safeId(term.id)}-${n}`;
    used.add(id);
    const i1 = indent;
    const i2 = indent + '  ';
    out.push(`${i1}<${names.entry} id="${escapeAttr(id)}">`);
    out.push(`${i2}<descrip type="subjectField">${escapeText(term.kind)}</descrip>`);
    if (term.source) out.push(`${i2}<admin type="source">${escapeText(term.source)}</admin>`);
    if (term.note) out.push(`${i2}<note>${escapeText(term.note)}</note>`);
    out.push(`${i2}<note>${escapeText(metaNote(term, id !== term.id))}</note>`);
    const ctx = term.mined?.context;
    const enCtx = ctx && !mostlyChinese(ctx.text) ? ctx.text : undefined;
    const zhCtx = ctx?.zhText ?? (ctx && mostlyChinese(ctx.text) ? ctx.text : undefined);
    const hansCtx = zhCtx !== undefined && scriptOf(zhCtx) === 'hans';
    const deprecated = term.deprecated ?? [];
    const { hant, hans } = zhVariantsByScript(term);
    const sections: [string, TermLine[]][] = [
      [
        langs.en,
        [
          line(term.en, mainStatus(term.authority), 'fullForm', enCtx),
          ...term.enVariants.map((v) => line(v, 'admitted', termType(v, term.en, false))),
          ...deprecated.filter((d) => !hasHan(d)).map((d) => line(d, 'deprecated', 'variant')),
        ],
      ],
      [
        langs.hant,
        [
          line(term.zhHant, 'preferred', 'fullForm', hansCtx ? undefined : zhCtx),
          ...hant.map((v) => line(v, 'admitted', termType(v, term.zhHant, true))),
          ...deprecated
            .filter((d) => hasHan(d) && scriptOf(d) !== 'hans')
            .map((d) => line(d, 'deprecated', 'variant')),
        ],
      ],
      [
        langs.hans,
        [
          line(term.zhHans, 'preferred', 'fullForm', hansCtx ? zhCtx : undefined),
          ...hans.map((v) => line(v, 'admitted', termType(v, term.zhHans, true))),
          ...deprecated
            .filter((d) => hasHan(d) && scriptOf(d) === 'hans')
            .map((d) => line(d, 'deprecated', 'variant')),
        ],
      ],
    ];
    for (const [lang, lines] of sections) {
      out.push(`${i2}<${names.lang} xml:lang="${escapeAttr(lang)}">`);
      for (const l of lines) {
        out.push(`${i2}  <${names.termSec}>`);
        out.push(`${i2}    <term>${escapeText(l.text)}</term>`);
        out.push(`${i2}    <termNote type="partOfSpeech">noun</termNote>`);
        out.push(
          `${i2}    <termNote type="administrativeStatus">${tbxStatus(l.status)}</termNote>`,
        );
        out.push(`${i2}    <termNote type="termType">${l.type}</termNote>`);
        if (l.context)
          out.push(`${i2}    <descrip type="context">${escapeText(l.context)}</descrip>`);
        out.push(`${i2}  </${names.termSec}>`);
      }
      out.push(`${i2}</${names.lang}>`);
    }
    out.push(`${i1}</${names.entry}>`);
  }
  return out.join('\n');
}

interface ReadForm {
  text: string;
  status: AdminStatus | undefined;
}

function formsOf(langEl: XmlElement, names: TbxNames): ReadForm[] {
  const forms: ReadForm[] = [];
  for (const sec of elements(langEl)) {
    let holder: XmlElement | undefined;
    if (sec.local === names.termSec) holder = sec;
    else if (names.ntig && sec.local === names.ntig) holder = elements(sec, 'termGrp')[0];
    if (!holder) continue;
    const termEl = elements(holder, 'term')[0];
    if (!termEl) continue;
    const text = plainText(termEl, INLINE_CODES).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const statusEl = elements(holder, 'termNote').find(
      (n) => n.attrs.type === 'administrativeStatus',
    );
    forms.push({
      text,
      status: statusEl ? parseStatus(plainText(statusEl, INLINE_CODES)) : undefined,
    });
  }
  return forms;
}

/** Main form (first preferred, else first not deprecated), the other usable ones, the deprecated. */
function split(forms: ReadForm[]): { main?: string; variants: string[]; deprecated: string[] } {
  const usable = forms.filter((f) => f.status !== 'deprecated');
  const main = usable.find((f) => f.status === 'preferred') ?? usable[0];
  return {
    main: main?.text,
    variants: usable.filter((f) => f !== main).map((f) => f.text),
    deprecated: forms.filter((f) => f.status === 'deprecated').map((f) => f.text),
  };
}

/** Read the concept entries of a parsed TBX body into a glossary. */
export function readConcepts(
  body: XmlElement | undefined,
  names: TbxNames,
  file: string,
  format: string,
): GlossaryFile {
  const langs: Partial<GlossaryLangs> = {};
  const terms: GlossaryTerm[] = [];
  let skipped = 0;
  for (const entry of body ? elements(body, names.entry) : []) {
    const byRole: Record<'en' | 'hant' | 'hans', ReadForm[]> = { en: [], hant: [], hans: [] };
    for (const ls of elements(entry, names.lang)) {
      const code = ls.attrs['xml:lang'] ?? ls.attrs.lang ?? '';
      let role = langRole(code);
      const forms = formsOf(ls, names);
      if (role === 'zh') role = forms.some((f) => scriptOf(f.text) === 'hant') ? 'hant' : 'hans';
      if (!role) continue;
      langs[role] ??= code;
      byRole[role].push(...forms);
    }
    const en = split(byRole.en);
    const enStatus = byRole.en.find((f) => f.text === en.main)?.status;
    const hant = split(byRole.hant);
    const hans = split(byRole.hans);
    if (!en.main || (!hant.main && !hans.main)) {
      skipped++;
      continue;
    }
    const notes: string[] = [];
    let meta: Record<string, unknown> = {};
    for (const n of elements(entry, 'note')) {
      const text = plainText(n, INLINE_CODES);
      if (text.startsWith(META_PREFIX)) {
        try {
          meta = JSON.parse(text.slice(META_PREFIX.length)) as Record<string, unknown>;
        } catch {
          notes.push(text);
        }
      } else notes.push(text);
    }
    const admin = elements(entry, 'admin').find((a) => a.attrs.type === 'source');
    const subject = elements(entry, 'descrip').find((d) => d.attrs.type === 'subjectField');
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const term = completeTerm(
      {
        id: str(meta.id) ?? entry.attrs.id ?? '',
        en: en.main,
        zhHant: hant.main,
        zhHans: hans.main,
        enVariants: en.variants,
        zhVariants: unique([...hant.variants, ...hans.variants]),
        kind: str(meta.kind) ?? (subject ? plainText(subject, INLINE_CODES).trim() : undefined),
        jurisdiction: str(meta.jurisdiction),
        instrument: str(meta.instrument),
        cap: str(meta.cap),
        authority: str(meta.authority) ?? authorityOfStatus(enStatus),
        checked: str(meta.checked),
        source: admin ? plainText(admin, INLINE_CODES) : undefined,
        note: notes.join('\n'),
        deprecated: [...en.deprecated, ...hant.deprecated, ...hans.deprecated],
      },
      file,
    );
    if (meta.mined && typeof meta.mined === 'object') term.mined = meta.mined as MinedInfo;
    terms.push(term);
  }
  return {
    format,
    langs: { en: langs.en ?? 'en', hant: langs.hant ?? 'zh-HK', hans: langs.hans ?? 'zh-CN' },
    terms,
    ...(skipped ? { skipped } : {}),
  };
}

/** More Han characters than Latin letters. */
function mostlyChinese(text: string): boolean {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return han > latin;
}

/** The header both versions write (`tag`: tbxHeader or martifHeader), with the description. */
export function tbxHeader(tag: string, options: GlossaryWriteOptions): string[] {
  const description =
    options.description ?? `Glossary written by zhen ${options.toolVersion ?? ''}`.trim();
  return [
    `  <${tag}>`,
    '    <fileDesc>',
    '      <sourceDesc>',
    `        <p>${escapeText(description)}</p>`,
    '      </sourceDesc>',
    '    </fileDesc>',
    `  </${tag}>`,
  ];
}

/**
 * The `<text><body>` of a TBX file whose root element must be `root`; InputError
 * `not a LABEL file` otherwise. Undefined when the file has no body.
 */
export function tbxBody(
  text: string,
  file: string,
  root: string,
  label: string,
): XmlElement | undefined {
  const doc = parseXml(text, file);
  if (doc.local !== root) {
    throw new InputError(`not a ${label} file: root element is <${doc.name}>`, { file, line: 1 });
  }
  const textEl = element(doc, 'text');
  return textEl && element(textEl, 'body');
}
