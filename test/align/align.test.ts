import { describe, expect, it } from 'vitest';
import { align, alignPrepared, preparePair } from '../../src/align/align.js';
import { lineSegments } from '../../src/align/lines.js';
import { serialiseLexicon } from '../../src/lexicon/cedict.js';
import { stem } from '../../src/lexicon/english.js';
import { createLexicon } from '../../src/lexicon/lexicon.js';
import type { Segment } from '../../src/types.js';

/** A small hand-made lexicon, so that these tests do not depend on CC-CEDICT. */
const LEXICON = createLexicon(
  serialiseLexicon(
    new Map(
      Object.entries({
        公司: 'company',
        去年: 'last year',
        收入: 'revenue income',
        增加: 'increase',
        百分之: 'percent',
        十: '10',
        董事会: 'board directors',
        批准: 'approve',
        新: 'new',
        计划: 'plan',
        天气: 'weather',
        好: 'good fine',
        孩子: 'child',
        公园: 'park',
        玩: 'play',
        银行: 'bank',
        降低: 'lower reduce',
        贷款: 'loan',
        利率: 'interest rate',
        股东: 'shareholder',
        大会: 'meeting',
        五月: 'May',
        举行: 'hold',
        累: 'tired',
        睡觉: 'sleep',
        去: 'go',
        报告: 'report',
        读者: 'reader',
        中文: 'chinese',
        版本: 'version',
        附件: 'annex',
      }).map(([zh, en]) => [zh, en.split(' ').map((w) => (/^\d+$/.test(w) ? w : stem(w)))]),
    ),
    'test',
  ),
);

const ZH = [
  '公司去年的收入增加了百分之十。',
  '董事会批准了新的计划。',
  '天气很好，孩子们在公园里玩。',
  '银行降低了贷款利率。',
  '股东大会将在五月举行。',
  '他很累。',
  '他去睡觉了。',
];
const EN = [
  "The company's revenue increased by ten percent last year.",
  'The board approved the new plan.',
  'The weather was fine.',
  'The children played in the park.',
  'The bank lowered the interest rate on loans.',
  'The general meeting of shareholders will be held in May.',
  'He was tired and went to sleep.',
];
// zh first
const GOLD = [
  [[0], [0]],
  [[1], [1]],
  [[2], [2, 3]],
  [[3], [4]],
  [[4], [5]],
  [[5, 6], [6]],
];

const segs = (lines: string[], lang: 'zh' | 'en'): Segment[] =>
  lineSegments(`${lines.join('\n')}\n`, lang);
const indexes = (beads: { src: number[]; tgt: number[] }[]) => beads.map((b) => [b.src, b.tgt]);
const options = { lexicon: LEXICON, termPairs: [] };

describe('align on small documents whose beads are known', () => {
  it('finds 1-1, 1-2 and 2-1 beads from Chinese to English', () => {
    const r = align(segs(ZH, 'zh'), segs(EN, 'en'), options);
    expect(indexes(r.beads)).toEqual(GOLD);
    expect(r.srcLang).toBe('zh');
    expect(r.tgtLang).toBe('en');
    expect(r.parallel).toBe(true);
  });

  it('finds the same beads from English to Chinese', () => {
    const r = align(segs(EN, 'en'), segs(ZH, 'zh'), options);
    expect(indexes(r.beads)).toEqual(GOLD.map(([z, e]) => [e, z]));
    expect(r.srcLang).toBe('en');
  });

  const omitted =
    '这份报告没有英文翻译，读者只能参考中文版本的全部内容和附件，本段在英文本中完全省略，篇幅很长，' +
    '也没有任何对应的句子，因此对齐时应当单独成为一个没有译文的片段，而不是并入前后的句子。';
  const withOmission = [...ZH.slice(0, 3), omitted, ...ZH.slice(3)];

  it('leaves a long sentence with no counterpart in a 1-0 bead, both directions', () => {
    const r = align(segs(withOmission, 'zh'), segs(EN, 'en'), options);
    expect(indexes(r.beads)).toContainEqual([[3], []]);
    expect(indexes(r.beads)).toContainEqual([[4], [4]]);
    const back = align(segs(EN, 'en'), segs(withOmission, 'zh'), options);
    expect(indexes(back.beads)).toContainEqual([[], [3]]);
  });

  it('gives every bead a confidence in [0, 1] and marks the weak ones for review', () => {
    const r = align(segs(ZH, 'zh'), segs(EN, 'en'), { ...options, reviewThreshold: 0.99 });
    for (const b of r.beads) {
      expect(b.score).toBeGreaterThanOrEqual(0);
      expect(b.score).toBeLessThanOrEqual(1);
      expect(b.review).toBe(b.score < 0.99);
    }
    const strict = align(segs(ZH, 'zh'), segs(EN, 'en'), { ...options, reviewThreshold: 0 });
    expect(strict.beads.every((b) => !b.review)).toBe(true);
  });

  it('covers every sentence exactly once, in order', () => {
    const r = align(segs(ZH, 'zh'), segs(EN.slice(0, 4), 'en'), options);
    expect(r.beads.flatMap((b) => b.src)).toEqual(ZH.map((_, i) => i));
    expect(r.beads.flatMap((b) => b.tgt)).toEqual([0, 1, 2, 3]);
  });

  it('searches only the shapes it is given', () => {
    const shapes: [number, number][] = [
      [1, 1],
      [1, 2],
      [2, 1],
    ];
    const r = align(segs(ZH, 'zh'), segs(EN, 'en'), { ...options, shapes });
    expect(indexes(r.beads)).toEqual(GOLD);
    const oneToOne = align(segs(ZH.slice(0, 2), 'zh'), segs(EN.slice(0, 2), 'en'), {
      ...options,
      shapes: [[1, 1]],
    });
    expect(indexes(oneToOne.beads)).toEqual(GOLD.slice(0, 2));
  });

  it('handles an empty side', () => {
    const r = align(segs(ZH.slice(0, 2), 'zh'), [], options);
    expect(indexes(r.beads)).toEqual([
      [[0], []],
      [[1], []],
    ]);
    expect(align([], [], options).beads).toEqual([]);
  });

  it('reads glossary pairs as lexicon entries', () => {
    const zh = ['本公司遵守知识产权条例。', '董事会批准了新的计划。'];
    const en = [
      'The company complies with the Intellectual Property Ordinance.',
      'The board approved the new plan.',
    ];
    const prepared = preparePair(segs(zh, 'zh'), segs(en, 'en'), {
      ...options,
      termPairs: [{ zh: '知識產權條例', en: 'Intellectual Property Ordinance' }],
    });
    const keys = prepared.srcTokens[0]!.flatMap((t) => t.keys);
    expect(keys).toContain(stem('ordinance'));
    expect(indexes(alignPrepared(prepared, options).beads)).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
  });
});

