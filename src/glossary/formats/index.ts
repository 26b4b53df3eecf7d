/**
 * The registry of glossary exchange formats, one module each behind the GlossaryFormat
 * interface: commands pick a format by name (`glossaryFormatByName`), from an output file's
 * extension (`glossaryFormatForPath`) or from the content (`detectGlossaryFormat`), then only
 * use the interface. test/glossary/formats.test.ts iterates this record, so a format added here
 * is round-trip tested like the others.
 */
import { InputError, UsageError } from '../../errors.js';
import { csv } from './csv.js';
import type { GlossaryFile, GlossaryFormat } from './format.js';
import { json } from './json.js';
import { tbx } from './tbx.js';
import { tbx2 } from './tbx2.js';
import { tsv } from './tsv.js';
import { zhenTsv } from './zhen-tsv.js';

/** In detection order: the most specific first (an OmegaT TSV is the fallback for tab text). */
export const glossaryFormats = {
  json,
  tbx,
  tbx2,
  'zhen-tsv': zhenTsv,
  csv,
  tsv,
} as const satisfies Record<string, GlossaryFormat>;

export type GlossaryFormatName = keyof typeof glossaryFormats;

export const glossaryFormatNames = Object.keys(glossaryFormats) as GlossaryFormatName[];

export function isGlossaryFormatName(name: string): name is GlossaryFormatName {
  return Object.hasOwn(glossaryFormats, name);
}

/** The format registered under `name`; UsageError naming the known ones otherwise. */
export function glossaryFormatByName(name: string): GlossaryFormat {
  if (!isGlossaryFormatName(name)) {
    throw new UsageError(
      `unknown glossary format "${name}" (known: ${glossaryFormatNames.join(', ')})`,
    );
  }
  return glossaryFormats[name];
}

/**
 * The format an output path asks for by its extension: .json, .tbx (TBX v3), .csv, and
 * .tsv/.txt/.utf8/.tab (OmegaT TSV). Undefined for other names and for stdout.
 */
export function glossaryFormatForPath(path: string | undefined): GlossaryFormat | undefined {
  if (!path || path === '-') return undefined;
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (!ext) return undefined;
  return [json, tbx, csv, tsv].find((f) => f.extensions.includes(ext));
}

/** The format of a glossary from its content; undefined when none matches. */
export function detectGlossaryFormat(text: string): GlossaryFormat | undefined {
  return Object.values(glossaryFormats).find((f) => f.detect(text));
}

/** Reads a glossary of any registered format, detected from its content. */
export function readGlossary(text: string, file: string): GlossaryFile {
  const format = detectGlossaryFormat(text);
  if (!format) {
    throw new InputError(
      `unrecognised glossary (expected ${glossaryFormatNames.join(', ')}: a zhen TSV header, a CSV language-code header, TBX, JSON, or OmegaT's tab-separated lines)`,
      { file, line: 1 },
    );
  }
  return format.read(text, file);
}

export type {
  GlossaryFile,
  GlossaryFormat,
  GlossaryLangs,
  GlossaryTerm,
  GlossaryTraits,
  GlossaryWriteOptions,
  MinedContext,
  MinedInfo,
} from './format.js';
export { DEFAULT_LANGS } from './format.js';
