/**
 * Scoring a separation against a fixture's gold (corpora/bilingual/README.md): NAME.en.sent and
 * NAME.zh.sent (the sentences each side should have) and NAME.gold (beads, English first).
 * - separation: a gold sentence is on the right side when its text (spaces ignored) is in the
 *   text of that side's segments; a segment on the wrong side is one whose text is in the other
 *   side's gold and not in its own;
 * - beads: a gold bead counts when the output has a bead with the same English and Chinese text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBeads } from '../../src/formats/beads.js';
import type { SeparatedBead, Separation } from '../../src/separate/index.js';

export const BILINGUAL = join(import.meta.dirname, '..', '..', 'corpora', 'bilingual');

export interface Gold {
  en: string[];
  zh: string[];
  beads: { src: number[]; tgt: number[] }[];
}

const lines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '');

export function readGold(name: string, dir = BILINGUAL): Gold {
  return {
    en: lines(join(dir, `${name}.en.sent`)),
    zh: lines(join(dir, `${name}.zh.sent`)),
    beads: parseBeads(readFileSync(join(dir, `${name}.gold`), 'utf8'), `${name}.gold`),
  };
}

const norm = (t: string) => t.replace(/\s+/g, '');
const key = (en: string[], zh: string[]) => `${norm(en.join(' '))}|${norm(zh.join(''))}`;

export interface Score {
  sentences: number;
  rightSide: number;
  wrongSide: string[];
  missing: string[];
  beads: number;
  beadsRight: number;
  beadsMissed: string[];
}

export function score(sep: Separation, beads: readonly SeparatedBead[], gold: Gold): Score {
  const sideText = { en: norm(sep.en.map((s) => s.text).join('')), zh: '' };
  sideText.zh = norm(sep.zh.map((s) => s.text).join(''));
  const missing: string[] = [];
  let rightSide = 0;
  for (const side of ['en', 'zh'] as const) {
    for (const s of gold[side]) {
      if (sideText[side].includes(norm(s))) rightSide++;
      else missing.push(`${side}: ${s}`);
    }
  }
  const goldText = { en: norm(gold.en.join('')), zh: norm(gold.zh.join('')) };
  const wrongSide: string[] = [];
  for (const [side, other] of [
    ['en', 'zh'],
    ['zh', 'en'],
  ] as const) {
    for (const s of sep[side]) {
      const t = norm(s.text);
      if (!goldText[side].includes(t) && goldText[other].includes(t)) wrongSide.push(s.text);
    }
  }
  const found = new Set(
    beads.map((b) =>
      key(
        b.src.map((i) => sep.en[i]!.text),
        b.tgt.map((i) => sep.zh[i]!.text),
      ),
    ),
  );
  const beadsMissed: string[] = [];
  for (const b of gold.beads) {
    const k = key(
      b.src.map((i) => gold.en[i]!),
      b.tgt.map((i) => gold.zh[i]!),
    );
    if (!found.has(k)) beadsMissed.push(k);
  }
  return {
    sentences: gold.en.length + gold.zh.length,
    rightSide: rightSide - wrongSide.length,
    wrongSide,
    missing,
    beads: gold.beads.length,
    beadsRight: gold.beads.length - beadsMissed.length,
    beadsMissed,
  };
}
