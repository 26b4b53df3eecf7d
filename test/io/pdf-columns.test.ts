/**
 * The PDF reader's `languageColumns` option (src/io/pdf-columns.ts): English beside a much
 * shorter Chinese column is read column by column; other pages read as without the option.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../../src/io/pdf.js';
import { findGutter, type PdfItem } from '../../src/io/pdf-layout.js';

const ROOT = join(import.meta.dirname, '..', '..');
const bytes = (path: string) => new Uint8Array(readFileSync(join(ROOT, path)));

/** Items of a line: English from x=50 (5 pt a letter), Chinese from x=320 (10 pt). */
function line(y: number, en: string, zh: string): PdfItem[] {
  const items: PdfItem[] = [];
  if (en) items.push({ str: en, x: 50, y, width: en.length * 5, size: 10 });
  if (zh) items.push({ str: zh, x: 320, y, width: [...zh].length * 10, size: 10 });
  return items;
}

describe('PDF: language columns', () => {
  // English lines filling a 250 pt column; Chinese paragraphs of one or two short lines
  const lines = [
    line(700, 'The Director may, by notice in the Gazette,', '署長可藉憲報公告，'),
    line(686, 'declare any land under the management of', '宣布土地為社區園圃。'),
    line(672, 'the Department to be a community garden', ''),
    line(658, 'for the purposes of this Ordinance.', ''),
    line(630, 'A notice under subsection (1) must show', '公告須描述土地。'),
    line(616, 'the boundaries of the land concerned and', ''),
    line(602, 'the number of allotments in the land.', ''),
  ];

  it('finds no gutter without the option: the Chinese side is no column of prose', () => {
    expect(findGutter(lines)).toBeUndefined();
  });

  it('finds the gutter between the English and the Chinese with it', () => {
    const g = findGutter(lines, { languageColumns: true });
    expect(g).toBeDefined();
    expect(g![0]).toBeGreaterThanOrEqual(50 + 43 * 5); // the widest English line ends there
    expect(g![1]).toBeLessThanOrEqual(320);
  });

  it('leaves a page of two English columns alone (no script difference)', () => {
    const english = lines.map((l) => l.map((i) => (i.x > 300 ? { ...i, str: 'word' } : i)));
    expect(findGutter(english, { languageColumns: true })).toEqual(findGutter(english));
  });

  it('reads legislation-columns.pdf column by column, line by line without the option', async () => {
    const file = 'corpora/bilingual/legislation-columns.pdf';
    const rows = await extractPdfText(bytes(file), file);
    expect(rows).toContain('Part 1\t第1部');
    const columns = await extractPdfText(bytes(file), file, { languageColumns: true });
    expect(columns).not.toMatch(/[A-Za-z]\t\p{Script=Han}/u);
    const page1 = columns.split('\f')[0]!;
    // the whole English column, then the whole Chinese column, then the folio
    expect(page1.indexOf('5. Letting of allotments')).toBeLessThan(page1.indexOf('第1部'));
    expect(page1.indexOf('(1) 本條例可引稱為《社區園圃分配條例》，自環境\n局局長')).toBeGreaterThan(
      0,
    );
    expect(page1.trimEnd().endsWith('– 1 –')).toBe(true);
  });

  it('changes nothing on the other fixture PDFs', async () => {
    for (const file of [
      'corpora/documents/two-column.pdf',
      'corpora/documents/table.pdf',
      'corpora/announcement/zh.pdf',
      'corpora/bilingual/notice-paragraphs.pdf',
    ]) {
      const plain = await extractPdfText(bytes(file), file);
      expect(await extractPdfText(bytes(file), file, { languageColumns: true }), file).toBe(plain);
    }
  });
});
