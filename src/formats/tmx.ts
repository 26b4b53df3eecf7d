/**
 * TMX 1.4b translation memory, one direction (header srclang → one target language), UTF-8.
 *
 * Writing: `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` (resolved locally by validators through a
 * catalog, ignored by CAT tools), the full header (creationtool="zhen", o-tmf="zhen",
 * datatype="plaintext", segtype="sentence", adminlang="en", creationdate YYYYMMDDThhmmssZ),
 * file notes as header `<note>`s, header props `x-target-language` (TMX has no header
 * attribute for it) and the document names `x-source-document` / `x-target-document`.
 * Each `<tu tuid>` holds its props and notes before the two `<tuv>`s (DTD: `(note|prop)*, tuv+`):
 *   x-Origin=Alignment and x-ConfirmationLevel=Translated|Draft (Trados system fields; only on
 *   units that come from an alignment, i.e. have a bead), x-score (0..1, at most 4 decimals),
 *   x-bead ([0]:[0,1]), x-review=yes on units to review, then `x-<name>` for each Unit.props.
 * Units with an empty (or blank) source or target are left out unless `keepEmpty` is set: as a
 * TM entry they are useless or harmful (OmegaT 3.6 inserts an empty target as an exact match,
 * translate-toolkit does not see a TU with an empty source); a header note counts them.
 *
 * Reading: `xml:lang` or the TMX 1.1 `lang`; the header srclang is the source (`*all*`:
 * `options.srcLang`, else the first tuv's language); the target is `options.tgtLang`, else the
 * header's x-target-language, else the most frequent other language (codes compared without
 * case). Inline codes `<bpt>`, `<ept>`, `<ph>`, `<it>`, `<ut>` are dropped (they hold native
 * markup, not text); `<hi>` keeps its text. x-review=yes, or else x-ConfirmationLevel Draft or
 * Rejected*, marks a unit for review.
 */
import { InputError } from '../errors.js';
import type { Unit } from '../types.js';
import { formatBead } from './beads.js';
import {
  formatScore,
  needsReview,
  parseFlag,
  readDocuments,
  readLang,
  readScoreAndBead,
  sameLang,
  tmxDate,
  unitId,
  writeLangs,
} from './common.js';
import type { Format, ReadOptions, UnitFile, WriteOptions } from './format.js';
import {
  attrs,
  element,
  elements,
  escapeText,
  parseXml,
  plainText,
  rootTag,
  type XmlElement,
} from './xml.js';

const CODES = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);
/** props zhen writes itself (compared lower-case); everything else is a Unit prop */
const OWN = new Set(['x-origin', 'x-confirmationlevel', 'x-score', 'x-bead', 'x-review']);

function prop(type: string, value: string): string {
  return `<prop${attrs({ type })}>${escapeText(value)}</prop>`;
}

function writeUnit(unit: Unit, index: number, options: WriteOptions, src: string, tgt: string) {
  const review = needsReview(unit, options);
  const lines: string[] = [];
  if (unit.bead) {
    lines.push(prop('x-Origin', 'Alignment'));
    lines.push(prop('x-ConfirmationLevel', review ? 'Draft' : 'Translated'));
  }
  const score = formatScore(unit.score);
  if (score !== undefined) lines.push(prop('x-score', score));
  if (unit.bead) lines.push(prop('x-bead', formatBead(unit.bead)));
  if (review) lines.push(prop('x-review', 'yes'));
  for (const [name, value] of Object.entries(unit.props ?? {})) {
    const type = name.startsWith('x-') ? name : `x-${name}`;
    if (!OWN.has(type.toLowerCase())) lines.push(prop(type, value));
  }
  for (const note of unit.notes ?? []) lines.push(`<note>${escapeText(note)}</note>`);
  lines.push(`<tuv${attrs({ 'xml:lang': src })}><seg>${escapeText(unit.source)}</seg></tuv>`);
  lines.push(`<tuv${attrs({ 'xml:lang': tgt })}><seg>${escapeText(unit.target)}</seg></tuv>`);
  const id = unitId(unit, index);
  return `    <tu${attrs({ tuid: id })}>\n${lines.map((l) => `      ${l}\n`).join('')}    </tu>\n`;
}

const blank = (u: Unit) => u.source.trim() === '' || u.target.trim() === '';

function write(units: readonly Unit[], options: WriteOptions): string {
  const { src, tgt } = writeLangs(options);
  const keep = (u: Unit) => options.keepEmpty || !blank(u);
  const left = units.filter((u) => !keep(u)).length;
  const leftNote = left
    ? [`zhen: ${left} unit(s) with an empty source or target were left out of this TM.`]
    : [];
  const header = attrs({
    creationtool: 'zhen',
    creationtoolversion: options.toolVersion ?? 'unknown',
    datatype: 'plaintext',
    segtype: 'sentence',
    adminlang: 'en',
    srclang: src,
    'o-tmf': 'zhen',
    creationdate: tmxDate(options.creationDate ?? new Date()),
  });
  const inHeader = [
    ...[...(options.notes ?? []), ...leftNote].map((n) => `<note>${escapeText(n)}</note>`),
    prop('x-target-language', tgt),
    ...(options.sourceDocument ? [prop('x-source-document', options.sourceDocument)] : []),
    ...(options.targetDocument ? [prop('x-target-document', options.targetDocument)] : []),
  ];
  const head = inHeader.length
    ? `  <header${header}>\n${inHeader.map((l) => `    ${l}\n`).join('')}  </header>\n`
    : `  <header${header}/>\n`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n' +
    '<tmx version="1.4">\n' +
    head +
    '  <body>\n' +
    units.map((u, i) => (keep(u) ? writeUnit(u, i, options, src, tgt) : '')).join('') +
    '  </body>\n</tmx>\n'
  );
}

