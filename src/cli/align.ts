/**
 * `zhen align SRC TGT`: sentence alignment of two language versions, written as TMX (default),
 * XLIFF 2.1, XLIFF 1.2, TSV, JSONL or bead lists. `--batch JOBS.tsv` aligns many pairs in one
 * process (the lexicon and the word segmenter load once).
 */
import { basename, dirname, extname, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { alignDocuments } from '../align/documents.js';
import { termPairsFromTerms } from '../align/glossary.js';
import { InputError, UsageError } from '../errors.js';
import { formatBeads, formatByName } from '../formats/index.js';
import { readBytes } from '../io/read.js';
import type { TermPair } from '../lexicon/lexicon.js';
import type { DocLanguage } from '../text/language.js';
import {
  ALIGN_FORMATS,
  type AlignFormat,
  encodingOption,
  outputOption,
  parseReviewThreshold,
  version,
  writeOutput,
} from './common.js';
import { languageOption, readDocumentPair } from './document-pair.js';
import { collect, loadGlossaries } from './glossaries.js';
import { alignBilingualFile, alignmentText } from './separate.js';

type OutFormat = AlignFormat;

interface AlignCliOptions {
  output?: string;
  format?: OutFormat;
  srcLang?: string;
  tgtLang?: string;
  glossary?: string[];
  presplit?: boolean;
  zhSemicolon?: boolean;
  batch?: string;
  encoding?: string;
  reviewThreshold?: string;
}

interface Context {
  options: AlignCliOptions;
  termPairs: TermPair[];
  srcLanguage?: DocLanguage;
  tgtLanguage?: DocLanguage;
  reviewThreshold: number;
}

export function registerAlign(program: Command): void {
  program
    .command('align')
    .description(
      'align two language versions of a document sentence by sentence (TMX, XLIFF, TSV, JSONL)',
    )
    .argument('[src]', "source document, or '-' for standard input")
    .argument('[tgt]', 'target document (leave out when SRC holds both languages)')
    .addOption(
      new Option(
        '--format <format>',
        'output format (default: tmx, or from the -o/OUT extension)',
      ).choices(ALIGN_FORMATS),
    )
    .option('--src-lang <code>', 'source language code, e.g. en, zh-HK, zh-CN (default: detected)')
    .option('--tgt-lang <code>', 'target language code (default: detected)')
    .option(
      '--glossary <file>',
      'extra glossary (TSV), repeatable; the shipped glossaries are always used',
      collect,
      [],
    )
    .option('--presplit', 'each input line is already one segment')
    .option('--zh-semicolon', 'also end Chinese sentences at ；')
    .option(
      '--review-threshold <score>',
      'mark pairs below this confidence for review (0-1)',
      '0.5',
    )
    .option('--batch <jobs.tsv>', 'align many pairs: one job per line, SRC<TAB>TGT<TAB>OUT')
    .addOption(encodingOption())
    .addOption(outputOption())
    .addHelpText(
      'after',
      `
Languages are detected when not given: Traditional Chinese → zh-HK, Simplified → zh-CN,
English → en. Pairs whose confidence is below the review threshold are marked for review in
every format (TMX x-review prop, XLIFF state, TSV/JSONL review column).

Examples:
  zhen align announcement.en.txt announcement.zh.txt -o announcement.tmx
  zhen align en.txt zh.txt --format xliff12 -o review.xlf
  zhen align --batch jobs.tsv --format tmx
  zhen align bilingual-notice.docx -o notice.tmx   # one file holding both languages
`,
    )
    .action(async (src: string | undefined, tgt: string | undefined, options: AlignCliOptions) => {
      const threshold = parseReviewThreshold(options.reviewThreshold);
      const context: Context = {
        options,
        termPairs: termPairsFromTerms(loadGlossaries(options.glossary)),
        srcLanguage: languageOption(options.srcLang),
        tgtLanguage: languageOption(options.tgtLang),
        reviewThreshold: threshold,
      };
      if (options.batch) {
        if (src || tgt)
          throw new UsageError('give either SRC and TGT or --batch JOBS.tsv, not both');
        process.exitCode = await runBatch(options.batch, context);
        return;
      }
      if (!src)
        throw new UsageError('align needs two documents, SRC and TGT (or --batch JOBS.tsv)');
      const format = options.format ?? formatFromName(options.output) ?? 'tmx';
      if (!tgt) {
        // one file holding both languages (src/cli/separate.ts)
        if (options.presplit) throw new UsageError('--presplit needs two documents, SRC and TGT');
        const result = await alignBilingualFile(src, {
          encoding: options.encoding,
          zhSemicolon: options.zhSemicolon,
          termPairs: context.termPairs,
          reviewThreshold: threshold,
          srcLanguage: context.srcLanguage,
          tgtLanguage: context.tgtLanguage,
        });
        writeOutput(alignmentText(result, format, src, threshold), options.output, [src]);
        return;
      }
      const { text, warnings } = await alignPair(src, tgt, format, context);
      for (const w of warnings) process.stderr.write(`zhen: warning: ${w}\n`);
      writeOutput(text, options.output, [src, tgt]);
    });
}

function formatFromName(path: string | undefined): OutFormat | undefined {
  if (!path || path === '-') return undefined;
  const ext = extname(path).toLowerCase().slice(1);
  const map: Record<string, OutFormat> = {
    tmx: 'tmx',
    xlf: 'xliff',
    xliff: 'xliff',
    tsv: 'tsv',
    txt: 'tsv',
    jsonl: 'jsonl',
    beads: 'beads',
    align: 'beads',
  };
  return map[ext];
}

async function alignPair(
  srcPath: string,
  tgtPath: string,
  format: OutFormat,
  context: Context,
): Promise<{ text: string; warnings: string[] }> {
  const { src, tgt } = await readDocumentPair(
    srcPath,
    tgtPath,
    { ...context.options, srcLanguage: context.srcLanguage, tgtLanguage: context.tgtLanguage },
    'aligns English with Chinese',
  );
  const { result, units, warnings } = alignDocuments(src, tgt, {
    termPairs: context.termPairs,
    reviewThreshold: context.reviewThreshold,
  });
  const review = result.beads.filter((b) => b.review).length;
  if (format === 'beads') return { text: formatBeads(result.beads), warnings };
  const notes = [
    `aligned by zhen ${version}: ${units.length} units, ${review} marked for review (confidence below ${context.reviewThreshold})`,
    ...warnings.map((w) => `warning: ${w}`),
  ];
  const text = formatByName(format).write(units, {
    srcLang: src.language.code,
    tgtLang: tgt.language.code,
    toolVersion: version,
    sourceDocument: basename(srcPath),
    targetDocument: basename(tgtPath),
    notes,
    reviewThreshold: context.reviewThreshold,
  });
  return { text, warnings };
}

interface Job {
  line: number;
  src: string;
  tgt: string;
  out: string;
}

function readJobs(file: string): Job[] {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(readBytes(file));
  const base = dirname(resolve(file));
  const jobs: Job[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cols = raw.split('\t');
    if (cols.length !== 3 || cols.some((c) => c.trim() === '')) {
      throw new InputError('a job line is SRC<TAB>TGT<TAB>OUT', { file, line: i + 1, column: 1 });
    }
    const [src, tgt, out] = cols.map((c) => resolve(base, c.trim())) as [string, string, string];
    jobs.push({ line: i + 1, src, tgt, out });
  });
  return jobs;
}

