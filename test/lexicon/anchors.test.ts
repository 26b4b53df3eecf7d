import { describe, expect, it } from 'vitest';
import { anchorKeys } from '../../src/lexicon/anchors.js';

const shared = (en: string, zh: string): string[] => {
  const z = new Set(anchorKeys(zh, 'zh'));
  return anchorKeys(en, 'en').filter((k) => z.has(k));
};

describe('anchorKeys', () => {
  it.each([
    [
      'Revenue increased by 12.5% to RMB947.2 million for the year ended 31 December 2023.',
      '截至二零二三年十二月三十一日止年度，收益增加百分之十二點五至人民幣947.2百萬元。',
      ['pct:12.5', 'num:947200000', 'amt:CNY:947200000', 'period:2023-01-01/2023-12-31'],
    ],
    [
      'Revenue was RMB947.2 million.',
      '收益為人民幣9.472億元。',
      ['num:947200000', 'amt:CNY:947200000'],
    ],
    [
      'The Company (Stock Code: 6855) passed the EU GMP audit on 25 April 2023.',
      '本公司（股份代號：6855）於二〇二三年四月二十五日通過歐盟GMP審計。',
      ['code:stock:6855', 'latin:gmp', 'date:2023-04-25'],
    ],
    [
      'under the Companies Ordinance (Cap. 622) and Rule 14.07',
      '根據《公司條例》（第622章）及第14.07條',
      ['cap:622', 'rule:14.07'],
    ],
    [
      'The Group had 1,075 employees in the first half of 2024.',
      '於2024年上半年，本集團共有一千零七十五名僱員。',
      ['num:1075', 'period:2024-01-01/2024-06-30'],
    ],
    [
      'a final dividend of HK3.50 cents per share (31 December 2022: HK3.00 cents)',
      '末期股息每股3.50港仙（2022年12月31日：3.00港仙）',
      ['num:0.035', 'amt:HKD:0.035', 'date:2022-12-31', 'num:0.03', 'amt:HKD:0.03'],
    ],
    [
      'Gross margin rose by 3.5 percentage points in FY2023.',
      '2023財政年度毛利率上升3.5個百分點。',
      ['pp:3.5', 'fy:2023'],
    ],
    ['Revenue increased by 150%.', '收益增加1.5倍。', ['pct:150']],
  ])('%s ⟷ %s', (en, zh, expected) => {
    expect(shared(en, zh).sort()).toEqual([...expected].sort());
  });

  it('keeps the keys of a sentence distinct and drops ordinary words', () => {
    const keys = anchorKeys('The Board (the Board) approved RMB5 million and RMB5 million.', 'en');
    expect(keys).toEqual(['num:5000000', 'amt:CNY:5000000']);
  });

  it('gives slips different keys', () => {
    expect(shared('RMB947.2 million', '人民幣94.72億元')).toEqual([]);
    expect(shared('HK$1.5 billion', '1.5億港元')).toEqual([]);
    expect(shared('30%', '百分之三')).toEqual([]);
  });

  it('returns nothing for a sentence without figures, dates or codes', () => {
    expect(anchorKeys('The Board is pleased to announce the results.', 'en')).toEqual([]);
    expect(anchorKeys('董事會欣然宣佈本集團的業績。', 'zh')).toEqual([]);
  });
});
