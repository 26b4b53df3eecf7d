/**
 * Small helpers every format shares: language codes in BCP 47 form, the review decision,
 * unit ids, score and bead fields, document names, dates, the first line of a text file.
 * Pure functions over plain values.
 */
import { InputError } from '../errors.js';
import type { Unit } from '../types.js';
import { parseBead } from './beads.js';
import type { UnitFile, WriteOptions } from './format.js';

const LANG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/**
 * A language code in canonical BCP 47 case, with `-` as separator: `zh_cn` → `zh-CN`,
 * `zh-hant-hk` → `zh-Hant-HK`, `EN` → `en`. Throws InputError on anything else.
 */
export function normalizeLang(code: string): string {
  const trimmed = code.trim().replace(/_/g, '-');
  if (trimmed === '*all*') return trimmed;
  if (!LANG.test(trimmed))
    throw new InputError(`invalid language code "${code}" (use e.g. en, zh-HK)`);
  return trimmed
    .split('-')
    .map((part, i) => {
      if (i === 0) return part.toLowerCase();
      if (part.length === 4 && /^[A-Za-z]+$/.test(part)) {
        return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
      }
      if (part.length === 2 && /^[A-Za-z]+$/.test(part)) return part.toUpperCase();
      return part.toLowerCase();
    })
    .join('-');
}

/** Like normalizeLang but never throws: a code from a file is kept (with `-`) if it is odd. */
export function readLang(code: string | undefined, fallback: string): string {
  if (!code?.trim()) return fallback;
  try {
    return normalizeLang(code);
  } catch {
    return code.trim().replace(/_/g, '-');
  }
}

/** Same language, ignoring case and `_`/`-`. */
export function sameLang(a: string, b: string): boolean {
  return a.replace(/_/g, '-').toLowerCase() === b.replace(/_/g, '-').toLowerCase();
}

/** The file-level languages of a write, normalised (no `_` ever reaches a file). */
export function writeLangs(options: WriteOptions): { src: string; tgt: string } {
  return { src: normalizeLang(options.srcLang), tgt: normalizeLang(options.tgtLang) };
}

/** A unit is marked for review when its flag is set or its score is below the threshold. */
export function needsReview(unit: Unit, options: WriteOptions): boolean {
  if (unit.review) return true;
  const t = options.reviewThreshold;
  return t !== undefined && unit.score !== undefined && unit.score < t;
}

/** The id written for a unit: its own, else its 1-based position. */
export function unitId(unit: Unit, index: number): string {
  return unit.id === '' ? String(index + 1) : unit.id;
}

/** Scores are written with at most 4 decimals ('0.93', '1', '0.4127'); undefined for none. */
export function formatScore(score: number | undefined): string | undefined {
  if (score === undefined || !Number.isFinite(score)) return undefined;
  return String(Number(score.toFixed(4)));
}

/** A score read from a file; undefined when missing or not a number. */
export function parseScore(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : undefined;
}

/** Sets a unit's score and bead from the values a file gives, when they are valid. */
export function readScoreAndBead(
  unit: Unit,
  score: string | undefined,
  bead: string | undefined,
): void {
  const n = parseScore(score);
  if (n !== undefined) unit.score = n;
  const b = parseBead(bead ?? '');
  if (b) unit.bead = b;
}

/** Sets the document names a file gives (empty ones are left out). */
export function readDocuments(
  result: UnitFile,
  sourceDocument: string | undefined,
  targetDocument: string | undefined,
): void {
  if (sourceDocument) result.sourceDocument = sourceDocument;
  if (targetDocument) result.targetDocument = targetDocument;
}

/** yes/true/1/review (any case) → true. */
export function parseFlag(value: string | undefined): boolean {
  return /^(yes|true|1|review|x)$/i.test(value?.trim() ?? '');
}

/** TMX date form YYYYMMDDThhmmssZ, in UTC. */
export function tmxDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** ISO 8601 in UTC without milliseconds: 2025-01-15T09:30:00Z (XLIFF 1.2 `date`). */
export function isoDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** 1-based line and column of a string offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** The first line of a text that is not blank (a byte-order mark dropped); '' when none. */
export function firstLine(text: string): string {
  return (
    text
      .replace(/^\uFEFF/, '')
      .split('\n')
      .find((l) => l.trim() !== '') ?? ''
  );
}
