/**
 * `zhen qa EN ZH` (two language versions, aligned as `zhen align` does) or `zhen qa FILE`
 * (a TMX, XLIFF, TSV or JSONL bilingual file): findings as text, JSON or one self-contained
 * HTML file; exit 1 when findings reach `--fail-on`. Reads the inputs, the glossaries and the
 * ignore lists, calls the library (src/qa/), writes the report; no checking here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type Command, Option } from 'commander';
import { termPairsFromTerms } from '../align/glossary.js';
import { InputError, UsageError } from '../errors.js';
import { readUnits } from '../formats/index.js';
import { buildIndex, shippedGlossaryIndex, shippedTerms } from '../glossary/shipped.js';
import { writeFileAtomic } from '../io/atomic.js';
import { decode } from '../io/encoding.js';
import { readBytes } from '../io/read.js';
import { loadLexicon, withTermPairs } from '../lexicon/lexicon.js';
import {
  alignForQa,
  checks,
  formatIgnoreList,
  parseIgnoreList,
  type QaResult,
  qaDocuments,
  qaUnits,
  reaches,
  ScanCache,
  type SegmentAnalysis,
  type Severity,
  selectChecks,
} from '../qa/index.js';
import {
  isReporterName,
  type ReporterName,
  reporterNames,
  reporters,
} from '../qa/reporters/index.js';
import { toSimplified } from '../text/opencc.js';
import type { LanguageDoc } from '../document.js';
import {
  encodingOption,
  outputOption,
  parseReviewThreshold,
  version,
  writeOutput,
} from './common.js';
import { languageOption, readDocumentPair } from './document-pair.js';
import { collect, loadGlossaries } from './glossaries.js';
import type { AnalysisJob } from './qa-worker.js';

interface QaCliOptions {
  format?: string;
  output?: string;
  failOn: 'error' | 'warning' | 'info' | 'none';
  enable: string[];
  disable: string[];
  severity: string[];
  ignore: string[];
  writeIgnore?: string;
  glossary: string[];
  srcLang?: string;
  tgtLang?: string;
  presplit?: boolean;
  zhSemicolon?: boolean;
  encoding?: string;
  reviewThreshold: string;
  color?: boolean;
  listChecks?: boolean;
}

const list = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];

function checkList(): string {
  return checks
    .map(
      (c) =>
        `  ${c.name.padEnd(13)} ${c.severity.padEnd(8)} ${c.enabled ? '' : '(off) '}${c.description}`,
    )
    .join('\n');
}

export function registerQa(program: Command): void {
  program
    .command('qa')
    .description(
      'check that two language versions say the same thing (amounts, dates, codes, law names, terms, omissions)',
    )
    .argument(
      '[files...]',
      'EN ZH (two documents, either order) or one bilingual file (TMX, XLIFF, TSV, JSONL)',
    )
    .addOption(
      new Option(
        '--format <format>',
        'report format (default: text, or from the -o extension)',
      ).choices(reporterNames),
    )
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding is at least this severe')
        .choices(['error', 'warning', 'info', 'none'])
        .default('none'),
    )
    .option('--enable <checks>', 'also run these checks (comma-separated, repeatable)', list, [])
    .option('--disable <checks>', 'do not run these checks (comma-separated, repeatable)', list, [])
    .option(
      '--severity <check=level>',
      "set a check's severity, e.g. length=info (repeatable)",
      list,
      [],
    )
    .option(
      '--ignore <file>',
      'leave out findings whose hash is listed in FILE (repeatable)',
      collect,
      [],
    )
    .option('--write-ignore <file>', 'append the hashes of all findings reported to FILE')
    .option(
      '--glossary <file>',
      'extra glossary, repeatable; the shipped glossaries are always used',
      collect,
      [],
    )
    .option('--src-lang <code>', 'language of the first document (default: detected)')
    .option('--tgt-lang <code>', 'language of the second document (default: detected)')
    .option('--presplit', 'each input line is already one segment')
    .option('--zh-semicolon', 'also end Chinese sentences at ；')
    .option(
      '--review-threshold <score>',
      'alignment confidence below which pairs are marked for review',
      '0.5',
    )
    .option('--no-color', 'no colours in the text report (default: colours on a terminal)')
    .option('--list-checks', 'list the checks with their default severities and exit')
    .addOption(encodingOption())
    .addOption(outputOption())
    .addHelpText(
      'after',
      `
Checks (name, default severity):
${checkList()}

Every finding has a hash (check + source + target + flagged text; not offsets, so it survives
re-runs and edits elsewhere). An ignore file lists hashes, one per line; '#' starts a comment:
  # reviewed 2024-03-25: legitimate differences
  3f9a0c1d22e4  # numbers: 2024 is not in the Chinese
'--write-ignore FILE' appends every finding reported (with its message as a comment): delete
the lines of real errors and pass the file back with '--ignore FILE'. '--format json' also
gives each finding's hash.

Exit status: 0, or 1 when a finding reaches --fail-on; 2 on bad usage or unreadable input.

Examples:
  zhen qa announcement.en.txt announcement.zh.txt
  zhen qa en.txt zh.txt --format html -o review.html
  zhen qa aligned.tmx --format json --fail-on error
  zhen qa en.txt zh.txt --disable length,additions --ignore reviewed.ignore
`,
    )
    .action(async (files: string[], options: QaCliOptions) => {
      if (options.listChecks) {
        process.stdout.write(`${checkList()}\n`);
        return;
      }
      const format = reportFormat(options);
      const severity = parseSeverities(options.severity);
      // unknown check names fail before any reading or aligning
      selectChecks({ enable: options.enable, disable: options.disable, severity });
      const ignore = new Set<string>();
      for (const file of options.ignore) for (const h of readIgnoreFile(file)) ignore.add(h);
      const result = await runOn(files, options, { severity, ignore });
      const text = reporters[format](result, {
        color:
          format === 'text' &&
          options.color !== false &&
          Boolean(process.stdout.isTTY) &&
          !options.output &&
          !process.env.NO_COLOR,
        version,
      });
      for (const w of result.warnings) process.stderr.write(`zhen: warning: ${w}\n`);
      writeOutput(text, options.output, files);
      if (options.writeIgnore) appendIgnore(options.writeIgnore, result, files);
      if (options.failOn !== 'none' && reaches(result.findings, options.failOn))
        process.exitCode = 1;
    });
}

function reportFormat(options: QaCliOptions): ReporterName {
  if (options.format) return options.format as ReporterName;
  const ext =
    options.output && options.output !== '-' ? extname(options.output).slice(1).toLowerCase() : '';
  const byExt: Record<string, ReporterName> = { json: 'json', html: 'html', htm: 'html' };
  const f = byExt[ext];
  return f && isReporterName(f) ? f : 'text';
}

function parseSeverities(items: readonly string[]): Record<string, Severity> {
  const out: Record<string, Severity> = {};
  for (const item of items) {
    const m = /^([a-z-]+)=(error|warning|info)$/.exec(item);
    if (!m) throw new UsageError(`--severity takes CHECK=error|warning|info, not "${item}"`);
    out[m[1]!] = m[2] as Severity;
  }
  return out;
}

function readIgnoreFile(file: string): Set<string> {
  const { hashes, bad } = parseIgnoreList(decode(readBytes(file), { file }).text);
  if (bad.length) {
    throw new InputError('not a finding hash (12 hex digits, optionally followed by # comment)', {
      file,
      line: bad[0],
      column: 1,
    });
  }
  return hashes;
}

function appendIgnore(file: string, result: QaResult, inputs: readonly string[]): void {
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const known = parseIgnoreList(before).hashes;
  const fresh = result.findings.filter((f) => !known.has(f.hash));
  const header = `zhen qa ${inputs.join(' ')}: ${fresh.length} findings (${new Date().toISOString().slice(0, 10)})`;
  const sep = before && !before.endsWith('\n') ? '\n' : '';
  writeFileAtomic(file, before + sep + formatIgnoreList(fresh, header), inputs);
}

async function runOn(
  files: readonly string[],
  options: QaCliOptions,
  extra: { severity: Record<string, Severity>; ignore: Set<string> },
): Promise<QaResult> {
  if (files.length === 0 || files.length > 2) {
    throw new UsageError(
      'qa needs two documents (EN ZH) or one bilingual file (TMX, XLIFF, TSV, JSONL)',
    );
  }
  const threshold = parseReviewThreshold(options.reviewThreshold);
  const terms = options.glossary.length ? loadGlossaries(options.glossary) : shippedTerms();
  const glossary = options.glossary.length ? buildIndex(terms) : shippedGlossaryIndex();
  const termPairs = termPairsFromTerms(terms);
  const lexicon = withTermPairs(loadLexicon(), termPairs, toSimplified);
  const qaOptions = {
    enable: options.enable,
    disable: options.disable,
    severity: extra.severity,
    ignore: extra.ignore,
    glossary,
    lexicon,
  };
  if (files.length === 1) {
    const file = files[0]!;
    const text = decode(readBytes(file), { encoding: options.encoding, file }).text;
    const unitFile = readUnits(text, file, {
      srcLang: options.srcLang,
      tgtLang: options.tgtLang,
    });
    if (unitFile.units.length === 0) throw new InputError('no translation units', { file });
    const result = qaUnits(unitFile, file, qaOptions);
    if (
      result.summary.languages.source.slice(0, 2) === result.summary.languages.target.slice(0, 2)
    ) {
      throw new InputError(
        'both sides look like the same language; zhen checks English against Chinese (give --src-lang/--tgt-lang)',
        { file },
      );
    }
    return result;
  }
  const [srcPath, tgtPath] = files as [string, string];
  const { src, tgt } = await readDocumentPair(
    srcPath,
    tgtPath,
    {
      ...options,
      srcLanguage: languageOption(options.srcLang),
      tgtLanguage: languageOption(options.tgtLang),
    },
    'checks English against Chinese',
  );
  // law names and terms in a worker while this thread aligns (and scans, for the anchor keys)
  const analysing = analyseInWorker(src, tgt, options.glossary);
  const scans = new ScanCache();
  const alignment = alignForQa(src, tgt, { termPairs, reviewThreshold: threshold, scans });
  const analyses = await analysing;
  return qaDocuments(src, tgt, { ...qaOptions, alignment, analyses, scans });
}

type Analyses = { source: SegmentAnalysis[]; target: SegmentAnalysis[] };

/** Segment analyses from a worker thread; undefined (analysed lazily) if it cannot run. */
function analyseInWorker(
  src: LanguageDoc,
  tgt: LanguageDoc,
  glossaries: string[],
): Promise<Analyses | undefined> {
  const url = new URL('./qa-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) return Promise.resolve(undefined);
  const job: AnalysisJob = {
    source: { texts: src.segments.map((s) => s.text), lang: src.language.lang },
    target: { texts: tgt.segments.map((s) => s.text), lang: tgt.language.lang },
    glossaries,
  };
  return new Promise((done) => {
    let worker: Worker;
    try {
      worker = new Worker(url, { workerData: job });
    } catch {
      done(undefined);
      return;
    }
    worker.once('message', (m: Analyses | { error: string }) => {
      done('error' in m ? undefined : m);
      void worker.terminate();
    });
    worker.once('error', () => done(undefined));
    worker.once('exit', () => done(undefined));
  });
}
