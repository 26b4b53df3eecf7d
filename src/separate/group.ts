/**
 * Which pieces translate which: the pairing the layout implies, and the name of the layout.
 * Pieces bound together (a table row, a line carrying both languages) are one group; a piece in
 * both languages (figures only) is a group of its own; the other pieces are cut into groups of
 * consecutive pieces, each an English run and a Chinese run (either first), by a small dynamic
 * programme that prefers groups whose two sides have about the same length (letters, a Han
 * character counting three, scaled by the document's own ratio) and penalises pieces left alone.
 * Alternating paragraphs give groups of two pieces; a two-column page read column by column gives
 * one group per page; a document in two halves gives one group. Pure.
 */
import type { Piece } from './pieces.js';

export type Layout =
  'alternating-paragraphs' | 'alternating-lines' | 'columns' | 'table' | 'halves' | 'inline';

export interface PieceGroup {
  en: number[];
  zh: number[];
  /** 'pair': one English piece and one Chinese piece (or a bound row or line); 'block': several */
  kind: 'pair' | 'block' | 'single';
}

const SINGLE = 5;
const SIGMA = 0.45;
const PIECE_PENALTY = 0.4;

/** English and Chinese weights, the Chinese already scaled to English letters. */
function lengthCost(en: number, zh: number): number {
  const d = Math.log((en + 30) / (zh + 30));
  return (d * d) / (2 * SIGMA * SIGMA);
}

/** Groups of pieces (indexes into `pieces`), in document order. */
export function groupPieces(pieces: readonly Piece[]): PieceGroup[] {
  let enW = 0;
  let zhW = 0;
  for (const p of pieces) {
    if (p.lang === 'en') enW += p.weight;
    if (p.lang === 'zh') zhW += p.weight;
  }
  const ratio = zhW > 0 && enW > 0 ? Math.min(2, Math.max(0.5, enW / zhW)) : 1;
  const groups: PieceGroup[] = [];
  let free: number[] = [];
  const flush = () => {
    groups.push(...groupFree(free, pieces, ratio));
    free = [];
  };
  for (let i = 0; i < pieces.length;) {
    const p = pieces[i]!;
    if (p.bound !== undefined) {
      flush();
      const g: PieceGroup = { en: [], zh: [], kind: 'pair' };
      let j = i;
      while (j < pieces.length && pieces[j]!.bound === p.bound) {
        (pieces[j]!.lang === 'zh' ? g.zh : g.en).push(j);
        j++;
      }
      groups.push(g);
      i = j;
      continue;
    }
    if (p.lang === 'both') {
      flush();
      groups.push({ en: [i], zh: [i], kind: 'pair' });
      i++;
      continue;
    }
    free.push(i);
    i++;
  }
  flush();
  return groups;
}

/** The DP over a stretch of free pieces (no bound or bilingual ones among them). */
function groupFree(ids: number[], pieces: readonly Piece[], ratio: number): PieceGroup[] {
  const n = ids.length;
  if (!n) return [];
  const lang = ids.map((i) => pieces[i]!.lang);
  // weights in English letters: Chinese scaled by the document's ratio
  const weight = ids.map((i) => pieces[i]!.weight * (pieces[i]!.lang === 'zh' ? ratio : 1));
  const flow = absorbIntruders(lang, weight);
  // runStart[k]: index of the first piece of the run (same language) that piece k is in
  const runStart: number[] = [];
  flow.forEach((l, k) => {
    runStart.push(k > 0 && flow[k - 1] === l ? runStart[k - 1]! : k);
  });
  const best: number[] = [0];
  const from: number[] = [0];
  for (let i = 1; i <= n; i++) {
    const last = i - 1;
    // a piece alone
    best.push(best[i - 1]! + SINGLE);
    from.push(i - 1);
    // groups [j, i): one switch, the second run ending at `last`
    const second = runStart[last]!;
    if (second === 0) continue;
    const first = runStart[second - 1]!;
    const sides = { en: 0, zh: 0 };
    for (let k = second; k <= last; k++) sides[lang[k] === 'zh' ? 'zh' : 'en'] += weight[k]!;
    const size2 = last - second + 1;
    for (let j = second - 1; j >= first; j--) {
      sides[lang[j] === 'zh' ? 'zh' : 'en'] += weight[j]!;
      const pieceCount = second - j + size2;
      const cost = best[j]! + lengthCost(sides.en, sides.zh) + PIECE_PENALTY * (pieceCount - 2);
      if (cost < best[i]!) {
        best[i] = cost;
        from[i] = j;
      }
    }
  }
  const out: PieceGroup[] = [];
  for (let i = n; i > 0; i = from[i]!) {
    const j = from[i]!;
    const g: PieceGroup = { en: [], zh: [], kind: 'single' };
    for (let k = j; k < i; k++) (lang[k] === 'zh' ? g.zh : g.en).push(ids[k]!);
    if (g.en.length && g.zh.length)
      g.kind = g.en.length === 1 && g.zh.length === 1 ? 'pair' : 'block';
    out.push(g);
  }
  return out.reverse();
}

