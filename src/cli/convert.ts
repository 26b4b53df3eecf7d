/** `zhen convert FILE --to hk|tw|cn`: Traditional/Simplified conversion, markup left intact. */
import { type Command, Option } from 'commander';
import { writeFileAtomic } from '../io/atomic.js';
import { encodeLike, readEditable } from '../io/transcode.js';
import { convertDocument, type FileKind, type Source, type Target } from '../text/convert.js';
import { encodingOption, outputOption } from './common.js';

interface ConvertCliOptions {
  to: Target;
  from?: Source;
  kind: FileKind | 'auto';
  encoding?: string;
  output?: string;
}

export function registerConvert(program: Command): void {
  program
    .command('convert')
    .description(
      'Traditional/Simplified conversion of text, TMX, XLIFF, TBX, TSV/CSV (markup kept)',
    )
    .argument('<file>', "input file, or '-' for standard input")
    .addOption(
      new Option(
        '--to <variant>',
        'hk: Traditional (Hong Kong), tw: Traditional (Taiwan), cn: Simplified',
      )
        .choices(['hk', 'tw', 'cn'])
        .makeOptionMandatory(),
    )
    .addOption(
      new Option(
        '--from <variant>',
        'the variant the text is in (default: from the language codes, else detected)',
      ).choices(['cn', 'hk', 'tw', 't', 'hant']),
    )
    .addOption(
      new Option('--kind <kind>', 'file kind (default: detected from the content)')
        .choices(['auto', 'text', 'tmx', 'xliff12', 'xliff2', 'tbx', 'xml', 'html', 'tsv', 'csv'])
        .default('auto'),
    )
    .addOption(encodingOption())
    .addOption(outputOption())
    .addHelpText(
      'after',
      `
XML files (TMX, XLIFF, TBX) are converted in one lexical pass: tags, attributes, comments and
layout are copied byte for byte; element text is converted and language codes are updated
(zh-CN <-> zh-HK <-> zh-TW, zh-Hans <-> zh-Hant) in xml:lang, srclang, srcLang/trgLang,
source-language/target-language and in TSV/CSV header rows. UTF-8 and UTF-16 files keep their
encoding and BOM; Big5/GB18030 files are written as UTF-8. A PDF or Word file gives its text,
converted.

Examples:
  zhen convert memory.tmx --to hk -o memory.zh-HK.tmx
  zhen convert bilingual.xlf --to cn -o bilingual.zh-CN.xlf
  zhen convert glossary.tsv --to tw
  cat notice.txt | zhen convert - --to cn
`,
    )
    .action(async (file: string, options: ConvertCliOptions) => {
      const input = await readEditable(file, { encoding: options.encoding });
      const kind = input.extracted ? 'text' : options.kind === 'auto' ? undefined : options.kind;
      const result = convertDocument(
        input.text,
        { to: options.to, from: options.from, file },
        kind,
      );
      // Nothing converted: the input's bytes, exactly.
      const bytes =
        result.text === input.text && !input.extracted
          ? input.bytes
          : encodeLike(result.text, input.extracted ? { encoding: 'utf-8', bom: false } : input);
      if (options.output && options.output !== '-') writeFileAtomic(options.output, bytes, [file]);
      else process.stdout.write(bytes);
    });
}
