/**
 * TBX v3 Basic, DCA style (ISO 30042:2019, namespace `urn:iso:std:iso:30042:ed-2`): the
 * current standard, valid against the TBX core RNG and the TBX-Basic Schematron. Lossless for
 * zhen glossaries (see tbx-model.ts). Note: translate-toolkit 3.8 and OmegaT 3.6 refuse TBX v3;
 * write `tbx2` for them (formats.md §7).
 */
import { InputError } from '../../errors.js';
import { element, escapeText, parseXml, rootTag } from '../../formats/xml.js';
import { langsFor } from './common.js';
import type { GlossaryFile, GlossaryFormat, GlossaryTerm, GlossaryWriteOptions } from './format.js';
import { readConcepts, type TbxNames, writeConcepts } from './tbx-model.js';

export const TBX3_NS = 'urn:iso:std:iso:30042:ed-2';

const NAMES: TbxNames = { entry: 'conceptEntry', lang: 'langSec', termSec: 'termSec' };

function write(terms: readonly GlossaryTerm[], options: GlossaryWriteOptions = {}): string {
  const langs = langsFor(options.langs);
  const description =
    options.description ?? `Glossary written by zhen ${options.toolVersion ?? ''}`.trim();
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<tbx type="TBX-Basic" style="dca" xml:lang="${langs.en}" xmlns="${TBX3_NS}">`,
    '  <tbxHeader>',
    '    <fileDesc>',
    '      <sourceDesc>',
    `        <p>${escapeText(description)}</p>`,
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </tbxHeader>',
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
  const root = parseXml(text, file);
  if (root.local !== 'tbx') {
    throw new InputError(`not a TBX v3 file: root element is <${root.name}>`, { file, line: 1 });
  }
  const body = element(root, 'text') && element(element(root, 'text')!, 'body');
  return readConcepts(body, NAMES, file, 'tbx');
}

function detect(text: string): boolean {
  return rootTag(text)?.local === 'tbx';
}

export const tbx: GlossaryFormat = {
  name: 'tbx',
  title: 'TBX v3 Basic (ISO 30042:2019, DCA style)',
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
    'nothing zhen uses (fields without a TBX-Basic data category travel in a zhen:{...} note; a variant order across Traditional/Simplified sections may change)',
  detect,
  write,
  read,
};
