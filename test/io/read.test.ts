/** readSource picks the reader from the content; every command takes PDF, DOCX and HTML (end to end). */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/io/read.js';
import { makeEntry, writeZip } from '../../src/io/zip.js';
import { ROOT, tempDir, zhen } from '../helpers/cli.js';

const ANN = join(ROOT, 'corpora', 'announcement');
const DOCS = join(ROOT, 'corpora', 'documents');

describe('readSource: the format comes from the content', () => {
  const dir = tempDir();
  const as = (src: string, name: string) => {
    const file = join(dir, name);
    copyFileSync(src, file);
    return file;
  };

  it('reads PDF, DOCX and HTML under misleading names, and text named .pdf as text', async () => {
    expect((await readSource(as(join(DOCS, 'table.pdf'), 'a.txt'))).format).toBe('pdf');
    expect((await readSource(as(join(ANN, 'en.docx'), 'b.pdf'))).format).toBe('docx');
    expect((await readSource(as(join(DOCS, 'announcement.html'), 'c.txt'))).format).toBe('html');
    const text = join(dir, 'd.pdf');
    writeFileSync(text, 'Just text.\n');
    expect(await readSource(text)).toMatchObject({ format: 'text', text: 'Just text.\n' });
  });
});

describe('zhen split on real documents (built executable)', () => {
  const dir = tempDir();

  it('splits a PDF, a DOCX and an HTML file', () => {
    const pdf = zhen(['split', join(ANN, 'en.pdf')]);
    expect(pdf.status).toBe(0);
    expect(pdf.stdout).toContain(
      'The Consideration of RMB947.2 million shall be payable by the Purchaser in cash in the following manner:\n',
    );
    expect(pdf.stdout).not.toMatch(/— Announcement|^– \d+ –$/m);
    const zh = zhen(['split', join(ANN, 'zh.pdf'), '--lang', 'zh']);
    expect(zh.stdout).toContain('代價人民幣947.2百萬元須由買方按以下方式以現金支付：\n');
    const docx = zhen(['split', join(ANN, 'en.docx'), '--format', 'jsonl']);
    expect(docx.status).toBe(0);
    const rows = docx.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.find((r) => r.text === '1. BACKGROUND')?.kind).toBe('heading');
    expect(rows.find((r) => r.text.startsWith('Revenue\t'))?.kind).toBe('table-row');
    const html = zhen(['split', join(DOCS, 'announcement.html')]);
    expect(html.stdout).toContain('c. to re-elect the retiring Directors.\n');
  });

  it('refuses encrypted and damaged files with one line and exit 2', () => {
    const half = join(dir, 'half.pdf');
    const en = readFileSync(join(ANN, 'en.pdf'));
    writeFileSync(half, en.subarray(0, en.length / 2));
    const docx = readFileSync(join(ANN, 'en.docx'));
    const brokenDocx = join(dir, 'broken.docx');
    writeFileSync(brokenDocx, docx.subarray(0, docx.length - 300));
    const zip = join(dir, 'notes.docx');
    writeFileSync(zip, writeZip([makeEntry('notes.txt', new TextEncoder().encode('hi'))]));
    const doc = join(dir, 'old.doc');
    writeFileSync(doc, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]));
    const cases: [string, RegExp][] = [
      [join(DOCS, 'encrypted.pdf'), /encrypted\.pdf: is a password-protected \(encrypted\) PDF/],
      [half, /half\.pdf: is not a valid PDF \(damaged or truncated file\)/],
      [brokenDocx, /broken\.docx: is a damaged Word document/],
      [zip, /notes\.docx: is a ZIP archive, not a Word document/],
      [doc, /old\.doc: is an old binary Office file; save it as \.docx/],
    ];
    for (const [file, message] of cases) {
      const r = zhen(['split', file]);
      expect(r.status, file).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  });
});
