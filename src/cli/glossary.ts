/**
 * `zhen glossary`: `extract` (term pairs mined from documents and aligned files, see
 * glossary-extract.ts), `convert IN OUT` between the glossary formats of
 * src/glossary/formats/ (TSV, zhen TSV, CSV, TBX v3, TBX 2008, JSON), and `eval` (precision and
 * recall of extraction on hand-labelled gold, see glossary-extract.ts).
 */
import { type Command, Option } from 'commander';
import { glossaryFormatNames, readGlossary } from '../glossary/formats/index.js';
import { refuseOverwrite } from '../io/atomic.js';
import { writeOutput } from './common.js';
import { readGlossaryText } from './glossaries.js';
import { registerEval, registerExtract } from './glossary-extract.js';
import {
  FORMAT_HELP,
  formatNotes,
  outputFormat,
  scriptOption,
  sourceOption,
  type WriteCliOptions,
  writeOptionsOf,
} from './glossary-options.js';

export function registerGlossary(program: Command): void {
  const glossary = program
    .command('glossary')
    .description(
      'glossaries: mine term pairs from filings, convert between TSV, CSV, TBX and JSON',
    );
  registerExtract(glossary);
  registerConvert(glossary);
  registerEval(glossary);
}

interface ConvertCliOptions extends WriteCliOptions {
  format?: string;
}

function registerConvert(glossary: Command): void {
  glossary
    .command('convert')
    .description(
      'convert a glossary between TSV (OmegaT), zhen TSV, CSV, TBX v3, TBX 2008 and JSON',
    )
    .argument(
      '<in>',
      "input glossary (format detected from the content), or '-' for standard input",
    )
    .argument(
      '<out>',
      "output file (format from --format or the extension: .json .tbx .csv .utf8/.tab/.tsv/.txt), or '-'",
    )
    .addOption(new Option('--format <format>', 'output format').choices(glossaryFormatNames))
    .option(
      '--langs <codes>',
      'language codes to write, e.g. en,zh-Hant-HK,zh-CN (default: those of the input)',
    )
    .addOption(sourceOption())
    .addOption(scriptOption())
    .addHelpText(
      'after',
      `${FORMAT_HELP}
A round trip through json, tbx or tbx2 keeps every term, language code, status
(preferred/admitted/deprecated, from en_authority), synonym and source.

Examples:
  zhen glossary convert glossaries/prc-laws.tsv prc-laws.tbx
  zhen glossary convert glossaries/hkex-rules.tsv hkex.tbx --format tbx2      # for OmegaT
  zhen glossary convert terms.tbx terms.csv --langs en,zh-HK,zh-CN             # memoQ / Phrase
  zhen glossary convert terms.csv terms.utf8 --script hans                     # OmegaT, Simplified
`,
    )
    .action((input: string, output: string, options: ConvertCliOptions) => {
      const format = outputFormat(options.format, output);
      if (output !== '-') refuseOverwrite(output, [input]);
      const read = readGlossary(readGlossaryText(input), input);
      if (read.skipped) {
        process.stderr.write(
          `zhen: warning: ${input}: ${read.skipped} entries without English or Chinese left out\n`,
        );
      }
      for (const note of formatNotes(format)) process.stderr.write(`zhen: note: ${note}\n`);
      const text = format.write(read.terms, writeOptionsOf(options, read.langs));
      writeOutput(text, output, [input]);
    });
}
