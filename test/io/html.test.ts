import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredCharset, htmlToText, looksLikeHtml } from '../../src/io/html.js';
import { readSource } from '../../src/io/read.js';
import { split } from '../../src/segment/index.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const DOCS = join(ROOT, 'corpora', 'documents');

describe('HTML reader', () => {
  it('reads the sample: scripts, styles, head, noscript, template and hidden text dropped', async () => {
    const source = await readSource(join(DOCS, 'announcement.html'));
    expect(source.format).toBe('html');
    for (const gone of [
      'script text',
      'Page title',
      'not text',
      'enable JavaScript',
      'Template text',
      'Hidden text',
    ]) {
      expect(source.text).not.toContain(gone);
    }
    const sentences = split(source.text).map((s) => s.text);
    expect(sentences).toEqual([
      'ANNOUNCEMENT & NOTICE OF ANNUAL GENERAL MEETING',
      '股東週年大會通告',
      'The Board is pleased to announce that the annual general meeting of the Company will be held on 28 June 2024 at 10:00 a.m.',
      'The meeting will consider the following resolutions:',
      'a. to receive the audited financial statements for the year ended 31 December 2023;',
      'b. to declare a final dividend of HK3.50 cents per share; and',
      'c. to re-elect the retiring Directors.',
      '本公司將於二零二四年六月二十八日舉行股東週年大會，會上將審議上述決議案。',
      '(RMB million)\t2022\t2023',
      'Revenue\t1,862.4\t2,095.3',
      '收入\t1,862.4\t2,095.3',
      'By order of the Board',
      'Dr. Yang Qiming',
      'Chairman',
      'Hong Kong, 25 March 2024 — 中文 <end>',
    ]);
  });

  it('respects the declared charset (Big5)', async () => {
    const big5 = await readSource(join(DOCS, 'announcement-big5.html'));
    const utf8 = await readSource(join(DOCS, 'announcement.html'));
    expect(big5.text).toBe(utf8.text);
    expect(declaredCharset(readFileSync(join(DOCS, 'announcement-big5.html')))).toBe('big5');
  });

  it('takes a BOM over the declared charset', async () => {
    const dir = tempDir();
    const file = join(dir, 'page.htm');
    const html = '<html><head><meta charset="big5"></head><body><p>董事會</p></body></html>';
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]));
    expect((await readSource(file)).text).toBe('董事會\n');
  });

  it('turns blocks into paragraphs, <br> into line breaks, keeps <pre> lines', () => {
    expect(htmlToText('<div>One<p>Two</p>Three</div><p>a<br>b</p><pre> x  y\n z</pre>')).toBe(
      'One\n\nTwo\n\nThree\n\na\nb\n\n x  y\n z\n',
    );
  });

  it('joins a source line break between CJK characters without a space, not between words', () => {
    expect(htmlToText('<p>中華人民共和國\n公司法 and the\nCompany Law</p>')).toBe(
      '中華人民共和國公司法 and the Company Law\n',
    );
  });

  it('numbers ordered lists as a browser does, and marks bullets', () => {
    expect(
      htmlToText(
        '<ol start="3"><li>c</li><li>d</li></ol><ol type="i"><li>x</li><li value="4">y</li></ol><ul><li>z</li></ul>',
      ),
    ).toBe('3. c\n\n4. d\n\ni. x\n\niv. y\n\n• z\n');
    expect(htmlToText('<ol><li>a</li></ol>', { listLabels: false })).toBe('a\n');
    expect(
      htmlToText('<ol><li><p>first</p><p>more</p></li><li></li><li><p>third</p></li></ol>'),
    ).toBe('1. first\n\nmore\n\n3. third\n');
  });

  it('writes table rows as lines, cells separated by a tab, blocks inside a cell flattened', () => {
    expect(
      htmlToText(
        '<table><thead><tr><th>Item</th><th>2023</th></tr></thead><tbody><tr><td><p>Net</p><p>profit</p></td><td>1<br>2</td></tr></tbody></table>',
      ),
    ).toBe('Item\t2023\nNet profit\t1 2\n');
  });

  it('is recognised from the content, not the name', () => {
    const yes = [
      '<!DOCTYPE html><p>x',
      '  <html lang="en">',
      '<?xml version="1.0"?>\n<html>',
      '<div class="a">x</div>',
      '<!-- c --><p>x</p>',
    ];
    const no = ['Plain text <p> later', '<?xml version="1.0"?><tmx version="1.4">', 'a < b'];
    for (const s of yes) expect(looksLikeHtml(new TextEncoder().encode(s)), s).toBe(true);
    for (const s of no) expect(looksLikeHtml(new TextEncoder().encode(s)), s).toBe(false);
  });
});
