import { describe, expect, it } from 'vitest';
import { split } from '../../src/segment/index.js';

const en = (text: string) => split(text, { lang: 'en' }).map((s) => s.text);

describe('English sentences: abbreviations of filings do not end sentences', () => {
  it.each([
    'Mr. Chan and Mrs. Chan met Ms. Lee, Dr. Wong and Prof. Ho.',
    'See No. 3 and Nos. 4 to 6 of the list.',
    'The shares of ABC Co., Ltd. and XYZ Inc. were sold to DEF Corp. last year.',
    'Revenue was approx. RMB947.2 million, i.e. up 3.5%, e.g. from sales.',
    'Costs such as rent, wages, etc. are excluded.',
    'It compared Hong Kong vs. Singapore.',
    'I work for the U.S. Government in Virginia.',
    'The H.K. office and the P.R.C. office agreed.',
    'The Companies Ordinance (Cap. 622) applies.',
    'The price was HK$1.5 billion or US$0.19 billion, up 12.5%.',
    'The meeting starts at 10:00 a.m. sharp and ends at 5 p.m. today.',
    'It was signed on 1 Jan. 2020 and on 3 Sept. 2021.',
    'Dr. Yang Dajun and Mr. J. K. Lee attended.',
    'The Board (as defined below) met. (a) Mr. Chan left.',
  ])('%s', (text) => {
    const got = en(text);
    if (text.includes('(a)'))
      expect(got).toEqual(['The Board (as defined below) met.', '(a) Mr. Chan left.']);
    else expect(got).toEqual([text]);
  });
});

describe('English sentences: real boundaries are found', () => {
  it.each([
    [
      'The Board approved it. The Group recorded a profit.',
      ['The Board approved it.', 'The Group recorded a profit.'],
    ],
    ['Mr. Li Wei approved it. The Group agreed.', ['Mr. Li Wei approved it.', 'The Group agreed.']],
    [
      'The shares were sold to ABC Co., Ltd. The Company gained.',
      ['The shares were sold to ABC Co., Ltd.', 'The Company gained.'],
    ],
    ['Dr. Wong Inc. Board met.', ['Dr. Wong Inc. Board met.']],
    ['I live in the U.S. How about you?', ['I live in the U.S.', 'How about you?']],
    [
      'The dividend is HK$0.50. It is payable in June.',
      ['The dividend is HK$0.50.', 'It is payable in June.'],
    ],
    ['Revenue rose 12.5%. Profit fell.', ['Revenue rose 12.5%.', 'Profit fell.']],
    ['Is it approved? Yes! It is.', ['Is it approved?', 'Yes!', 'It is.']],
    ['Visit www.hkexnews.hk. Details are there.', ['Visit www.hkexnews.hk.', 'Details are there.']],
    ['Write to ir@example.com.hk. We reply.', ['Write to ir@example.com.hk.', 'We reply.']],
    ['He said "It is done." She left.', ['He said "It is done."', 'She left.']],
    ['He said "It is done." she said.', ['He said "It is done." she said.']],
    [
      'The terms (which were agreed. Or not.) are fair.',
      ['The terms (which were agreed. Or not.) are fair.'],
    ],
    ['I never meant that.... She left.', ['I never meant that....', 'She left.']],
    ['It was ... well, fine. Next.', ['It was ... well, fine.', 'Next.']],
    ['We sold it in the U.S. The buyer paid.', ['We sold it in the U.S.', 'The buyer paid.']],
    ['Hello world.Today is fine.', ['Hello world.', 'Today is fine.']],
  ])('%s', (text, expected) => {
    expect(en(text)).toEqual(expected);
  });
});

describe('English: numbered paragraphs, headings, lists', () => {
  it('numbered paragraphs and list items start their own segments', () => {
    const text = [
      '1. INTRODUCTION',
      '',
      '1.1 Background',
      '',
      'The Board announces the following:',
      '(a) the Company will issue shares;',
      '(b) the Company will pay a dividend; and',
      '(i) the record date is fixed.',
    ].join('\n');
    const segs = split(text, { lang: 'en' });
    expect(segs.map((s) => [s.kind, s.text])).toEqual([
      ['heading', '1. INTRODUCTION'],
      ['heading', '1.1 Background'],
      ['sentence', 'The Board announces the following:'],
      ['list-item', '(a) the Company will issue shares;'],
      ['list-item', '(b) the Company will pay a dividend; and'],
      ['list-item', '(i) the record date is fixed.'],
    ]);
  });

  it('headings without a full stop are their own segments', () => {
    const text =
      'VOLUNTARY ANNOUNCEMENT\n\nThe Company is pleased to announce the results.\n\nAbout the EU QP system\n\nThe EU adopted it.';
    expect(split(text, { lang: 'en' }).map((s) => [s.kind, s.text])).toEqual([
      ['heading', 'VOLUNTARY ANNOUNCEMENT'],
      ['sentence', 'The Company is pleased to announce the results.'],
      ['heading', 'About the EU QP system'],
      ['sentence', 'The EU adopted it.'],
    ]);
  });

  it('inline lists that start a paragraph split at each next number', () => {
    expect(en('1. The first item 2. The second item')).toEqual([
      '1. The first item',
      '2. The second item',
    ]);
    expect(en('a. The first item b. The second item')).toEqual([
      'a. The first item',
      'b. The second item',
    ]);
  });

  it('table-like lines are table rows', () => {
    const segs = split('Revenue      947.2      840.1\nProfit       120.5      110.0\n', {
      lang: 'en',
    });
    expect(segs.map((s) => [s.kind, s.text])).toEqual([
      ['table-row', 'Revenue\t947.2\t840.1'],
      ['table-row', 'Profit\t120.5\t110.0'],
    ]);
  });
});
