import { describe, expect, it } from 'vitest';
import { fullBand } from '../../src/align/band.js';
import {
  beadLengthRatio,
  type CostParams,
  estimateLengthModel,
  lengthCost,
  makeScorer,
  negLogErfc,
} from '../../src/align/cost.js';
import { buildPairFeatures, coarsen, sliceSide } from '../../src/align/features.js';
import type { RawToken } from '../../src/align/tokens.js';

const tok = (type: string, ...keys: string[]): RawToken => ({
  type,
  keys: keys.length ? keys : [type],
});

// Chinese side: tokens offer English keys; English side: its stems
const ZH: RawToken[][] = [
  [tok('公司', 'compani'), tok('收入', 'revenu', 'incom')],
  [tok('董事会', 'board'), tok('批准', 'approv')],
  [tok('天气', 'weather')],
  [tok('银行', 'bank'), tok('贷款', 'loan')],
];
const EN: RawToken[][] = [
  [tok('compani'), tok('revenu'), tok('rise')],
  [tok('board'), tok('approv')],
  [tok('weather'), tok('fine')],
  [tok('children'), tok('park')],
  [tok('bank'), tok('loan')],
];
const ZH_LEN = [15, 11, 6, 10];
const EN_LEN = [50, 30, 20, 30, 40];

const PARAMS: CostParams = {
  lexWeight: 4,
  lenWeight: 0.5,
  nullPenalty: 8,
  emptySim: 0.3,
  shapePenalty: { '1-1': 0, '1-2': 2, '2-1': 3 },
};
const SHAPES = [
  [1, 1],
  [1, 2],
  [2, 1],
  [1, 0],
  [0, 1],
] as const;

function scorer(srcIsZh = true, params: CostParams = PARAMS) {
  const f = srcIsZh
    ? buildPairFeatures(ZH, ZH_LEN, EN, EN_LEN)
    : buildPairFeatures(EN, EN_LEN, ZH, ZH_LEN);
  const length = srcIsZh
    ? estimateLengthModel(ZH_LEN, EN_LEN)
    : estimateLengthModel(ZH_LEN, EN_LEN);
  return { f, s: makeScorer(f, fullBand(f.src.n, f.tgt.n), SHAPES, params, length, srcIsZh) };
}

describe('features', () => {
  it('keeps only keys both sides have, and weights rare tokens more', () => {
    const { f } = scorer();
    expect(f.keys).not.toContain('incom');
    expect(f.keys).not.toContain('rise');
    // 'rise', 'fine', 'children', 'park' match nothing on the Chinese side: dropped
    expect(f.tgt.tokStart[4]! - f.tgt.tokStart[3]!).toBe(0);
    expect(f.src.mass[0]).toBeGreaterThan(0);
  });

  it('merges neighbours in coarse copies and slices without changing tokens', () => {
    const { f } = scorer();
    const c = coarsen(f.src);
    expect(c.n).toBe(2);
    expect(c.len[0]).toBe(26);
    expect(c.mass[0]).toBeCloseTo(f.src.mass[0]! + f.src.mass[1]!);
    const s = sliceSide(f.src, 1, 3);
    expect(s.n).toBe(2);
    expect(s.mass[0]).toBe(f.src.mass[1]);
    expect([...s.ids.slice(s.idStart[0]!, s.idStart[1]!)]).toEqual([
      ...f.src.ids.slice(
        f.src.idStart[f.src.tokStart[1]!]!,
        f.src.idStart[f.src.tokStart[1]! + 1]!,
      ),
    ]);
  });
});

describe('bead costs', () => {
  it('scores the share of token weight with a translation inside the bead', () => {
    const { s } = scorer();
    expect(s.similarity(1, 1, 1, 1)).toBeCloseTo(1); // 公司 收入 ↔ company revenue
    expect(s.similarity(2, 2, 1, 1)).toBeCloseTo(1);
    expect(s.similarity(1, 2, 1, 1)).toBe(0); // 公司 收入 ↔ board approved
    // [2]:[2,3]: 天气 ↔ weather (+ an English sentence with nothing matchable)
    expect(s.similarity(3, 4, 1, 2)).toBeCloseTo(1);
    // [0,1]:[0]: half of the weight finds no translation
    const half = s.similarity(2, 1, 2, 1);
    expect(half).toBeGreaterThan(0.3);
    expect(half).toBeLessThan(0.7);
  });

  it('prefers the right bead, and orients shape penalties by language', () => {
    const { s } = scorer();
    expect(s.cost(1, 1, 1, 1)).toBeLessThan(s.cost(1, 2, 1, 2));
    expect(s.cost(1, 0, 1, 0)).toBe(8);
    expect(s.bound(1, 2)).toBe(2); // one Chinese, two English
    expect(s.bound(2, 1)).toBe(3);
    const en = scorer(false).s;
    expect(en.bound(2, 1)).toBe(2); // two English, one Chinese = '1-2'
    expect(en.bound(1, 2)).toBe(3);
    expect(en.similarity(1, 1, 1, 1)).toBeCloseTo(1);
  });

  it('charges for sentences with no match inside a many-sentence bead only with deadWeight', () => {
    const plain = scorer().s;
    const dead = scorer(true, { ...PARAMS, deadWeight: 2 }).s;
    // [0,1]:[0]: 董事会 批准 has no match in "company revenue rise"
    expect(dead.cost(2, 1, 2, 1) - plain.cost(2, 1, 2, 1)).toBeGreaterThan(1);
    expect(dead.cost(1, 1, 1, 1)).toBeCloseTo(plain.cost(1, 1, 1, 1));
  });
});

describe('length cost', () => {
  it('is 0 for the expected length and grows with the difference', () => {
    const model = { ratio: 3, variance: 20 };
    expect(lengthCost(10, 30, model)).toBeCloseTo(0, 5);
    const near = lengthCost(10, 36, model);
    const far = lengthCost(10, 60, model);
    expect(near).toBeGreaterThan(0);
    expect(far).toBeGreaterThan(near);
    expect(lengthCost(10, 0, model)).toBeGreaterThan(far);
    // table and direct formula agree
    const z = 30 / Math.sqrt(2 * 20 * 45);
    expect(lengthCost(10, 60, model)).toBeCloseTo(negLogErfc(z), 3);
    expect(negLogErfc(0)).toBeCloseTo(0, 4);
    expect(negLogErfc(3)).toBeCloseTo(-Math.log(2.209049699858544e-5), 3);
  });

  it('estimates the ratio from beads robustly against left-out text', () => {
    const zh = [10, 10, 10, 90];
    const en = [30, 33, 27, 0];
    expect(estimateLengthModel(zh, en).ratio).toBeCloseTo(0.75);
    const beads = [
      { src: [0], tgt: [0] },
      { src: [1], tgt: [1] },
      { src: [2, 3], tgt: [2] },
    ];
    expect(beadLengthRatio(zh, en, beads)).toBeCloseTo(3);
    expect(beadLengthRatio(zh, en, beads.slice(0, 2))).toBeUndefined();
  });
});
