/**
 * Numbers, dates and codes (notes 7.2 seeds): equivalent forms give no finding; slips,
 * differences and missing or extra figures are flagged with a message saying what differs.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';

const same: [string, string, string][] = [
  ['numbers', 'RMB947.2 million', '人民幣947.2百萬元'],
  ['numbers', 'RMB947.2 million', '人民幣9.472億元'],
  ['numbers', 'RMB947.2 million', '人民幣94,720萬元'],
  ['numbers', 'RMB947.2 million', '人民幣947,200,000元'],
  ['numbers', 'RMB947.2 million', '人民幣9.47億元'],
  ['numbers', 'HK$1.5 billion', '15億港元'],
  ['numbers', 'HK$1.5 billion', '港幣15億元'],
  ['numbers', 'HK$1.5 billion', '1,500百萬港元'],
  ['numbers', '30%', '百分之三十'],
  ['numbers', '12.5%', '百分之十二點五'],
  ['numbers', 'HK3.50 cents', '3.50港仙'],
  ['numbers', 'RMB947 million', '人民幣9﹒47億元'],
  ['numbers', '1.5 billion shares', '１５億股'],
  ['numbers', '1,075 employees', '一千零七十五名僱員'],
  ['numbers', '947,200,000 shares', '九億四千七百二十萬股'],
  ['numbers', '245 staff', '兩百四十五名員工'],
  ['numbers', 'RMB12,340,000', '人民幣1,234萬元'],
  ['numbers', 'up 1.6 percentage points', '上升1.6個百分點'],
  ['numbers', 'a three-year loan', '三年期貸款'],
  ['dates', '25 April 2023', '2023年4月25日'],
  ['dates', 'April 25, 2023', '二零二三年四月二十五日'],
  ['dates', '25 April 2023', '二〇二三年四月二十五日'],
  ['dates', 'first half of 2024', '2024年上半年'],
  ['dates', 'for the year ended 31 December 2023', '截至二零二三年十二月三十一日止年度'],
  ['dates', 'for the six months ended 30 June 2024', '截至二零二四年六月三十日止六個月'],
  ['dates', 'Revenue\t2022\t2023', '收入\t二零二二年\t二零二三年'],
  ['codes', 'stock code: 2938', '股份代號：2938'],
  ['codes', 'Directive 2001/83/EC and ISO 9001:2015', '第2001/83/EC號指令及ISO 9001:2015'],
  ['codes', 'Companies Ordinance (Cap. 622)', '《公司條例》（第622章）'],
  ['codes', 'Rule 14.07 of Chapter 14A', '第14A章第14.07條'],
  ['codes', 'at www.hkexnews.hk or ir@jhkn-pharma.com', '於www.hkexnews.hk或ir@jhkn-pharma.com'],
];

describe('equivalent figures give no finding', () => {
  it.each(same)('%s: %s ≡ %s', (check, en, zh) => {
    expect(findingsOf(check, [[en, zh]])).toEqual([]);
  });
});

const flagged: [string, string, string, RegExp][] = [
  ['numbers', 'RMB947.2 million', '人民幣94.72億元', /×10\b/],
  [
    'numbers',
    'RMB947.2 million',
    '人民幣947.2億元',
    /RMB947\.2 million = 人民幣947,200,000元 but the Chinese says 人民幣947\.2億元 \(×100\)/,
  ],
  ['numbers', 'HK$1.5 billion', '1.5億港元', /×0\.1/],
  ['numbers', '30%', '百分之三', /×0\.1/],
  ['numbers', 'HK3.50 cents', 'HK$3.50', /×100/],
  [
    'numbers',
    'RMB663.04 million',
    '人民幣633.04百萬元',
    /but the Chinese says 人民幣633\.04百萬元/,
  ],
  ['numbers', '45.6%', '46.5%', /45\.6% but the Chinese says 46\.5%/],
  [
    'numbers',
    'up 1.6 percentage points from 2022',
    '較2022年有所上升',
    /1\.6 percentage points is not in the Chinese/,
  ],
  ['numbers', 'revenue rose', '收入上升20%', /the Chinese has 20%, which is not in the English/],
  ['numbers', 'up 3 percentage points', '上升3%', /percentage points.*a percentage/],
  ['numbers', 'RMB100 million', '100百萬港元', /CNY.*HKD/],
  ['dates', '25 April 2023', '二零二三年五月二十五日', /2023-04-25.*2023-05-25/],
  ['dates', 'first half of 2024', '2024年', /whole of 2024/],
  [
    'dates',
    'the year ended 31 December 2023',
    '截至二零二三年六月三十日止六個月',
    /shorter period/,
  ],
  ['dates', 'on 22 March 2024', '於2024年', /longer period/],
  ['dates', 'dated 22 March 2024', '日期為', /22 March 2024 .* is not in the Chinese/],
  ['codes', 'stock code: 2938', '股份代號：2983', /stock code 2938 but the Chinese says 2983/],
  [
    'codes',
    'Companies Ordinance (Cap. 622)',
    '《公司條例》（第32章）',
    /chapter number 622 but the Chinese says 32/,
  ],
  [
    'codes',
    'visit www.abc.com',
    '瀏覽www.abd.com',
    /URL www\.abc\.com but the Chinese says www\.abd\.com/,
  ],
  [
    'codes',
    'e-mail ir@abc.com',
    '電郵ir@abd.com',
    /e-mail address ir@abc\.com but the Chinese says ir@abd\.com/,
  ],
  [
    'codes',
    'e-mail ir@abc.com for details',
    '詳情請聯絡我們',
    /e-mail address ir@abc\.com is not in the Chinese/,
  ],
  ['codes', 'call (852) 2123 4567', '致電(852) 2123 4568', /telephone number/],
  [
    'codes',
    'certified to ISO 9001',
    '獲得ISO 9002認證',
    /standard ISO 9001 but the Chinese says ISO 9002/,
  ],
  ['codes', 'certified to the standard', '獲得GMP認證', /GMP in the Chinese is not in the English/],
];

describe('differing figures are flagged', () => {
  it.each(flagged)('%s: %s vs %s', (check, en, zh, message) => {
    const found = findingsOf(check, [[en, zh]]);
    expect(found.map((f) => f.message).join('\n')).toMatch(message);
  });

  it('scale slips are errors and point at both amounts', () => {
    const [f] = findingsOf('numbers', [
      ['The Consideration of RMB947.2 million is payable.', '代價人民幣947.2億元須予支付。'],
    ]);
    expect(f?.severity).toBe('error');
    expect(f?.flagged).toEqual({ source: 'RMB947.2 million', target: '人民幣947.2億元' });
    expect(f?.srcOffsets).toEqual([21, 37]);
    expect(f?.tgtOffsets).toEqual([2, 12]);
  });

  it('ambiguous readings (倍, 兆) are warnings', () => {
    const times = findingsOf('numbers', [['an increase of 1.5 times', '增加1.5倍']]);
    expect(times.some((f) => f.severity === 'warning' && /1\.5倍/.test(f.message))).toBe(true);
    const zhao = findingsOf('numbers', [['RMB2 trillion', '人民幣2兆元']]);
    expect(zhao.some((f) => f.severity === 'warning' && /兆/.test(f.message))).toBe(true);
  });

  it('a figure repeated in the English and given once in the Chinese is not missing', () => {
    expect(
      findingsOf('numbers', [['RMB10 million, being RMB10 million in cash', '人民幣10百萬元現金']]),
    ).toEqual([]);
  });

  it('a figure moved across a bead boundary is not missing', () => {
    expect(
      findingsOf('numbers', [
        ['The price is RMB5 million.', '價格為'],
        ['It is payable in cash.', '人民幣5百萬元，以現金支付。'],
      ]),
    ).toEqual([]);
  });
});
