import { describe, expect, it } from 'vitest';
import { compareQuantities } from '../../src/lexicon/compare.js';
import { toPlain } from '../../src/lexicon/decimal.js';
import { extractQuantities } from '../../src/lexicon/quantities.js';
import type { Quantity } from '../../src/lexicon/types.js';

/** The one quantity in `text`; the language is taken from the text. */
function q(text: string): Quantity {
  const lang = /\p{Script=Han}/u.test(text) ? 'zh' : 'en';
  const qs = extractQuantities(text, lang);
  if (qs.length !== 1) throw new Error(`${qs.length} quantities in ${text}`);
  return qs[0]!;
}

describe('compareQuantities: numbers equal (notes 7.2)', () => {
  it.each([
    ['RMB947.2 million', '人民幣947.2百萬元'],
    ['RMB947.2 million', '人民幣9.472億元'],
    ['RMB947.2 million', '人民幣94,720萬元'],
    ['RMB947.2 million', '人民幣947,200,000元'],
    ['人民幣9.472億元', '人民幣94,720萬元'],
    ['RMB947.2 million', '人民幣9.47億元'], // rounded: within the coarser precision
    ['RMB947.2 million', '人民币947.2百万元'],
    ['HK$1.5 billion', '15億港元'],
    ['HK$1.5 billion', '港幣15億元'],
    ['HK$1.5 billion', '1,500百萬港元'],
    ['HK$1.5 billion', '15亿港元'],
    ['HK$100.4 million', '100.4百萬港元'],
    ['HK$100.4 million', '港幣100.4百萬元'],
    ['30%', '百分之三十'],
    ['12.5%', '百分之十二點五'],
    ['17.3%', '17﹒3%'],
    ['HK3.50 cents', '3.50港仙'],
    ['HK$0.035', '3.50港仙'],
    ['RMB17.15 cents', '人民幣17.15分'],
    ['RMB947 million', '9﹒47億元'], // no currency on the Chinese side
    ['1.5 billion', '１５億'],
    ['1.5 billion', '15億'],
    ['12.34 million', '1,234萬'],
    ['1,075', '一千零七十五'],
    ['245', '兩百四十五'],
    ['947,200,000', '九億四千七百二十萬'],
    ['3.5 percentage points', '3.5個百分點'],
    ['1.5 times', '1.5倍'],
    ['increased by 150%', '增加1.5倍'], // ambiguous: either reading matches
    ['2.5 times', '增加1.5倍'],
    ['1.5 times', '增加1.5倍'],
    ['US$200 million', '2億美元'],
    ['three', '三名'],
  ])('%s ≡ %s', (a, b) => {
    expect(compareQuantities(q(a), q(b))).toBe('equal');
    expect(compareQuantities(q(b), q(a))).toBe('equal');
  });
});

describe('compareQuantities: numbers differ (must flag)', () => {
  it.each([
    ['RMB947.2 million', '人民幣94.72億元', 'scale-slip'], // ×10
    ['HK$1.5 billion', '1.5億港元', 'scale-slip'], // ÷10
    ['30%', '百分之三', 'scale-slip'],
    ['3.50港仙', 'HK$3.50', 'scale-slip'], // ×100: cents against dollars
    ['HK3.50 cents', '3.50港元', 'scale-slip'],
    ['RMB947.2 million', '人民幣947.2萬元', 'scale-slip'], // 百萬 → 萬
    ['RMB947.2 million', '人民幣947.2元', 'scale-slip'], // scale word dropped
    ['RMB947.2 million', '人民幣974.2百萬元', 'different'], // transposed digits
    ['RMB947.2 million', '人民幣946.2百萬元', 'different'],
    ['RMB947.2 million', '人民幣9.46億元', 'different'], // outside 0.5 × 10^6
    ['12.5%', '百分之十二', 'different'],
    ['31%', '百分之三十', 'different'], // 三十 is exact, not "about 30"
    ['HK$1.5 billion', '人民幣15億元', 'unit-mismatch'],
    ['US$2 million', '2百萬港元', 'unit-mismatch'],
    ['3.5 percentage points', '3.5%', 'unit-mismatch'],
    ['12.5%', '人民幣12.5元', 'unit-mismatch'],
    ['1.5 times', '1.5%', 'unit-mismatch'],
    ['(1,234)', '1,234', 'sign-differs'],
    ['-5%', '5%', 'sign-differs'],
    ['3.5 times', '增加1.5倍', 'different'],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(compareQuantities(q(a), q(b))).toBe(expected);
    expect(compareQuantities(q(b), q(a))).toBe(expected);
  });

  it('9﹒47億元 is 947,000,000', () => {
    expect(toPlain(q('9﹒47億元').value)).toBe('947000000');
  });
});
