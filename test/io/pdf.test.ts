import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PdfDocument } from '../../scripts/lib/pdf-writer.mjs';
import { InputError } from '../../src/errors.js';
import { extractPdfText, looksLikePdf } from '../../src/io/pdf.js';
import { readSource } from '../../src/io/read.js';
import { split } from '../../src/segment/index.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const ANN = join(ROOT, 'corpora', 'announcement');
const DOCS = join(ROOT, 'corpora', 'documents');
const sentences = (text: string) => split(text).map((s) => s.text);

/** Share of `expected` sentences found in `actual` (as a multiset). */
function agreement(expected: string[], actual: string[]): { share: number; missing: string[] } {
  const bag = new Map<string, number>();
  for (const s of actual) bag.set(s, (bag.get(s) ?? 0) + 1);
  const missing: string[] = [];
  for (const s of expected) {
    const n = bag.get(s) ?? 0;
    if (n > 0) bag.set(s, n - 1);
    else missing.push(s);
  }
  return { share: (expected.length - missing.length) / expected.length, missing };
}

describe('PDF reader on the sample announcement', () => {
  it('reads en.pdf page by page, pages separated by form feeds', async () => {
    const source = await readSource(join(ANN, 'en.pdf'));
    expect(source.format).toBe('pdf');
    const pages = source.text.split('\f');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    // the running header starts every page, the page number ends it
    pages.forEach((page, i) => {
      const lines = page.trim().split('\n');
      expect(lines[0]).toMatch(/— Announcement$/);
      expect(lines[lines.length - 1]).toBe(`– ${i + 1} –`);
    });
  });

  it('split drops the running headers and page numbers', async () => {
    const out = sentences((await readSource(join(ANN, 'en.pdf'))).text);
    expect(out.some((s) => /— Announcement/.test(s))).toBe(false);
    expect(out.some((s) => /^– \d+ –$/.test(s))).toBe(false);
  });

  it('gives the same sentences as the text version for at least 95% of them', async () => {
    const txt = sentences(readFileSync(join(ANN, 'en.txt'), 'utf8'));
    const pdf = sentences((await readSource(join(ANN, 'en.pdf'))).text);
    const { share, missing } = agreement(txt, pdf);
    console.log(
      `en.pdf vs en.txt: ${(share * 100).toFixed(1)}% of ${txt.length} sentences agree${missing.length ? `; missing: ${missing.join(' | ')}` : ''}`,
    );
    expect(share).toBeGreaterThanOrEqual(0.95);
    // hyphenated line ends are joined back
    expect(pdf.join(' ')).not.toMatch(/[a-z]- [a-z]/);
  });

  it('gets the Chinese text back from a non-embedded CID font through the CMaps', async () => {
    const bytes = readFileSync(join(ANN, 'zh.pdf'));
    const withCmaps = await extractPdfText(bytes, 'zh.pdf');
    expect(withCmaps).toContain('金禾康寧醫藥集團股份有限公司');
    expect(withCmaps).toContain('生產綫'); // HKSCS character, outside Big5
    // without pdf.js's CMaps the Chinese is silently lost
    const without = await extractPdfText(bytes, 'zh.pdf', { cmaps: false });
    expect(without).not.toMatch(/\p{Script=Han}/u);
    const txt = sentences(readFileSync(join(ANN, 'zh.txt'), 'utf8'));
    const pdf = sentences(withCmaps);
    const { share } = agreement(txt, pdf);
    console.log(`zh.pdf vs zh.txt: ${(share * 100).toFixed(1)}% of ${txt.length} sentences agree`);
    expect(share).toBeGreaterThanOrEqual(0.9);
    expect(pdf.some((s) => s.includes('— 公告'))).toBe(false);
  });
});

