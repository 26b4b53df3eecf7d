/**
 * Tab-separated pairs, one unit per line: `source<TAB>target<TAB>score<TAB>review`.
 *
 * - score: at most 4 decimals, empty when unknown; review: `review` for units to review, else
 *   empty (the column is always there, so every line has four fields).
 * - Text is escaped reversibly, so a unit is always one line and round-trips exactly:
 *   backslash → `\\`, tab → `\t`, LF → `\n`, CR → `\r`. Reading turns an unknown escape
 *   (`\x`) back into the two characters it is.
 * - Header row off by default; with `header: true` it is `SRCLANG<TAB>TGTLANG<TAB>score<TAB>review`
 *   (e.g. `en	zh-HK	score	review`), which is how the languages survive. Reading recognises a
 *   first line whose third field is `score`. Without a header the languages come from the read
 *   options ('und' otherwise). No ids (units are numbered from 1), notes or beads.
 */
import { InputError } from '../errors.js';
import type { Unit } from '../types.js';
import { firstLine, formatScore, needsReview, parseFlag, readLang, writeLangs } from './common.js';
import type { Format, ReadOptions, UnitFile, WriteOptions } from './format.js';

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const UNESCAPES: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r' };

export function escapeField(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!);
}

export function unescapeField(text: string): string {
  return text.replace(/\\(.)/gs, (m, c: string) => UNESCAPES[c] ?? m);
}

function write(units: readonly Unit[], options: WriteOptions): string {
  const lines: string[] = [];
  if (options.header) {
    const { src, tgt } = writeLangs(options);
    lines.push(`${src}\t${tgt}\tscore\treview`);
  }
  for (const u of units) {
    const review = needsReview(u, options) ? 'review' : '';
    lines.push(
      `${escapeField(u.source)}\t${escapeField(u.target)}\t${formatScore(u.score) ?? ''}\t${review}`,
    );
  }
  return lines.map((l) => `${l}\n`).join('');
}

function isHeader(fields: string[]): boolean {
  return fields.length >= 3 && fields[2]!.trim().toLowerCase() === 'score';
}

function read(text: string, file: string, options: ReadOptions = {}): UnitFile {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (lines.at(-1) === '') lines.pop();
  let src = readLang(options.srcLang, 'und');
  let tgt = readLang(options.tgtLang, 'und');
  const units: Unit[] = [];
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const fields = line.split('\t');
    if (i === 0 && isHeader(fields)) {
      if (!/^(source|src)$/i.test(fields[0]!)) src = readLang(fields[0], src);
      if (!/^(target|tgt)$/i.test(fields[1]!)) tgt = readLang(fields[1], tgt);
      return;
    }
    if (line.trim() === '') return;
    if (fields.length < 2) {
      throw new InputError('expected source<TAB>target[<TAB>score[<TAB>review]], found no tab', {
        file,
        line: i + 1,
        column: 1,
      });
    }
    const unit: Unit = {
      id: String(units.length + 1),
      source: unescapeField(fields[0]!),
      target: unescapeField(fields[1]!),
      srcLang: src,
      tgtLang: tgt,
    };
    const score = fields[2]?.trim() ?? '';
    if (score !== '') {
      const n = Number(score);
      if (!Number.isFinite(n)) {
        const column = fields[0]!.length + fields[1]!.length + 3;
        throw new InputError(`score "${score}" is not a number`, { file, line: i + 1, column });
      }
      unit.score = n;
    }
    if (parseFlag(fields[3])) unit.review = true;
    units.push(unit);
  });
  for (const u of units) {
    u.srcLang = src;
    u.tgtLang = tgt;
  }
  return { format: 'tsv', srcLang: src, tgtLang: tgt, notes: [], units };
}

/** The first non-empty line holds a tab and does not open an XML or JSON document. */
function detect(text: string): boolean {
  const first = firstLine(text);
  return first.includes('\t') && !/^\s*(<\?xml|<!DOCTYPE|<!--|\{")/.test(first);
}

export const tsv: Format = {
  name: 'tsv',
  title: 'tab-separated pairs',
  extensions: ['tsv', 'tab'],
  traits: {
    languages: false,
    notes: false,
    fileNotes: false,
    props: false,
    beads: false,
    emptySides: true,
    ids: false,
    xml: false,
  },
  detect,
  write,
  read,
};
