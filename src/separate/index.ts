/**
 * `separate(text)`: a document carrying English and Chinese in one file → an English side and a
 * Chinese side (segments with offsets into the input) and the pairing its layout implies:
 * alternating paragraphs, alternating lines (and lines carrying both languages), a two-column
 * table, two language columns (a PDF read column by column, or rows of two wrapped columns),
 * halves (all English, then all Chinese), or English prose with Chinese only inline, in brackets
 * (`the Companies Ordinance (公司條例)`), which stays in the English. `alignSeparation` turns
 * the pairing into sentence beads (the aligner works inside each pair, or on the halves).
 * Pure: the CLI reads the file (see src/cli/separate.ts).
 */
import { hasHan } from '../text/script.js';
import type { Lang, Segment } from '../types.js';
import { groupPieces, type Layout, layoutOf, type PieceGroup } from './group.js';
import { beadsOfGroups, type PairOptions, type SegmentGroup, type SeparatedBead } from './pair.js';
import { type Piece, piecesOf } from './pieces.js';
import { joinBrokenParagraphs } from './repair.js';
import { buildSide, type Side } from './sides.js';

export { judge } from './classify.js';
export type { Layout } from './group.js';
export type { PairOptions, SegmentGroup, SeparatedBead } from './pair.js';

export interface SeparateOptions {
  /** end Chinese sentences at ；too */
  zhSemicolon?: boolean;
  /** below this share of the text, the other language is not a side of its own (default 0.1) */
  minShare?: number;
}

/** Bracketed Chinese inside English text: `(中華人民共和國公司法)`. */
export interface InlineSpan {
  start: number;
  end: number;
  text: string;
}

export interface Separation {
  layout: Layout;
  en: Segment[];
  zh: Segment[];
  /** the side texts, before sentence splitting */
  enText: string;
  zhText: string;
  /** which English segments translate which Chinese ones, as the layout says */
  groups: SegmentGroup[];
  inline: InlineSpan[];
  /** share of the text (letters, a Han character counting three) in each language */
  share: { en: number; zh: number };
}

export interface Monolingual {
  layout: 'monolingual';
  lang: Lang;
  share: { en: number; zh: number };
}

/** Separate the two languages of `text`, or say that it has only one. */
export function separate(text: string, options: SeparateOptions = {}): Separation | Monolingual {
  const pieces = joinBrokenParagraphs(piecesOf(text), text);
  let enW = 0;
  let zhW = 0;
  for (const p of pieces) {
    if (p.lang === 'en') enW += p.weight;
    if (p.lang === 'zh') zhW += p.weight;
  }
  const total = enW + zhW || 1;
  const share = { en: enW / total, zh: zhW / total };
  const min = options.minShare ?? 0.1;
  const sideOptions = { zhSemicolon: options.zhSemicolon };
  if (share.en < min || share.zh < min) {
    const lang: Lang = share.en >= share.zh ? 'en' : 'zh';
    const inline = inlineSpans(text, pieces);
    if (lang === 'zh' || enW + zhW === 0 || inline.length === 0) {
      return { layout: 'monolingual', lang, share };
    }
    // English with Chinese only inline (and perhaps a stray line, a Chinese company name)
    const all = pieces.map((p) => ({ ...p, lang: 'en' as const }));
    const en = buildSide(text, all, 'en', sideOptions);
    const zh = buildSide(text, [], 'zh', sideOptions);
    return {
      layout: 'inline',
      en: en.segments,
      zh: [],
      enText: en.text,
      zhText: zh.text,
      groups: en.segments.length
        ? [{ en: en.segments.map((_, i) => i), zh: [], kind: 'single' }]
        : [],
      inline,
      share,
    };
  }
  const pieceGroups = groupPieces(pieces);
  const en = buildSide(text, pieces, 'en', sideOptions);
  const zh = buildSide(text, pieces, 'zh', sideOptions);
  return {
    layout: layoutOf(pieces, pieceGroups),
    en: en.segments,
    zh: zh.segments,
    enText: en.text,
    zhText: zh.text,
    groups: segmentGroups(pieceGroups, en, zh),
    inline: inlineSpans(text, pieces),
    share,
  };
}

/** Piece groups → segment groups (a group whose pieces gave no segment is dropped). */
function segmentGroups(groups: readonly PieceGroup[], en: Side, zh: Side): SegmentGroup[] {
  const byPiece = (side: Side) => {
    const m = new Map<number, number[]>();
    side.pieceOf.forEach((p, s) => {
      const list = m.get(p) ?? [];
      list.push(s);
      m.set(p, list);
    });
    return m;
  };
  const enOf = byPiece(en);
  const zhOf = byPiece(zh);
  const out: SegmentGroup[] = [];
  for (const g of groups) {
    const e = g.en.flatMap((p) => enOf.get(p) ?? []);
    const z = g.zh.flatMap((p) => zhOf.get(p) ?? []);
    if (e.length || z.length) out.push({ en: e, zh: z, kind: g.kind });
  }
  return out;
}

/** Bracketed spans with Chinese in them inside the English pieces, outermost brackets. */
function inlineSpans(text: string, pieces: readonly Piece[]): InlineSpan[] {
  const spans: InlineSpan[] = [];
  for (const p of pieces) {
    if (p.lang !== 'en' || p.inlineHan === 0) continue;
    for (const part of p.parts) {
      let depth = 0;
      let open = -1;
      for (let i = part.start; i < part.end; i++) {
        const c = text[i]!;
        if (c === '(' || c === '（') {
          if (depth++ === 0) open = i;
        } else if ((c === ')' || c === '）') && depth > 0 && --depth === 0) {
          const body = text.slice(open, i + 1);
          if (hasHan(body)) spans.push({ start: open, end: i + 1, text: body });
        }
      }
    }
  }
  return spans;
}

/** Sentence beads (English first) for a separation, with the aligner inside each group. */
export function alignSeparation(sep: Separation, options: PairOptions = {}): SeparatedBead[] {
  return beadsOfGroups(sep.en, sep.zh, sep.groups, options);
}
