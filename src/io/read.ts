/**
 * One way in for every command: a path (or '-' for stdin) becomes decoded text. Readers are tried
 * in order; each recognises its format from the content, not the extension: PDF (pdf.ts), DOCX
 * and other ZIP/OLE2 Office files (docx.ts), HTML (html.ts). Plain text is the last reader and
 * takes anything that decodes.
 */
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { docxReader, ole2Reader } from './docx.js';
import { decode } from './encoding.js';
import { htmlReader } from './html.js';
import { pdfReader } from './pdf.js';

export interface ReadOptions {
  /** force a text encoding (utf-8, utf-16le, utf-16be, big5, gb18030, latin1) */
  encoding?: string;
  /** PDF: read English beside Chinese as two columns (see pdf-layout.ts), for --separate */
  languageColumns?: boolean;
}

export interface SourceText {
  /** the path as given ('-' for stdin) */
  path: string;
  /** the decoded text; every offset zhen reports points into it */
  text: string;
  /** which reader produced it */
  format: string;
  /** the text encoding, for plain text input */
  encoding?: string;
}

export interface Reader {
  name: string;
  /** does this reader take these bytes? */
  accepts(bytes: Uint8Array, path: string): boolean;
  read(bytes: Uint8Array, path: string, options: ReadOptions): Promise<SourceText>;
}

const textReader: Reader = {
  name: 'text',
  accepts: () => true,
  async read(bytes, path, options) {
    const { text, encoding } = decode(bytes, { encoding: options.encoding, file: path });
    return { path, text, format: 'text', encoding };
  },
};

/** Binary formats first (recognised by their magic bytes), then HTML, then plain text. */
const readers: Reader[] = [pdfReader, docxReader, ole2Reader, htmlReader, textReader];

/** Register a reader ahead of the plain-text reader. */
export function registerReader(reader: Reader): void {
  readers.splice(readers.length - 1, 0, reader);
}

/** The bytes of a file, or of standard input for '-'. Throws InputError when unreadable. */
export function readBytes(path: string): Uint8Array {
  if (path === '-') {
    try {
      return readFileSync(0);
    } catch (err) {
      throw new InputError(`cannot read standard input: ${(err as Error).message}`, { file: '-' });
    }
  }
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : `cannot read (${code})`, {
      file: path,
    });
  }
  if (isDir) throw new InputError('is a directory, not a file', { file: path });
  try {
    return readFileSync(path);
  } catch (err) {
    throw new InputError(`cannot read (${(err as NodeJS.ErrnoException).code})`, { file: path });
  }
}

/** Read and decode one input. Throws InputError for missing, binary or undecodable input. */
export async function readSource(path: string, options: ReadOptions = {}): Promise<SourceText> {
  const bytes = readBytes(path);
  const reader = readers.find((r) => r.accepts(bytes, path))!;
  return reader.read(bytes, path, options);
}
