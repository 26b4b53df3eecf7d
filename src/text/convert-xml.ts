/**
 * Traditional/Simplified conversion of XML files (TMX, XLIFF 1.2/2.x, TBX, any XML) as a single
 * lexical pass: the file is cut into markup (tags, comments, processing instructions, the
 * doctype) and character data; only character data (CDATA included) is converted, and the
 * values of language attributes (xml:lang, lang, srclang, srcLang, trgLang, source-language,
 * target-language, adminlang) are rewritten. Everything else is copied byte for byte, so the
 * output differs from the input only in converted text and codes. Nothing is re-serialised.
 *
 * Each stretch of text is converted from the variant of the language it is in: the nearest
 * xml:lang, or for XLIFF <source>/<target> the file's source/target language; text in other
 * languages (English segments quoting Chinese names) uses the document's default.
 */
import { InputError } from '../errors.js';

/** How a piece of text is converted, given the language code of its context (if any). */
export interface XmlConversion {
  text(s: string, lang: string | undefined): string;
  /** the new value of a language attribute (unchanged for non-Chinese codes) */
  code(value: string): string;
}

const LANG_ATTRS = new Set([
  'xml:lang',
  'lang',
  'srclang',
  'srcLang',
  'trgLang',
  'source-language',
  'target-language',
  'adminlang',
]);

interface Frame {
  name: string;
  lang?: string;
  src?: string;
  trg?: string;
}

const ATTR = /([^\s=/>"']+)(\s*=\s*)(?:"([^"]*)"|'([^']*)')/g;

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

/** The end (exclusive) of the markup starting at `i` (text[i] === '<'), or -1. */
function markupEnd(text: string, i: number): number {
  if (text.startsWith('<!--', i)) {
    const e = text.indexOf('-->', i + 4);
    return e < 0 ? -1 : e + 3;
  }
  if (text.startsWith('<![CDATA[', i)) {
    const e = text.indexOf(']]>', i + 9);
    return e < 0 ? -1 : e + 3;
  }
  if (text.startsWith('<?', i)) {
    const e = text.indexOf('?>', i + 2);
    return e < 0 ? -1 : e + 2;
  }
  if (text.startsWith('<!', i)) {
    // <!DOCTYPE …>, possibly with an internal subset in brackets
    let depth = 0;
    let quote = '';
    for (let j = i + 2; j < text.length; j++) {
      const c = text[j]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '[') depth++;
      else if (c === ']') depth--;
      else if (c === '>' && depth <= 0) return j + 1;
    }
    return -1;
  }
  // a tag: '>' outside attribute quotes
  let quote = '';
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j + 1;
    else if (c === '<') return -1;
  }
  return -1;
}

/**
 * Convert an XML document. Throws InputError (with line and column) when the markup is broken:
 * an unterminated tag, comment or CDATA section.
 */
export function convertXml(text: string, conv: XmlConversion, file?: string): string {
  const stack: Frame[] = [{ name: '' }];
  let out = '';
  let i = 0;
  const fail = (at: number, what: string): never => {
    const { line, column } = lineColumn(text, at);
    throw new InputError(what, { file, line, column });
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const top = stack[stack.length - 1]!;
    if (lt < 0 || lt > i) {
      const end = lt < 0 ? text.length : lt;
      out += conv.text(text.slice(i, end), top.lang);
      i = end;
      continue;
    }
    const end = markupEnd(text, i);
    if (end < 0) fail(i, 'unterminated markup (not well-formed XML)');
    const token = text.slice(i, end);
    i = end;
    if (token.startsWith('<![CDATA[')) {
      out += `<![CDATA[${conv.text(token.slice(9, -3), top.lang)}]]>`;
      continue;
    }
    if (token.startsWith('<!') || token.startsWith('<?')) {
      out += token;
      continue;
    }
    if (token.startsWith('</')) {
      const name = token.slice(2, -1).trim();
      // pop to the matching element (tolerating unbalanced markup rather than failing)
      for (let k = stack.length - 1; k > 0; k--) {
        if (stack[k]!.name === name) {
          stack.length = k;
          break;
        }
      }
      out += token;
      continue;
    }
    const name = /^<([^\s/>]+)/.exec(token)?.[1] ?? '';
    const attrs = new Map<string, string>();
    const rewritten = token.replace(
      ATTR,
      (m, key: string, eq: string, dq: string | undefined, sq: string | undefined) => {
        const value = dq ?? sq ?? '';
        const q = dq === undefined ? "'" : '"';
        attrs.set(key, value);
        return LANG_ATTRS.has(key) ? `${key}${eq}${q}${conv.code(value)}${q}` : m;
      },
    );
    out += rewritten;
    const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
    const src = attrs.get('srcLang') ?? attrs.get('source-language') ?? top.src;
    const trg = attrs.get('trgLang') ?? attrs.get('target-language') ?? top.trg;
    let lang = attrs.get('xml:lang') ?? attrs.get('lang');
    if (lang === undefined) {
      if (local === 'source' || local === 'seg-source') lang = src ?? top.lang;
      else if (local === 'target') lang = trg ?? top.lang;
      else lang = top.lang;
    }
    if (!token.endsWith('/>')) stack.push({ name, lang, src, trg });
  }
  return out;
}

/** The root element's name and attributes, skipping the declaration, comments and doctype. */
export function xmlRoot(text: string): { name: string; attrs: Map<string, string> } | undefined {
  let i = 0;
  for (;;) {
    while (i < text.length && /[\s\ufeff]/.test(text[i]!)) i++;
    if (text[i] !== '<') return undefined;
    const end = markupEnd(text, i);
    if (end < 0) return undefined;
    const token = text.slice(i, end);
    i = end;
    if (token.startsWith('<!') || token.startsWith('<?')) continue;
    const name = /^<([^\s/>]+)/.exec(token)?.[1];
    if (!name) return undefined;
    const attrs = new Map<string, string>();
    for (const m of token.matchAll(ATTR)) attrs.set(m[1]!, m[3] ?? m[4] ?? '');
    return { name, attrs };
  }
}
