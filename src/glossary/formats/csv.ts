/**
 * CSV with a language-code header, the layout memoQ, Phrase and MultiTerm import (one entry per
 * row, the first row names the fields, synonyms in one cell joined with `|`):
 * `en,zh-HK,zh-CN,id,kind,jurisdiction,instrument,cap,authority,checked,term_source,note,deprecated`,
 * the preferred form first in each language cell (the provenance column is not called `source`:
 * translate-toolkit would take it for the source-text column). Written as UTF-8 with a BOM (Excel needs it to
 * open Chinese correctly) and CRLF line ends (RFC 4180). Entries from `zhen glossary extract`
 * add count, confidence, context, conflicts and glossary columns for review.
 *
 * Read leniently: comma, semicolon or tab delimiters; language columns named by code (en,
 * en-US, zh-HK, zh_TW, zh-Hant-HK, zh-CN, zh) or by name (English, Chinese (Traditional));
 * a translate-toolkit `source,target[,comment]` header too (languages found by script).
 * Drops: the order of Chinese variants across the two Chinese columns; mining data beyond the
 * readable columns.
 */
import { InputError } from '../../errors.js';
import { hasHan } from '../../text/script.js';
import {
  completeTerm,
  type LangRole,
  LOSSLESS,
  langRole,
  langsFor,
  scriptOf,
  splitList,
  uniqueIds,
  zhVariantsByScript,
} from './common.js';
import type {
  GlossaryFile,
  GlossaryFormat,
  GlossaryLangs,
  GlossaryTerm,
  GlossaryWriteOptions,
} from './format.js';

const META = [
  'id',
  'kind',
  'jurisdiction',
  'instrument',
  'cap',
  'authority',
  'checked',
  'source',
  'note',
  'deprecated',
] as const;
/** Header names written for META (provenance as term_source). */
const META_HEADER = META.map((m) => (m === 'source' ? 'term_source' : m));
const MINED = ['count', 'confidence', 'context', 'conflicts', 'glossary'] as const;

