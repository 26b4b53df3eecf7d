/**
 * A length model learnt from the filing itself, CJK-aware: English is measured in words,
 * Chinese in characters (a Han character, a Latin word or a number each count one), and the
 * expected Chinese length of an English text is c × words with a spread that grows with the
 * square root of the length (Gale & Church). c and the spread are the median and the scaled
 * median absolute deviation over the filing's one-to-one sentence pairs, so a terse or wordy
 * translation style does not raise alarms; fixed ratios (LanguageTool 30%/250%, Okapi 45–200%)
 * misfire on EN↔ZH. `z` says how many spreads a pair is off: negative = Chinese too short.
 */
import { hasHan } from '../text/script.js';
import type { PairView } from './context.js';

export interface LengthModel {
  /** Chinese characters per English word */
  ratio: number;
  /** spread of (zh − ratio·en) / √en */
  spread: number;
  /** pairs it was learnt from (0: defaults) */
  learntFrom: number;
}

/** Default model (from the sample filing pair) for files too small to learn from. */
export const DEFAULT_LENGTH_MODEL: LengthModel = { ratio: 1.45, spread: 0.95, learntFrom: 0 };

const EN_WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*|\d+(?:[.,]\d+)*%?/gu;

/** English length in words (numbers count as words); Chinese text inside it is ignored. */
export function englishLength(text: string): number {
  EN_WORD.lastIndex = 0;
  let n = 0;
  for (let m = EN_WORD.exec(text); m; m = EN_WORD.exec(text)) if (!hasHan(m[0])) n++;
  return n;
}

/** Chinese length: Han characters, plus one per Latin word and per number. */
export function chineseLength(text: string): number {
  let n = 0;
  let inWord = false;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x3400 && hasHan(ch)) {
      n++;
      inWord = false;
    } else if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      if (!inWord) n++;
      inWord = true;
    } else if (!(inWord && (ch === '.' || ch === ',' || ch === "'" || ch === '-' || ch === '%'))) {
      inWord = false;
    }
  }
  return n;
}

function median(xs: number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The text with every figure, date and code written as one token (二零二三年四月二十五日 → 0). */
export function figuresAsTokens(p: PairView, side: 'en' | 'zh'): string {
  const view = p[side];
  const scan = view.scan();
  const spans = [...scan.quantities, ...scan.dates, ...scan.codes].sort(
    (a, b) => a.start - b.start,
  );
  if (spans.length === 0) return view.text;
  let out = '';
  let at = 0;
  for (const m of spans) {
    if (m.start < at) continue;
    out += `${view.text.slice(at, m.start)} 0 `;
    at = m.end;
  }
  return out + view.text.slice(at);
}

/** English and Chinese lengths of a pair, figures counted as one word / character each. */
export function pairLengths(p: PairView): { en: number; zh: number } {
  let l = lengths.get(p);
  if (!l) {
    l = {
      en: englishLength(figuresAsTokens(p, 'en')),
      zh: chineseLength(figuresAsTokens(p, 'zh')),
    };
    lengths.set(p, l);
  }
  return l;
}

const lengths = new WeakMap<PairView, { en: number; zh: number }>();

/** Minimum English words for a pair to count when learning (and to be judged). */
export const MIN_WORDS = 4;

/** Learn the model from the one-to-one sentence pairs of a filing. */
export function learnLengthModel(pairs: readonly PairView[], minPairs = 12): LengthModel {
  const en: number[] = [];
  const zh: number[] = [];
  for (const p of pairs) {
    if (p.pair.srcSegments.length > 1 || p.pair.tgtSegments.length > 1) continue;
    if ([...p.en.kinds, ...p.zh.kinds].some((k) => k === 'table-row' || k === 'heading')) continue;
    const { en: e, zh: z } = pairLengths(p);
    if (e < MIN_WORDS || z < 2) continue;
    en.push(e);
    zh.push(z);
  }
  if (en.length < minPairs) return DEFAULT_LENGTH_MODEL;
  const ratio = median(en.map((e, i) => zh[i]! / e));
  const residuals = en.map((e, i) => (zh[i]! - ratio * e) / Math.sqrt(e));
  const mid = median(residuals);
  const mad = median(residuals.map((r) => Math.abs(r - mid)));
  // a floor keeps a very regular filing from flagging every small difference
  const spread = Math.max(1.4826 * mad, 0.5);
  return { ratio, spread, learntFrom: en.length };
}

const models = new WeakMap<readonly PairView[], LengthModel>();

/** learnLengthModel, once per list of pairs (the checks of one run share it). */
export function lengthModelOf(pairs: readonly PairView[]): LengthModel {
  let m = models.get(pairs);
  if (!m) {
    m = learnLengthModel(pairs);
    models.set(pairs, m);
  }
  return m;
}

/** How far a pair's Chinese length is from what its English length predicts, in spreads. */
export function lengthZ(model: LengthModel, enLength: number, zhLength: number): number {
  const e = Math.max(enLength, 1);
  return (zhLength - model.ratio * e) / (model.spread * Math.sqrt(e));
}
