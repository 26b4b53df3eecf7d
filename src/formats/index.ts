/**
 * The registry of bilingual unit formats: one entry per module, keyed by its `--format` name.
 * Commands pick a format by name (`formatByName`) or from the content (`detectFormat`) and then
 * only use the `Format` interface. The contract tests iterate this record, so a format added
 * here is round-trip tested like the others. The bead list (`beads.ts`) is not a unit format:
 * it holds no text.
 */
import { InputError, UsageError } from '../errors.js';
import type { Format, ReadOptions, UnitFile } from './format.js';
import { jsonl } from './jsonl.js';
import { tmx } from './tmx.js';
import { tsv } from './tsv.js';
import { xliff2 } from './xliff2.js';
import { xliff12 } from './xliff12.js';

export const formats = {
  tmx,
  xliff: xliff2,
  xliff12,
  tsv,
  jsonl,
} as const satisfies Record<string, Format>;

export type FormatName = keyof typeof formats;

export const formatNames = Object.keys(formats) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formats, name);
}

/** The format registered under `name`; UsageError naming the known ones otherwise. */
export function formatByName(name: string): Format {
  if (!isFormatName(name)) {
    throw new UsageError(`unknown format "${name}" (known: ${formatNames.join(', ')})`);
  }
  return formats[name];
}

/**
 * The format of a file from its content (root element, namespace and version for XML, the
 * first line otherwise). The detectors exclude each other. Undefined when none matches.
 */
export function detectFormat(text: string): Format | undefined {
  return Object.values(formats).find((f) => f.detect(text));
}

/** Reads a file of any registered format, detected from its content. */
export function readUnits(text: string, file: string, options?: ReadOptions): UnitFile {
  const format = detectFormat(text);
  if (!format) {
    throw new InputError(`unrecognised bilingual file (expected ${formatNames.join(', ')})`, {
      file,
      line: 1,
    });
  }
  return format.read(text, file, options);
}

export type { BeadIndexes } from './beads.js';
export { beadsFromUnits, formatBead, formatBeads, parseBead, parseBeads } from './beads.js';
export { normalizeLang } from './common.js';
export type { Format, FormatTraits, ReadOptions, UnitFile, WriteOptions } from './format.js';
