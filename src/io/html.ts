/**
 * HTML reader (parse5): the text a browser shows, shaped for the normaliser. Block elements
 * (p, div, h1–h6, li, section, blockquote, …) become paragraphs separated by a blank line, <br>
 * a line break, <pre> keeps its lines, table rows become lines with a tab between cells; script,
 * style, noscript, template, head and hidden elements are dropped; entities are decoded by the
 * parser. Ordered lists get their visible numbers ("1.", "a.", "iv.") and bullets "•" unless the
 * caller (the DOCX reader) has put the labels into the text already. The declared charset (BOM,
 * <meta charset>, http-equiv) is respected, through the shared decoder.
 */
import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import { InputError } from '../errors.js';
import { romanNumeral } from '../text/roman.js';
import { decode, encodingLabel } from './encoding.js';
import type { Reader, ReadOptions } from './read.js';

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;

const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'select',
  'button',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
]);

const isCjk = (c: string | undefined) =>
  c !== undefined && /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(c);

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

function hidden(el: Element): boolean {
  if (attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return (
    style !== undefined && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)
  );
}

function listLabel(type: string | undefined, n: number): string {
  const letter = (k: number) => String.fromCharCode(97 + ((k - 1) % 26));
  switch (type) {
    case 'a':
      return `${letter(n)}.`;
    case 'A':
      return `${letter(n).toUpperCase()}.`;
    case 'i':
      return `${romanNumeral(n)}.`;
    case 'I':
      return `${romanNumeral(n).toUpperCase()}.`;
    default:
      return `${n}.`;
  }
}

/** Collects text into blocks (separated by blank lines) and lines. */
class TextSink {
  readonly blocks: string[] = [];
  private lines: string[] = [];
  private line = '';
  private pendingSpace: 'none' | 'space' | 'newline' = 'none';

  text(s: string, pre: boolean): void {
    if (pre) {
      const parts = s.split(/\r\n?|\n/);
      parts.forEach((part, i) => {
        if (i > 0) this.breakLine(true);
        this.append(part);
      });
      return;
    }
    for (const m of s.matchAll(/([^\s]+)|(\s+)/g)) {
      if (m[2]) {
        const nl = /[\n\r]/.test(m[2]);
        if (this.pendingSpace !== 'space') this.pendingSpace = nl ? 'newline' : 'space';
      } else this.append(m[1]!);
    }
  }

  /** a list label waiting for the item's first text (which may be inside a nested <p>) */
  label = '';

  private append(s: string): void {
    if (!s) return;
    if (this.label) {
      this.line += this.label;
      this.label = '';
      this.pendingSpace = 'none';
    }
    if (this.pendingSpace !== 'none' && this.line) {
      // A line break in the source between two CJK characters is not a space (CSS Text 3).
      const cjkJoin = this.pendingSpace === 'newline' && isCjk(this.line.at(-1)) && isCjk(s[0]);
      if (!cjkJoin && !this.line.endsWith(' ') && !this.line.endsWith('\t')) this.line += ' ';
    }
    this.pendingSpace = 'none';
    this.line += s;
  }

  /** A raw string (a tab between cells, a list label) with no whitespace processing. */
  raw(s: string): void {
    this.pendingSpace = 'none';
    this.line += s;
  }

  breakLine(keepEmpty = false): void {
    const l = this.line.replace(/[ \t]+$/, '');
    if (l || keepEmpty) this.lines.push(l);
    this.line = '';
    this.pendingSpace = 'none';
  }

  breakBlock(): void {
    this.breakLine();
    while (this.lines.length && !this.lines[this.lines.length - 1]) this.lines.pop();
    if (this.lines.length) this.blocks.push(this.lines.join('\n'));
    this.lines = [];
  }
}

/** Plain text of a cell or caption: everything inline, blocks and line breaks as spaces. */
function inlineText(node: Node, out: string[] = []): string[] {
  if (node.nodeName === '#text') out.push((node as DefaultTreeAdapterTypes.TextNode).value);
  else if ('tagName' in node) {
    if (DROP.has(node.tagName) || hidden(node)) return out;
    if (node.tagName === 'br' || BLOCK.has(node.tagName)) out.push(' ');
    for (const c of node.childNodes) inlineText(c, out);
    if (BLOCK.has(node.tagName)) out.push(' ');
  }
  return out;
}

const cellText = (el: Element) => inlineText(el).join('').replace(/\s+/g, ' ').trim();

