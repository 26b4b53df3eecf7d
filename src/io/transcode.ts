/**
 * Files that are rewritten rather than read for their text (`zhen convert`): decoded with their
 * encoding remembered, so the result can be written back in the same encoding (UTF-8 or UTF-16,
 * with or without BOM). Legacy encodings (Big5, GB18030) cannot hold the other script's
 * characters, so those files come back as UTF-8 with their declaration updated. PDF and Office
 * files have no text to rewrite in place: their extracted text is used instead.
 */
import { isOle2 } from './docx.js';
import { decode } from './encoding.js';
import { decodeHtml, looksLikeHtml } from './html.js';
import { looksLikePdf } from './pdf.js';
import { type ReadOptions, readBytes, readSource } from './read.js';
import { isZip } from './zip.js';

export interface Editable {
  /** the original bytes */
  bytes: Uint8Array;
  text: string;
  /** 'utf-8', 'utf-16le', 'utf-16be', or a legacy encoding written back as UTF-8 */
  encoding: string;
  bom: boolean;
  /** true when `text` was extracted from a PDF/DOCX: the result is plain text, not the file */
  extracted: boolean;
}

/** Read a file to rewrite it. */
export async function readEditable(path: string, options: ReadOptions = {}): Promise<Editable> {
  const bytes = readBytes(path);
  if (looksLikePdf(bytes) || isZip(bytes) || isOle2(bytes)) {
    const source = await readSource(path, options);
    return { bytes, text: source.text, encoding: 'utf-8', bom: false, extracted: true };
  }
  if (!options.encoding && looksLikeHtml(bytes)) {
    // the declared charset decides; the text is then written back as UTF-8 unless it was UTF-16
    const text = decodeHtml(bytes, path, options);
    const bom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
    const utf16 = bytes[0] === 0xff ? 'utf-16le' : bytes[0] === 0xfe ? 'utf-16be' : undefined;
    const utf8 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
    const encoding = utf16 ?? (utf8 === text || utf8.slice(1) === text ? 'utf-8' : 'legacy');
    return { bytes, text, encoding, bom, extracted: false };
  }
  const d = decode(bytes, { encoding: options.encoding, file: path });
  return { bytes, text: d.text, encoding: d.encoding, bom: d.bom, extracted: false };
}

/** Can `encoding` hold any Unicode text? */
const unicode = (encoding: string) => /^utf-(?:8|16le|16be)$/.test(encoding);

/**
 * A declared legacy encoding (XML declaration, HTML meta charset) replaced by UTF-8, for text
 * that is about to be written as UTF-8.
 */
export function declareUtf8(text: string): string {
  return text
    .replace(/^(\ufeff?<\?xml[^>]*?encoding\s*=\s*["'])[^"']*(["'])/, '$1UTF-8$2')
    .replace(/(<meta[^>]+charset\s*=\s*["']?)[\w-]+/i, '$1utf-8');
}

/** Bytes of `text` in the file's encoding (UTF-8 for legacy ones), BOM as it was. */
export function encodeLike(text: string, file: Pick<Editable, 'encoding' | 'bom'>): Uint8Array {
  if (file.encoding === 'utf-16le' || file.encoding === 'utf-16be') {
    const body = Buffer.from(text, 'utf16le');
    if (file.encoding === 'utf-16be') body.swap16();
    const bom = file.encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    return new Uint8Array(Buffer.concat([Buffer.from(file.bom ? bom : []), body]));
  }
  const body = Buffer.from(unicode(file.encoding) ? text : declareUtf8(text), 'utf8');
  return new Uint8Array(file.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body);
}
