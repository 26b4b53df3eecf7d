import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/lexicon/decimal.js';
import { extractQuantities } from '../../src/lexicon/quantities.js';
import type { Quantity } from '../../src/lexicon/types.js';

type Lang = 'en' | 'zh';

/** kind, value, currency, precision of the one quantity in `text`. */
function one(text: string, lang: Lang): string {
  const qs = extractQuantities(text, lang);
  if (qs.length !== 1) return `${qs.length} quantities: ${qs.map((q) => q.text).join(' | ')}`;
  const q = qs[0]!;
  return [q.kind, toPlain(q.value), q.currency ?? '-', `p${q.precision}`].join(' ');
}

function checkOffsets(text: string, qs: Quantity[]): void {
  for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text);
}

describe('English quantities', () => {
  it.each([
    ['RMB947.2 million', 'amount 947200000 CNY p5'],
    ['RMB 947.2 million', 'amount 947200000 CNY p5'],
    ['RMB947.2mn', 'amount 947200000 CNY p5'],
    ['HK$1.5 billion', 'amount 1500000000 HKD p8'],
    ['HK$1.5bn', 'amount 1500000000 HKD p8'],
    ['US$2 million', 'amount 2000000 USD p6'],
    ['US$2m', 'amount 2000000 USD p6'],
    ['HKD 3 billion', 'amount 3000000000 HKD p9'],
    ['3 billion Hong Kong dollars', 'amount 3000000000 HKD p9'],
    ['RMB26.20 billion', 'amount 26200000000 CNY p7'],
    ['RMB2,138 million', 'amount 2138000000 CNY p6'],
    ['HK3.50 cents', 'amount 0.035 HKD p-4'],
    ['HK$0.035', 'amount 0.035 HKD p-3'],
    ['RMB17.15 cents', 'amount 0.1715 CNY p-4'],
    ['€5 million', 'amount 5000000 EUR p6'],
    ['£5.5 million', 'amount 5500000 GBP p5'],
    ['US$1 trillion', 'amount 1000000000000 USD p12'],
    ['12.5%', 'percent 12.5 - p-1'],
    ['12.5 per cent', 'percent 12.5 - p-1'],
    ['12.5 percent', 'percent 12.5 - p-1'],
    ['3.5 percentage points', 'percentage-points 3.5 - p-1'],
    ['50 basis points', 'basis-points 50 - p0'],
    ['1.5 times', 'times 1.5 - p-1'],
    ['1,075', 'number 1075 - p0'],
    ['3 thousand', 'number 3000 - p3'],
    ['(1,234)', 'number -1234 - p0'],
    ['(1,234.5)', 'number -1234.5 - p-1'],
    ['-5%', 'percent -5 - p0'],
    ['twenty-five', 'number 25 - p0'],
    ['three million', 'number 3000000 - p6'],
    ['one hundred and twenty', 'number 120 - p0'],
    ['five per cent', 'percent 5 - p0'],
  ])('%s → %s', (text, expected) => {
    expect(one(text, 'en')).toBe(expected);
  });

  it('finds every figure of a sentence with its offsets', () => {
    const text =
      'Revenue was approximately RMB947.2 million (2022: RMB812.5 million), up 16.6%, and a final dividend of HK3.50 cents per share (2022: HK3.00 cents) is proposed.';
    const qs = extractQuantities(text, 'en');
    checkOffsets(text, qs);
    expect(qs.map((q) => q.text)).toEqual([
      'RMB947.2 million',
      'RMB812.5 million',
      '16.6%',
      'HK3.50 cents',
      'HK3.00 cents',
    ]);
    expect(qs[0]!.approximate).toBe(true);
    expect(qs[1]!.approximate).toBeUndefined();
    expect(qs[3]!.perShare).toBe(true);
  });

  it('reads bracketed table negatives and keeps the brackets in the span', () => {
    const text = 'Loss for the year (1,234) 5,678';
    const qs = extractQuantities(text, 'en');
    checkOffsets(text, qs);
    expect(qs.map((q) => [q.text, q.negative ?? false])).toEqual([
      ['(1,234)', true],
      ['5,678', false],
    ]);
  });

  it('tells table negatives from brackets of the prose', () => {
    const text =
      'Net loss RMB(1,234.5) million, (12.5%) of revenue, (12.5)% in tables (2022: 1,000)';
    const qs = extractQuantities(text, 'en');
    checkOffsets(text, qs);
    expect(qs.map((q) => [q.text, toPlain(q.value)])).toEqual([
      ['RMB(1,234.5) million', '-1234500000'],
      ['12.5%', '12.5'],
      ['(12.5)%', '-12.5'],
      ['1,000', '1000'],
    ]);
  });

  it('skips list markers, times of day and column headings', () => {
    expect(extractQuantities('(3) Where personal information is involved', 'en')).toEqual([]);
    expect(extractQuantities('1. Introduction', 'en')).toEqual([]);
    expect(extractQuantities("RMB'000", 'en')).toEqual([]);
    expect(extractQuantities('at 10:00 a.m., 12:00 noon or 2.30 p.m.', 'en')).toEqual([]);
    expect(one('Room 1201', 'en')).toBe('number 1201 - p0');
  });

  it('leaves bare one alone but reads one hundred', () => {
    expect(extractQuantities('one of the directors', 'en')).toEqual([]);
    expect(one('one hundred', 'en')).toBe('number 100 - p0');
  });

  it.each([
    'Stock Code: 6855',
    '(Stock Code: 6855)',
    'pursuant to Rule 14.07 of the Listing Rules',
    'Rules 14.07 and 14.08',
    'the Companies Ordinance (Cap. 622)',
    'Chapter 14A of the Listing Rules',
    'Tel: +852 2345 6789',
    'in 2023',
    'on 31 December 2023',
    'for the year ended 31 December 2023',
    'ISO 14001:2015',
    'Directive 2001/83/EC',
    'Part XV of the SFO',
    'COVID-19',
    '5G networks',
    'www.example.com/2023/results.pdf',
    'FY2023',
    'H1 2024',
    '5m',
  ])('no quantity in %j', (text) => {
    expect(extractQuantities(text, 'en')).toEqual([]);
  });
});

