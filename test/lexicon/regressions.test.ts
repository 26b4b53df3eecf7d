import { describe, expect, it } from 'vitest';
import { extractCodes, extractQuantities } from '../../src/lexicon/figures.js';

describe('lexicon regressions', () => {
  it('reads every figure of a tab-separated table row', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(extractQuantities('收入\t1,862.4\t2,095.3', lang).map((q) => q.text)).toEqual([
        '1,862.4',
        '2,095.3',
      ]);
    }
  });

  it('ends a web address at Chinese text', () => {
    const codes = extractCodes('請瀏覽www.abd.com或電郵ir@abc.com查詢', 'zh');
    expect(codes.map((c) => [c.kind, c.text])).toEqual([
      ['url', 'www.abd.com'],
      ['email', 'ir@abc.com'],
    ]);
  });
});
