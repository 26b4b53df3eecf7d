/**
 * Traditional/Simplified conversion of whole files for `zhen convert`: plain text, TSV/CSV
 * glossaries and alignments (header language codes too), and XML files (TMX, XLIFF 1.2/2.x,
 * TBX) through the lexical pass of convert-xml.ts, so markup stays byte-identical. Which OpenCC
 * pair converts a piece of text is decided by configuration, not branches: the source variant
 * comes from `--from`, else the language code of the text's context (zh-CN → cn, zh-HK → hk,
 * zh-TW → tw, zh-Hans → cn, zh-Hant → Traditional of unknown variant), else the document's
 * first Chinese code, else the script of the text itself, else (too little Chinese to tell) the
 * script that is not the target.
 */
import { convertXml, xmlRoot } from './convert-xml.js';
import { chineseScript, converter, type Variant } from './opencc.js';

export type Target = 'hk' | 'tw' | 'cn';
/** A source variant; 'hant' is Traditional of unknown region. */
export type Source = Variant | 'hant';
export type FileKind =
  'tmx' | 'xliff12' | 'xliff2' | 'tbx' | 'xml' | 'html' | 'tsv' | 'csv' | 'text';

export interface ConvertOptions {
  to: Target;
  /** the variant the Chinese text is written in, overriding language codes and detection */
  from?: Source;
  /** for messages (XML errors name the file) */
  file?: string;
}

export interface Converted {
  text: string;
  kind: FileKind;
  /** the variant assumed where the file does not say */
  from: Source;
}

const REGION_VARIANT: Record<string, Source> = { cn: 'cn', sg: 'cn', hk: 'hk', mo: 'hk', tw: 'tw' };
const TARGET_REGION: Record<Target, string> = { cn: 'CN', hk: 'HK', tw: 'TW' };

/** Subtags of a Chinese language code, or undefined for other codes. */
function zhSubtags(code: string): string[] | undefined {
  const parts = code.split(/([-_])/);
  return parts[0]!.toLowerCase() === 'zh' && parts.length > 1 ? parts : undefined;
}

/** The variant a language code names: zh-CN → cn, zh-Hant → hant, en or bare zh → undefined. */
export function variantOfCode(code: string | undefined): Source | undefined {
  const parts = code === undefined ? undefined : zhSubtags(code.trim());
  if (!parts) return undefined;
  let script: Source | undefined;
  for (let k = 2; k < parts.length; k += 2) {
    const tag = parts[k]!.toLowerCase();
    const region = REGION_VARIANT[tag];
    if (region) return region;
    if (tag === 'hans') script = 'cn';
    if (tag === 'hant') script = 'hant';
  }
  return script;
}

/** `repl` in the letter case of `orig` (CN/cn/Cn, Hans/hans/HANS). */
function sameCase(repl: string, orig: string): string {
  if (orig === orig.toLowerCase()) return repl.toLowerCase();
  if (orig === orig.toUpperCase()) return repl.toUpperCase();
  return repl[0]!.toUpperCase() + repl.slice(1).toLowerCase();
}

/**
 * A language code for the converted text: zh-CN ↔ zh-HK ↔ zh-TW (zh-SG, zh-MO too),
 * zh-Hans ↔ zh-Hant, case and separator kept; other codes unchanged.
 */
export function convertLangCode(code: string, to: Target): string {
  const parts = zhSubtags(code);
  if (!parts) return code;
  for (let k = 2; k < parts.length; k += 2) {
    const tag = parts[k]!;
    const lower = tag.toLowerCase();
    if (REGION_VARIANT[lower]) parts[k] = sameCase(TARGET_REGION[to], tag);
    else if (lower === 'hans' || lower === 'hant')
      parts[k] = sameCase(to === 'cn' ? 'Hans' : 'Hant', tag);
  }
  return parts.join('');
}

/**
 * The OpenCC conversion from a source variant to a target, or undefined when there is nothing to
 * do. Traditional of unknown region goes through the other Traditional variant's table, which
 * also normalises that variant's forms (裡 → 裏 for hk, 綫 → 線 for tw).
 */
export function conversion(
  from: Source | undefined,
  to: Target,
): ((s: string) => string) | undefined {
  if (from === undefined) return undefined;
  const source: Variant = from === 'hant' ? (to === 'hk' ? 'tw' : 'hk') : from;
  if (source === to) return undefined;
  return converter(source, to);
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{2ebef}]/u;

function documentDefault(text: string, codes: Iterable<string>): Source | undefined {
  for (const c of codes) {
    const v = variantOfCode(c);
    if (v) return v;
  }
  const script = chineseScript(text);
  return script === 'hans' ? 'cn' : script === 'hant' ? 'hant' : undefined;
}

/** Too little Chinese to tell the script: assume it is in the other one than the target. */
const fallbackFor = (to: Target): Source => (to === 'cn' ? 'hant' : 'cn');

