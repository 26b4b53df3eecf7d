/** `zhen split FILE`: normalised sentences, one per line or as JSON lines with offsets. */
import { type Command, Option } from 'commander';
import { split } from '../segment/index.js';
import type { Lang } from '../types.js';
import { encodingOption, outputOption, readInput, writeOutput } from './common.js';

interface SplitCliOptions {
  lang: Lang | 'auto';
  format: 'lines' | 'jsonl';
  zhSemicolon?: boolean;
  presplit?: boolean;
  encoding?: string;
  output?: string;
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
      new Option('--format <format>', 'output format').choices(['lines', 'jsonl']).default('lines'),
    )
    .option('--zh-semicolon', 'also end Chinese sentences at ；')
    .option('--presplit', 'each input line is already one segment')
    .addOption(encodingOption())
    .addOption(outputOption())
    .addHelpText(
      'after',
      `
Examples:
  zhen split announcement.en.txt
  zhen split --format jsonl announcement.zh.txt -o sentences.jsonl
  cat notice.txt | zhen split - --lang zh
`,
    )
    .action(async (file: string, options: SplitCliOptions) => {
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
