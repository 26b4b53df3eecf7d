import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  LevelSuffix,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { extractDocxText, ole2Reader } from '../../src/io/docx.js';
import { DocxNumbering, labelParagraphs } from '../../src/io/docx-numbering.js';
import { readSource } from '../../src/io/read.js';
import { entryData, makeEntry, readZip, writeZip } from '../../src/io/zip.js';
import { split } from '../../src/segment/index.js';
import { ROOT } from '../helpers/cli.js';

const ANN = join(ROOT, 'corpora', 'announcement');
const level = (lvl: number, format: string, text: string, suffix: string = LevelSuffix.TAB) => ({
  level: lvl,
  format: format as (typeof LevelFormat)[keyof typeof LevelFormat],
  text,
  suffix: suffix as (typeof LevelSuffix)[keyof typeof LevelSuffix],
  alignment: AlignmentType.LEFT,
});

async function docx(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'legal',
          levels: [
            level(0, LevelFormat.LOWER_LETTER, '(%1)'),
            level(1, LevelFormat.LOWER_ROMAN, '(%2)'),
            level(2, LevelFormat.DECIMAL, '%1.%2.%3'),
          ],
        },
        {
          reference: 'zh',
          levels: [
            level(0, LevelFormat.CHINESE_COUNTING, '（%1）', LevelSuffix.NOTHING),
            level(1, LevelFormat.DECIMAL_ENCLOSED_CIRCLE_CHINESE, '%2', LevelSuffix.NOTHING),
          ],
        },
        {
          reference: 'articles',
          levels: [level(0, LevelFormat.CHINESE_COUNTING, '第%1條', LevelSuffix.SPACE)],
        },
        { reference: 'bullets', levels: [level(0, LevelFormat.BULLET, '\uf0b7')] },
        { reference: 'upper', levels: [level(0, LevelFormat.UPPER_ROMAN, '%1.')] },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
const numbered = (text: string, reference: string, lvl = 0, instance?: number) =>
  new Paragraph({ text, numbering: { reference, level: lvl, ...(instance ? { instance } : {}) } });

describe('DOCX reader', () => {
  it('keeps line breaks inside a paragraph (no "Reportand"), paragraphs apart', async () => {
    const bytes = await docx([
      new Paragraph({
        children: [
          new TextRun('Annual Report'),
          new TextRun({ text: 'and Accounts 2023', break: 1 }),
        ],
      }),
      new Paragraph('Second paragraph.'),
    ]);
    expect(await extractDocxText(bytes, 'a.docx')).toBe(
      'Annual Report\nand Accounts 2023\n\nSecond paragraph.\n',
    );
  });

  it('writes the numbering labels Word shows, levels and restarts included', async () => {
    const text = await extractDocxText(
      await docx([
        numbered('first', 'legal'),
        numbered('sub one', 'legal', 1),
        numbered('sub two', 'legal', 1),
        numbered('deep', 'legal', 2),
        numbered('second', 'legal'),
        numbered('sub again', 'legal', 1),
        numbered('new list', 'legal', 0, 2),
        numbered('甲項', 'zh'),
        numbered('細項', 'zh', 1),
        numbered('乙項', 'zh'),
        numbered('本條例稱公司', 'articles'),
        ...Array.from({ length: 10 }, (_, i) => numbered(`條文${i + 2}`, 'articles')),
        numbered('bullet point', 'bullets'),
        numbered('roman', 'upper'),
        numbered('roman', 'upper'),
        numbered('roman', 'upper'),
        numbered('roman', 'upper'),
      ]),
      'n.docx',
    );
    const paras = text.trim().split('\n\n');
    expect(paras).toEqual([
      '(a) first',
      '(i) sub one',
      '(ii) sub two',
      'a.ii.1 deep', // each level in its own format, as Word shows it (no isLgl)
      '(b) second',
      '(i) sub again',
      '(a) new list',
      '（一）甲項',
      '①細項',
      '（二）乙項',
      '第一條 本條例稱公司',
      ...['二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'].map(
        (n, i) => `第${n}條 條文${i + 2}`,
      ),
      '• bullet point',
      'I. roman',
      'II. roman',
      'III. roman',
      'IV. roman',
    ]);
  });

  it('writes a table as one row per line, cells separated by a tab', async () => {
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const text = await extractDocxText(
      await docx([
        new Paragraph({ text: 'Financial information', heading: HeadingLevel.HEADING_1 }),
        new Table({
          rows: [
            new TableRow({ children: [cell('(RMB million)'), cell('2022'), cell('2023')] }),
            new TableRow({
              children: [cell('Revenue & other income'), cell('1,862.4'), cell('2,095.3')],
            }),
          ],
        }),
        new Paragraph('After the table.'),
      ]),
      't.docx',
    );
    expect(text).toBe(
      'Financial information\n\n(RMB million)\t2022\t2023\nRevenue & other income\t1,862.4\t2,095.3\n\nAfter the table.\n',
    );
  });

  it('reads the sample announcement: headings, numbered sections and lists, table, breaks', async () => {
    const en = await readSource(join(ANN, 'en.docx'));
    expect(en.format).toBe('docx');
    expect(en.text).toContain('\n\n1. BACKGROUND\n\n');
    expect(en.text).toContain('\n\n(a) the passing by the Independent Shareholders');
    expect(en.text).toContain('\n\n(ii) Jinhe Holdings, as vendor.');
    expect(en.text).toContain('\n\n• Revenue increased by 12.5%');
    expect(en.text).toContain('\nRevenue\t1,862.4\t2,095.3\n');
    expect(en.text).toContain(
      'By order of the Board\nJinhe Kangning Pharmaceutical Group Co., Ltd.\n',
    );
    const zh = await readSource(join(ANN, 'zh.docx'));
    expect(zh.text).toContain('\n\n（一）全資擁有目標公司');
    expect(zh.text).toContain('\n\n7. 釋義\n\n');
  });

  it('gives the same sentences as the text version', async () => {
    for (const lang of ['en', 'zh']) {
      const txt = split(readFileSync(join(ANN, `${lang}.txt`), 'utf8')).map((s) => s.text);
      const doc = split((await readSource(join(ANN, `${lang}.docx`))).text).map((s) => s.text);
      const have = new Set(doc);
      const share = txt.filter((s) => have.has(s)).length / txt.length;
      console.log(
        `${lang}.docx vs ${lang}.txt: ${(share * 100).toFixed(1)}% of ${txt.length} sentences agree`,
      );
      expect(share).toBeGreaterThanOrEqual(0.95);
    }
  });
});

