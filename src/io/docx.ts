/**
 * Word (DOCX) reader: mammoth turns the document into HTML (headings, paragraphs, line breaks
 * `<w:br/>` as <br>, lists, tables; tracked deletions and comments left out), which html.ts turns
 * into text: paragraphs separated by blank lines, a table row per line with tab-separated cells.
 * mammoth's raw-text mode is not used: it drops line breaks and glues words ("Reportand").
 * Numbering labels ("(a)", "1.", "（一）") are not text in a DOCX and mammoth does not compute them:
 * docx-numbering.ts writes them into document.xml first. Also tells other Office and ZIP files,
 * encrypted Word files and damaged archives apart, each with one clear error.
 */
import { InputError } from '../errors.js';
import { DocxNumbering, labelParagraphs } from './docx-numbering.js';
import { htmlToText } from './html.js';
import type { Reader } from './read.js';
import { entryData, isZip, makeEntry, readZip, writeZip, type ZipEntry } from './zip.js';

const DOCUMENT = 'word/document.xml';

/** What a ZIP that is not a Word document is, for the error message. */
function zipKind(entries: Map<string, ZipEntry>): string {
  if (entries.has('xl/workbook.xml')) return 'an Excel workbook (XLSX)';
  if (entries.has('ppt/presentation.xml')) return 'a PowerPoint presentation (PPTX)';
  const mimetype = entries.get('mimetype');
  if (mimetype) {
    const type = new TextDecoder().decode(entryData(mimetype));
    if (type.includes('opendocument')) return 'an OpenDocument file (save it as .docx)';
    if (type.includes('epub')) return 'an EPUB book';
  }
  return 'a ZIP archive';
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOle2(bytes: Uint8Array): boolean {
  return OLE2.every((b, i) => bytes[i] === b);
}

/** Old binary Office files, and DOCX files saved with a password (an OLE2 container too). */
export const ole2Reader: Reader = {
  name: 'ole2',
  accepts: (bytes) => isOle2(bytes),
  async read(bytes, path) {
    const utf16 = (s: string) => Buffer.from(s, 'utf16le');
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    if (buf.includes(utf16('EncryptedPackage'))) {
      throw new InputError(
        'is a password-protected Office file; remove the password in Word and save again',
        { file: path },
      );
    }
    const what = buf.includes(utf16('WordDocument'))
      ? 'an old Word 97–2003 document (.doc)'
      : buf.includes(utf16('Workbook'))
        ? 'an old Excel 97–2003 workbook (.xls)'
        : 'an old binary Office file';
    throw new InputError(`is ${what}; save it as .docx (Word 2007 or later) and try again`, {
      file: path,
    });
  },
};

function damaged(path: string, why: string): InputError {
  return new InputError(`is a damaged Word document (DOCX): ${why}`, { file: path });
}

/** Text of a DOCX. Throws InputError for ZIPs that are not Word documents and damaged files. */
export async function extractDocxText(bytes: Uint8Array, path: string): Promise<string> {
  let entries: Map<string, ZipEntry>;
  try {
    entries = readZip(bytes);
  } catch (err) {
    throw damaged(path, (err as Error).message);
  }
  const docEntry = entries.get(DOCUMENT);
  if (!docEntry) {
    let kind: string;
    try {
      kind = zipKind(entries);
    } catch {
      kind = 'a ZIP archive';
    }
    throw new InputError(`is ${kind}, not a Word document (no ${DOCUMENT})`, { file: path });
  }
  let input: Uint8Array = bytes;
  try {
    const text = (name: string) => {
      const e = entries.get(name);
      return e ? new TextDecoder().decode(entryData(e)) : undefined;
    };
    const documentXml = text(DOCUMENT)!;
    const numbering = new DocxNumbering(text('word/numbering.xml'), text('word/styles.xml'));
    if (!numbering.empty) {
      const labelled = labelParagraphs(documentXml, numbering);
      if (labelled !== documentXml) {
        entries.set(DOCUMENT, makeEntry(DOCUMENT, new TextEncoder().encode(labelled)));
        input = writeZip(entries.values());
      }
    }
  } catch (err) {
    throw damaged(path, (err as Error).message);
  }
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(input.buffer, input.byteOffset, input.length) },
      {
        // images are not text: do not base64 them into the HTML
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        ignoreEmptyParagraphs: true,
      },
    );
    html = result.value;
  } catch (err) {
    const message = ((err as Error).message ?? String(err)).replace(/\s+/g, ' ');
    throw damaged(
      path,
      /xmldom|parse error|unclosed|not well-formed/i.test(message)
        ? 'its XML is not well-formed'
        : message.replace(/^error: /i, ''),
    );
  }
  return htmlToText(html, { listLabels: false });
}

export const docxReader: Reader = {
  name: 'docx',
  accepts: (bytes) => isZip(bytes),
  async read(bytes, path) {
    return { path, text: await extractDocxText(bytes, path), format: 'docx' };
  },
};
