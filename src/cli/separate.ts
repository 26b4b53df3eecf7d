/**
 * Bilingual documents in one file: `zhen split --separate FILE [-o PREFIX]` writes PREFIX.en.txt,
 * PREFIX.zh.txt (one sentence per line, a blank line between paragraphs) and the alignment the
 * layout implies (PREFIX.tmx, or another `zhen align` format), and `zhen align FILE` with one
 * bilingual file writes that alignment alone. The work is src/separate/; this file reads, checks
 * and writes.
 */
import { basename, dirname, extname, join } from 'node:path';
import { termPairsFromTerms } from '../align/glossary.js';
import { beadsToUnits } from '../align/units.js';
import { InputError, UsageError } from '../errors.js';
import { formatBeads, formatByName } from '../formats/index.js';
import { extractGlossary, lexicalFor } from '../glossary/extract/index.js';
import { DEFAULT_LANGS } from '../glossary/formats/index.js';
import { buildIndex } from '../glossary/shipped.js';
import { refuseOverwrite, writeFileAtomic } from '../io/atomic.js';
import type { TermPair } from '../lexicon/lexicon.js';
import {
  alignSeparation,
  type Layout,
  type SeparatedBead,
  type Separation,
  separate,
} from '../separate/index.js';
import { type DocLanguage, detectDocumentLanguage } from '../text/language.js';
import type { Segment, Unit } from '../types.js';
import {
  ALIGN_FORMATS,
  type AlignFormat,
  parseReviewThreshold,
  readInput,
  version,
} from './common.js';
import { loadGlossaries } from './glossaries.js';
import { outputFormat, writeOptionsOf } from './glossary-options.js';

const EXTENSION: Record<AlignFormat, string> = {
  tmx: 'tmx',
  xliff: 'xlf',
  xliff12: 'xlf',
  tsv: 'tsv',
  jsonl: 'jsonl',
  beads: 'beads',
};

export interface BilingualOptions {
  encoding?: string;
  zhSemicolon?: boolean;
  termPairs: TermPair[];
  reviewThreshold: number;
  /** languages the user gave (the source decides which side comes first) */
  srcLanguage?: DocLanguage;
  tgtLanguage?: DocLanguage;
}

export interface BilingualResult {
  /** the decoded input (offsets point into it) */
  text: string;
  separation: Separation;
  beads: SeparatedBead[];
  units: Unit[];
  srcCode: string;
  tgtCode: string;
}

const LAYOUT_NAMES: Record<Layout, string> = {
  'alternating-paragraphs': 'alternating paragraphs',
  'alternating-lines': 'alternating lines',
  columns: 'two language columns',
  table: 'a two-column table',
  halves: 'all English, then all Chinese',
  inline: 'English with Chinese inline',
};

const pct = (x: number) => `${(x * 100).toFixed(x < 0.01 ? 1 : 0)}%`;

/** Read, separate and align one bilingual file. InputError when it has only one language. */
export async function alignBilingualFile(
  file: string,
  options: BilingualOptions,
): Promise<BilingualResult> {
  const source = await readInput(file, { encoding: options.encoding, languageColumns: true });
  const sep = separate(source.text, { zhSemicolon: options.zhSemicolon });
  if (sep.layout === 'monolingual' && sep.share.en + sep.share.zh === 0) {
    throw new InputError('no English or Chinese text found', { file });
  }
  if (sep.layout === 'monolingual') {
    const [found, other] = sep.lang === 'en' ? ['English', 'Chinese'] : ['Chinese', 'English'];
    const minor = sep.lang === 'en' ? sep.share.zh : sep.share.en;
    throw new InputError(
      `only ${found} found; ${other} is ${pct(minor)} of the text — give a document in both languages, or two files to zhen align SRC TGT`,
      { file },
    );
  }
  if (sep.layout === 'inline') {
    throw new InputError(
      `only English found; its Chinese is inline (${sep.inline.length} bracketed title${sep.inline.length === 1 ? '' : 's'}) and stays in the English — zhen glossary extract ${file} mines those pairs`,
      { file },
    );
  }
  const beads = alignSeparation(sep, {
    termPairs: options.termPairs,
    reviewThreshold: options.reviewThreshold,
  });
  const zhLanguage = detectDocumentLanguage(sep.zhText);
  const enCode = pick(options, 'en') ?? 'en';
  const zhCode = pick(options, 'zh') ?? zhLanguage.code;
  const zhFirst = options.srcLanguage?.lang === 'zh' || options.tgtLanguage?.lang === 'en';
  const [src, tgt] = zhFirst ? [sep.zh, sep.en] : [sep.en, sep.zh];
  const oriented = zhFirst
    ? beads.map((b) => ({ ...b, src: b.tgt, tgt: b.src }))
    : beads.map((b) => ({ ...b }));
  const [srcCode, tgtCode] = zhFirst ? [zhCode, enCode] : [enCode, zhCode];
  const units = beadsToUnits(oriented, src, tgt, {
    srcLang: srcCode,
    tgtLang: tgtCode,
    reviewThreshold: options.reviewThreshold,
  });
  return { text: source.text, separation: sep, beads: oriented, units, srcCode, tgtCode };
}

