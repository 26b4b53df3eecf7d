/**
 * TBX v3 Basic, DCA style (ISO 30042:2019, namespace `urn:iso:std:iso:30042:ed-2`): the
 * current standard, valid against the TBX core RNG and the TBX-Basic Schematron. Lossless for
 * zhen glossaries (see tbx-model.ts). Note: translate-toolkit 3.8 and OmegaT 3.6 refuse TBX v3;
 * write `tbx2` for them (formats.md §7).
 */
import { rootTag } from '../../formats/xml.js';
import { LOSSLESS, langsFor } from './common.js';
import type { GlossaryFile, GlossaryFormat, GlossaryTerm, GlossaryWriteOptions } from './format.js';
import { readConcepts, type TbxNames, tbxBody, tbxHeader, writeConcepts } from './tbx-model.js';

export const TBX3_NS = 'urn:iso:std:iso:30042:ed-2';

const NAMES: TbxNames = { entry: 'conceptEntry', lang: 'langSec', termSec: 'termSec' };

function write(terms: readonly GlossaryTerm[], options: GlossaryWriteOptions = {}): string {
  const langs = langsFor(options.langs);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<tbx type="TBX-Basic" style="dca" xml:lang="${langs.en}" xmlns="${TBX3_NS}">`,
    ...tbxHeader('tbxHeader', options),
  ];
  if (terms.length === 0) lines.push('  <text/>');
  else {
    lines.push('  <text>', '    <body>');
    lines.push(writeConcepts(terms, langs, NAMES, '      '));
    lines.push('    </body>', '  </text>');
  }
  lines.push('</tbx>');
  return `${lines.join('\n')}\n`;
}

function read(text: string, file: string): GlossaryFile {
  return readConcepts(tbxBody(text, file, 'tbx', 'TBX v3'), NAMES, file, 'tbx');
}

function detect(text: string): boolean {
  return rootTag(text)?.local === 'tbx';
}

export const tbx: GlossaryFormat = {
  name: 'tbx',
  title: 'TBX v3 Basic (ISO 30042:2019, DCA style)',
  extensions: ['tbx'],
  traits: LOSSLESS,
  drops:
    'nothing zhen uses (fields without a TBX-Basic data category travel in a zhen:{...} note; a variant order across Traditional/Simplified sections may change)',
  detect,
  write,
  read,
};
