/**
 * `zhen split FILE`: normalised sentences, one per line or as JSON lines with offsets.
 * `zhen split --separate FILE`: a bilingual file split into its English and Chinese sides and
 * their alignment (src/cli/separate.ts).
 */
import { type Command, Option } from 'commander';
import { UsageError } from '../errors.js';
import { split } from '../segment/index.js';
import type { Lang } from '../types.js';
import { ALIGN_FORMATS, encodingOption, readInput, writeOutput } from './common.js';
import { collect } from './glossaries.js';

interface SplitCliOptions {
  lang: Lang | 'auto';
  format?: string;
  zhSemicolon?: boolean;
  presplit?: boolean;
  encoding?: string;
  output?: string;
  separate?: boolean;
  glossary: string[];
  glossaryOut?: string;
  reviewThreshold?: string;
}

export function registerSplit(program: Command): void {
  program
    .command('split')
    .description(
      'split a document into sentences (PDF line breaks joined, page headers/footers dropped)',
    )
    .argument('<file>', "input file, or '-' for standard input")
    .addOption(
      new Option('--lang <lang>', 'language of the text; auto decides per paragraph')
        .choices(['en', 'zh', 'auto'])
        .default('auto'),
    )
    .addOption(
      new Option(
        '--format <format>',
        'output format: lines (default) or jsonl; with --separate, the alignment: tmx (default), xliff, xliff12, tsv, jsonl, beads',
      ).choices(['lines', ...ALIGN_FORMATS]),
    )
    .option('--zh-semicolon', 'also end Chinese sentences at ；')
    .option('--presplit', 'each input line is already one segment')
    .option(
      '--separate',
      'FILE holds both languages: write PREFIX.en.txt, PREFIX.zh.txt and the alignment (PREFIX.tmx)',
    )
    .option(
      '--glossary <file>',
      'with --separate: extra glossary for the aligner, repeatable',
      collect,
      [],
    )
    .option('--glossary-out <file>', 'with --separate: also write the term pairs mined from FILE')
    .option(
      '--review-threshold <score>',
      'with --separate: mark pairs below this confidence for review (0-1)',
      '0.5',
    )
    .addOption(encodingOption())
    .addOption(
      new Option(
        '-o, --output <file>',
        'write to FILE (atomically) instead of standard output; with --separate, the PREFIX of the files (default: FILE without its extension)',
      ),
    )
    .addHelpText(
      'after',
      `
Examples:
  zhen split announcement.en.txt
  zhen split --format jsonl announcement.zh.txt -o sentences.jsonl
  cat notice.txt | zhen split - --lang zh
  zhen split --separate bilingual-notice.pdf -o notice   # notice.en.txt, notice.zh.txt, notice.tmx
`,
    )
    .action(async (file: string, options: SplitCliOptions) => {
      if (options.separate) {
        if (options.lang !== 'auto' || options.presplit)
          throw new UsageError(
            '--separate finds the language of every part itself: leave out --lang and --presplit',
          );
        // the aligner loads only when it is needed
        const { runSeparate } = await import('./separate.js');
        await runSeparate(file, options);
        return;
      }
      if (options.format && options.format !== 'lines' && options.format !== 'jsonl')
        throw new UsageError(
          `--format ${options.format} is for --separate; split writes lines or jsonl`,
        );
      if (options.glossaryOut || options.glossary.length)
        throw new UsageError('--glossary and --glossary-out go with --separate');
      const source = await readInput(file, { encoding: options.encoding });
      const segments = split(source.text, {
        lang: options.lang,
        zhSemicolon: options.zhSemicolon,
        presplit: options.presplit,
      });
      const out =
        options.format === 'jsonl'
          ? segments
              .map((s) =>
                JSON.stringify({
                  text: s.text,
                  start: s.start,
                  end: s.end,
                  paragraph: s.paragraph,
                  kind: s.kind,
                }),
              )
              .join('\n')
          : segments.map((s) => s.text).join('\n');
      writeOutput(segments.length ? `${out}\n` : '', options.output, [file]);
    });
}