/** The code the user gave for one of the two languages, if any. */
function pick(options: BilingualOptions, lang: 'en' | 'zh'): string | undefined {
  for (const l of [options.srcLanguage, options.tgtLanguage]) if (l?.lang === lang) return l.code;
  return undefined;
}

/** The alignment of a bilingual file in one of `zhen align`'s formats. */
export function alignmentText(
  result: BilingualResult,
  format: AlignFormat,
  file: string,
  reviewThreshold: number,
): string {
  if (format === 'beads') return formatBeads(result.beads);
  const review = result.units.filter((u) => u.review).length;
  const sep = result.separation;
  const name = file === '-' ? 'stdin' : basename(file);
  return formatByName(format).write(result.units, {
    srcLang: result.srcCode,
    tgtLang: result.tgtCode,
    toolVersion: version,
    sourceDocument: `${name} (${result.srcCode})`,
    targetDocument: `${name} (${result.tgtCode})`,
    notes: [
      `aligned by zhen ${version} from one bilingual file (${LAYOUT_NAMES[sep.layout]}): ${result.units.length} units, ${review} marked for review (confidence below ${reviewThreshold})`,
    ],
    reviewThreshold,
  });
}

/** Sentences one per line, a blank line between paragraphs. */
export function sentencesText(segments: readonly Segment[]): string {
  let out = '';
  segments.forEach((s, i) => {
    if (i > 0) out += s.paragraph !== segments[i - 1]!.paragraph ? '\n\n' : '\n';
    out += s.text;
  });
  return out ? `${out}\n` : '';
}

export interface SeparateCliOptions {
  format?: string;
  output?: string;
  glossary?: string[];
  glossaryOut?: string;
  zhSemicolon?: boolean;
  encoding?: string;
  reviewThreshold?: string;
}

/** `zhen split --separate FILE`. */
export async function runSeparate(file: string, options: SeparateCliOptions): Promise<void> {
  const format = (options.format ?? 'tmx') as AlignFormat;
  if (!ALIGN_FORMATS.includes(format)) {
    throw new UsageError(
      `--separate writes the alignment as ${ALIGN_FORMATS.join(', ')}; not "${options.format}"`,
    );
  }
  if (file === '-' && (!options.output || options.output === '-')) {
    throw new UsageError(
      '--separate reading standard input needs -o PREFIX for the files it writes',
    );
  }
  if (options.output === '-')
    throw new UsageError('--separate writes files: give -o PREFIX, not -');
  const prefix = options.output ?? join(dirname(file), basename(file, extname(file)));
  const threshold = parseReviewThreshold(options.reviewThreshold ?? '0.5');
  const outputs = {
    en: `${prefix}.en.txt`,
    zh: `${prefix}.zh.txt`,
    alignment: `${prefix}.${EXTENSION[format]}`,
  };
  const all = [...Object.values(outputs), ...(options.glossaryOut ? [options.glossaryOut] : [])];
  for (const out of all) refuseOverwrite(out, [file]);
  const glossary = loadGlossaries(options.glossary);
  const result = await alignBilingualFile(file, {
    encoding: options.encoding,
    zhSemicolon: options.zhSemicolon,
    termPairs: termPairsFromTerms(glossary),
    reviewThreshold: threshold,
  });
  const sep = result.separation;
  // everything is computed before the first file is written
  const files: [string, string][] = [
    [outputs.en, sentencesText(sep.en)],
    [outputs.zh, sentencesText(sep.zh)],
    [outputs.alignment, alignmentText(result, format, file, threshold)],
  ];
  let mined = 0;
  if (options.glossaryOut) {
    const index = buildIndex(glossary);
    const zhFirst = result.srcCode.startsWith('zh');
    const pairs = result.units
      .filter((u) => u.source && u.target)
      .map((u) => ({
        en: zhFirst ? u.target : u.source,
        zh: zhFirst ? u.source : u.target,
        unit: Number(u.id),
      }));
    const { terms } = extractGlossary(
      [
        { kind: 'text', file, text: result.text },
        { kind: 'segments', file, segments: pairs },
      ],
      { index, lexical: lexicalFor(index) },
    );
    mined = terms.length;
    const gFormat = outputFormat(undefined, options.glossaryOut, 'tsv');
    files.push([options.glossaryOut, gFormat.write(terms, writeOptionsOf({}, DEFAULT_LANGS))]);
  }
  for (const [path, data] of files) writeFileAtomic(path, data, [file]);
  const review = result.units.filter((u) => u.review).length;
  process.stderr.write(
    `zhen: ${file}: ${LAYOUT_NAMES[sep.layout]}; ${sep.en.length} English and ${sep.zh.length} Chinese sentences, ${result.units.length} units (${review} for review)${sep.inline.length ? `, ${sep.inline.length} inline Chinese title${sep.inline.length === 1 ? '' : 's'} kept in the English` : ''}${options.glossaryOut ? `, ${mined} glossary pair${mined === 1 ? '' : 's'}` : ''} → ${files.map(([p]) => p).join(', ')}\n`,
  );
}
