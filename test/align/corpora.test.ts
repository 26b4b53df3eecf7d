/**
 * The acceptance figures on the shared development corpora (skipped when /work/shared or the
 * built lexicon is absent): MAC-Dev strict F1 ≥ 0.85, regulatory-zh-en-dev lax F1 ≥ 0.98.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/align.js';
import { type DocCounts, documentCounts, scoresOf, swapSides } from '../../src/align/eval.js';
import { lineSegments } from '../../src/align/lines.js';
import { parseBeads } from '../../src/formats/beads.js';
import { hasShippedLexicon } from '../../src/lexicon/lexicon.js';
import { SHARED } from '../helpers/cli.js';

const MAC = join(SHARED, 'corpora', 'mac-dev');
const REG = join(SHARED, 'corpora', 'regulatory-zh-en-dev', 'sent');

function evaluate(dir: string, from: 'zh' | 'en' = 'zh') {
  const counts: DocCounts[] = [];
  for (const doc of readdirSync(dir).filter((f) => f.endsWith('.gold'))) {
    const name = basename(doc, '.gold');
    const zh = lineSegments(readFileSync(join(dir, `${name}.zh`), 'utf8'), 'zh');
    const en = lineSegments(readFileSync(join(dir, `${name}.en`), 'utf8'), 'en');
    const gold = parseBeads(readFileSync(join(dir, doc), 'utf8'));
    const beads = from === 'zh' ? align(zh, en).beads : swapSides(align(en, zh).beads);
    counts.push(documentCounts(gold, beads));
  }
  return scoresOf(counts);
}

describe.skipIf(!existsSync(MAC) || !hasShippedLexicon())('MAC-Dev (literary zh-en)', () => {
  it('reaches strict F1 ≥ 0.85 from Chinese to English', () => {
    const s = evaluate(MAC);
    expect(s.f1Strict).toBeGreaterThanOrEqual(0.85);
    expect(s.f1Lax).toBeGreaterThanOrEqual(0.98);
  });

  it('does as well from English to Chinese', () => {
    expect(evaluate(MAC, 'en').f1Strict).toBeGreaterThanOrEqual(0.85);
  });

  it('tells a chapter from an unrelated one', () => {
    const zh = lineSegments(readFileSync(join(MAC, '001.zh'), 'utf8'), 'zh');
    const en = lineSegments(readFileSync(join(MAC, '001.en'), 'utf8'), 'en');
    const other = lineSegments(readFileSync(join(MAC, '006.en'), 'utf8'), 'en');
    const good = align(zh, en);
    const bad = align(zh, other);
    expect(good.parallel).toBe(true);
    expect(bad.parallel).toBe(false);
    expect(good.parallelScore - bad.parallelScore).toBeGreaterThan(0.5);
  });
});

describe.skipIf(!existsSync(REG) || !hasShippedLexicon())('regulatory-zh-en-dev (sent/)', () => {
  it('reaches lax F1 ≥ 0.98', () => {
    expect(evaluate(REG).f1Lax).toBeGreaterThanOrEqual(0.98);
  });
});
