/**
 * Scoring of glossary extraction (src/glossary/extract/eval.ts): folding of both sides, counts,
 * gold parsing; and a floor on the shipped gold sets so a regression in the miner fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { pairKey, parseGold, scoreItem, totals } from '../../src/glossary/extract/eval.js';
import { extractGlossary } from '../../src/glossary/extract/index.js';
import { ROOT } from '../helpers/cli.js';

describe('scoring', () => {
  it('folds script, 《》, revision suffix and PRC spellings', () => {
    expect(
      pairKey({
        en: 'Company Law of the Peoples Republic of China',
        zh: '《中華人民共和國公司法》',
      }),
    ).toBe(pairKey({ en: 'PRC Company Law', zh: '中华人民共和国公司法' }));
    expect(
      pairKey({
        en: 'Constitution of the PRC (2018 revision)',
        zh: '中華人民共和國憲法(2018年修正)',
      }),
    ).toBe(pairKey({ en: 'Constitution of the PRC', zh: '中華人民共和國憲法' }));
    expect(pairKey({ en: 'Company Law', zh: '公司法' })).not.toBe(
      pairKey({ en: 'Securities Law', zh: '公司法' }),
    );
  });

  it('counts true positives, false positives and misses; duplicates once', () => {
    const gold = [
      { en: 'A Law', zh: '甲法' },
      { en: 'B Law', zh: '乙法' },
    ];
    const s = scoreItem('x', gold, [
      { en: 'A Law', zh: '甲法' },
      { en: 'a law', zh: '甲法' },
      { en: 'C Law', zh: '丙法' },
    ]);
    expect([s.tp, s.fp.length, s.fn.length]).toEqual([1, 1, 1]);
    expect(totals([s])).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(totals([])).toMatchObject({ precision: 1, recall: 1 });
  });

  it('rejects a gold line without id, pairs and text or src+tgt', () => {
    expect(() => parseGold('{"id": "a", "pairs": []}\n', 'g.jsonl')).toThrow(InputError);
    expect(() => parseGold('\n{oops\n', 'g.jsonl')).toThrow(/not valid JSON/);
    expect(parseGold('# comment\n{"id": "a", "text": "t", "pairs": []}\n', 'g.jsonl')).toHaveLength(
      1,
    );
  });
});

describe('the shipped inline gold sets', () => {
  for (const name of ['inline-dev', 'inline-test', 'inline-blind']) {
    it(`${name}: precision ≥ 0.95 and recall ≥ 0.9`, () => {
      const file = join(ROOT, 'corpora', 'glossary-mining', `${name}.jsonl`);
      const scores = parseGold(readFileSync(file, 'utf8'), file).map((item) => {
        const found = extractGlossary([{ kind: 'text', file: item.id, text: item.text! }]).terms;
        return scoreItem(
          item.id,
          item.pairs,
          found.map((t) => ({ en: t.en, zh: t.zhHant })),
        );
      });
      const t = totals(scores);
      expect(t.precision, JSON.stringify(scores.filter((s) => s.fp.length))).toBeGreaterThanOrEqual(
        0.95,
      );
      expect(t.recall, JSON.stringify(scores.filter((s) => s.fn.length))).toBeGreaterThanOrEqual(
        0.9,
      );
    });
  }
});