describe('DOCX numbering (numbering.xml)', () => {
  const numberingXml = `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
    <w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="1">
      <w:lvl w:ilvl="0"><w:numFmt w:val="upperLetter"/><w:lvlText w:val="Article %1"/><w:pStyle w:val="Art"/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  </w:numbering>`;
  const stylesXml = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
    <w:style w:type="paragraph" w:styleId="Art"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="ArtSub"><w:basedOn w:val="Art"/></w:style>
  </w:styles>`;
  const p = (ppr: string, text: string) =>
    `<w:p><w:pPr>${ppr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

  it('follows start values, styles with numbering, numId 0 and tracked changes', () => {
    const doc = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${[
      p('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>', 'three'),
      p('<w:pStyle w:val="Art"/>', 'art a'),
      p('<w:pStyle w:val="ArtSub"/>', 'art b'),
      p('<w:pStyle w:val="Art"/><w:numPr><w:numId w:val="0"/></w:numPr>', 'unnumbered'),
      p(
        '<w:pPrChange w:id="1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange>',
        'was numbered before a tracked change',
      ),
      p('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>', 'four'),
      '<w:p/>',
    ].join('')}</w:body></w:document>`;
    const out = labelParagraphs(doc, new DocxNumbering(numberingXml, stylesXml));
    const texts = [...out.matchAll(/<w:p>.*?<\/w:p>/g)].map((m) =>
      [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    );
    expect(texts).toEqual([
      '3. three',
      'Article A art a',
      'Article B art b',
      'unnumbered',
      'was numbered before a tracked change',
      '4. four',
    ]);
  });
});

describe('DOCX and other Office/ZIP files: errors', () => {
  const fails = async (bytes: Uint8Array, message: RegExp) => {
    const err = await extractDocxText(bytes, 'x.docx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(message);
    expect((err as InputError).format()).not.toContain('\n');
  };
  const en = readFileSync(join(ANN, 'en.docx'));

  it('refuses a truncated DOCX', async () => {
    await fails(en.subarray(0, en.length - 200), /damaged Word document/);
  });

  it('refuses a DOCX whose document.xml is not XML', async () => {
    const entries = readZip(en);
    const xml = new TextDecoder().decode(entryData(entries.get('word/document.xml')!));
    entries.set(
      'word/document.xml',
      makeEntry('word/document.xml', new TextEncoder().encode(xml.slice(0, xml.length / 2))),
    );
    await fails(writeZip(entries.values()), /damaged Word document/);
  });

  it('names a ZIP that is not a Word document', async () => {
    const zip = writeZip([makeEntry('notes.txt', new TextEncoder().encode('hello'))]);
    await fails(zip, /is a ZIP archive, not a Word document/);
    const xlsx = writeZip([makeEntry('xl/workbook.xml', new TextEncoder().encode('<workbook/>'))]);
    await fails(xlsx, /Excel workbook/);
  });

  it('names old .doc files and password-protected Office files', async () => {
    const ole = (stream: string) =>
      new Uint8Array(
        Buffer.concat([
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
          Buffer.alloc(504),
          Buffer.from(stream, 'utf16le'),
        ]),
      );
    const read = (b: Uint8Array) =>
      ole2Reader.read(b, 'x.doc', {}).catch((e: InputError) => e.message);
    expect(await read(ole('WordDocument'))).toMatch(/old Word 97–2003 document.*save it as \.docx/);
    expect(await read(ole('EncryptedPackage'))).toMatch(/password-protected/);
  });
});