/** Runs every job; a bad job is reported and skipped. Returns the exit code. */
async function runBatch(file: string, context: Context): Promise<number> {
  const jobs = readJobs(file);
  const progress = process.stderr.isTTY ? new Progress(jobs.length) : undefined;
  let failed = 0;
  for (const [k, job] of jobs.entries()) {
    progress?.show(k, basename(job.src));
    try {
      const format = context.options.format ?? formatFromName(job.out) ?? 'tmx';
      const { text, warnings } = await alignPair(job.src, job.tgt, format, context);
      progress?.clear();
      for (const w of warnings) process.stderr.write(`zhen: warning: ${w}\n`);
      writeOutput(text, job.out, [job.src, job.tgt]);
    } catch (err) {
      progress?.clear();
      if (!(err instanceof InputError || err instanceof UsageError)) throw err;
      failed++;
      const where = err instanceof InputError ? err.format() : err.message;
      process.stderr.write(`zhen: ${file}:${job.line}: ${where}\n`);
    }
  }
  progress?.show(jobs.length, 'done');
  progress?.clear();
  return failed ? 2 : 0;
}

/** A one-line progress bar on a terminal's stderr. */
class Progress {
  constructor(private readonly total: number) {}

  show(done: number, label: string): void {
    const width = 30;
    const filled = this.total ? Math.round((done / this.total) * width) : width;
    const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
    process.stderr.write(
      `\r[${bar}] ${done}/${this.total} ${label}`.slice(0, (process.stderr.columns ?? 80) - 1),
    );
  }

  clear(): void {
    process.stderr.write('\r\x1b[K');
  }
}