/** Kind of file from its content (and, for CSV/TSV, its name). */
export function detectKind(text: string, path = ''): FileKind {
  const root = xmlRoot(text);
  if (root) {
    const local = root.name.slice(root.name.indexOf(':') + 1).toLowerCase();
    if (local === 'tmx') return 'tmx';
    if (local === 'xliff') {
      const v = root.attrs.get('version') ?? '';
      const ns = root.attrs.get('xmlns') ?? '';
      return v.startsWith('1') || ns.endsWith(':1.2') ? 'xliff12' : 'xliff2';
    }
    if (local === 'martif' || local === 'tbx') return 'tbx';
    if (local === 'html') return 'html';
    return 'xml';
  }
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(tsv|tab)$/i.test(path)) return 'tsv';
  const head = text.replace(/^\ufeff/, '').slice(0, 4096);
  if (/^[^\n]*\t/.test(head)) return 'tsv';
  // CSV: a first row of short fields, and a second row with as many (quotes respected)
  const fields = fieldRanges(head, ',');
  const row0 = fields.filter((f) => f[2] === 0);
  const row1 = fields.filter((f) => f[2] === 1);
  const short = row0.every(([a, b]) => b - a <= 40 && !/[.。]$/.test(head.slice(a, b)));
  return row0.length > 1 && row1.length === row0.length && short ? 'csv' : 'text';
}

/** Field content ranges of a delimited file: [start, end, row, column]. */
function fieldRanges(text: string, delim: string): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  let row = 0;
  let col = 0;
  let i = 0;
  while (i <= text.length) {
    if (text[i] === '"') {
      // quoted field: "" is an escaped quote
      let j = i + 1;
      while (j < text.length && !(text[j] === '"' && text[j + 1] !== '"'))
        j += text[j] === '"' ? 2 : 1;
      out.push([i + 1, j, row, col]);
      i = j + 1;
    } else {
      let j = i;
      while (j < text.length && text[j] !== delim && text[j] !== '\n' && text[j] !== '\r') j++;
      out.push([i, j, row, col]);
      i = j;
    }
    while (i < text.length && text[i] !== delim && text[i] !== '\n' && text[i] !== '\r') i++;
    if (i >= text.length) break;
    if (text[i] === delim) col++;
    else {
      if (text[i] === '\r' && text[i + 1] === '\n') i++;
      row++;
      col = 0;
    }
    i++;
  }
  return out;
}

const LANG_CODE = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;

function convertDelimited(text: string, delim: string, options: ConvertOptions): Converted {
  const ranges = fieldRanges(text, delim);
  const header = ranges.filter(([s, e, row]) => row === 0 && LANG_CODE.test(text.slice(s, e)));
  const columnVariant = new Map<number, Source>();
  for (const [s, e, , col] of header) {
    const v = variantOfCode(text.slice(s, e));
    if (v) columnVariant.set(col, v);
  }
  const from =
    options.from ??
    documentDefault(
      text,
      header.map(([s, e]) => text.slice(s, e)),
    ) ??
    fallbackFor(options.to);
  let out = '';
  let last = 0;
  for (const [s, e, row, col] of ranges) {
    const field = text.slice(s, e);
    let next = field;
    if (row === 0 && LANG_CODE.test(field)) next = convertLangCode(field, options.to);
    else if (HAN.test(field)) {
      const conv = conversion(options.from ?? columnVariant.get(col) ?? from, options.to);
      if (conv) next = conv(field);
    }
    if (next !== field) {
      out += text.slice(last, s) + next;
      last = e;
    }
  }
  return { text: out + text.slice(last), kind: delim === '\t' ? 'tsv' : 'csv', from };
}

/** Language codes named anywhere in an XML file's language attributes, in order. */
function xmlCodes(text: string): string[] {
  const re =
    /\s(?:xml:lang|lang|srclang|srcLang|trgLang|source-language|target-language)\s*=\s*["']([^"']*)["']/g;
  return [...text.matchAll(re)].map((m) => m[1]!);
}

/** Convert a whole file's text; `kind` is detected when not given. */
export function convertDocument(text: string, options: ConvertOptions, kind?: FileKind): Converted {
  const k = kind ?? detectKind(text, options.file);
  if (k === 'tsv' || k === 'csv') return convertDelimited(text, k === 'tsv' ? '\t' : ',', options);
  if (k === 'text') {
    const from = options.from ?? documentDefault(text, []) ?? fallbackFor(options.to);
    const conv = conversion(from, options.to);
    return { text: conv ? conv(text) : text, kind: k, from };
  }
  const from = options.from ?? documentDefault(text, xmlCodes(text)) ?? fallbackFor(options.to);
  const out = convertXml(
    text,
    {
      text: (s, lang) => {
        if (!HAN.test(s)) return s;
        const conv = conversion(options.from ?? variantOfCode(lang) ?? from, options.to);
        return conv ? conv(s) : s;
      },
      code: (value) => convertLangCode(value, options.to),
    },
    options.file,
  );
  return { text: out, kind: k, from };
}
