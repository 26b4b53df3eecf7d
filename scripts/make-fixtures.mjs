#!/usr/bin/env node
// Builds the document fixtures the reader tests use, from corpora/announcement/en.txt and
// zh.txt (small texts of its own when those are missing):
//   corpora/announcement/{en,zh}.pdf   A5 pages, running header, page number in the footer,
//                                      justified and hyphenated English, Chinese in a
//                                      non-embedded CID font (MSung-Light, UniCNS-UCS2-H)
//   corpora/announcement/{en,zh}.docx  headings and lists with Word numbering (labels are not
//                                      text), tables, line breaks inside paragraphs
//   corpora/documents/two-column.pdf   p.1 two columns of English, p.2 English beside Chinese,
//                                      the columns drawn interleaved line by line; the text in
//                                      reading order is two-column.txt
//   corpora/documents/table.pdf        paragraph, ruled table, paragraph (table.txt)
//   corpora/documents/encrypted.pdf    needs a password ("secret")
//   corpora/documents/owner-password.pdf  encrypted with an owner password only: opens freely
//   corpora/documents/announcement.html and announcement-big5.html (meta charset=big5)
// Deterministic: run it again after editing the texts.  node scripts/make-fixtures.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  LevelSuffix,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { docxBytes } from './lib/docx-bytes.mjs';
import { layoutText, tablePage, twoColumnPage } from './lib/pdf-layout.mjs';
import { PdfDocument } from './lib/pdf-writer.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ann = join(root, 'corpora', 'announcement');
const docs = join(root, 'corpora', 'documents');
mkdirSync(ann, { recursive: true });
mkdirSync(docs, { recursive: true });

const FALLBACK_EN = `ABC HOLDINGS LIMITED

1. INTRODUCTION

The Board is pleased to announce that the Company has entered into an agreement for the acquisition of the entire equity interest in the Target Company at a consideration of RMB947.2 million. The consideration was determined after arm's length negotiations.

(a) the passing of an ordinary resolution by the Shareholders; and
(b) the Target Company remaining in good standing.

Revenue\t1,862.4\t2,095.3
`;
const FALLBACK_ZH = `ABC控股有限公司

1. 緒言

董事會欣然宣佈，本公司已訂立協議，以代價人民幣947.2百萬元收購目標公司的全部股權。代價乃經公平磋商後釐定。

（一）股東通過普通決議案；及
（二）目標公司維持良好狀況。

收入\t1,862.4\t2,095.3
`;
const read = (name, fallback) => {
  try {
    return readFileSync(join(ann, name), 'utf8');
  } catch {
    return fallback;
  }
};
const en = read('en.txt', FALLBACK_EN);
const zh = read('zh.txt', FALLBACK_ZH);
const firstLine = (text, re) =>
  text
    .split('\n')
    .find((l) => re.test(l))
    ?.trim();
const enName = firstLine(en, /^[A-Z][A-Z ,.()&-]+(LIMITED|LTD\.)$/) ?? 'ABC HOLDINGS LIMITED';
const zhName = firstLine(zh, /^\p{Script=Han}+(有限公司|股份有限公司)$/u) ?? 'ABC控股有限公司';
const titleCase = (s) => s.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());

const written = [];
const save = (path, data) => {
  writeFileSync(path, data);
  written.push(path.slice(root.length + 1));
};

// ------------------------------------------------------------------------------------ PDF
save(
  join(ann, 'en.pdf'),
  layoutText(en, { header: `${titleCase(enName)} — Announcement`, centred: 2 }).toBytes(),
);
save(
  join(ann, 'zh.pdf'),
  layoutText(zh, { header: `${zhName} — 公告`, centred: 2, hyphenate: false }).toBytes(),
);

