/**
 * What the `zhen glossary` subcommands share: output format choice, language codes, the
 * two-column options, notes.
 */
import { Option } from 'commander';
import { UsageError } from '../errors.js';
import { langRole } from '../glossary/formats/common.js';
import {
  type GlossaryFormat,
  type GlossaryLangs,
  type GlossaryWriteOptions,
  glossaryFormatByName,
  glossaryFormatForPath,
  glossaryFormatNames,
  glossaryFormats,
} from '../glossary/formats/index.js';
import { version } from './common.js';

/** The write options every glossary-writing command takes. */
export interface WriteCliOptions {
  langs?: string;
  source?: 'en' | 'zh';
  script?: 'hant' | 'hans';
}

/** `--source en|zh`: the source column of two-column formats. */
export function sourceOption(): Option {
  return new Option('--source <lang>', 'two-column formats: the source column')
    .choices(['en', 'zh'])
    .default('en');
}

/** `--script hant|hans`: the Chinese two-column formats carry. */
export function scriptOption(): Option {
  return new Option('--script <script>', 'two-column formats: the Chinese written')
    .choices(['hant', 'hans'])
    .default('hant');
}

/** `--langs en,zh-HK,zh-CN` → codes by role (any order; each code must name its language). */
export function parseLangs(value: string | undefined, fallback: GlossaryLangs): GlossaryLangs {
  if (!value) return fallback;
  const out = { ...fallback };
  for (const code of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const role = langRole(code);
    if (!role || role === 'zh') {
      throw new UsageError(
        `--langs: "${code}" is not English, Traditional or Simplified Chinese (e.g. en, zh-HK, zh-Hant-HK, zh-CN)`,
      );
    }
    out[role] = code.replace(/_/g, '-');
  }
  return out;
}

/** The output format: --format, else the output file's extension, else `fallback`. */
export function outputFormat(
  format: string | undefined,
  output: string | undefined,
  fallback?: string,
): GlossaryFormat {
  if (format) return glossaryFormatByName(format);
  const byPath = glossaryFormatForPath(output);
  if (byPath) return byPath;
  if (fallback) return glossaryFormatByName(fallback);
  throw new UsageError(
    `give --format (${glossaryFormatNames.join(', ')}): the output name does not say`,
  );
}

/** A note on stderr about what the chosen output format loses or who cannot read it. */
export function formatNotes(format: GlossaryFormat): string[] {
  const notes: string[] = [];
  if (format.name === 'tbx') {
    notes.push(
      'TBX v3 is refused by OmegaT 3.6 and translate-toolkit 3.8; use --format tbx2 for them',
    );
  }
  if (!format.traits.ids || !format.traits.langCodes)
    notes.push(`${format.name} drops ${format.drops}`);
  return notes;
}

export const FORMAT_HELP = `
Formats (detected from the content when read; written by --format or the OUT extension):
${Object.values(glossaryFormats)
  .map((f) => `  ${f.name.padEnd(9)} ${f.title}\n            drops: ${f.drops}`)
  .join('\n')}
`;

/** Options shared by commands that write a glossary. */
export function writeOptionsOf(
  options: WriteCliOptions,
  langs: GlossaryLangs,
): GlossaryWriteOptions {
  return {
    langs: parseLangs(options.langs, langs),
    source: options.source,
    script: options.script,
    toolVersion: version,
  };
}
