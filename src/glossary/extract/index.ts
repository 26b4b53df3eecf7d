/**
 * `zhen glossary extract` as a library: inline pairs from texts, pairs from aligned segment
 * pairs (a TMX/XLIFF file's units, or two documents aligned here with src/align), merged into
 * glossary entries. The CLI reads the files; everything here is pure apart from the lexicon and
 * glossary the defaults load.
 */
import { align } from '../../align/align.js';
import { termPairsFromTerms } from '../../align/glossary.js';
import { joinSegments } from '../../document.js';
import type { UnitFile } from '../../formats/format.js';
import { countScripts } from '../../text/script.js';
import type { Doc, Lang } from '../../types.js';
import { langRole } from '../formats/common.js';
import { type GlossaryIndex, shippedGlossaryIndex } from '../shipped.js';
import { type AlignedText, mineAligned } from './aligned.js';
import { mineInline } from './inline.js';
import { createLexical, type Lexical } from './lexical.js';
import { type MergeResult, mergeOccurrences } from './merge.js';
import type { MineOptions, Occurrence } from './types.js';

export type { AlignedText } from './aligned.js';
export { mineAligned } from './aligned.js';
export { mineInline } from './inline.js';
export { createLexical } from './lexical.js';
export type { MergeResult } from './merge.js';
export { mergeOccurrences } from './merge.js';
export type { MineOptions, Occurrence } from './types.js';

/** One input of an extraction run. */
export type ExtractInput =
  | { kind: 'text'; file: string; text: string }
  | { kind: 'segments'; file: string; segments: AlignedText[] };

export interface ExtractOptions {
  /** glossary index for lookups and as lexicon pairs (default: the shipped glossaries) */
  index?: GlossaryIndex;
  lexical?: Lexical;
  names?: boolean;
}

/** A lexical model with the glossary's own pairs in front of CC-CEDICT. */
export function lexicalFor(index: GlossaryIndex): Lexical {
  return createLexical(termPairsFromTerms(index.terms));
}

/** Mine every input and merge what was found. */
export function extractGlossary(
  inputs: readonly ExtractInput[],
  options: ExtractOptions = {},
): MergeResult {
  const index = options.index ?? shippedGlossaryIndex();
  const lexical = options.lexical ?? lexicalFor(index);
  const occurrences: Occurrence[] = [];
  for (const input of inputs) {
    const mine: MineOptions = { file: input.file, lexical, index, names: options.names };
    occurrences.push(
      ...(input.kind === 'text' ? mineInline(input.text, mine) : mineAligned(input.segments, mine)),
    );
  }
  return mergeOccurrences(occurrences, index);
}

function looksChinese(text: string): boolean {
  const { han, latin } = countScripts(text);
  return han * 3 >= latin && han > 0;
}

/**
 * The segment pairs of a TMX/XLIFF file: the English and the Chinese side found by language
 * code, or by script when the codes do not say. Undefined when the file is not English/Chinese.
 */
export function segmentsFromUnits(file: UnitFile): AlignedText[] | undefined {
  let zhIsSource: boolean | undefined;
  const src = langRole(file.srcLang);
  const tgt = langRole(file.tgtLang);
  if (src === 'en' && tgt && tgt !== 'en') zhIsSource = false;
  else if (tgt === 'en' && src && src !== 'en') zhIsSource = true;
  else {
    const sample = file.units.slice(0, 50);
    const srcZh = looksChinese(sample.map((u) => u.source).join(''));
    const tgtZh = looksChinese(sample.map((u) => u.target).join(''));
    if (srcZh === tgtZh) return undefined;
    zhIsSource = srcZh;
  }
  return file.units.map((u, i) => ({
    en: zhIsSource ? u.target : u.source,
    zh: zhIsSource ? u.source : u.target,
    unit: i + 1,
  }));
}

/** Align two documents (one English, one Chinese) and return their segment pairs, beads in order. */
export function segmentsFromDocs(
  a: Doc & { language: { lang: Lang } },
  b: Doc & { language: { lang: Lang } },
  index?: GlossaryIndex,
): AlignedText[] {
  const [en, zh] = a.language.lang === 'en' ? [a, b] : [b, a];
  const result = align(en.segments, zh.segments, {
    srcLang: 'en',
    tgtLang: 'zh',
    termPairs: termPairsFromTerms((index ?? shippedGlossaryIndex()).terms),
  });
  return result.beads
    .filter((bead) => bead.src.length && bead.tgt.length)
    .map((bead, k) => ({
      en: joinSegments(bead.src.map((i) => en.segments[i]!.text)),
      zh: joinSegments(bead.tgt.map((i) => zh.segments[i]!.text)),
      unit: k + 1,
    }));
}