describe('paragraphs first', () => {
  it('cuts the alignment at confidently aligned paragraph boundaries', () => {
    const para = (segments: Segment[], sizes: number[]) => {
      let k = 0;
      sizes.forEach((size, p) => {
        for (let x = 0; x < size; x++) segments[k++]!.paragraph = p;
      });
      return segments;
    };
    const zh = para(segs(ZH, 'zh'), [2, 2, 3]);
    const en = para(segs(EN, 'en'), [2, 3, 2]);
    const r = align(zh, en, options);
    expect(r.stats.chunks).toBe(3);
    expect(indexes(r.beads)).toEqual(GOLD);
    const flat = align(zh, en, { ...options, paragraphs: false });
    expect(flat.stats.chunks).toBe(1);
    expect(indexes(flat.beads)).toEqual(GOLD);
  });
});

describe('long documents', () => {
  const pair = (k: number): [string, string] => [
    `董事会于第${k}次会议批准了银行贷款计划。`,
    `At meeting ${k} the board approved the bank loan plan.`,
  ];

  it('cross a long passage that one version leaves out, coarse to fine', () => {
    const n = 400;
    const gapAt = 200;
    const gap = 60;
    const zh: string[] = [];
    const en: string[] = [];
    for (let k = 0; k < n; k++) {
      if (k === gapAt) for (let g = 0; g < gap; g++) zh.push(`股东于五月收到第${5000 + g}号通知。`);
      const [z, e] = pair(k);
      zh.push(z);
      en.push(e);
    }
    const r = align(segs(zh, 'zh'), segs(en, 'en'), options);
    expect(r.stats.nodes).toBeLessThan(((n + gap) * n) / 4); // a corridor, not the full lattice
    const beads = indexes(r.beads);
    // the gap's first and last sentences may join their neighbours' beads
    expect(beads.filter((b) => b[1]!.length === 0).length).toBeGreaterThan(gap - 6);
    for (let g = 3; g < gap - 3; g++) expect(beads).toContainEqual([[gapAt + g], []]);
    for (const k of [0, 100, gapAt - 2, gapAt + 2, 300, n - 1]) {
      const z = k < gapAt ? k : k + gap;
      expect(beads).toContainEqual([[z], [k]]);
    }
  });
});

describe('documents that are not translations of each other', () => {
  it('are reported as not parallel, their beads all for review', () => {
    const zh = Array.from({ length: 12 }, (_, k) => ZH[k % ZH.length]!);
    const en = [
      'Rain is expected over the mountains tomorrow afternoon.',
      'The museum opens a new exhibition of ancient pottery.',
      'Our cat sleeps on the sofa every evening.',
      'Engineers repaired the old bridge over the river.',
      'The orchestra rehearsed the symphony twice.',
      'Farmers harvested rice before the storm arrived.',
      'She painted the kitchen a pale shade of green.',
      'The train to the coast was delayed by snow.',
      'Students wrote essays about medieval castles.',
      'A lighthouse guides ships along the rocky shore.',
      'The bakery sells bread with olives and herbs.',
      'Astronomers observed a comet near the horizon.',
    ];
    const r = align(segs(zh, 'zh'), segs(en, 'en'), options);
    expect(r.parallel).toBe(false);
    expect(r.parallelScore).toBeLessThan(0.3);
    expect(r.beads.every((b) => b.review)).toBe(true);
    const ok = align(
      segs(zh, 'zh'),
      segs(
        Array.from({ length: 12 }, (_, k) => EN[k % 7]!),
        'en',
      ),
      options,
    );
    expect(ok.parallelScore).toBeGreaterThan(0.5);
  });
});