const LEFT = [
  'The Group recorded revenue of RMB26.20 billion for the year, an increase of 12.5% over the previous year. The growth was mainly driven by sales of innovative drugs and sterile injectables.',
  'Gross profit margin was 58.3%, up 1.6 percentage points, as the product mix continued to shift towards higher-margin products.',
];
const RIGHT = [
  'Selling and distribution expenses rose by 8.1% to RMB7.42 billion, reflecting the expansion of the sales network in lower-tier cities.',
  'The Board recommends the payment of a final dividend of HK3.50 cents per share, subject to the approval of the Shareholders at the annual general meeting.',
];
const SIDE_EN = [
  'The Company will hold its annual general meeting on 28 June 2024. A notice convening the meeting will be published in due course.',
  'Shareholders whose names appear on the register of members on 20 June 2024 will be entitled to attend and vote at the meeting.',
];
const SIDE_ZH = [
  '本公司將於二零二四年六月二十八日舉行股東週年大會。召開大會的通告將於適當時候刊發。',
  '於二零二四年六月二十日名列股東名冊的股東將有權出席大會並於會上投票。',
];
const twoCol = new PdfDocument({ width: 595, height: 842 });
twoColumnPage(twoCol, 'ANNUAL RESULTS: FINANCIAL REVIEW', LEFT, RIGHT, { folio: 1 });
twoColumnPage(twoCol, 'ANNUAL GENERAL MEETING 股東週年大會', SIDE_EN, SIDE_ZH, { folio: 2 });
save(join(docs, 'two-column.pdf'), twoCol.toBytes());
save(
  join(docs, 'two-column.txt'),
  `ANNUAL RESULTS: FINANCIAL REVIEW\n\n${[...LEFT, ...RIGHT].join('\n\n')}\n\f` +
    `ANNUAL GENERAL MEETING 股東週年大會\n\n${[...SIDE_EN, ...SIDE_ZH].join('\n\n')}\n`,
);

const BEFORE =
  'Set out below is the audited financial information of the Target Company for the two years ended 31 December 2023:';
const ROWS = [
  ['(RMB million)', '2022', '2023'],
  ['Revenue', '1,862.4', '2,095.3'],
  ['Net profit before taxation', '318.6', '362.1'],
  ['Net profit after taxation', '270.8', '307.8'],
  ['收入（人民幣百萬元）', '1,862.4', '2,095.3'],
];
const AFTER =
  'As at 31 December 2023, the audited net asset value of the Target Company was approximately RMB1,736.9 million.';
save(join(docs, 'table.pdf'), tablePage(BEFORE, ROWS, AFTER).toBytes());
save(
  join(docs, 'table.txt'),
  `${BEFORE}\n\n${ROWS.map((r) => r.join('\t')).join('\n')}\n\n${AFTER}\n`,
);

const secret = layoutText('This announcement is protected by a password.\n', {
  header: 'Confidential',
  encrypt: { user: 'secret', owner: 'owner' },
});
save(join(docs, 'encrypted.pdf'), secret.toBytes());
const locked = layoutText(
  'The Board announces that this document may be read but not changed.\n\n董事會宣佈本文件可供閱覽但不得修改。\n',
  { header: 'Owner password only', encrypt: { user: '', owner: 'owner' } },
);
save(join(docs, 'owner-password.pdf'), locked.toBytes());

// ----------------------------------------------------------------------------------- DOCX
const LIST_PATTERNS = [
  { re: /^\(([ivx]+)\)\s*/, ref: 'roman' },
  { re: /^\(([a-z])\)\s*/, ref: 'letter' },
  { re: /^(\d{1,2})\.\s+/, ref: 'decimal' },
  { re: /^（[一二三四五六七八九十]+）/u, ref: 'chinese' },
  { re: /^•\s*/, ref: 'bullet' },
];
const level = (format, text, suffix = LevelSuffix.TAB) => ({
  level: 0,
  format,
  text,
  suffix,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 720, hanging: 720 } } },
});
const numbering = {
  config: [
    { reference: 'section', levels: [level(LevelFormat.DECIMAL, '%1.', LevelSuffix.SPACE)] },
    { reference: 'roman', levels: [level(LevelFormat.LOWER_ROMAN, '(%1)')] },
    { reference: 'letter', levels: [level(LevelFormat.LOWER_LETTER, '(%1)')] },
    { reference: 'decimal', levels: [level(LevelFormat.DECIMAL, '%1.')] },
    {
      reference: 'chinese',
      levels: [level(LevelFormat.CHINESE_COUNTING, '（%1）', LevelSuffix.NOTHING)],
    },
    // a bullet in the Symbol font, as Word writes it
    { reference: 'bullet', levels: [level(LevelFormat.BULLET, '\uf0b7')] },
  ],
};

