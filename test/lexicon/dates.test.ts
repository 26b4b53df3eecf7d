import { describe, expect, it } from 'vitest';
import { periodStart } from '../../src/lexicon/calendar.js';
import { extractDates } from '../../src/lexicon/dates.js';

type Lang = 'en' | 'zh';
const lang = (text: string): Lang => (/\p{Script=Han}/u.test(text) ? 'zh' : 'en');

/** The key of the one date in `text`. */
function key(text: string): string {
  const ds = extractDates(text, lang(text));
  if (ds.length !== 1) return `${ds.length} dates: ${ds.map((d) => d.text).join(' | ')}`;
  return ds[0]!.key;
}

describe('dates equal (notes 7.2)', () => {
  it.each([
    ['25 April 2023', 'date:2023-04-25'],
    ['25th April 2023', 'date:2023-04-25'],
    ['April 25, 2023', 'date:2023-04-25'],
    ['Apr. 25, 2023', 'date:2023-04-25'],
    ['25 APRIL 2023', 'date:2023-04-25'],
    ['25/4/2023', 'date:2023-04-25'],
    ['25/04/2023', 'date:2023-04-25'],
    ['2023-04-25', 'date:2023-04-25'],
    ['2023年4月25日', 'date:2023-04-25'],
    ['2023 年 4 月 25 日', 'date:2023-04-25'],
    ['二零二三年四月二十五日', 'date:2023-04-25'],
    ['二〇二三年四月二十五日', 'date:2023-04-25'],
    ['二○二三年四月二十五日', 'date:2023-04-25'],
    ['２０２３年４月２５日', 'date:2023-04-25'],
    ['31 December', 'date:--12-31'],
    ['12月31日', 'date:--12-31'],
    ['December 2023', 'month:2023-12'],
    ['2023年12月', 'month:2023-12'],
    ['in 2023', 'year:2023'],
    ['2023年', 'year:2023'],
    ['二零二三年', 'year:2023'],
    ['2023年度', 'year:2023'],
    // periods
    ['for the year ended 31 December 2023', 'period:2023-01-01/2023-12-31'],
    ['FOR THE YEAR ENDED 31 DECEMBER 2023', 'period:2023-01-01/2023-12-31'],
    ['for the financial year ended 31 March 2024', 'period:2023-04-01/2024-03-31'],
    ['截至二零二三年十二月三十一日止年度', 'period:2023-01-01/2023-12-31'],
    ['截至2023年12月31日止年度', 'period:2023-01-01/2023-12-31'],
    ['截至2023年12月31日止财政年度', 'period:2023-01-01/2023-12-31'],
    ['2023年12月31日止年度', 'period:2023-01-01/2023-12-31'],
    ['for the six months ended 30 June 2024', 'period:2024-01-01/2024-06-30'],
    ['截至二零二四年六月三十日止六個月', 'period:2024-01-01/2024-06-30'],
    ['截至2024年6月30日止6个月', 'period:2024-01-01/2024-06-30'],
    ['the three months ended 31 March 2024', 'period:2024-01-01/2024-03-31'],
    ['the nine months ended 30 September 2023', 'period:2023-01-01/2023-09-30'],
    ['first half of 2024', 'period:2024-01-01/2024-06-30'],
    ['the first half of 2024', 'period:2024-01-01/2024-06-30'],
    ['1H2024', 'period:2024-01-01/2024-06-30'],
    ['H1 2024', 'period:2024-01-01/2024-06-30'],
    ['1H24', 'period:2024-01-01/2024-06-30'],
    ['2024年上半年', 'period:2024-01-01/2024-06-30'],
    ['二零二四年上半年', 'period:2024-01-01/2024-06-30'],
    ['2024上半年', 'period:2024-01-01/2024-06-30'],
    ['2024年首六個月', 'period:2024-01-01/2024-06-30'],
    ['2024年1-6月', 'period:2024-01-01/2024-06-30'],
    ['2024年1月至6月', 'period:2024-01-01/2024-06-30'],
    ['second half of 2024', 'period:2024-07-01/2024-12-31'],
    ['H2 2024', 'period:2024-07-01/2024-12-31'],
    ['2024年下半年', 'period:2024-07-01/2024-12-31'],
    ['Q1 2024', 'period:2024-01-01/2024-03-31'],
    ['1Q24', 'period:2024-01-01/2024-03-31'],
    ['the first quarter of 2024', 'period:2024-01-01/2024-03-31'],
    ['2024年第一季度', 'period:2024-01-01/2024-03-31'],
    ['2024年一季度', 'period:2024-01-01/2024-03-31'],
    ['2024年首季', 'period:2024-01-01/2024-03-31'],
    ['2024年第四季度', 'period:2024-10-01/2024-12-31'],
    ['from 1 January 2023 to 30 June 2023', 'period:2023-01-01/2023-06-30'],
    ['from 1 January to 30 June 2023', 'period:2023-01-01/2023-06-30'],
    ['自2023年1月1日至2023年6月30日', 'period:2023-01-01/2023-06-30'],
    ['2023年1月1日至6月30日期間', 'period:2023-01-01/2023-06-30'],
    // fiscal years
    ['FY2023', 'fy:2023'],
    ['FY 2023', 'fy:2023'],
    ['FY23', 'fy:2023'],
    ['2023財政年度', 'fy:2023'],
    ['2023财政年度', 'fy:2023'],
    ['二零二三財政年度', 'fy:2023'],
    ['FY2023/24', 'fy:2023/24'],
    ['2023/24財政年度', 'fy:2023/24'],
  ])('%s → %s', (text, expected) => {
    expect(key(text)).toBe(expected);
  });

  it('gives start and end days and offsets', () => {
    const text = '本集團截至二零二四年六月三十日止六個月的收益';
    const [d] = extractDates(text, 'zh');
    expect(d).toMatchObject({
      kind: 'period',
      from: '2024-01-01',
      to: '2024-06-30',
      text: '截至二零二四年六月三十日止六個月',
    });
    expect(text.slice(d!.start, d!.end)).toBe(d!.text);
    const en = 'Revenue for the year ended 31 December 2023 rose.';
    const [e] = extractDates(en, 'en');
    expect(e).toMatchObject({ kind: 'period', text: 'year ended 31 December 2023' });
    expect(en.slice(e!.start, e!.end)).toBe(e!.text);
  });

  it('H1 is half a year, not the whole year', () => {
    const [h] = extractDates('2024年上半年', 'zh');
    expect([h!.from, h!.to]).toEqual(['2024-01-01', '2024-06-30']);
  });

  it('reads the comparative in brackets on both sides', () => {
    const en = extractDates(
      'a final dividend of HK3.50 cents (31 December 2022: HK3.00 cents)',
      'en',
    );
    const zh = extractDates('末期股息3.50港仙（2022年12月31日：3.00港仙）', 'zh');
    expect(en.map((d) => d.key)).toEqual(['date:2022-12-31']);
    expect(zh.map((d) => d.key)).toEqual(['date:2022-12-31']);
  });

  it.each([
    ['31 February 2023', 'en'],
    ['2023年2月30日', 'zh'],
    ['may 25 2023', 'en'],
    ['Rule 14.07', 'en'],
    ['ISO 14001:2015', 'en'],
    ['RMB2,023 million', 'en'],
    ['2023 million', 'en'],
    ['12.5%', 'en'],
    ['三個月', 'zh'],
  ] as const)('no date resolved in %j', (text, l) => {
    expect(extractDates(text, l).filter((d) => d.kind !== 'year')).toEqual([]);
  });

  it('no year from amounts or codes', () => {
    expect(extractDates('RMB2,023 million and 2023 million shares, ISO 14001:2015', 'en')).toEqual(
      [],
    );
    expect(extractDates('（股份代號：2023）', 'zh')).toEqual([]);
  });
});

describe('calendar', () => {
  it.each([
    [2024, 6, 30, 6, '2024-01-01'],
    [2023, 12, 31, 12, '2023-01-01'],
    [2024, 3, 31, 12, '2023-04-01'],
    [2024, 2, 29, 12, '2023-03-01'],
    [2024, 3, 15, 12, '2023-03-16'],
    [2024, 3, 30, 1, '2024-03-01'],
  ])('%i-%i-%i, %i months → from %s', (y, m, d, months, from) => {
    expect(periodStart(y, m, d, months)).toBe(from);
  });
});
