import { describe, expect, it } from 'vitest';
import { findGutter, layoutPages, type PdfItem } from '../../src/io/pdf-layout.js';

/** An item of `str` at (x, y), 9 pt, each character 5 pt wide (CJK 9 pt). */
function item(str: string, x: number, y: number, size = 9): PdfItem {
  let width = 0;
  for (const ch of str) width += /\p{Script=Han}|[，。（）《》]/u.test(ch) ? size : 5;
  return { str, x, y, width, size };
}
/** Items of a line made of runs placed one after the other with the given gaps. */
function line(y: number, parts: [string, number][], x0 = 50): PdfItem[] {
  let x = x0;
  return parts.map(([s, gap]) => {
    const it = item(s, x + gap, y);
    x = it.x + it.width;
    return it;
  });
}

describe('PDF layout: lines from items', () => {
  it('puts a space where items are apart, none where they touch or overlap', () => {
    // 3 pt at 9 pt is a word space (pdf.js #7310: no space glyph); 0.4 pt is kerning
    const text = layoutPages([
      line(700, [
        ['Annual', 0],
        ['Report', 3],
        ['ing', 0.4],
        ['done', -0.3],
      ]),
    ]);
    expect(text).toBe('Annual Reportingdone\n');
  });

  it('never puts a space between two CJK characters, even across a gap', () => {
    const text = layoutPages([
      line(700, [
        ['中華', 0],
        ['人民共和國', 4],
        ['公司法', 2],
      ]),
    ]);
    expect(text).toBe('中華人民共和國公司法\n');
  });

  it('keeps a space glyph the PDF draws between CJK characters', () => {
    const items = line(700, [
      ['「本公司」', 0],
      ['指', 3],
      ['金禾', 3],
    ]);
    items.push({
      str: ' ',
      x: items[0]!.x + items[0]!.width,
      y: 700,
      width: 3,
      size: 9,
      space: true,
    });
    expect(layoutPages([items])).toBe('「本公司」 指金禾\n');
  });

  it('joins Latin and CJK runs set in different fonts without a space when they touch', () => {
    const text = layoutPages([
      line(700, [
        ['代價為人民幣', 0],
        ['947.2', 0],
        ['百萬元。', 0],
      ]),
    ]);
    expect(text).toBe('代價為人民幣947.2百萬元。\n');
  });

  it('separates table cells with a tab, but not a list marker from its text', () => {
    const text = layoutPages([
      [
        ...line(700, [
          ['Revenue', 0],
          ['1,862.4', 120],
          ['2,095.3', 40],
        ]),
      ],
      [
        ...line(688, [
          ['(a)', 0],
          ['the Purchaser', 25],
        ]),
      ],
    ]);
    expect(text.split('\f')[0]).toBe('Revenue\t1,862.4\t2,095.3\n');
    expect(text.split('\f')[1]).toBe('(a) the Purchaser\n');
  });

  it('orders lines top to bottom and items left to right whatever the stream order', () => {
    const items = [
      ...line(676, [['third', 0]]),
      ...line(700, [['first', 0]]),
      ...line(688, [['second', 0]]),
    ];
    expect(layoutPages([items.reverse()])).toBe('first\nsecond\nthird\n');
  });

  it('keeps a raised footnote marker on its line', () => {
    const items = [...line(700, [['Company', 0]]), { ...item('1', 85, 703.5, 6) }];
    expect(layoutPages([items])).toBe('Company1\n');
  });

  it('separates pages with a form feed', () => {
    expect(layoutPages([line(700, [['one', 0]]), [], line(700, [['three', 0]])])).toBe(
      'one\n\f\fthree\n',
    );
  });
});

describe('PDF layout: paragraphs', () => {
  // 12 pt leading; a paragraph gap of 8 pt more
  const para = (y: number, rows: string[], full: boolean[]) =>
    rows.flatMap((r, i) => {
      const it = item(r, 50, y - i * 12);
      if (full[i]) it.width = 300; // a justified line reaching the right margin at 350
      return [it];
    });

  it('starts a paragraph where the gap between lines is clearly larger than the line spacing', () => {
    const items = [
      ...para(700, ['The Board met on', 'Monday and agreed.'], [true, false]),
      ...para(668, ['It resolved to', 'pay a dividend.'], [true, false]),
    ];
    expect(layoutPages([items])).toBe(
      'The Board met on\nMonday and agreed.\n\nIt resolved to\npay a dividend.\n',
    );
  });

  it('ends a paragraph at a short line when the next word would have fitted', () => {
    const items = [
      ...para(700, ['Date: 22 March 2024', 'Parties:'], [false, false]),
      item('x', 345, 640), // sets the right margin at 350
    ];
    const text = layoutPages([items]);
    expect(text.startsWith('Date: 22 March 2024\n\nParties:\n')).toBe(true);
  });

  it('does not end a paragraph at a line the next word could not have joined', () => {
    const a = item('The Consideration will be funded by the internal resources and', 50, 700);
    const b = item('partly by a loan.', 50, 688);
    a.width = 290; // 10 pt short of the margin; "partly" needs 30
    const margin = item('x', 345, 640);
    expect(
      layoutPages([[a, b, margin]])
        .split('\n')
        .slice(0, 2),
    ).toEqual([a.str, b.str]);
  });
});

describe('PDF layout: columns', () => {
  const words = 'the quick brown fox jumps over the lazy dog again and again'.split(' ');
  const column = (x: number, lines: number) =>
    Array.from({ length: lines }, (_, i) => {
      const it = item(`${words.slice(0, 10).join(' ')} ${i}`, x, 700 - i * 12);
      it.width = 220;
      return it;
    });

  it('finds the gutter of a two-column page and reads column by column', () => {
    const left = column(50, 8).map((it, i) => ({ ...it, str: `L${i} ${it.str}` }));
    const right = column(300, 8).map((it, i) => ({ ...it, str: `R${i} ${it.str}` }));
    // interleaved in the stream, as some generators write them
    const items = left.flatMap((l, i) => [l, right[i]!]);
    items.unshift({ ...item('A TITLE ACROSS BOTH COLUMNS', 50, 740), width: 470 });
    const text = layoutPages([items]);
    const order = text.match(/[LR]\d/g)!;
    expect(order).toEqual([...left.map((_, i) => `L${i}`), ...right.map((_, i) => `R${i}`)]);
    expect(text.startsWith('A TITLE ACROSS BOTH COLUMNS\n')).toBe(true);
  });

  it('does not take the gap between the columns of a table for a gutter', () => {
    const rows = ['Revenue', 'Net profit before taxation', 'Net profit after taxation', 'Total'];
    const lines = rows.map((r, i) => [
      item(r, 50, 700 - i * 14),
      item('1,862.4', 330, 700 - i * 14),
      item('2,095.3', 420, 700 - i * 14),
    ]);
    expect(findGutter(lines)).toBeUndefined();
  });
});