/** A Word document from the same text: numbering labels become Word numbering. */
function docxFrom(text) {
  const children = [];
  let instance = 0;
  const blocks = text
    .trim()
    .split(/\n[ \t]*\n/)
    .map((b) => b.split('\n').filter((l) => l.trim()));
  for (const block of blocks) {
    const single = block.length === 1 ? block[0] : undefined;
    const section = single && /^(\d+)\.\s+(\S.{0,60})$/.exec(single);
    if (section && !/[.。:：;；]$/.test(single)) {
      children.push(
        new Paragraph({
          text: section[2],
          heading: HeadingLevel.HEADING_1,
          numbering: { reference: 'section', level: 0 },
        }),
      );
      continue;
    }
    if (single && single.length < 60 && !/[.。:：;；)）]$/.test(single) && !single.includes('\t')) {
      children.push(new Paragraph({ text: single, heading: HeadingLevel.HEADING_2 }));
      continue;
    }
    instance++;
    let plain = [];
    let rows = [];
    const flushPlain = () => {
      if (!plain.length) return;
      // consecutive lines: one paragraph with line breaks (<w:br/>) between them
      const runs = plain.map((l, i) => new TextRun({ text: l, break: i ? 1 : 0 }));
      children.push(new Paragraph({ children: runs }));
      plain = [];
    };
    const flushRows = () => {
      if (!rows.length) return;
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: rows.map(
            (cells) =>
              new TableRow({
                children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })),
              }),
          ),
        }),
      );
      rows = [];
    };
    for (const line of block) {
      if (line.includes('\t')) {
        flushPlain();
        rows.push(line.split('\t'));
        continue;
      }
      flushRows();
      const list = block.length > 1 && LIST_PATTERNS.find((p) => p.re.test(line));
      if (list) {
        flushPlain();
        children.push(
          new Paragraph({
            text: line.replace(list.re, ''),
            numbering: { reference: list.ref, level: 0, instance },
          }),
        );
      } else plain.push(line);
    }
    flushPlain();
    flushRows();
  }
  return new Document({ numbering, sections: [{ children }] });
}
const DOCX = { creator: 'zhen make-fixtures', date: '2024-03-25' };
save(join(ann, 'en.docx'), await docxBytes(docxFrom(en), DOCX));
save(join(ann, 'zh.docx'), await docxBytes(docxFrom(zh), DOCX));

// ----------------------------------------------------------------------------------- HTML
const html = (charset) => `<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="${charset}">
<title>Page title, not content</title>
<style>p { margin: 0 } .x::before { content: "not text" }</style>
<script>document.write("<p>script text must not appear</p>");</script>
</head>
<body>
<noscript><p>Please enable JavaScript.</p></noscript>
<template><p>Template text must not appear.</p></template>
<h1>ANNOUNCEMENT &amp; NOTICE OF ANNUAL GENERAL MEETING</h1>
<h2>股東週年大會通告</h2>
<p>The Board is pleased to announce that the annual general meeting of the Company
will be held on 28&nbsp;June 2024 at 10:00 a.m. The meeting will consider the
following resolutions:</p>
<ol type="a">
<li>to receive the audited financial statements for the year ended 31 December 2023;</li>
<li>to declare a final dividend of HK3.50 cents per share; and</li>
<li>to re-elect the retiring Directors.</li>
</ol>
<p>本公司將於二零二四年六月二十八日舉行股東週年大會，
會上將審議上述決議案。</p>
<table>
<tr><th>(RMB million)</th><th>2022</th><th>2023</th></tr>
<tr><td>Revenue</td><td>1,862.4</td><td>2,095.3</td></tr>
<tr><td>收入</td><td>1,862.4</td><td>2,095.3</td></tr>
</table>
<p>By order of the Board<br>Dr. Yang Qiming<br>Chairman</p>
<div hidden>Hidden text must not appear.</div>
<p>Hong Kong, 25 March 2024 &mdash; &#x4E2D;&#25991; &lt;end&gt;</p>
</body>
</html>
`;
save(join(docs, 'announcement.html'), html('utf-8'));
// Big5 bytes: Node has no Big5 encoder, so one is built from the decoder.
const big5 = new Map();
const decoder = new TextDecoder('big5');
for (let a = 0x81; a <= 0xfe; a++) {
  for (let b = 0x40; b <= 0xfe; b++) {
    const ch = decoder.decode(new Uint8Array([a, b]));
    if (ch.length === 1 && ch !== '\ufffd' && !big5.has(ch)) big5.set(ch, [a, b]);
  }
}
const toBig5 = (s) =>
  Uint8Array.from(
    [...s].flatMap((ch) =>
      ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (big5.get(ch) ?? [0x3f]),
    ),
  );
save(join(docs, 'announcement-big5.html'), toBig5(html('big5')));

console.log(`wrote ${written.length} files:\n  ${written.join('\n  ')}`);