describe('Chinese quantities', () => {
  it.each([
    ['人民幣947.2百萬元', 'amount 947200000 CNY p5'],
    ['人民幣9.472億元', 'amount 947200000 CNY p5'],
    ['人民幣94,720萬元', 'amount 947200000 CNY p4'],
    ['人民幣947,200,000元', 'amount 947200000 CNY p0'],
    ['人民幣2138百萬元', 'amount 2138000000 CNY p6'],
    ['人民幣 25.82 億元', 'amount 2582000000 CNY p6'],
    ['人民币947.2百万元', 'amount 947200000 CNY p5'],
    ['15億港元', 'amount 1500000000 HKD p8'],
    ['15亿港元', 'amount 1500000000 HKD p8'],
    ['港幣15億元', 'amount 1500000000 HKD p8'],
    ['港币15亿元', 'amount 1500000000 HKD p8'],
    ['1,500百萬港元', 'amount 1500000000 HKD p6'],
    ['100.4百萬港元', 'amount 100400000 HKD p5'],
    ['港幣100.4百萬元', 'amount 100400000 HKD p5'],
    ['2億美元', 'amount 200000000 USD p8'],
    ['HK$1.5億', 'amount 150000000 HKD p7'],
    ['3.50港仙', 'amount 0.035 HKD p-4'],
    ['港幣 18.767235 仙', 'amount 0.18767235 HKD p-8'],
    ['人民幣17.15分', 'amount 0.1715 CNY p-4'],
    ['人民幣一百萬元', 'amount 1000000 CNY p4'],
    ['9﹒47億元', 'amount 947000000 - p6'],
    ['9696萬元', 'amount 96960000 - p4'],
    ['百分之十二點五', 'percent 12.5 - p-1'],
    ['百分之十二点五', 'percent 12.5 - p-1'],
    ['百分之三十', 'percent 30 - p0'],
    ['百分之百', 'percent 100 - p0'],
    ['百分之25', 'percent 25 - p0'],
    ['17﹒3%', 'percent 17.3 - p-1'],
    ['0﹒1%', 'percent 0.1 - p-1'],
    ['12.5％', 'percent 12.5 - p-1'],
    ['3.5個百分點', 'percentage-points 3.5 - p-1'],
    ['3.5个百分点', 'percentage-points 3.5 - p-1'],
    ['3.5百分點', 'percentage-points 3.5 - p-1'],
    ['17﹒3%個百分點', 'percentage-points 17.3 - p-1'],
    ['50個基點', 'basis-points 50 - p0'],
    ['1﹒5倍', 'times 1.5 - p-1'],
    ['兩倍', 'times 2 - p0'],
    ['１５億', 'number 1500000000 - p8'],
    ['15億', 'number 1500000000 - p8'],
    ['1,234萬', 'number 12340000 - p4'],
    ['一千零七十五', 'number 1075 - p0'],
    ['九億四千七百二十萬', 'number 947200000 - p4'],
    ['兩百四十五', 'number 245 - p0'],
    ['負5%', 'percent -5 - p0'],
    ['负5%', 'percent -5 - p0'],
    ['（1,234）', 'number -1234 - p0'],
    ['三名董事', 'number 3 - p0'],
    ['兩家附屬公司', 'number 2 - p0'],
  ])('%s → %s', (text, expected) => {
    expect(one(text, 'zh')).toBe(expected);
  });

  it('finds every figure of a sentence with its offsets, full-width forms included', () => {
    const text =
      '收入為人民幣947.2百萬元（2022年：人民幣812.5百萬元），增加16.6%；收益為１５億港元，增長１２．５％。';
    const qs = extractQuantities(text, 'zh');
    checkOffsets(text, qs);
    expect(qs.map((q) => q.text)).toEqual([
      '人民幣947.2百萬元',
      '人民幣812.5百萬元',
      '16.6%',
      '１５億港元',
      '１２．５％',
    ]);
  });

  it('tells table negatives from brackets of the prose', () => {
    const text = '資產淨值為人民幣（1,234.5）百萬元（2022年：3,000），虧損（1,234）';
    const qs = extractQuantities(text, 'zh');
    checkOffsets(text, qs);
    expect(qs.map((q) => [q.text, toPlain(q.value)])).toEqual([
      ['人民幣（1,234.5）百萬元', '-1234500000'],
      ['3,000', '3000'],
      ['（1,234）', '-1234'],
    ]);
  });

  it('skips list markers and times of day; 兩 after a unit is a measure word', () => {
    expect(extractQuantities('（1）使用合法來源的數據', 'zh')).toEqual([]);
    expect(extractQuantities('1. 緒言', 'zh')).toEqual([]);
    expect(extractQuantities('於上午十時正或下午2時30分舉行', 'zh')).toEqual([]);
    expect(one('二十兩', 'zh')).toBe('number 20 - p0');
  });

  it('marks per-share and approximate figures', () => {
    const [q] = extractQuantities('每股盈利約0.64港仙', 'zh');
    expect(q).toMatchObject({
      text: '0.64港仙',
      perShare: true,
      approximate: true,
      currency: 'HKD',
    });
    const [d] = extractQuantities('末期股息每股普通股3.50港仙', 'zh');
    expect(d!.perShare).toBe(true);
    expect(extractQuantities('收入約為人民幣947.2百萬元', 'zh')[0]!.perShare).toBeUndefined();
  });

  it('flags 增加N倍 and 兆, with their other readings', () => {
    const [times] = extractQuantities('收入增加1.5倍', 'zh');
    expect(times!.ambiguous).toMatch(/倍/);
    expect(times!.readings!.map((r) => `${r.kind} ${toPlain(r.value)}`)).toEqual([
      'percent 150',
      'times 2.5',
    ]);
    expect(extractQuantities('收入為1.5倍', 'zh')[0]!.ambiguous).toBeUndefined();
    const [zhao] = extractQuantities('3兆元', 'zh');
    expect(toPlain(zhao!.value)).toBe('3000000000000');
    expect(zhao!.ambiguous).toMatch(/兆/);
    expect(toPlain(zhao!.readings![0]!.value)).toBe('3000000');
  });

  it.each([
    '股份代號：6855',
    '（股份代號：6855）',
    '股份代号：6855',
    '2023年',
    '二零二三年',
    '2023年4月25日',
    '12月31日',
    '12月',
    '十二月',
    '《公司條例》（第622章）',
    '上市規則第14.07條',
    '第三條',
    '電話：2345 6789',
    '一般',
    '統一',
    '之一',
    '一些',
    '九龍',
    '萬科',
    '第一',
    '十分重要',
    '十一五規劃',
    '百分比',
    '百貨',
    '人民幣千元',
    '千港元',
    '星期一',
    '三星',
    'COVID-19',
    '5G網絡',
  ])('no quantity in %j', (text) => {
    expect(extractQuantities(text, 'zh')).toEqual([]);
  });
});
