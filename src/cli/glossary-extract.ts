/**
 * `zhen glossary extract FILE... [--align SRC TGT]`: law names and terms mined from documents
 * (inline `English(中文)` / `中文(English)` pairs), from TMX/XLIFF files and from two documents
 * aligned here; merged, marked against the glossaries, written in any glossary format.
 * `zhen glossary eval GOLD.jsonl...`: precision and recall of the same extraction on
 * hand-labelled gold (corpora/glossary-mining/).
 */
import { dirname, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { makeDoc } from '../document.js';
import { UsageError } from '../errors.js';
import { formats } from '../formats/index.js';
import {
  type ItemScore,
  parseGold,
  scoreItem,
  type Totals,
  totals,
} from '../glossary/extract/eval.js';
import {
  type ExtractInput,
  extractGlossary,
  lexicalFor,
  segmentsFromDocs,
  segmentsFromUnits,
} from '../glossary/extract/index.js';
import { DEFAULT_LANGS, glossaryFormatNames } from '../glossary/formats/index.js';
import { buildIndex, type GlossaryIndex } from '../glossary/shipped.js';
import { encodingOption, outputOption, readInput, writeOutput } from './common.js';
import { collect, loadGlossaries, readGlossaryText } from './glossaries.js';
import {
  FORMAT_HELP,
  formatNotes,
  outputFormat,
  scriptOption,
  sourceOption,
  writeOptionsOf,
} from './glossary-options.js';

interface ExtractCliOptions {
  align?: string[];
  format?: string;
  output?: string;
  names?: boolean;
  new?: boolean;
  minConfidence: string;
  glossary: string[];
  langs?: string;
  source?: 'en' | 'zh';
  script?: 'hant' | 'hans';
  encoding?: string;
  presplit?: boolean;
}

const UNIT_FORMATS = [formats.tmx, formats.xliff, formats.xliff12];

/** One input file: a TMX/XLIFF file gives segment pairs, anything else a text mined inline. */
async function fileInput(path: string, encoding: string | undefined): Promise<ExtractInput> {
  const source = await readInput(path, { encoding });
  const unitFormat = UNIT_FORMATS.find((f) => f.detect(source.text));
  if (unitFormat) {
    const segments = segmentsFromUnits(unitFormat.read(source.text, path));
    if (!segments) throw new UsageError(`${path}: not an English/Chinese ${unitFormat.name} file`);
    return { kind: 'segments', file: path, segments };
  }
  return { kind: 'text', file: path, text: source.text };
}

async function docPair(
  src: string,
  tgt: string,
  options: { encoding?: string; presplit?: boolean },
  index: GlossaryIndex,
): Promise<ExtractInput> {
  const [a, b] = await Promise.all([readInput(src, options), readInput(tgt, options)]);
  const da = makeDoc(a.text, { presplit: options.presplit, path: src });
  const db = makeDoc(b.text, { presplit: options.presplit, path: tgt });
  if (da.language.lang === db.language.lang) {
    throw new UsageError(
      `--align ${src} ${tgt}: both documents look ${da.language.lang === 'en' ? 'English' : 'Chinese'}; give one English and one Chinese`,
    );
  }
  return { kind: 'segments', file: `${src}+${tgt}`, segments: segmentsFromDocs(da, db, index) };
}

export function registerExtract(glossary: Command): void {
  glossary
    .command('extract')
    .description(
      'mine law names and terms: English(中文) / 中文(English) pairs, TMX/XLIFF files, aligned documents',
    )
    .argument(
      '[files...]',
      "documents (text, PDF, DOCX, HTML) or TMX/XLIFF files; '-' for standard input",
    )
    .option(
      '--align <src-tgt...>',
      'two documents (one English, one Chinese) to align and mine; give after the FILEs',
    )
    .addOption(
      new Option(
        '--format <format>',
        'output format (default: from the -o extension, else tsv)',
      ).choices(glossaryFormatNames),
    )
    .option(
      '--names',
      'also keep pairs without a matching head noun (person, company, place names, other terms)',
    )
    .option('--new', 'only pairs whose Chinese is not in the glossaries')
    .option('--min-confidence <x>', 'leave out pairs below this confidence (0-1)', '0')
    .option(
      '--glossary <file>',
      'extra glossary (any format) to mark known pairs, repeatable',
      collect,
      [],
    )
    .option('--langs <codes>', 'language codes to write, e.g. en,zh-Hant-HK,zh-CN')
    .addOption(sourceOption())
    .addOption(scriptOption())
    .option('--presplit', 'with --align: each input line is already one segment')
    .addOption(encodingOption())
    .addOption(outputOption())
    .addHelpText(
      'after',
      `
Each pair comes with its count, first context (file and offset, or unit number), a confidence,
the other English titles seen for the same Chinese name (also a warning on stderr), and whether
the glossaries already have it (and with the same English). Duplicates are merged after
Traditional/Simplified and width folding and "Peoples"/"People's"/"PRC" normalisation.
${FORMAT_HELP}
Examples:
  zhen glossary extract esg-report.pdf -o laws.csv
  zhen glossary extract annual.en.pdf --align circular.en.txt circular.zh.txt --format json
  zhen glossary extract memory.tmx --new -o new-terms.tbx --format tbx2
`,
    )
    .action(async (files: string[], options: ExtractCliOptions) => {
      const pairs = options.align ?? [];
      if (pairs.length % 2)
        throw new UsageError('--align takes two documents, SRC and TGT (repeat for more pairs)');
      if (!files.length && !pairs.length)
        throw new UsageError('extract needs FILEs or --align SRC TGT');
      const min = Number(options.minConfidence);
      if (!(min >= 0 && min <= 1))
        throw new UsageError('--min-confidence takes a number from 0 to 1');
      const format = outputFormat(options.format, options.output, 'tsv');
      const index = buildIndex(loadGlossaries(options.glossary));
      const inputs: ExtractInput[] = [];
      for (const f of files) inputs.push(await fileInput(f, options.encoding));
      for (let i = 0; i < pairs.length; i += 2)
        inputs.push(await docPair(pairs[i]!, pairs[i + 1]!, options, index));
      const { terms, warnings } = extractGlossary(inputs, {
        index,
        lexical: lexicalFor(index),
        names: options.names,
      });
      for (const w of warnings) process.stderr.write(`zhen: warning: ${w}\n`);
      const kept = terms.filter(
        (t) => (t.mined?.confidence ?? 1) >= min && !(options.new && t.mined?.glossary),
      );
      const known = kept.filter((t) => t.mined?.glossary).length;
      process.stderr.write(
        `zhen: ${kept.length} pairs (${kept.length - known} not in the glossaries, ${warnings.length} with conflicting English)\n`,
      );
      for (const note of formatNotes(format)) process.stderr.write(`zhen: note: ${note}\n`);
      const text = format.write(kept, writeOptionsOf(options, DEFAULT_LANGS));
      writeOutput(text, options.output, [...files, ...pairs]);
    });
}

interface EvalCliOptions {
  format: 'text' | 'json';
  verbose?: boolean;
  glossary: string[];
}

const pct = (x: number) => x.toFixed(3);

function line(name: string, t: Totals): string {
  return `${name.padEnd(34)} ${String(t.items).padStart(5)} ${String(t.tp).padStart(5)} ${String(t.fp).padStart(5)} ${String(t.fn).padStart(5)}   ${pct(t.precision)}  ${pct(t.recall)}  ${pct(t.f1)}`;
}

export function registerEval(glossary: Command): void {
  glossary
    .command('eval')
    .description('precision/recall of glossary extraction against hand-labelled gold (JSON Lines)')
    .argument('<gold...>', 'gold files, e.g. corpora/glossary-mining/*.jsonl')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .option('--verbose', 'list the pairs missed and the pairs found wrongly')
    .option('--glossary <file>', 'extra glossary (any format), repeatable', collect, [])
    .addHelpText(
      'after',
      `
Each gold line is {"id", "text", "pairs": [{"en", "zh"}]} (a sentence mined inline) or
{"id", "src", "tgt", "pairs"} (two documents, paths relative to the gold file, aligned and
mined). A pair found is correct when its Chinese and English equal a gold pair after folding
(script, width, 《》, revision suffix; case, apostrophes, PRC spellings). Micro-averaged.

Example:
  zhen glossary eval corpora/glossary-mining/*.jsonl
`,
    )
    .action(async (golds: string[], options: EvalCliOptions) => {
      const index = buildIndex(loadGlossaries(options.glossary));
      const lexical = lexicalFor(index);
      const files: { file: string; scores: ItemScore[] }[] = [];
      for (const file of golds) {
        const scores: ItemScore[] = [];
        for (const item of parseGold(readGlossaryText(file), file)) {
          let input: ExtractInput;
          if (item.text !== undefined) input = { kind: 'text', file: item.id, text: item.text };
          else {
            const base = dirname(resolve(file));
            input = await docPair(resolve(base, item.src!), resolve(base, item.tgt!), {}, index);
          }
          const found = extractGlossary([input], { index, lexical }).terms.map((t) => ({
            en: t.en,
            zh: t.zhHant,
          }));
          scores.push(scoreItem(item.id, item.pairs, found));
        }
        files.push({ file, scores });
      }
      const overall = totals(files.flatMap((f) => f.scores));
      if (options.format === 'json') {
        const out = {
          files: files.map((f) => ({ file: f.file, ...totals(f.scores), items: f.scores })),
          overall,
        };
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        return;
      }
      const lines = [`${'gold'.padEnd(34)} items    tp    fp    fn   P      R      F1`];
      for (const f of files) {
        lines.push(line(f.file, totals(f.scores)));
        if (options.verbose) {
          for (const s of f.scores) {
            for (const p of s.fn) lines.push(`    missed  ${s.id}: ${p.en} = ${p.zh}`);
            for (const p of s.fp) lines.push(`    wrong   ${s.id}: ${p.en} = ${p.zh}`);
          }
        }
      }
      lines.push(line('overall', overall));
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