function tableRows(table: Element, rows: string[] = []): string[] {
  for (const child of table.childNodes) {
    if (!('tagName' in child) || hidden(child)) continue;
    if (child.tagName === 'tr') {
      const cells = child.childNodes
        .filter((c): c is Element => 'tagName' in c && (c.tagName === 'td' || c.tagName === 'th'))
        .map(cellText);
      while (cells.length && !cells[cells.length - 1]) cells.pop();
      if (cells.some((c) => c)) rows.push(cells.join('\t'));
    } else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) tableRows(child, rows);
    else if (child.tagName === 'caption') {
      const c = cellText(child);
      if (c) rows.push(c);
    }
  }
  return rows;
}

export interface HtmlTextOptions {
  /** write the numbers of ordered lists and bullets of unordered ones (default true) */
  listLabels?: boolean;
}

/** The visible text of an HTML document. */
export function htmlToText(html: string, options: HtmlTextOptions = {}): string {
  const labels = options.listLabels ?? true;
  const sink = new TextSink();
  const walk = (node: Node, pre: boolean, list?: { type?: string; n: number } | null) => {
    if (node.nodeName === '#text') {
      sink.text((node as DefaultTreeAdapterTypes.TextNode).value, pre);
      return;
    }
    if (!('tagName' in node)) return;
    const tag = node.tagName;
    if (DROP.has(tag) || hidden(node)) return;
    // mammoth's back links from footnotes to their references
    if (tag === 'a' && /^#(?:footnote|endnote)-ref-/.test(attr(node, 'href') ?? '')) return;
    if (tag === 'br') return sink.breakLine(true);
    if (tag === 'table') {
      sink.breakBlock();
      const rows = tableRows(node);
      for (const r of rows) {
        sink.raw(r);
        sink.breakLine();
      }
      sink.breakBlock();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) sink.breakBlock();
    let childList = list;
    if (tag === 'ol') {
      const start = Number(attr(node, 'start') ?? 1);
      childList = { type: attr(node, 'type'), n: Number.isFinite(start) ? start - 1 : 0 };
    } else if (tag === 'ul') childList = null;
    if (tag === 'li' && labels) {
      if (list) {
        const value = Number(attr(node, 'value'));
        list.n = Number.isFinite(value) && attr(node, 'value') ? value : list.n + 1;
        sink.label = `${listLabel(list.type, list.n)} `;
      } else if (list === null) sink.label = '• ';
    }
    for (const c of node.childNodes) walk(c, pre || tag === 'pre' || tag === 'textarea', childList);
    if (tag === 'li') sink.label = ''; // an empty item
    if (block) sink.breakBlock();
  };
  const doc = parse(html);
  for (const c of doc.childNodes) walk(c, false, undefined);
  sink.breakBlock();
  return sink.blocks.length ? `${sink.blocks.join('\n\n')}\n` : '';
}

/** The charset an HTML file declares in its first KB (meta charset or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString(
    'latin1',
  );
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  return m?.[1];
}

const SNIFF =
  /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|h[1-6]|section|article|span|br|ul|ol|center|font|b|strong|a)[\s>/]/i;

/** Is this HTML? A doctype, an <html> element, or a document opening with common HTML tags. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  let head: string;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    head = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(
      bytes.subarray(2, 2048),
    );
  } else {
    head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048))
      .toString('latin1')
      .replace(/^\xef\xbb\xbf/, '');
  }
  return SNIFF.test(head);
}

/** Decode HTML bytes: a BOM first, then the declared charset, then detection. */
export function decodeHtml(bytes: Uint8Array, file: string, options: ReadOptions): string {
  if (options.encoding) return decode(bytes, { encoding: options.encoding, file }).text;
  const hasBom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  const declared = hasBom ? undefined : declaredCharset(bytes);
  if (declared) {
    let label: string | undefined;
    try {
      label = encodingLabel(declared);
    } catch {
      label = undefined; // a charset zhen has no name for: detect instead
    }
    if (label) {
      try {
        return decode(bytes, { encoding: label, file }).text;
      } catch {
        // declared wrongly (a UTF-8 page labelled big5): fall through to detection
      }
    }
  }
  try {
    return decode(bytes, { file }).text;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot decode HTML: ${(err as Error).message}`, { file });
  }
}

export const htmlReader: Reader = {
  name: 'html',
  accepts: (bytes) => looksLikeHtml(bytes),
  async read(bytes, path, options) {
    const text = htmlToText(decodeHtml(bytes, path, options));
    return { path, text, format: 'html' };
  },
};
