/**
 * OmegaT glossary TSV: three tab-separated columns, source term, target term, comment; no
 * header. zhen always writes UTF-8: name the file `.utf8` (or `.tab`), which OmegaT 3.6 reads as
 * UTF-8 (`.txt` is read in the system encoding, `.tsv` not at all by its glossary reader). One line per entry; each English variant gets its own line so OmegaT
 * also matches it, with the comment `variant of: PREFERRED`, which the reader folds back into
 * one entry. Lossy: one Chinese script only, no ids, kinds, Chinese variants, authority, sources
 * or language codes. Read leniently: the Chinese column is found by script, so zh → en files
 * load too; a 2-column file is fine.
 */
import { hasHan } from '../../text/script.js';
import { completeTerm, firstDataLine, flat, scriptOf, uniqueIds } from './common.js';
import type { GlossaryFile, GlossaryFormat, GlossaryTerm, GlossaryWriteOptions } from './format.js';
import { DEFAULT_LANGS } from './format.js';

const VARIANT = 'variant of: ';

function write(terms: readonly GlossaryTerm[], options: GlossaryWriteOptions = {}): string {
  const zhFirst = options.source === 'zh';
  const hans = options.script === 'hans';
  const lines: string[] = [];
  for (const t of terms) {
    const zh = hans ? t.zhHans : t.zhHant;
    const row = (en: string, comment: string) =>
      (zhFirst ? [zh, en, comment] : [en, zh, comment]).map(flat).join('\t');
    lines.push(row(t.en, t.note));
    for (const v of t.enVariants) lines.push(row(v, VARIANT + t.en));
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function read(text: string, file: string): GlossaryFile {
  const terms: GlossaryTerm[] = [];
  const byEn = new Map<string, GlossaryTerm>();
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    const cells = raw.split('\t').map((c) => c.trim());
    const zhAt = cells.slice(0, 2).findIndex(hasHan);
    if (zhAt < 0 || cells.length < 2) continue;
    const zh = cells[zhAt]!;
    const en = cells[1 - zhAt]!;
    const comment = cells[2] ?? '';
    if (!en) continue;
    if (comment.startsWith(VARIANT)) {
      const main = byEn.get(comment.slice(VARIANT.length));
      if (main && (main.zhHant === zh || main.zhHans === zh)) {
        main.enVariants.push(en);
        continue;
      }
    }
    // The column holds one script: Simplified text is kept as zhHans, the other form derived.
    const zhSide = scriptOf(zh) === 'hans' ? { zhHans: zh } : { zhHant: zh };
    const term = completeTerm({ en, ...zhSide, note: comment }, file);
    terms.push(term);
    byEn.set(en, term);
  }
  return { format: 'tsv', langs: DEFAULT_LANGS, terms: uniqueIds(terms) };
}

function detect(text: string): boolean {
  const first = firstDataLine(text);
  if (!first) return false;
  const cells = first.split('\t');
  return cells.length >= 2 && cells.length <= 3 && cells.slice(0, 2).some(hasHan);
}

export const tsv: GlossaryFormat = {
  name: 'tsv',
  title: 'OmegaT glossary (tab-separated: source, target, comment; no header)',
  extensions: ['utf8', 'tab', 'tsv', 'txt'],
  traits: {
    ids: false,
    metadata: false,
    authority: false,
    enVariants: true,
    zhVariants: false,
    bothScripts: false,
    sources: false,
    notes: true,
    langCodes: false,
    deprecated: false,
    mined: false,
  },
  drops:
    'ids, kind, jurisdiction, instrument, cap, authority, checked, source, Chinese variants, the other Chinese script (derived again by OpenCC), deprecated forms, mining data and language codes; tabs and line breaks inside fields become spaces',
  detect,
  write,
  read,
};