describe('PDF reader: layout', () => {
  it('reads a two-column page column by column, and English beside Chinese', async () => {
    const pdf = sentences((await readSource(join(DOCS, 'two-column.pdf'))).text);
    const txt = sentences(readFileSync(join(DOCS, 'two-column.txt'), 'utf8'));
    expect(pdf).toEqual(txt);
  });

  it('keeps a table as rows with tab-separated cells', async () => {
    const text = (await readSource(join(DOCS, 'table.pdf'))).text;
    const rows = split(text).filter((s) => s.kind === 'table-row');
    expect(rows.map((r) => r.text)).toEqual([
      '(RMB million)\t2022\t2023',
      'Revenue\t1,862.4\t2,095.3',
      'Net profit before taxation\t318.6\t362.1',
      'Net profit after taxation\t270.8\t307.8',
      '收入（人民幣百萬元）\t1,862.4\t2,095.3',
    ]);
    expect(sentences(text)).toEqual(sentences(readFileSync(join(DOCS, 'table.txt'), 'utf8')));
  });
});

describe('PDF reader: pages built here', () => {
  it('reads Simplified Chinese in STSong-Light through UniGB-UCS2-H', async () => {
    const doc = new PdfDocument({ cjk: 'sc' });
    doc
      .addPage()
      .text(40, 500, '本公司已根据《中华人民共和国公司法》订立协议，代价为人民币947.2百万元。');
    expect(await extractPdfText(doc.toBytes(), 'sc.pdf')).toBe(
      '本公司已根据《中华人民共和国公司法》订立协议，代价为人民币947.2百万元。\n',
    );
  });

  it('turns a page drawn a quarter turn round back, and leaves out a diagonal watermark', async () => {
    const doc = new PdfDocument();
    const page = doc.addPage();
    // landscape table drawn rotated 90° (text running up the page), lines from left to right
    page.ops.push('BT /F1 9 Tf 0 1 -1 0 100 60 Tm (Revenue) Tj ET');
    page.ops.push('BT /F1 9 Tf 0 1 -1 0 100 300 Tm (1,862.4) Tj ET');
    page.ops.push('BT /F1 9 Tf 0 1 -1 0 114 60 Tm (Net profit) Tj ET');
    page.ops.push('BT /F1 9 Tf 0 1 -1 0 114 300 Tm (318.6) Tj ET');
    page.ops.push('BT /F1 40 Tf 0.707 0.707 -0.707 0.707 100 200 Tm (DRAFT) Tj ET');
    expect(await extractPdfText(doc.toBytes(), 'rot.pdf')).toBe(
      'Revenue\t1,862.4\nNet profit\t318.6\n',
    );
  });
});

describe('PDF reader: errors', () => {
  const fails = async (bytes: Uint8Array, message: RegExp) => {
    const err = await extractPdfText(bytes, 'x.pdf').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(message);
    expect((err as InputError).format()).not.toContain('\n');
  };

  it('refuses a password-protected PDF', async () => {
    await fails(readFileSync(join(DOCS, 'encrypted.pdf')), /password-protected/);
  });

  it('reads a PDF encrypted with an owner password only (copy/print restrictions)', async () => {
    const text = await extractPdfText(readFileSync(join(DOCS, 'owner-password.pdf')), 'x.pdf');
    expect(text).toContain('may be read but not changed');
    expect(text).toContain('董事會宣佈');
  });

  it('refuses damaged, truncated and image-only PDFs', async () => {
    const en = readFileSync(join(ANN, 'en.pdf'));
    await fails(en.subarray(0, Math.floor(en.length / 2)), /not a valid PDF/);
    await fails(new TextEncoder().encode('%PDF-1.4\nnot really a PDF\n'), /not a valid PDF/);
    const noText = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
      'latin1',
    );
    await fails(noText, /no text layer/);
  });

  it('recognises a PDF by its content', () => {
    expect(looksLikePdf(readFileSync(join(DOCS, 'table.pdf')))).toBe(true);
    expect(looksLikePdf(new TextEncoder().encode('A note about %PDF-1.4 files.'))).toBe(false);
  });

  it('reads a PDF whatever its file name', async () => {
    const dir = tempDir();
    const file = join(dir, 'table.txt');
    writeFileSync(file, readFileSync(join(DOCS, 'table.pdf')));
    expect((await readSource(file)).format).toBe('pdf');
    expect(existsSync(file)).toBe(true);
  });
});
