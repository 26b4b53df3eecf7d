/**
 * XLIFF 2.1 (`--format xliff`), valid against the core and module schemas and the OASIS 2.1
 * Schematron rules (`validate-xml --full`). Neither translate-toolkit 3.8 nor OmegaT 3.6 reads
 * XLIFF 2; use `xliff12` for them.
 *
 * Writing: `<xliff version="2.1" srcLang trgLang xml:space="preserve">`, one `<file id="f1"
 * original>` with file-level metadata (tool, version, creation date, target document) and file
 * notes; each `<unit id>` holds
 *   `<mda:metadata><mda:metaGroup category="zhen">` with `<mda:meta type>` score, bead, origin
 *   (=alignment, on units with a bead), review=yes on units to review and `x-<name>` for each
 *   Unit prop; then `<notes>` with the unit notes; then one `<segment>`.
 * Segment state (the 2.x values are initial, translated, reviewed, final):
 *   - confident pairs: `translated` — a translation exists but nobody has reviewed this pairing
 *     (`reviewed`/`final` would claim a human check; Okapi's OmegaT plugin loads `translated` as
 *     a fuzzy match, `final` as final);
 *   - pairs to review and pairs with an empty target: `initial` with `subState="zhen:review"`
 *     (subState needs an explicit state, Schematron rule F7), so tools show them as not done.
 *
 * Reading: every `<file>` and `<group>`; the segments and ignorables of a unit are joined.
 * Inline `<pc>` and `<mrk>` keep their text; `<ph/>`, `<sc/>`, `<ec/>`, `<sm/>`, `<em/>`,
 * `<cp/>` are dropped. Metadata is read from every metaGroup; without a zhen review entry, a
 * unit is for review when a segment has an explicit `initial` state or a subState.
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

export const XLIFF2_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';
const CODES = new Set(['ph', 'sc', 'ec', 'sm', 'em', 'cp']);
const OWN = new Set(['score', 'bead', 'review', 'origin']);
/** XML NMTOKEN, as unit ids must be */
const NMTOKEN = /^[\p{L}\p{M}\p{N}._:\-\u00B7\u203F\u2040]+$/u;

function metadata(pairs: [string, string][], indent: string): string[] {
  if (!pairs.length) return [];
  const metas = pairs.map(
    ([type, value]) => `${indent}    <mda:meta${attrs({ type })}>${escapeText(value)}</mda:meta>`,
  );
  return [
    `${indent}<mda:metadata>`,
    `${indent}  <mda:metaGroup category="zhen">`,
    ...metas,
    `${indent}  </mda:metaGroup>`,
    `${indent}</mda:metadata>`,
  ];
}

function notes(texts: readonly string[], indent: string, category?: string): string[] {
  if (!texts.length) return [];
  const each = texts.map((t) => `${indent}  <note${attrs({ category })}>${escapeText(t)}</note>`);
  return [`${indent}<notes>`, ...each, `${indent}</notes>`];
}

/** Unit ids must be unique NMTOKENs: keep the unit's own id when it is one, else u1, u2 ... */
function unitIds(units: readonly Unit[]): string[] {
  const used = new Set<string>();
  const ids = units.map((u) => {
    if (!NMTOKEN.test(u.id) || used.has(u.id)) return undefined;
    used.add(u.id);
    return u.id;
  });
  let next = 1;
  return ids.map((id) => {
    if (id !== undefined) return id;
    while (used.has(`u${next}`)) next++;
    used.add(`u${next}`);
    return `u${next}`;
  });
}

function writeUnit(unit: Unit, id: string, options: WriteOptions): string {
  const review = needsReview(unit, options);
  const meta: [string, string][] = [];
  const score = formatScore(unit.score);
  if (score !== undefined) meta.push(['score', score]);
  if (unit.bead) meta.push(['bead', formatBead(unit.bead)], ['origin', 'alignment']);
  if (review) meta.push(['review', 'yes']);
  for (const [name, value] of Object.entries(unit.props ?? {})) {
    if (!OWN.has(name)) meta.push([name.startsWith('x-') ? name : `x-${name}`, value]);
  }
  const state =
    review || unit.target === ''
      ? ' state="initial" subState="zhen:review"'
      : ' state="translated"';
  const lines = [
    `    <unit${attrs({ id })}>`,
    ...metadata(meta, '      '),
    ...notes(unit.notes ?? [], '      '),
    `      <segment${state}>`,
    `        <source>${escapeText(unit.source)}</source>`,
    `        <target>${escapeText(unit.target)}</target>`,
    '      </segment>',
    '    </unit>',
  ];
  return lines.map((l) => `${l}\n`).join('');
}

