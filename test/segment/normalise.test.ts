import { describe, expect, it } from 'vitest';
import { split } from '../../src/segment/index.js';

const texts = (text: string, lang: 'en' | 'zh' | 'auto' = 'auto') =>
  split(text, { lang }).map((s) => s.text);

/** Three pages as pdftotext writes them: running header, wrapped lines, page-number footer. */
const PDF_EN = [
  'ABC PHARMACEUTICAL GROUP LIMITED — ANNOUNCEMENT',
  '',
  'The Board is pleased to announce that the Company has entered into an agreement for the',
  'acqui-',
  'sition of the entire equity interest in the Target Company at a consideration of',
  'RMB947.2 million. The independent non-',
  'executive Directors consider the terms fair and reasonable and in the interests of the',
  'Company and the Shareholders as a whole.',
  '',
  '– 1 –',
  '\fABC PHARMACEUTICAL GROUP LIMITED — ANNOUNCEMENT',
  '',
  'R E A S O N S  F O R  T H E  T R A N S A C T I O N',
  '',
  'The Directors believe that the acquisition will strengthen the manufacturing base of the',
  'Group in the PRC and that the well-known brand of the Target Company will benefit the',
  '',
  '– 2 –',
  '\fABC PHARMACEUTICAL GROUP LIMITED — ANNOUNCEMENT',
  '',
  'Group in the long term. Completion is expected to take place in the first half of 2024.',
  '',
  'B A C K G R O U N D',
  '',
  '– 3 –',
].join('\n');

describe('normalising text extracted from PDFs', () => {
  const got = texts(PDF_EN, 'en');

  it('drops running headers and page numbers', () => {
    expect(got.join(' ')).not.toMatch(/ANNOUNCEMENT|– \d –/);
  });

  it('joins wrapped lines with a space and removes only real hyphenation', () => {
    expect(got[0]).toBe(
      'The Board is pleased to announce that the Company has entered into an agreement for the acquisition of the entire equity interest in the Target Company at a consideration of RMB947.2 million.',
    );
    expect(got[1]).toBe(
      'The independent non-executive Directors consider the terms fair and reasonable and in the interests of the Company and the Shareholders as a whole.',
    );
  });

  it('collapses letter-spaced headings, with or without double spaces between words', () => {
    expect(got).toContain('REASONS FOR THE TRANSACTION');
    expect(got).toContain('BACKGROUND');
  });

  it('carries a sentence across a page break', () => {
    expect(got).toContain(
      'The Directors believe that the acquisition will strengthen the manufacturing base of the Group in the PRC and that the well-known brand of the Target Company will benefit the Group in the long term.',
    );
  });

  it('letter-spaced words run together are split with the word list', () => {
    expect(texts('R E A S O N S A N D B E N E F I T S')).toEqual(['REASONS AND BENEFITS']);
  });

  it('finds page breaks from a chain of page numbers when there are no form feeds', () => {
    const body = (n: number) => `Paragraph ${n} of the text ends here.\n`;
    const text = [
      body(1),
      body(2),
      body(3),
      '1',
      '',
      body(4),
      body(5),
      '2',
      '',
      body(6),
      body(7),
      '3',
    ].join('\n');
    expect(texts(text, 'en')).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `Paragraph ${n} of the text ends here.`),
    );
  });
});

describe('normalising Chinese', () => {
  it('joins wrapped Chinese lines without a space and removes spaces between CJK characters', () => {
    const text = [
      '本公司董事會欣然宣佈，本公司已根據《中華 人民共和國 公司法》及',
      '《上市規則》訂立收購協議，代價為人民幣947.2百萬元。董事會認為',
      '該等條款屬公平合理。',
    ].join('\n');
    // two lines that wrap mid-sentence make the text hard-wrapped
    expect(texts(text, 'zh')).toEqual([
      '本公司董事會欣然宣佈，本公司已根據《中華人民共和國公司法》及《上市規則》訂立收購協議，代價為人民幣947.2百萬元。',
      '董事會認為該等條款屬公平合理。',
    ]);
  });

  it('keeps full-width forms in the output (folding is for matching only)', () => {
    expect(texts('本公司發行１５億港元債券。', 'zh')).toEqual(['本公司發行１５億港元債券。']);
  });

  it('a blank line ends a paragraph', () => {
    const segs = split('董事會同意\n\n本公司將派息。', { lang: 'zh' });
    expect(segs.map((s) => s.paragraph)).toEqual([0, 1]);
  });
});

describe('offsets point into the decoded input', () => {
  it('start/end cover the original text of each segment', () => {
    const input = `${PDF_EN}\n\n本公司根據《中華 人民共和國 公司法》行事。𠀀字與😀也算。`;
    for (const s of split(input)) {
      const original = input.slice(s.start, s.end);
      const squeeze = (x: string) => x.replace(/[\s\-\u00ad]/g, '');
      expect(squeeze(original)).toContain(squeeze(s.text).slice(0, 1));
      expect(squeeze(original).length).toBeGreaterThanOrEqual(squeeze(s.text).length);
      expect(original.startsWith(s.text.slice(0, 1))).toBe(true);
      expect(original.endsWith(s.text.slice(-1))).toBe(true);
    }
  });

  it('offsets are JavaScript string offsets, astral characters counting two', () => {
    const input = '😀開始。第二句。';
    const segs = split(input, { lang: 'zh' });
    expect(segs.map((s) => [s.start, s.end])).toEqual([
      [0, 5],
      [5, 9],
    ]);
    expect(input.slice(segs[1]!.start, segs[1]!.end)).toBe('第二句。');
  });

  it('--presplit keeps each line as one segment, blank lines separating paragraphs', () => {
    const segs = split('First line. Still first.\nSecond line\n\n第三行。第三行。\n', {
      presplit: true,
    });
    expect(segs.map((s) => [s.text, s.paragraph, s.start, s.end])).toEqual([
      ['First line. Still first.', 0, 0, 24],
      ['Second line', 0, 25, 36],
      ['第三行。第三行。', 1, 38, 46],
    ]);
  });
});
