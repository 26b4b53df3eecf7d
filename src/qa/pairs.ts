/**
 * The pairs QA checks: from two aligned documents (`pairsFromAlignment`: one pair per bead, its
 * text the bead's segments joined as `zhen align` writes them) or from a bilingual file
 * (`pairsFromUnits`: one pair per unit). Each side keeps pieces that map pair offsets back to
 * the input (offsets.ts), so findings point into the decoded files. Pure.
 */
import { joinSegments } from '../document.js';
import type { UnitFile } from '../formats/format.js';
import { detectDocumentLanguage, parseLanguageCode } from '../text/language.js';
import type { Bead, Doc, Lang, Segment } from '../types.js';
import { assemble, type SegmentAnalysis } from './analyse.js';
import type { Piece, QaInput, QaPair, QaSide } from './types.js';

export interface AlignedDocument {
  doc: Doc;
  lang: Lang;
  /** BCP 47 code */
  code: string;
}

function piecesOf(
  segments: readonly Segment[],
  docText: string,
): { text: string; pieces: Piece[] } {
  const texts = segments.map((s) => s.text);
  const text = joinSegments(texts);
  const pieces: Piece[] = [];
  let searchFrom = 0;
  segments.forEach((seg, k) => {
    // joinSegments only inserts separators, so each segment is found in order
    const at = text.indexOf(seg.text, searchFrom);
    const raw = docText.slice(seg.start, seg.end);
    const piece: Piece = { at: at < 0 ? searchFrom : at, text: seg.text, start: seg.start };
    if (raw !== seg.text) piece.raw = raw;
    pieces.push(piece);
    searchFrom = (at < 0 ? searchFrom : at) + texts[k]!.length;
  });
  return { text, pieces };
}

/** One QaPair per bead of an alignment of two documents. */
export function pairsFromAlignment(
  src: AlignedDocument,
  tgt: AlignedDocument,
  beads: readonly Bead[],
  warnings: readonly string[] = [],
  analyses?: { source: readonly SegmentAnalysis[]; target: readonly SegmentAnalysis[] },
): QaInput {
  const pairs: QaPair[] = beads.map((bead, index) => {
    const s = bead.src.map((i) => src.doc.segments[i]!);
    const t = bead.tgt.map((i) => tgt.doc.segments[i]!);
    const sp = piecesOf(s, src.doc.text);
    const tp = piecesOf(t, tgt.doc.text);
    const analysed = analyses
      ? {
          srcAnalysis: assemble(
            sp.text,
            sp.pieces,
            bead.src.map((i) => analyses.source[i]!),
          ),
          tgtAnalysis: assemble(
            tp.text,
            tp.pieces,
            bead.tgt.map((i) => analyses.target[i]!),
          ),
        }
      : {};
    return {
      ...analysed,
      index,
      id: String(index + 1),
      source: sp.text,
      target: tp.text,
      srcKinds: s.map((x) => x.kind),
      tgtKinds: t.map((x) => x.kind),
      srcSegments: [...bead.src],
      tgtSegments: [...bead.tgt],
      srcParagraphs: s.map((x) => x.paragraph),
      tgtParagraphs: t.map((x) => x.paragraph),
      srcPieces: sp.pieces,
      tgtPieces: tp.pieces,
      score: bead.score,
    };
  });
  const side = (d: AlignedDocument): QaSide => ({
    lang: d.lang,
    code: d.code,
    path: d.doc.path,
    text: d.doc.text,
  });
  return {
    origin: 'documents',
    source: side(src),
    target: side(tgt),
    pairs,
    warnings: [...warnings],
  };
}

/** The language of one side of a bilingual file: from its code, else from its text. */
function sideLanguage(code: string, texts: readonly string[]): { lang: Lang; code: string } {
  if (code && code !== 'und') {
    try {
      return parseLanguageCode(code);
    } catch {
      // not en/zh: fall back to the text
    }
  }
  return detectDocumentLanguage(texts.join('\n').slice(0, 200_000));
}

/** One QaPair per unit of a bilingual file; offsets are into the unit texts. */
export function pairsFromUnits(file: UnitFile, path?: string): QaInput {
  const srcLang = sideLanguage(
    file.srcLang,
    file.units.map((u) => u.source),
  );
  const tgtLang = sideLanguage(
    file.tgtLang,
    file.units.map((u) => u.target),
  );
  const pairs: QaPair[] = file.units.map((u, index) => ({
    index,
    id: u.id || String(index + 1),
    source: u.source,
    target: u.target,
    srcKinds: u.source ? ['sentence'] : [],
    tgtKinds: u.target ? ['sentence'] : [],
    srcSegments: u.bead?.src ?? (u.source ? [index] : []),
    tgtSegments: u.bead?.tgt ?? (u.target ? [index] : []),
    srcParagraphs: [],
    tgtParagraphs: [],
    srcPieces: u.source ? [{ at: 0, text: u.source, start: 0 }] : [],
    tgtPieces: u.target ? [{ at: 0, text: u.target, start: 0 }] : [],
    score: u.score,
  }));
  return {
    origin: file.format,
    source: { ...srcLang, path: file.sourceDocument ?? path },
    target: { ...tgtLang, path: file.targetDocument ?? path },
    pairs,
    warnings: [],
  };
}
