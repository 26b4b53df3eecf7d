import { describe, expect, it } from 'vitest';
import { parseChineseNumber, ZHAO_AMBIGUOUS } from '../../src/lexicon/chinese-numerals.js';
import { toPlain } from '../../src/lexicon/decimal.js';

const read = (s: string) => {
  const n = parseChineseNumber(s);
  return n && toPlain(n.value);
};

describe('Chinese numerals', () => {
  it.each([
    // library regressions (notes 2.6, 7.2)
    ['九億四千七百二十萬', '947200000'],
    ['兩百四十五', '245'],
    ['一千零七十五', '1075'],
    ['9.472億', '947200000'],
    ['1,234萬', '12340000'],
    ['947.2百萬', '947200000'],
    // units and zero fillers
    ['一萬零五', '10005'],
    ['一百〇五', '105'],
    ['十二', '12'],
    ['十', '10'],
    ['二十', '20'],
    ['一百一十', '110'],
    ['三十一', '31'],
    ['百', '100'],
    ['十二萬三千四百五十六', '123456'],
    ['十二億三千四百五十六萬七千八百九十', '1234567890'],
    ['一億二千萬', '120000000'],
    ['一萬億', '1000000000000'],
    ['三萬五千億', '3500000000000'],
    ['萬億', '1000000000000'],
    ['千萬', '10000000'],
    ['三千萬', '30000000'],
    // elided last digit
    ['一萬五', '15000'],
    ['三千五', '3500'],
    ['一百二', '120'],
    // 兩/两, 廿 卅, financial and simplified forms
    ['两万', '20000'],
    ['廿五', '25'],
    ['卅一', '31'],
    ['壹萬貳仟參佰肆拾伍', '12345'],
    ['贰仟叁佰陆拾', '2360'],
    ['玖億肆仟柒佰贰拾萬', '947200000'],
    // decimals
    ['十二點五', '12.5'],
    ['零點五', '0.5'],
    ['九點四七億', '947000000'],
    ['十二点五万', '125000'],
    ['三點一四一五', '3.1415'],
    // Arabic mantissa with units
    ['1,500百萬', '1500000000'],
    ['3千萬', '30000000'],
    ['25.82 億', '2582000000'],
    ['15億', '1500000000'],
    ['1,075', '1075'],
    // digit by digit (years)
    ['二零二三', '2023'],
    ['二〇二三', '2023'],
    ['二○一八', '2018'],
    ['五', '5'],
    ['零', '0'],
  ])('%s = %s', (text, value) => {
    expect(read(text)).toBe(value);
  });

  it.each(['十一五', '七百四千', '十十', '九龍', '', '點五', '一二十', '百千'])(
    '%j is not one numeral',
    (text) => {
      expect(parseChineseNumber(text)).toBeUndefined();
    },
  );

  it('marks digit-by-digit readings', () => {
    expect(parseChineseNumber('二零二三')?.digitByDigit).toBe(true);
    expect(parseChineseNumber('二千零二十三')?.digitByDigit).toBeUndefined();
  });

  it.each([
    ['九億四千七百二十萬', 4],
    ['9.472億', 5],
    ['947.2百萬', 5],
    ['九點四七億', 6],
    ['1,500百萬', 6],
    ['15億', 8],
    ['3千萬', 7],
    ['三千萬', 4],
    ['三十', 0],
    ['一千零七十五', 0],
    ['十二點五', -1],
    ['1,075', 0],
  ])('%s is shown to precision 10^%i', (text, precision) => {
    expect(parseChineseNumber(text)?.precision).toBe(precision);
  });

  it('reads 兆 as 10^12 and flags it; as 10^6 on request', () => {
    const n = parseChineseNumber('3兆');
    expect(toPlain(n!.value)).toBe('3000000000000');
    expect(n!.ambiguous).toBe(ZHAO_AMBIGUOUS);
    expect(toPlain(parseChineseNumber('3兆', { zhao: 6 })!.value)).toBe('3000000');
    expect(parseChineseNumber('3億')!.ambiguous).toBeUndefined();
  });
});