function write(units: readonly Unit[], options: WriteOptions): string {
  const { src, tgt } = writeLangs(options);
  const fileMeta: [string, string][] = [
    ['tool', 'zhen'],
    ['tool-version', options.toolVersion ?? 'unknown'],
    ['creation-date', isoDate(options.creationDate ?? new Date())],
  ];
  if (options.targetDocument) fileMeta.push(['target-document', options.targetDocument]);
  // No units: the schema wants a unit or group in <file>, and Schematron forbids trgLang
  // without targets, so an empty group stands in and the target language goes to metadata.
  const none = units.length === 0;
  if (none) fileMeta.push(['target-language', tgt]);
  const ids = unitIds(units);
  const root = attrs({
    xmlns: XLIFF2_NS,
    'xmlns:mda': MDA_NS,
    version: '2.1',
    srcLang: src,
    trgLang: none ? undefined : tgt,
    'xml:space': 'preserve',
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff${root}>`,
    `  <file${attrs({ id: 'f1', original: options.sourceDocument })}>`,
    ...metadata(fileMeta, '    '),
    ...notes(options.notes ?? [], '    ', 'zhen'),
    (none
      ? '    <group id="empty"/>\n'
      : units.map((u, i) => writeUnit(u, ids[i]!, options)).join('')) + '  </file>',
    '</xliff>',
    '',
  ].join('\n');
}

/** meta type → value over every metaGroup (nested ones too) of an element's mda:metadata */
function readMetadata(el: XmlElement): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (group: XmlElement) => {
    for (const c of elements(group)) {
      if (c.local === 'metaGroup') walk(c);
      else if (c.local === 'meta' && c.attrs.type && !out.has(c.attrs.type)) {
        out.set(c.attrs.type, plainText(c, CODES));
      }
    }
  };
  for (const md of elements(el, 'metadata')) walk(md);
  return out;
}

function noteTexts(el: XmlElement): string[] {
  return elements(element(el, 'notes') ?? el, 'note').map((n) => plainText(n, CODES));
}

function readUnit(el: XmlElement, index: number, src: string, tgt: string): Unit {
  const parts = elements(el).filter((c) => c.local === 'segment' || c.local === 'ignorable');
  const side = (name: string) =>
    parts
      .map((p) => element(p, name))
      .map((s) => (s ? plainText(s, CODES) : ''))
      .join('');
  const unit: Unit = {
    id: el.attrs.id ?? String(index + 1),
    source: side('source'),
    target: side('target'),
    srcLang: src,
    tgtLang: tgt,
  };
  const meta = readMetadata(el);
  readScoreAndBead(unit, meta.get('score'), meta.get('bead'));
  const review = meta.has('review')
    ? parseFlag(meta.get('review'))
    : parts.some((p) => p.local === 'segment' && (p.attrs.state === 'initial' || p.attrs.subState));
  if (review) unit.review = true;
  const props: Record<string, string> = {};
  for (const [type, value] of meta) if (type.startsWith('x-')) props[type.slice(2)] = value;
  if (Object.keys(props).length) unit.props = props;
  const unitNotes = noteTexts(el);
  if (unitNotes.length) unit.notes = unitNotes;
  return unit;
}

function read(text: string, file: string, options: ReadOptions = {}): UnitFile {
  const { root, files } = xliffFiles(text, file, '2');
  const src = readLang(root.attrs.srcLang, options.srcLang ?? 'und');
  const first = files[0]!;
  const fileMeta = readMetadata(first);
  const tgt = readLang(
    root.attrs.trgLang ?? fileMeta.get('target-language'),
    options.tgtLang ?? 'und',
  );
  const result: UnitFile = {
    format: 'xliff',
    srcLang: src,
    tgtLang: tgt,
    notes: noteTexts(first),
    units: files.flatMap((f) => grouped(f, 'unit')).map((u, i) => readUnit(u, i, src, tgt)),
  };
  readDocuments(result, first.attrs.original, fileMeta.get('target-document'));
  return result;
}

/** XLIFF 2.x: the 2.0 namespace (2.1 keeps it), or an `<xliff version="2.x">` without one. */
function detect(text: string): boolean {
  return detectXliff(text, (ns) => ns === XLIFF2_NS, /^2\./);
}

export const xliff2: Format = {
  name: 'xliff',
  title: 'XLIFF 2.1',
  extensions: ['xlf', 'xliff'],
  traits: {
    languages: true,
    notes: true,
    fileNotes: true,
    props: true,
    beads: true,
    emptySides: true,
    ids: true,
    xml: true,
  },
  detect,
  write,
  read,
};
