/**
 * TBX 2008 (ISO 30042:2008, `<martif>`), the TBX that OmegaT 3.6 and translate-toolkit 3.8 read
 * (formats.md §7); valid against TBXcoreStructV02.dtd. Same content as TBX v3 (tbx-model.ts):
 * `termEntry` / `langSet` / `tig`. Reads `ntig` / `termGrp` too.
 */
import { rootTag } from '../../formats/xml.js';
import { LOSSLESS, langsFor } from './common.js';
import type { GlossaryFile, GlossaryFormat, GlossaryTerm, GlossaryWriteOptions } from './format.js';
import { readConcepts, type TbxNames, tbxBody, tbxHeader, writeConcepts } from './tbx-model.js';

const NAMES: TbxNames = { entry: 'termEntry', lang: 'langSet', termSec: 'tig', ntig: 'ntig' };

function write(terms: readonly GlossaryTerm[], options: GlossaryWriteOptions = {}): string {
  const langs = langsFor(options.langs);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">',
    `<martif type="TBX" xml:lang="${langs.en}">`,
    ...tbxHeader('martifHeader', options),
    '  <text>',
    '    <body>',
  ];
  // The DTD wants at least one termEntry: an empty glossary is well-formed but not valid.
  if (terms.length) lines.push(writeConcepts(terms, langs, NAMES, '      '));
  lines.push('    </body>', '  </text>', '</martif>');
  return `${lines.join('\n')}\n`;
}

function read(text: string, file: string): GlossaryFile {
  return readConcepts(tbxBody(text, file, 'martif', 'TBX 2008'), NAMES, file, 'tbx2');
}

function detect(text: string): boolean {
  return rootTag(text)?.local === 'martif';
}

export const tbx2: GlossaryFormat = {
  name: 'tbx2',
  title: 'TBX 2008 (martif; read by OmegaT and translate-toolkit)',
  extensions: ['tbx'],
  traits: LOSSLESS,
  drops:
    'nothing zhen uses (as TBX v3); OmegaT shows the subject field (the kind) as the comment and ignores the notes',
  detect,
  write,
  read,
};
