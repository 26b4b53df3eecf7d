/**
 * The glossaries a command uses: the shipped ones plus every `--glossary FILE`, in order.
 * A user glossary may be in any format of src/glossary/formats/ (zhen TSV, OmegaT TSV, CSV with
 * a language-code header, TBX v3, TBX 2008, JSON), detected from its content; UTF-8, or UTF-16
 * with a byte-order mark (Excel's "Unicode Text").
 */
import { InputError } from '../errors.js';
import { readGlossary } from '../glossary/formats/index.js';
import type { Term } from '../glossary/model.js';
import { mergeGlossaries, shippedTerms } from '../glossary/shipped.js';
import { decode } from '../io/encoding.js';
import { readBytes } from '../io/read.js';

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** The decoded text of a glossary file ('-' for standard input). */
export function readGlossaryText(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readBytes(file);
  } catch (err) {
    if (err instanceof InputError && err.message === 'no such file') {
      throw new InputError('no such glossary file', { file });
    }
    throw err;
  }
  return decode(bytes, { file }).text;
}

export function loadGlossaries(files: readonly string[] = []): Term[] {
  const user = files.map((file) => readGlossary(readGlossaryText(file), file).terms);
  return mergeGlossaries(shippedTerms(), ...user);
}
