/**
 * XLIFF 1.2 (`--format xliff12`), valid against the strict schema (no custom namespaces), for
 * OmegaT 3.x, translate-toolkit, Weblate, memoQ.
 *
 * Writing: one `<file>` (original = source document name, datatype="plaintext"), a header with
 * `<tool tool-id="zhen">` and file notes as `<note from="zhen">`; each
 * `<trans-unit id xml:space="preserve">` holds `<source>`, `<target state>` and a
 * `<note from="zhen">zhen alignment: score=0.93; bead=[0]:[0,1]</note>`, then unit notes.
 *   - confident pairs: `approved="yes"` + `state="translated"` (translate-toolkit counts a unit
 *     as translated only when approved, and build_tmdb imports only those; Pootle wants both);
 *   - pairs to review: no `approved`, `state="needs-review-translation"` (fuzzy in
 *     translate-toolkit, "needs review" in memoQ/Weblate), plus `review=yes` in the zhen note;
 *   - an empty target (a source sentence with no counterpart): OmegaT 3.6 extracts the
 *     `<target>` text and skips units whose target is empty, so the target holds a copy of the
 *     source with `state="needs-translation"` and `target=source-copy` in the zhen note; reading
 *     turns an unchanged copy back into an empty target.
 * Unit props are not written (the strict schema has no place for them; TMX and XLIFF 2.1 do).
 *
 * Reading: every `<file>`, `<group>`s included; languages from the first file. Inline `<g>` and
 * `<mrk>` keep their text; `<x/>`, `<bx/>`, `<ex/>`, `<ph>`, `<bpt>`, `<ept>`, `<it>` (native
 * codes) are dropped. Without a zhen note, a unit is for review when its target state is other
 * than translated, signed-off or final.
 */
import type { Unit } from '../types.js';
import { formatBead } from './beads.js';
import {
  formatScore,
  isoDate,
  needsReview,
  parseFlag,
  readDocuments,
  readLang,
  readScoreAndBead,
  unitId,
  writeLangs,
} from './common.js';
import type { Format, ReadOptions, UnitFile, WriteOptions } from './format.js';
import {
  attrs,
  detectXliff,
  element,
  elements,
  escapeText,
  grouped,
  plainText,
  type XmlElement,
  xliffFiles,
} from './xml.js';

export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';
const CODES = new Set(['x', 'bx', 'ex', 'ph', 'bpt', 'ept', 'it']);
const META = 'zhen alignment: ';
const TARGET_DOC = 'target document: ';
const DONE = new Set(['translated', 'signed-off', 'final']);

function note(text: string): string {
  return `<note from="zhen">${escapeText(text)}</note>`;
}

function writeUnit(unit: Unit, index: number, options: WriteOptions): string {
  const review = needsReview(unit, options);
  const empty = unit.target === '';
  const meta: string[] = [];
  const score = formatScore(unit.score);
  if (score !== undefined) meta.push(`score=${score}`);
  if (unit.bead) meta.push(`bead=${formatBead(unit.bead)}`);
  if (review) meta.push('review=yes');
  if (empty) meta.push('target=source-copy');
  const state = empty ? 'needs-translation' : review ? 'needs-review-translation' : 'translated';
  const unitAttrs = attrs({
    id: unitId(unit, index),
    approved: review || empty ? undefined : 'yes',
    'xml:space': 'preserve',
  });
  const lines = [
    `<source>${escapeText(unit.source)}</source>`,
    `<target${attrs({ state })}>${escapeText(empty ? unit.source : unit.target)}</target>`,
    ...(meta.length ? [note(META + meta.join('; '))] : []),
    ...(unit.notes ?? []).map(note),
  ];
  return `      <trans-unit${unitAttrs}>\n${lines.map((l) => `        ${l}\n`).join('')}      </trans-unit>\n`;
}