/**
 * Languages for finding runs, with intruders taken into the run around them: a short run (a
 * Chinese company name line in the issuer block of the English half) between two runs of the
 * other language each at least four times as long.
 */
function absorbIntruders(lang: readonly string[], weight: readonly number[]): string[] {
  const runs: { from: number; to: number; lang: string; weight: number }[] = [];
  lang.forEach((l, k) => {
    const last = runs[runs.length - 1];
    if (last && last.lang === l) {
      last.to = k + 1;
      last.weight += weight[k]!;
    } else runs.push({ from: k, to: k + 1, lang: l, weight: weight[k]! });
  });
  const flow = [...lang];
  for (let r = 1; r + 1 < runs.length; r++) {
    const run = runs[r]!;
    const around = Math.min(runs[r - 1]!.weight, runs[r + 1]!.weight);
    if (run.weight * 4 >= around) continue;
    for (let k = run.from; k < run.to; k++) flow[k] = runs[r - 1]!.lang;
  }
  return flow;
}

/** The layout the groups show, by the share of text in each kind of group. */
export function layoutOf(pieces: readonly Piece[], groups: readonly PieceGroup[]): Layout {
  const weightOf = (g: PieceGroup) =>
    [...new Set([...g.en, ...g.zh])].reduce((w, i) => w + pieces[i]!.weight, 0);
  const total = groups.reduce((w, g) => w + weightOf(g), 0) || 1;
  const share = (test: (g: PieceGroup) => boolean) =>
    groups.filter(test).reduce((w, g) => w + weightOf(g), 0) / total;
  const first = (g: PieceGroup) => pieces[g.en[0] ?? g.zh[0]!]!;
  if (share((g) => first(g).source === 'row') >= 0.5) return 'table';
  if (share((g) => first(g).source === 'columns') >= 0.5) return 'columns';
  // blocks of several pieces on each side: pages of columns, or the two halves
  const big = (g: PieceGroup) => g.kind === 'block' && g.en.length >= 2 && g.zh.length >= 2;
  const blocks = groups.filter(big);
  const inBlocks = share(big);
  if (inBlocks >= 0.5) {
    // one block: two halves; about one block a page: columns; more: broken-up paragraphs
    const pages = new Set(pieces.map((p) => p.page)).size;
    if (blocks.length === 1) return 'halves';
    if (pages >= 2 && blocks.length <= pages + 1) return 'columns';
  }
  const paired = groups.filter((g) => g.kind === 'pair' && g.en.length && g.zh.length);
  const sameChunk = paired.filter((g) => {
    const a = pieces[g.en[0]!]!;
    const b = pieces[g.zh[0]!]!;
    return a.chunk === b.chunk;
  });
  return sameChunk.length * 2 > paired.length ? 'alternating-lines' : 'alternating-paragraphs';
}