function quote(field: string, delim: string): string {
  if (field === '' || (!/["\r\n]|^\s|\s$/.test(field) && !field.includes(delim))) return field;
  return `"${field.replace(/"/g, '""')}"`;
}

function minedCells(t: GlossaryTerm): string[] {
  const m = t.mined;
  if (!m) return MINED.map(() => '');
  const where =
    m.context.unit !== undefined
      ? `#${m.context.unit}`
      : m.context.offset !== undefined
        ? `:${m.context.offset}`
        : '';
  return [
    String(m.count),
    String(m.confidence),
    `${m.context.file}${where}: ${m.context.text}`,
    m.conflicts.join('|'),
    m.glossary ? `${m.glossary.id} (${m.glossary.match}: ${m.glossary.en})` : '',
  ];
}

function write(terms: readonly GlossaryTerm[], options: GlossaryWriteOptions = {}): string {
  const langs = langsFor(options.langs);
  const mined = terms.some((t) => t.mined);
  const header = [langs.en, langs.hant, langs.hans, ...META_HEADER, ...(mined ? MINED : [])];
  const rows = [header];
  for (const t of terms) {
    const { hant, hans } = zhVariantsByScript(t);
    rows.push([
      [t.en, ...t.enVariants].join('|'),
      [t.zhHant, ...hant].join('|'),
      [t.zhHans, ...hans].join('|'),
      t.id,
      t.kind,
      t.jurisdiction,
      t.instrument,
      t.cap,
      t.authority,
      t.checked,
      t.source,
      t.note,
      (t.deprecated ?? []).join('|'),
      ...(mined ? minedCells(t) : []),
    ]);
  }
  return `\uFEFF${rows.map((r) => r.map((f) => quote(f, ',')).join(',')).join('\r\n')}\r\n`;
}

/** RFC 4180 records: quoted fields may hold delimiters, quotes ("") and line breaks. */
function parseRecords(
  text: string,
  delim: string,
  file: string,
): { cells: string[]; line: number }[] {
  const out: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === delim) {
      cells.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      cells.push(field);
      if (cells.some((f) => f.trim() !== '')) out.push({ cells, line: start });
      cells = [];
      field = '';
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      start = line;
    } else field += c;
    i++;
  }
  if (quoted) throw new InputError('unterminated quoted field', { file, line: start });
  cells.push(field);
  if (cells.some((f) => f.trim() !== '')) out.push({ cells, line: start });
  return out;
}

/** The language a header cell names, by code or by name; undefined for other columns. */
function headerRole(cell: string): LangRole | undefined {
  const h = cell.trim();
  if (/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/.test(h)) return langRole(h);
  const l = h.toLowerCase();
  if (/^english\b/.test(l)) return 'en';
  if (/chinese|中文/.test(l)) {
    if (/simpl|prc|china|\bcn\b|简/.test(l)) return 'hans';
    if (/trad|hong|taiwan|\bhk\b|\btw\b|繁/.test(l)) return 'hant';
    return 'zh';
  }
  return undefined;
}

const META_ALIASES: Record<string, (typeof META)[number]> = {
  id: 'id',
  kind: 'kind',
  jurisdiction: 'jurisdiction',
  instrument: 'instrument',
  cap: 'cap',
  authority: 'authority',
  en_authority: 'authority',
  checked: 'checked',
  source: 'source',
  term_source: 'source',
  note: 'note',
  notes: 'note',
  comment: 'note',
  comments: 'note',
  definition: 'note',
  description: 'note',
  deprecated: 'deprecated',
  forbidden: 'deprecated',
};

function delimiterOf(firstLine: string): string {
  const count = (d: string) =>
    firstLine.split(d).filter((c) => headerRole(c.replace(/"/g, ''))).length;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

function read(text: string, file: string): GlossaryFile {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const records = parseRecords(body, delimiterOf(firstLine), file);
  const header = (records.shift()?.cells ?? []).map((h) => h.trim());
  const ttStyle = header.some((h) => /^target$/i.test(h)) && !header.some((h) => headerRole(h));
  const roles = header.map((h) =>
    ttStyle && /^(source|target)$/i.test(h) ? ('zh' as LangRole) : headerRole(h),
  );
  if (!roles.some(Boolean)) {
    throw new InputError('CSV glossary header names no language column (e.g. en,zh-HK,zh-CN)', {
      file,
      line: 1,
    });
  }
  const langs: Partial<GlossaryLangs> = {};
  header.forEach((h, i) => {
    const r = roles[i];
    if (r && r !== 'zh' && !ttStyle) langs[r] ??= h.replace(/_/g, '-');
  });
  const terms: GlossaryTerm[] = [];
  let skipped = 0;
  for (const { cells } of records) {
    const forms: Record<'en' | 'hant' | 'hans', string[]> = { en: [], hant: [], hans: [] };
    const meta: Partial<Record<(typeof META)[number], string>> = {};
    header.forEach((h, i) => {
      const value = (cells[i] ?? '').trim();
      let role = roles[i];
      if (role === 'zh') {
        if (!value) return;
        role = !hasHan(value) ? 'en' : scriptOf(value) === 'hans' ? 'hans' : 'hant';
      }
      if (role) forms[role].push(...splitList(value));
      else {
        const key = META_ALIASES[h.toLowerCase()];
        if (key && !(ttStyle && key === 'source'))
          meta[key] = meta[key] ? `${meta[key]}\n${value}` : value;
      }
    });
    const [en, ...enVariants] = forms.en;
    if (!en || (!forms.hant.length && !forms.hans.length)) {
      skipped++;
      continue;
    }
    terms.push(
      completeTerm(
        {
          ...meta,
          en,
          enVariants,
          zhHant: forms.hant[0],
          zhHans: forms.hans[0],
          zhVariants: [...forms.hant.slice(1), ...forms.hans.slice(1)],
          deprecated: splitList(meta.deprecated),
        },
        file,
      ),
    );
  }
  return {
    format: 'csv',
    langs: { en: langs.en ?? 'en', hant: langs.hant ?? 'zh-HK', hans: langs.hans ?? 'zh-CN' },
    terms: uniqueIds(terms),
    ...(skipped ? { skipped } : {}),
  };
}

function detect(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (/^\s*[<{[]/.test(first)) return false;
  const cells = first.split(delimiterOf(first)).map((c) => c.replace(/"/g, '').trim());
  if (cells.length < 2) return false;
  const langCols = cells.filter((c) => headerRole(c)).length;
  const tt = cells.some((c) => /^source$/i.test(c)) && cells.some((c) => /^target$/i.test(c));
  return (langCols >= 1 && cells.every((c) => !hasHan(c) || headerRole(c))) || tt;
}

export const csv: GlossaryFormat = {
  name: 'csv',
  title: 'CSV with a language-code header (memoQ, Phrase, MultiTerm)',
  extensions: ['csv'],
  traits: { ...LOSSLESS, mined: false },
  drops:
    'the order of Chinese variants between the two Chinese columns, and mining data beyond the readable count/confidence/context/conflicts/glossary columns',
  detect,
  write,
  read,
};
