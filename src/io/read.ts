/**
 * One way in for every command: a path (or '-' for stdin) becomes decoded text. Readers are tried
 * in order; each recognises its format from the content, not the extension. Plain text is the
 * last reader and takes anything that decodes.
 */
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { decode } from './encoding.js';

export interface ReadOptions {
  /** force a text encoding (utf-8, utf-16le, utf-16be, big5, gb18030, latin1) */
  encoding?: string;
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

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Formats recognised but read by later readers; until then, a clear message rather than garbage. */
const unsupported: Reader[] = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF file' },
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (DOCX?)' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'an OLE2 file (old .doc/.xls?)' },
].map(({ magic, what }) => ({
  name: what,
  accepts: (bytes: Uint8Array) => startsWith(bytes, magic),
  async read(_bytes: Uint8Array, path: string): Promise<SourceText> {
    throw new InputError(
      `is ${what}; zhen reads plain text here (PDF/DOCX/HTML readers come later)`,
      { file: path },
    );
  },
}));

const readers: Reader[] = [...unsupported, textReader];

/** Register a reader ahead of the plain-text reader. */
export function registerReader(reader: Reader): void {
  readers.splice(readers.length - 1, 0, reader);
}

function readBytes(path: string): Uint8Array {
  if (path === '-') {
    try {
      return readFileSync(0);
    } catch (err) {
      throw new InputError(`cannot read standard input: ${(err as Error).message}`, { file: '-' });
    }
  }
  let isDir = false;
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
