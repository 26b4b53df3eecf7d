/**
 * JSON Lines, one object per unit:
 *   {"bead":{"src":[0],"tgt":[0,1]},"source":"…","target":"…","score":0.93,"review":true}
 * `bead` and `score` (at most 4 decimals) are left out when unknown, `review` when false; `notes` and `props` are
 * added when the unit has them. JSON keeps every character (tabs, newlines, control
 * characters, astral characters) as it is. The languages are not in the file: reading takes
 * them from the read options ('und' otherwise).
 */
import { InputError } from '../errors.js';
import type { Unit } from '../types.js';
import { firstLine, formatScore, needsReview, readLang } from './common.js';
import type { Format, ReadOptions, UnitFile, WriteOptions } from './format.js';

function write(units: readonly Unit[], options: WriteOptions): string {
  return units
    .map((u) => {
      // keys in this order: bead, source, target, score, review, notes, props
      const line: Record<string, unknown> = {};
      if (u.bead) line.bead = { src: u.bead.src, tgt: u.bead.tgt };
      line.source = u.source;
      line.target = u.target;
      const score = formatScore(u.score);
      if (score !== undefined) line.score = Number(score);
      if (needsReview(u, options)) line.review = true;
      if (u.notes?.length) line.notes = u.notes;
      if (u.props && Object.keys(u.props).length) line.props = u.props;
      return `${JSON.stringify(line)}\n`;
    })
    .join('');
}

const isIndexList = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= 0);
const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');

function toUnit(value: unknown, id: string, fail: (message: string) => never): Unit {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('not an object');
  const o = value as Record<string, unknown>;
  if (typeof o.source !== 'string') fail('"source" must be a string');
  if (typeof o.target !== 'string') fail('"target" must be a string');
  const unit: Unit = { id, source: o.source, target: o.target, srcLang: '', tgtLang: '' };
  if (o.score !== undefined && o.score !== null) {
    if (typeof o.score !== 'number') fail('"score" must be a number');
    unit.score = o.score;
  }
  if (o.review !== undefined && typeof o.review !== 'boolean') fail('"review" must be true/false');
  if (o.review === true) unit.review = true;
  if (o.bead !== undefined) {
    const b = o.bead as Record<string, unknown> | null;
    if (!b || !isIndexList(b.src) || !isIndexList(b.tgt)) {
      fail('"bead" must be {"src": [indexes], "tgt": [indexes]}');
    }
    unit.bead = { src: b.src, tgt: b.tgt };
  }
  if (o.notes !== undefined) {
    if (!isStringList(o.notes)) fail('"notes" must be a list of strings');
    unit.notes = o.notes;
  }
  if (o.props !== undefined) {
    const p = o.props as Record<string, unknown> | null;
    if (!p || typeof p !== 'object' || !Object.values(p).every((v) => typeof v === 'string')) {
      fail('"props" must map names to strings');
    }
    unit.props = p as Record<string, string>;
  }
  return unit;
}

function read(text: string, file: string, options: ReadOptions = {}): UnitFile {
  const srcLang = readLang(options.srcLang, 'und');
  const tgtLang = readLang(options.tgtLang, 'und');
  const units: Unit[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        const at = /position (\d+)/.exec((e as Error).message);
        const column = at ? Number(at[1]) + 1 : 1;
        throw new InputError(`invalid JSON: ${(e as Error).message}`, {
          file,
          line: i + 1,
          column,
        });
      }
      const fail = (message: string): never => {
        throw new InputError(message, { file, line: i + 1, column: 1 });
      };
      const unit = toUnit(value, String(units.length + 1), fail);
      unit.srcLang = srcLang;
      unit.tgtLang = tgtLang;
      units.push(unit);
    });
  return { format: 'jsonl', srcLang, tgtLang, notes: [], units };
}

/** The first non-empty line is a JSON object with string "source" and "target". */
function detect(text: string): boolean {
  const first = firstLine(text);
  if (!first.trimStart().startsWith('{')) return false;
  try {
    const o = JSON.parse(first) as Record<string, unknown>;
    return typeof o.source === 'string' && typeof o.target === 'string';
  } catch {
    return false;
  }
}

export const jsonl: Format = {
  name: 'jsonl',
  title: 'JSON Lines, one unit per line',
  extensions: ['jsonl'],
  traits: {
    languages: false,
    notes: true,
    fileNotes: false,
    props: true,
    beads: true,
    emptySides: true,
    ids: false,
    xml: false,
  },
  detect,
  write,
  read,
};