function tuvLang(tuv: XmlElement): string {
  return tuv.attrs['xml:lang'] ?? tuv.attrs.lang ?? '';
}

/** The target language: the one asked for if present, else the most frequent non-source one. */
function pickTarget(tus: XmlElement[], src: string, wanted: string | undefined): string {
  const counts = new Map<string, number>();
  for (const tu of tus) {
    for (const tuv of elements(tu, 'tuv')) {
      const lang = tuvLang(tuv);
      if (lang && !sameLang(lang, src)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
  }
  const langs = [...counts.keys()];
  if (wanted) {
    const primary = wanted.split(/[-_]/)[0]!;
    return (
      langs.find((l) => sameLang(l, wanted)) ??
      langs.find((l) => sameLang(l.split(/[-_]/)[0]!, primary)) ??
      wanted
    );
  }
  let best = '';
  for (const [lang, n] of counts) if (n > (counts.get(best) ?? 0)) best = lang;
  return best;
}

/** `src`/`tgt` as written in the file (to find the tuvs), `langs` normalised (for the unit) */
function readUnit(
  tu: XmlElement,
  index: number,
  src: string,
  tgt: string,
  langs: { src: string; tgt: string },
): Unit {
  const tuvs = elements(tu, 'tuv');
  const text = (lang: string) => {
    const tuv = tuvs.find((t) => sameLang(tuvLang(t), lang));
    const seg = tuv && element(tuv, 'seg');
    return seg ? plainText(seg, CODES) : '';
  };
  const unit: Unit = {
    id: tu.attrs.tuid ?? String(index + 1),
    source: text(src),
    target: text(tgt),
    srcLang: langs.src,
    tgtLang: langs.tgt,
  };
  const own = new Map<string, string>();
  const props: Record<string, string> = {};
  for (const p of elements(tu, 'prop')) {
    const type = p.attrs.type ?? '';
    const value = plainText(p, CODES);
    if (OWN.has(type.toLowerCase())) own.set(type.toLowerCase(), value);
    else if (type) props[type.startsWith('x-') ? type.slice(2) : type] = value;
  }
  readScoreAndBead(unit, own.get('x-score'), own.get('x-bead'));
  const level = own.get('x-confirmationlevel') ?? '';
  const review = own.has('x-review')
    ? parseFlag(own.get('x-review'))
    : /^(draft|rejected)/i.test(level);
  if (review) unit.review = true;
  const notes = elements(tu, 'note').map((n) => plainText(n, CODES));
  if (notes.length) unit.notes = notes;
  if (Object.keys(props).length) unit.props = props;
  return unit;
}

function read(text: string, file: string, options: ReadOptions = {}): UnitFile {
  const root = parseXml(text, file);
  if (root.local !== 'tmx') {
    throw new InputError(`not a TMX file: the root element is <${root.name}>, not <tmx>`, { file });
  }
  const header = element(root, 'header');
  const body = element(root, 'body');
  if (!header || !body)
    throw new InputError('not a TMX file: <header> or <body> missing', { file });
  const tus = elements(body, 'tu');
  let src = header.attrs.srclang ?? '';
  if (src === '' || src === '*all*') {
    const first = tus.length ? elements(tus[0]!, 'tuv')[0] : undefined;
    src = options.srcLang || (first ? tuvLang(first) : '') || 'und';
  }
  const headerProps = new Map(
    elements(header, 'prop').map((p) => [p.attrs.type ?? '', plainText(p, CODES)]),
  );
  const wanted = options.tgtLang || headerProps.get('x-target-language');
  const tgt = pickTarget(tus, src, wanted) || wanted || 'und';
  const langs = { src: readLang(src, 'und'), tgt: readLang(tgt, 'und') };
  const result: UnitFile = {
    format: 'tmx',
    srcLang: langs.src,
    tgtLang: langs.tgt,
    notes: elements(header, 'note').map((n) => plainText(n, CODES)),
    units: tus.map((tu, i) => readUnit(tu, i, src, tgt, langs)),
  };
  readDocuments(result, headerProps.get('x-source-document'), headerProps.get('x-target-document'));
  return result;
}

export const tmx: Format = {
  name: 'tmx',
  title: 'TMX 1.4b translation memory',
  extensions: ['tmx'],
  traits: {
    languages: true,
    notes: true,
    fileNotes: true,
    props: true,
    beads: true,
    emptySides: false,
    ids: true,
    xml: true,
  },
  detect: (text) => rootTag(text)?.local === 'tmx',
  write,
  read,
};
