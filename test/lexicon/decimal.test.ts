import { describe, expect, it } from 'vitest';
import {
  add,
  compare,
  decimal,
  equalWithin,
  fractionDigits,
  mul,
  parseDecimal,
  shift,
  sub,
  toPlain,
} from '../../src/lexicon/decimal.js';

const d = (s: string) => {
  const v = parseDecimal(s);
  if (!v) throw new Error(`not a decimal: ${s}`);
  return v;
};

describe('exact decimals', () => {
  it.each([
    ['947.2', '947.2'],
    ['1,075', '1075'],
    ['-12.50', '-12.5'],
    ['.5', '0.5'],
    ['0.035', '0.035'],
    ['100.00', '100'],
    ['0', '0'],
  ])('parses %s as %s', (text, plain) => {
    expect(toPlain(d(text))).toBe(plain);
  });

  it.each(['', '.', '1.2.3', 'abc', '12a', '1 000'])('rejects %j', (text) => {
    expect(parseDecimal(text)).toBeUndefined();
  });

  it('normalises, so equal values have equal fields', () => {
    expect(d('947.20')).toEqual(d('947.2'));
    expect(shift(d('947.2'), 6)).toEqual(d('947,200,000'));
    expect(shift(d('9.472'), 8)).toEqual(shift(d('94720'), 4));
    expect(decimal(1500n, -3)).toEqual(d('1500000'));
  });

  it('shifts both ways without floats', () => {
    expect(toPlain(shift(d('3.50'), -2))).toBe('0.035');
    expect(toPlain(shift(d('0.1'), 30))).toBe(`1${'0'.repeat(29)}`);
    // 0.1 + 0.2 is exactly 0.3 here
    expect(toPlain(add(d('0.1'), d('0.2')))).toBe('0.3');
    expect(toPlain(sub(d('1'), d('0.9')))).toBe('0.1');
    expect(toPlain(mul(d('1.5'), d('-2')))).toBe('-3');
  });

  it('compares', () => {
    expect(compare(d('9.47'), d('9.472'))).toBe(-1);
    expect(compare(d('10'), d('9.999'))).toBe(1);
    expect(compare(d('-1'), d('-1.0'))).toBe(0);
  });

  it('counts the digits shown after the point', () => {
    expect(fractionDigits('947.2')).toBe(1);
    expect(fractionDigits('1,075')).toBe(0);
    expect(fractionDigits('0.035')).toBe(3);
  });

  it.each([
    // a, precision a, b, precision b, equal?
    ['947200000', 5, '947000000', 6, true], // 947.2 million vs 9.47億
    ['947200000', 5, '947600000', 6, true], // within 0.5 × 10^6
    ['947200000', 5, '946400000', 6, false], // 800,000 apart
    ['947200000', 5, '947300000', 5, false], // same precision, 1 unit apart
    ['1500000000', 8, '150000000', 7, false], // HK$1.5 billion vs 1.5億
    ['30', 0, '3', 0, false],
    ['0.035', -4, '0.035', -3, true],
    ['12.45', -2, '12.5', -1, true], // 12.45 rounds (half up) to 12.5
    ['12.44', -2, '12.5', -1, false],
    ['12.55', -2, '12.5', -1, false], // 12.55 rounds to 12.6
    ['12.5', -1, '13', 0, true],
    ['12.5', -1, '12', 0, false],
    ['-12.5', -1, '-13', 0, true], // away from zero
    ['-12.5', -1, '-12', 0, false],
    ['5', 0, '5', 0, true],
    ['0', 0, '0.4', -1, true],
  ] as const)('%s (p %i) vs %s (p %i) equal within precision: %s', (a, pa, b, pb, equal) => {
    expect(equalWithin(d(a), pa, d(b), pb)).toBe(equal);
    expect(equalWithin(d(b), pb, d(a), pa)).toBe(equal);
  });
});
