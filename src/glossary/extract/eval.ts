/**
 * Precision and recall of mined pairs against hand-labelled gold (corpora/glossary-mining/).
 * A gold file is JSON Lines; each line is one item:
 * - `{"id", "text", "pairs": [{"en", "zh"}]}`: a sentence mined inline;
 * - `{"id", "src", "tgt", "pairs"}`: two documents (paths relative to the gold file) aligned,
 *   mined and merged; pairs are the merged entries expected.
 * A found pair is correct when its Chinese (folded: script, width, spaces, 《》, revision suffix)
 * and its English (folded: case, apostrophes, Peoples/People's/PRC, word order, revision/Cap.
 * suffix) both equal a gold pair's. Duplicates count once. Pure.
 */
import { InputError } from '../../errors.js';
import { enKey, enKeysLoose, zhKey } from '../keys.js';
import { splitSuffixes } from './chinese.js';

export interface GoldPair {
  en: string;
  zh: string;
}

export interface GoldItem {
  id: string;
  text?: string;
  src?: string;
  tgt?: string;
  pairs: GoldPair[];
  note?: string;
}

export interface ItemScore {
  id: string;
  tp: number;
  /** found, not in the gold */
  fp: GoldPair[];
  /** in the gold, not found */
  fn: GoldPair[];
}

export interface Totals {
  items: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The comparison key of a pair. */
export function pairKey(p: GoldPair): string {
  const en = enKeysLoose(p.en).at(-1) ?? enKey(p.en);
  return `${zhKey(splitSuffixes(p.zh).zh)}|${en}`;
}

/** Read a gold JSONL file; InputError with the line on a bad line. */
export function parseGold(text: string, file: string): GoldItem[] {
  const items: GoldItem[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    let o: Partial<GoldItem>;
    try {
      o = JSON.parse(line) as Partial<GoldItem>;
    } catch (err) {
      throw new InputError(`not valid JSON: ${(err as Error).message}`, { file, line: i + 1 });
    }
    const ok =
      typeof o.id === 'string' &&
      Array.isArray(o.pairs) &&
      o.pairs.every((p) => typeof p?.en === 'string' && typeof p?.zh === 'string') &&
      (typeof o.text === 'string' || (typeof o.src === 'string' && typeof o.tgt === 'string'));
    if (!ok) {
      throw new InputError('a gold item needs "id", "pairs" [{en, zh}] and "text" or "src"+"tgt"', {
        file,
        line: i + 1,
      });
    }
    items.push(o as GoldItem);
  });
  return items;
}

/** Score what was found for one item. */
export function scoreItem(
  id: string,
  gold: readonly GoldPair[],
  found: readonly GoldPair[],
): ItemScore {
  const goldKeys = new Map(gold.map((p) => [pairKey(p), p]));
  const seen = new Set<string>();
  const fp: GoldPair[] = [];
  for (const f of found) {
    const k = pairKey(f);
    if (seen.has(k)) continue;
    seen.add(k);
    if (!goldKeys.has(k)) fp.push({ en: f.en, zh: f.zh });
  }
  const fn = [...goldKeys].filter(([k]) => !seen.has(k)).map(([, p]) => p);
  return { id, tp: goldKeys.size - fn.length, fp, fn };
}

/** Micro-averaged totals over items. */
export function totals(scores: readonly ItemScore[]): Totals {
  const tp = scores.reduce((s, x) => s + x.tp, 0);
  const fp = scores.reduce((s, x) => s + x.fp.length, 0);
  const fn = scores.reduce((s, x) => s + x.fn.length, 0);
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { items: scores.length, tp, fp, fn, precision, recall, f1 };
}
