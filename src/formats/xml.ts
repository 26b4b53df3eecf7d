/**
 * XML plumbing for the TMX and XLIFF modules: escaping and XML-illegal character removal for
 * writing; for reading, a well-formedness check that reports line and column (InputError),
 * then fast-xml-parser (preserveOrder, no value parsing, no trimming) turned into a small tree
 * with every text and attribute decoded (the five entities and numeric character references),
 * and small queries on that tree (children by name, units inside groups, XLIFF files); for
 * detection, the root tag read from the start of a text and the XLIFF version it declares.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../errors.js';
import { lineColumn } from './common.js';

export interface XmlElement {
  kind: 'element';
  /** qualified name as written (`mda:meta`) */
  name: string;
  /** name without prefix (`meta`) */
  local: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export interface XmlText {
  kind: 'text';
  text: string;
}
export type XmlNode = XmlElement | XmlText;

// C0 controls except tab, LF, CR; U+FFFE/U+FFFF; surrogates that are not part of a pair.
const ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops the characters XML 1.0 does not allow. */
export function stripIllegal(text: string): string {
  return text.replace(ILLEGAL, '');
}

/** Element content: & < > escaped, CR as `&#13;` (a raw CR would be read back as LF). */
export function escapeText(text: string): string {
  return stripIllegal(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Attribute values (double-quoted): also quotes, and tab/LF/CR, which parsers turn into spaces. */
export function escapeAttr(text: string): string {
  return escapeText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

/** `name="value"` pairs for the defined values, escaped, each with a leading space. */
export function attrs(pairs: Record<string, string | undefined>): string {
  return Object.entries(pairs)
    .filter((p): p is [string, string] => p[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REF = /&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g;

function decodeRefs(text: string): string {
  if (!text.includes('&')) return text;
  return stripIllegal(
    text.replace(REF, (_m, ref: string) => {
      if (ref[0] !== '#') return PREDEFINED[ref]!;
      const cp =
        ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    }),
  );
}

/** Text content: line ends normalised to LF as XML requires, then references decoded. */
function decodeText(raw: string): string {
  return decodeRefs(raw.replace(/\r\n?/g, '\n'));
}

/** Attribute value: literal whitespace becomes a space (XML attribute normalisation), then refs. */
function decodeAttr(raw: string): string {
  return decodeRefs(raw.replace(/\r\n|[\t\n\r]/g, ' '));
}

// Regions where `&` is not a reference, then any `&` that does not start a known reference.
const BAD_REF =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>|&(?!(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)[^\s;<&]{0,20};?/g;

function checkReferences(text: string, file: string): void {
  for (const m of text.matchAll(BAD_REF)) {
    if (m[0][0] !== '&') continue;
    const where = lineColumn(text, m.index);
    throw new InputError(
      `not well-formed XML: undefined entity or stray '&' (${m[0]}); write &amp; for a literal &`,
      { file, ...where },
    );
  }
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  cdataPropName: '#cdata',
  commentPropName: '#comment',
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type Raw = Record<string, unknown>;

function convert(raw: Raw[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const node of raw) {
    if ('#text' in node) out.push({ kind: 'text', text: decodeText(String(node['#text'])) });
    else if ('#cdata' in node) {
      const parts = node['#cdata'] as Raw[];
      const text = parts.map((p) => String(p['#text'] ?? '')).join('');
      out.push({ kind: 'text', text: stripIllegal(text.replace(/\r\n?/g, '\n')) });
    } else if ('#comment' in node) {
      // comments carry no content
    } else {
      const name = Object.keys(node).find((k) => k !== ':@');
      if (name === undefined || name.startsWith('?') || name.startsWith('!')) continue;
      const rawAttrs = (node[':@'] ?? {}) as Record<string, unknown>;
      const attrs: Record<string, string> = {};
      for (const [k, v] of Object.entries(rawAttrs)) attrs[k] = decodeAttr(String(v));
      const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
      out.push({ kind: 'element', name, local, attrs, children: convert(node[name] as Raw[]) });
    }
  }
  return out;
}

/**
 * Parses a whole document and returns its root element. Malformed XML throws InputError
 * `not well-formed XML: ...` with the file, line and column.
 */
export function parseXml(text: string, file: string): XmlElement {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = XMLValidator.validate(body);
  if (result !== true) {
    const { msg, line, col } = result.err;
    throw new InputError(`not well-formed XML: ${msg}`, { file, line, column: col });
  }
  checkReferences(body, file);
  const root = convert(parser.parse(body) as Raw[]).find(
    (n): n is XmlElement => n.kind === 'element',
  );
  if (!root) throw new InputError('not an XML document: no root element', { file, line: 1 });
  return root;
}

/** Child elements with this local name (all child elements when no name is given). */
export function elements(el: XmlElement, local?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => c.kind === 'element' && (local === undefined || c.local === local),
  );
}

/** The first child element with this local name. */
export function element(el: XmlElement, local: string): XmlElement | undefined {
  return elements(el, local)[0];
}

/** Descendant elements with this local name in document order, looking inside `<group>`s too. */
export function grouped(el: XmlElement, local: string): XmlElement[] {
  return elements(el).flatMap((c) =>
    c.local === local ? [c] : c.local === 'group' ? grouped(c, local) : [],
  );
}

/**
 * An XLIFF document's root and `<file>` elements; InputError when the root is not `<xliff>` or
 * it has no file (`version` names the XLIFF version in that message).
 */
export function xliffFiles(
  text: string,
  file: string,
  version: string,
): { root: XmlElement; files: XmlElement[] } {
  const root = parseXml(text, file);
  if (root.local !== 'xliff') {
    throw new InputError(`not an XLIFF file: the root element is <${root.name}>`, { file });
  }
  const files = elements(root, 'file');
  if (!files.length) {
    throw new InputError(`not an XLIFF ${version} file: no <file> element`, { file });
  }
  return { root, files };
}

/**
 * The plain text of an element with inline markup flattened: elements that wrap text
 * (XLIFF `<g>`, `<mrk>`, `<pc>`, TMX `<hi>`) keep their text; elements named in `drop`
 * (native codes and placeholders such as TMX `<bpt>`/`<ept>`/`<ph>`) contribute nothing.
 */
export function plainText(el: XmlElement, drop: ReadonlySet<string>): string {
  let out = '';
  for (const c of el.children) {
    if (c.kind === 'text') out += c.text;
    else if (!drop.has(c.local)) out += plainText(c, drop);
  }
  return out;
}

/** The root element's local name and attributes, from the start of the text (for detect()). */
export function rootTag(
  text: string,
): { local: string; attrs: Record<string, string> } | undefined {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  const prolog = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)*/;
  const rest = head.slice(prolog.exec(head)![0].length);
  const m = /^<([A-Za-z_][\w.:-]*)((?:\s+[^\s=>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/.exec(rest);
  if (!m) return undefined;
  const out: Record<string, string> = {};
  for (const a of m[2]!.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[a[1]!] = a[2] ?? a[3] ?? '';
  }
  const name = m[1]!;
  return { local: name.includes(':') ? name.slice(name.indexOf(':') + 1) : name, attrs: out };
}

/**
 * Is the text an XLIFF document of one major version: an `<xliff>` root with a namespace
 * `ours` accepts, or, when it declares no XLIFF namespace at all, a `version` that `version`
 * matches.
 */
export function detectXliff(
  text: string,
  ours: (namespace: string) => boolean,
  version: RegExp,
): boolean {
  const root = rootTag(text);
  if (root?.local !== 'xliff') return false;
  const spaces = Object.entries(root.attrs)
    .filter(([k]) => k === 'xmlns' || k.startsWith('xmlns:'))
    .map(([, v]) => v);
  if (spaces.some(ours)) return true;
  if (spaces.some((ns) => ns.startsWith('urn:oasis:names:tc:xliff:document:'))) return false;
  return version.test(root.attrs.version ?? '');
}
