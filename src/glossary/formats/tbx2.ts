/**
 * TBX 2008 (ISO 30042:2008, `<martif>`), the TBX that OmegaT 3.6 and translate-toolkit 3.8 read
 * (formats.md §7); valid against TBXcoreStructV02.dtd. Same content as TBX v3 (tbx-model.ts):
 * `termEntry` / `langSet` / `tig`. Reads `ntig` / `termGrp` too.
 */
import { InputError } from '../../errors.js';
import { element, escapeText, parseXml, rootTag } from '../../formats/xml.js';
import { langsFor } from './common.js';
import type { GlossaryFile, GlossaryFormat, GlossaryTerm, GlossaryWriteOptions } from './format.js';
import { readConcepts, type TbxNames, writeConcepts } from './tbx-model.js';

const NAMES: TbxNames = { entry: 'termEntry', lang: 'langSet', termSec: 'tig', ntig: 'ntig' };

function write(terms: readonly GlossaryTerm[], options: GlossaryWriteOptions = {}): string {
  const langs = langsFor(options.langs);
  const description =
    options.description ?? `Glossary written by zhen ${options.toolVersion ?? ''}`.trim();
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">',
    `<martif type="TBX" xml:lang="${langs.en}">`,
    '  <martifHeader>',
    '    <fileDesc>',
    '      <sourceDesc>',
    `        <p>${escapeText(description)}</p>`,
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>',
  ];
  // The DTD wants at least one termEntry: an empty glossary is well-formed but not valid.
  if (terms.length) lines.push(writeConcepts(terms, langs, NAMES, '      '));
  lines.push('    </body>', '  </text>', '</martif>');
  return `${lines.join('\n')}\n`;
}

function read(text: string, file: string): GlossaryFile {
  const root = parseXml(text, file);
  if (root.local !== 'martif') {
    throw new InputError(`not a TBX 2008 file: root element is <${root.name}>`, { file, line: 1 });
  }
  const textEl = element(root, 'text');
  return readConcepts(textEl && element(textEl, 'body'), NAMES, file, 'tbx2');
}

function detect(text: string): boolean {
  return rootTag(text)?.local === 'martif';
}

export const tbx2: GlossaryFormat = {
  name: 'tbx2',
  title: 'TBX 2008 (martif; read by OmegaT and translate-toolkit)',
  extensions: ['tbx'],
  traits: {
    ids: true,
    metadata: true,
    authority: true,
    enVariants: true,
    zhVariants: true,
    bothScripts: true,
    sources: true,
    notes: true,
    langCodes: true,
    deprecated: true,
    mined: true,
  },
  drops:
    'nothing zhen uses (as TBX v3); OmegaT shows the subject field (the kind) as the comment and ignores the notes',
  detect,
  write,
  read,
};
