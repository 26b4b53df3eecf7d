/**
 * The alignment bead list (`zhen align --format beads`, and the gold files under corpora/):
 * one bead per line, source indexes first, 0-based: `[0]:[0,1]`, `[3]:[]`, `[]:[7]`.
 * A bead list holds no text, so it is not a unit `Format` (it could not be read back into
 * units); the aligner writes it from its beads or from the units' `bead` fields.
 */
import { InputError } from '../errors.js';
import type { Bead, Unit } from '../types.js';

/** The indexes of a bead, without its score (gold files have none). */
export type BeadIndexes = Pick<Bead, 'src' | 'tgt'>;

/** `[0]:[0,1]` */
export function formatBead(bead: BeadIndexes): string {
  return `[${bead.src.join(',')}]:[${bead.tgt.join(',')}]`;
}

/** One bead per line, newline-terminated. */
export function formatBeads(beads: readonly BeadIndexes[]): string {
  return beads.map((b) => `${formatBead(b)}\n`).join('');
}

/** The bead list of aligned units; every unit must carry its `bead`. */
export function beadsFromUnits(units: readonly Unit[]): string {
  return formatBeads(
    units.map((u) => {
      if (!u.bead) throw new Error(`unit ${u.id} has no bead: beads output needs aligned units`);
      return u.bead;
    }),
  );
}

const BEAD = /^\s*\[\s*([0-9,\s]*)\]\s*:\s*\[\s*([0-9,\s]*)\]\s*$/;

function indexes(list: string): number[] | undefined {
  if (list.trim() === '') return [];
  const parts = list.split(',').map((p) => p.trim());
  if (parts.some((p) => !/^[0-9]+$/.test(p))) return undefined;
  return parts.map(Number);
}

/** Parses one bead; undefined when the text is not one. */
export function parseBead(text: string): BeadIndexes | undefined {
  const m = BEAD.exec(text);
  if (!m) return undefined;
  const src = indexes(m[1]!);
  const tgt = indexes(m[2]!);
  if (!src || !tgt || src.length + tgt.length === 0) return undefined;
  return { src, tgt };
}

/**
 * Parses a bead list. Blank lines and lines starting with `#` are skipped; anything else that
 * is not a bead, or `[]:[]`, throws InputError with the file and line.
 */
export function parseBeads(text: string, file = '-'): BeadIndexes[] {
  const beads: BeadIndexes[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const bead = parseBead(line);
    if (!bead) {
      throw new InputError(
        `not a bead: "${line.trim().slice(0, 60)}" (expected e.g. [0]:[0,1], [3]:[] or []:[7])`,
        { file, line: i + 1, column: line.length - line.trimStart().length + 1 },
      );
    }
    beads.push(bead);
  });
  return beads;
}
