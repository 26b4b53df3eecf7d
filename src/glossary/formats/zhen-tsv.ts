/**
 * The zhen glossary TSV of glossaries/ (glossaries/README.md): `#` comment lines, a header row
 * naming the columns (id, kind, jurisdiction, zh_hant, zh_hans, en, en_variants, zh_variants,
 * instrument, cap, en_authority, checked, source, note), one entry per line, lists joined
 * with `|`. Reading is shipped.ts's parseGlossaryTsv, so `--glossary` files in this format
 * behave exactly like the shipped ones. The language codes travel in a `# Languages:` comment.
 * Drops deprecated forms and mining data.
 */
import { GLOSSARY_COLUMNS, parseGlossaryTsv } from '../shipped.js';
import { firstDataLine, flat, LOSSLESS, langsFor } from './common.js';
import type { GlossaryFile, GlossaryFormat, GlossaryTerm, GlossaryWriteOptions } from './format.js';
import { DEFAULT_LANGS } from './format.js';

function cells(t: GlossaryTerm): string[] {
  const values: Record<(typeof GLOSSARY_COLUMNS)[number], string> = {
    id: t.id,
    kind: t.kind,
    jurisdiction: t.jurisdiction,
    zh_hant: t.zhHant,
    zh_hans: t.zhHans,
    en: t.en,
    en_variants: t.enVariants.join('|'),
    zh_variants: t.zhVariants.join('|'),
    instrument: t.instrument,
    cap: t.cap,
    en_authority: t.authority,
    checked: t.checked,
    source: t.source,
    note: t.note,
  };
  return GLOSSARY_COLUMNS.map((c) => flat(values[c]));
}

const LANGS_LINE = /^#\s*Languages:\s*en=(\S+)\s+hant=(\S+)\s+hans=(\S+)\s*$/m;

function write(terms: readonly GlossaryTerm[], options: GlossaryWriteOptions = {}): string {
  const langs = langsFor(options.langs);
  const lines = [
    '# Format: zhen glossary TSV (see glossaries/README.md)',
    `# Languages: en=${langs.en} hant=${langs.hant} hans=${langs.hans}`,
    `# Source: ${flat(options.description ?? `written by zhen ${options.toolVersion ?? ''}`.trim())}`,
    GLOSSARY_COLUMNS.join('\t'),
    ...terms.map((t) => cells(t).join('\t')),
  ];
  return `${lines.join('\n')}\n`;
}

function read(text: string, file: string): GlossaryFile {
  const head = text
    .slice(0, 2000)
    .split(/\r?\n/)
    .filter((l) => l.startsWith('#'))
    .join('\n');
  const m = LANGS_LINE.exec(head);
  const langs = m ? { en: m[1]!, hant: m[2]!, hans: m[3]! } : DEFAULT_LANGS;
  return { format: 'zhen-tsv', langs, terms: parseGlossaryTsv(text, file) };
}

function detect(text: string): boolean {
  const first = firstDataLine(text);
  if (!first) return false;
  const header = first.split('\t').map((h) => h.trim().toLowerCase());
  return (
    header.includes('id') &&
    header.includes('en') &&
    header.some((h) => h === 'zh_hant' || h === 'zh_hans')
  );
}

export const zhenTsv: GlossaryFormat = {
  name: 'zhen-tsv',
  title: 'zhen glossary TSV (the format of glossaries/*.tsv)',
  extensions: ['tsv'],
  traits: { ...LOSSLESS, deprecated: false, mined: false },
  drops:
    'deprecated forms and mining data (summarised in the note by extract); tabs and line breaks inside fields become spaces',
  detect,
  write,
  read,
};
