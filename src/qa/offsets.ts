/**
 * From a span in a pair's text to a span in the input: find the piece (segment) the span starts
 * and ends in, then map the offset inside the segment's normalised text to the raw input text
 * it came from. Normalisation only joins lines, drops hyphens at line ends, page furniture and
 * letter spacing, so a greedy character walk that skips white space (and resynchronises after a
 * dropped run) recovers the raw offset. Pure.
 */
import type { Piece, Span } from './types.js';

const SKIPPABLE = /[\s\u00ad\u200b-]/;

/** map[i] = offset in `raw` of `text[i]`; map[text.length] = raw.length. */
export function charMap(text: string, raw: string): Int32Array {
  const map = new Int32Array(text.length + 1);
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (j < raw.length && raw[j] === ch) {
      map[i] = j++;
      continue;
    }
    if (/\s/.test(ch)) {
      // a space inserted where a line break (or nothing) was
      while (j < raw.length && /\s/.test(raw[j]!)) j++;
      map[i] = Math.max(0, j - 1);
      continue;
    }
    while (j < raw.length && raw[j] !== ch && SKIPPABLE.test(raw[j]!)) j++;
    if (j < raw.length && raw[j] === ch) {
      map[i] = j++;
      continue;
    }
    // resynchronise: the next few characters, searched ahead (a dropped page header)
    const probe = text.slice(i, i + 6);
    const k = raw.indexOf(probe, j);
    if (k >= 0) {
      j = k;
      map[i] = j++;
    } else map[i] = Math.min(j, Math.max(0, raw.length - 1));
  }
  map[text.length] = raw.length;
  return map;
}

const maps = new WeakMap<Piece, Int32Array>();

function pieceOffset(piece: Piece, offset: number, end: boolean): number {
  if (piece.raw === undefined) return piece.start + offset;
  let map = maps.get(piece);
  if (!map) {
    map = charMap(piece.text, piece.raw);
    maps.set(piece, map);
  }
  if (end) return offset <= 0 ? piece.start : piece.start + map[offset - 1]! + 1;
  return piece.start + map[Math.min(offset, piece.text.length)]!;
}

function pieceAt(pieces: readonly Piece[], offset: number, end: boolean): Piece | undefined {
  let found: Piece | undefined;
  for (const p of pieces) {
    if (end ? p.at < offset : p.at <= offset) found = p;
    else break;
  }
  return found ?? pieces[0];
}

/** The input span of a span of the pair text, or null when the side is empty. */
export function toInputSpan(pieces: readonly Piece[], span: Span): Span | null {
  if (pieces.length === 0) return null;
  const [s, e] = span;
  const first = pieceAt(pieces, s, false)!;
  const last = pieceAt(pieces, Math.max(e, s + 1), true)!;
  const start = pieceOffset(first, clamp(s - first.at, first.text.length), false);
  const stop = pieceOffset(last, clamp(e - last.at, last.text.length), true);
  return [start, Math.max(start, stop)];
}

/** The input span of a whole side of a pair, or null when the side is empty. */
export function sideRange(pieces: readonly Piece[]): Span | null {
  if (pieces.length === 0) return null;
  const last = pieces[pieces.length - 1]!;
  return [pieces[0]!.start, last.start + (last.raw ?? last.text).length];
}

function clamp(n: number, max: number): number {
  return Math.min(Math.max(n, 0), max);
}
