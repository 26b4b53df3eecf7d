/**
 * `omissions`: what the translation leaves out, or adds, as whole sentences. A source sentence
 * aligned to nothing (a 1-0 bead) is not translated; a target sentence aligned to nothing (0-1)
 * has no source; a unit with an empty target is an empty target. The aligner often merges a
 * dropped sentence into a neighbouring bead (2-1, 3-1): a source sentence of a merged bead none
 * of whose words has a counterpart in the target, while its bead-mates' words do, was probably
 * dropped. A source paragraph all of whose sentences are dropped is reported once. Page numbers,
 * list markers and other text without words are not reported.
 */
import type { Lang } from '../../types.js';
import { type Check, clip, spanOn, whole } from '../check.js';
import { type CheckContext, langName, type PairView } from '../context.js';
import { coverageFor } from '../lexical.js';
import type { Piece, Report } from '../types.js';

/** Has words (not only a page number, a marker or punctuation). */
export function hasWords(text: string): boolean {
  return /\p{Script=Han}|\p{L}{2,}/u.test(text);
}

function sideText(p: PairView, lang: Lang): string {
  return lang === 'en' ? p.en.text : p.zh.text;
}

/** One source sentence and how much of it the target of its bead has. */
interface Part {
  pair: number;
  piece: Piece;
  paragraph: number | undefined;
  tokens: number;
  hits: number;
  /** the bead has no target at all */
  empty: boolean;
  /** match rate of the other sentences of the bead (1 when alone) */
  rest: number;
}

const rate = (hits: number, tokens: number) => (tokens ? hits / tokens : 1);

function parts(ctx: CheckContext): Part[] {
  const src = ctx.input.source.lang;
  const tgt = ctx.input.target.lang;
  const cov = ctx.lexicon ? coverageFor(ctx.lexicon) : undefined;
  const out: Part[] = [];
  for (const p of ctx.pairs) {
    const pieces = p.pair.srcPieces.filter((x) => hasWords(x.text));
    if (pieces.length === 0) continue;
    const target = sideText(p, tgt);
    const empty = !target.trim();
    const multi = pieces.length > 1 && !empty && cov !== undefined;
    const keys = multi ? cov!.keys(target, tgt) : undefined;
    const counted = pieces.map((piece) => {
      const c = keys ? cov!.covered(piece.text, src, keys) : { tokens: 1, hits: empty ? 0 : 1 };
      return { piece, ...c };
    });
    const totalHits = counted.reduce((n, x) => n + x.hits, 0);
    const totalTokens = counted.reduce((n, x) => n + x.tokens, 0);
    counted.forEach((c) => {
      const k = p.pair.srcPieces.indexOf(c.piece);
      out.push({
        pair: p.index,
        piece: c.piece,
        paragraph: p.pair.srcParagraphs[k],
        tokens: c.tokens,
        hits: c.hits,
        empty,
        rest: rate(totalHits - c.hits, totalTokens - c.tokens),
      });
    });
  }
  return out;
}

/** Left out: no target, or nothing matched where the bead-mates match. */
function dropped(x: Part, loose: boolean): boolean {
  if (x.empty) return true;
  const r = rate(x.hits, x.tokens);
  return loose
    ? x.tokens >= 2 && r <= 0.25 && x.rest >= 0.35
    : x.tokens >= 5 && r <= 0.2 && x.rest >= 0.4;
}

function sourceReports(ctx: CheckContext): Report[] {
  const src = ctx.input.source.lang;
  const tgt = ctx.input.target.lang;
  const docs = ctx.input.origin === 'documents';
  const all = parts(ctx);
  const out: Report[] = [];
  const done = new Set<Part>();
  if (docs) {
    const byParagraph = new Map<number, Part[]>();
    for (const x of all) {
      if (x.paragraph === undefined) continue;
      const list = byParagraph.get(x.paragraph) ?? [];
      list.push(x);
      byParagraph.set(x.paragraph, list);
    }
    for (const list of byParagraph.values()) {
      if (list.length < 2 || !list.every((x) => dropped(x, true))) continue;
      for (const x of list) done.add(x);
      const first = list[0]!;
      const inFirst = list.filter((x) => x.pair === first.pair);
      const last = inFirst[inFirst.length - 1]!;
      out.push({
        pair: first.pair,
        message: `a whole paragraph (${list.length} sentences) is not in ${langName(tgt)}, from "${clip(first.piece.text)}"`,
        ...spanOn(src, [first.piece.at, last.piece.at + last.piece.text.length]),
      });
    }
  }
  for (const x of all) {
    if (done.has(x) || !dropped(x, false)) continue;
    const span: [number, number] = [x.piece.at, x.piece.at + x.piece.text.length];
    if (x.empty) {
      out.push({
        pair: x.pair,
        message: docs
          ? `not translated: ${langName(tgt)} has nothing for "${clip(x.piece.text)}"`
          : 'empty target',
        ...spanOn(src, span),
      });
    } else {
      out.push({
        pair: x.pair,
        message: `"${clip(x.piece.text)}" seems to have no counterpart in ${langName(tgt)} (${x.hits} of ${x.tokens} words matched): left out?`,
        severity: 'warning',
        ...spanOn(src, span),
      });
    }
  }
  return out;
}

/** Target sentences with no source (0-1 beads), empty sources of units. */
function targetReports(ctx: CheckContext): Report[] {
  const src = ctx.input.source.lang;
  const tgt = ctx.input.target.lang;
  const docs = ctx.input.origin === 'documents';
  const out: Report[] = [];
  for (const p of ctx.pairs) {
    const s = sideText(p, src);
    const t = sideText(p, tgt);
    if (s.trim() || !t.trim() || !hasWords(t)) continue;
    out.push({
      pair: p.index,
      message: docs
        ? `${langName(tgt)} has "${clip(t)}" with nothing in ${langName(src)}: added?`
        : 'empty source',
      ...spanOn(tgt, whole(t)!),
    });
  }
  return out;
}

function run(ctx: CheckContext): Report[] {
  return [...sourceReports(ctx), ...targetReports(ctx)];
}

export const omissions: Check = {
  name: 'omissions',
  description:
    'sentences and paragraphs with no translation (1-0 beads, empty targets, sentences dropped inside merged beads), sentences with no source (0-1)',
  severity: 'error',
  enabled: true,
  run,
};