function write(units: readonly Unit[], options: WriteOptions): string {
  const { src, tgt } = writeLangs(options);
  const fileAttrs = attrs({
    original: options.sourceDocument ?? 'source',
    'source-language': src,
    'target-language': tgt,
    datatype: 'plaintext',
    date: isoDate(options.creationDate ?? new Date()),
  });
  const tool = `<tool${attrs({ 'tool-id': 'zhen', 'tool-name': 'zhen', 'tool-version': options.toolVersion ?? 'unknown' })}/>`;
  const header = [
    tool,
    ...(options.notes ?? []).map(note),
    ...(options.targetDocument ? [note(TARGET_DOC + options.targetDocument)] : []),
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<xliff version="1.2" xmlns="${XLIFF12_NS}">\n` +
    `  <file${fileAttrs}>\n` +
    `    <header>\n${header.map((l) => `      ${l}\n`).join('')}    </header>\n` +
    '    <body>\n' +
    units.map((u, i) => writeUnit(u, i, options)).join('') +
    '    </body>\n  </file>\n</xliff>\n'
  );
}

function parseMeta(text: string): Map<string, string> {
  const meta = new Map<string, string>();
  for (const pair of text.slice(META.length).split('; ')) {
    const eq = pair.indexOf('=');
    if (eq > 0) meta.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  return meta;
}

function readUnit(tu: XmlElement, index: number, src: string, tgt: string): Unit {
  const sourceEl = element(tu, 'source');
  const targetEl = element(tu, 'target');
  const unit: Unit = {
    id: tu.attrs.id ?? String(index + 1),
    source: sourceEl ? plainText(sourceEl, CODES) : '',
    target: targetEl ? plainText(targetEl, CODES) : '',
    srcLang: src,
    tgtLang: tgt,
  };
  let meta: Map<string, string> | undefined;
  const notes: string[] = [];
  for (const n of elements(tu, 'note')) {
    const text = plainText(n, CODES);
    if (n.attrs.from === 'zhen' && text.startsWith(META) && !meta) meta = parseMeta(text);
    else notes.push(text);
  }
  const state = targetEl?.attrs.state;
  if (meta) {
    readScoreAndBead(unit, meta.get('score'), meta.get('bead'));
    if (parseFlag(meta.get('review'))) unit.review = true;
    if (meta.get('target') === 'source-copy' && unit.target === unit.source) unit.target = '';
  } else if (state !== undefined && !DONE.has(state)) {
    unit.review = true;
  }
  if (notes.length) unit.notes = notes;
  return unit;
}

function read(text: string, file: string, options: ReadOptions = {}): UnitFile {
  const { files } = xliffFiles(text, file, '1.2');
  const first = files[0]!;
  const src = readLang(first.attrs['source-language'], options.srcLang ?? 'und');
  const tgt = readLang(first.attrs['target-language'], options.tgtLang ?? 'und');
  const notes: string[] = [];
  let targetDocument: string | undefined;
  for (const n of elements(element(first, 'header') ?? first, 'note')) {
    const t = plainText(n, CODES);
    if (n.attrs.from === 'zhen' && t.startsWith(TARGET_DOC))
      targetDocument = t.slice(TARGET_DOC.length);
    else notes.push(t);
  }
  const units = files.flatMap((f) => grouped(element(f, 'body') ?? f, 'trans-unit'));
  const result: UnitFile = {
    format: 'xliff12',
    srcLang: src,
    tgtLang: tgt,
    notes,
    units: units.map((tu, i) => readUnit(tu, i, src, tgt)),
  };
  readDocuments(result, first.attrs.original, targetDocument);
  return result;
}

/** XLIFF 1.x: the 1.2 (or 1.1/1.0) namespace, or an `<xliff version="1.x">` without one. */
function detect(text: string): boolean {
  return detectXliff(text, (ns) => ns.startsWith('urn:oasis:names:tc:xliff:document:1.'), /^1\./);
}

export const xliff12: Format = {
  name: 'xliff12',
  title: 'XLIFF 1.2 (OmegaT, translate-toolkit)',
  extensions: ['xlf', 'xliff'],
  traits: {
    languages: true,
    notes: true,
    fileNotes: true,
    props: false,
    beads: true,
    emptySides: true,
    ids: true,
    xml: true,
  },
  detect,
  write,
  read,
};
