#!/usr/bin/env node
// Builds corpora/bilingual: documents that carry both languages in one file, for
// `zhen split --separate` and single-file `zhen align`, each with its gold (NAME.en.sent,
// NAME.zh.sent: the expected sentences of each side; NAME.gold: the beads, English first,
// 0-based). Text and gold come from the same data (scripts/lib/bilingual-data.mjs).
//   notice-paragraphs.txt / .html / .pdf  alternating paragraphs (English, then its Chinese); the
//                                  PDF on A5 pages with a running header and page numbers
//   proxy-lines.txt                alternating lines, and lines carrying both ("Signature 簽署")
//   circular-table.docx            titles, then a Word table: English column, Chinese column
//   legislation-columns.pdf        English left column, Chinese right column, 2 A4 pages,
//                                  running header in each column, page number in the footer
//   halves.txt                     all English first, then all Chinese
//   inline-titles.txt              English prose with Chinese law titles in brackets
// Deterministic.  node scripts/make-bilingual-fixtures.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import {
  HALVES,
  INLINE_TITLES,
  NOTICE,
  ORDINANCE,
  ORDINANCE_HEADER,
  PROXY,
  TABLE_AFTER,
  TABLE_ROWS,
  TABLE_TITLE,
} from './lib/bilingual-data.mjs';
import { docxBytes } from './lib/docx-bytes.mjs';
import { layoutText, wrap } from './lib/pdf-layout.mjs';
import { measure, PdfDocument } from './lib/pdf-writer.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'corpora', 'bilingual');
mkdirSync(out, { recursive: true });
const written = [];
const save = (name, data) => {
  writeFileSync(join(out, name), data);
  written.push(name);
};

const enText = (pair) => pair.flatMap(([en]) => en).join(' ');
const zhText = (pair) => pair.flatMap(([, zh]) => zh).join('');

/** NAME.en.sent, NAME.zh.sent and NAME.gold from beads in document order. */
function saveGold(name, beads) {
  const en = [];
  const zh = [];
  const lines = [];
  for (const [e, z] of beads) {
    const src = e.map((s) => en.push(s) - 1);
    const tgt = z.map((s) => zh.push(s) - 1);
    lines.push(`[${src.join(',')}]:[${tgt.join(',')}]`);
  }
  save(`${name}.en.sent`, en.length ? `${en.join('\n')}\n` : '');
  save(`${name}.zh.sent`, zh.length ? `${zh.join('\n')}\n` : '');
  save(`${name}.gold`, `${lines.join('\n')}\n`);
}

// ------------------------------------------------------------- alternating paragraphs (txt, html)
save('notice-paragraphs.txt', `${NOTICE.map((p) => `${enText(p)}\n\n${zhText(p)}\n`).join('\n')}`);
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const htmlBlock = (p, k) => {
  const tag = k === 3 ? 'h2' : k === 0 ? 'h1' : 'p';
  return `<${tag}>${esc(enText(p))}</${tag}>\n<${tag} lang="zh-HK">${esc(zhText(p))}</${tag}>`;
};
save(
  'notice-paragraphs.html',
  `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Notice of AGM 股東週年大會通告</title>
</head>
<body>
${NOTICE.map(htmlBlock).join('\n')}
</body>
</html>
`,
);
save(
  'notice-paragraphs.pdf',
  layoutText(`${NOTICE.map((p) => `${enText(p)}\n\n${zhText(p)}\n`).join('\n')}`, {
    header: 'Harbourview Lighting Holdings Limited 港景照明控股有限公司 — Notice of AGM',
    hyphenate: false,
  }).toBytes(),
);
saveGold('notice-paragraphs', NOTICE.flat());

// -------------------------------------------------------------------------- alternating lines
const proxyBlocks = PROXY.map((block) =>
  block
    .map((line, k) => {
      if (line.split) {
        const sep = k === 0 ? ' / ' : ' ';
        return `${enText(line.pair)}${sep}${zhText(line.pair)}`;
      }
      return `${enText(line)}\n${zhText(line)}`;
    })
    .join('\n'),
);
save('proxy-lines.txt', `${proxyBlocks.join('\n\n')}\n`);
saveGold(
  'proxy-lines',
  PROXY.flat().flatMap((line) => (line.split ? line.pair : line)),
);

// ------------------------------------------------------------------------- table (Word, DOCX)
const cell = (text) =>
  new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    children: [new Paragraph(text)],
  });
const tableDoc = new Document({
  sections: [
    {
      children: [
        ...TABLE_TITLE.flatMap((p) => [
          new Paragraph({ text: enText(p), heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: zhText(p), heading: HeadingLevel.HEADING_1 }),
        ]),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: TABLE_ROWS.map(
            (p) => new TableRow({ children: [cell(enText(p)), cell(zhText(p))] }),
          ),
        }),
        ...TABLE_AFTER.flatMap((p) => [new Paragraph(enText(p)), new Paragraph(zhText(p))]),
      ],
    },
  ],
});
save(
  'circular-table.docx',
  await docxBytes(tableDoc, { creator: 'zhen make-bilingual-fixtures', date: '2024-04-25' }),
);
saveGold('circular-table', [...TABLE_TITLE, ...TABLE_ROWS, ...TABLE_AFTER].flat());

// ------------------------------------------------------------------- two language columns (PDF)
/**
 * English in the left column, Chinese in the right, each pair of paragraphs starting at the same
 * height (as bilingual legislation is printed); a pair that does not fit goes to the next page.
 * A running header over each column, the page number centred in the footer.
 */
function columnsPdf(pairs, [enHeader, zhHeader]) {
  const doc = new PdfDocument({ width: 595, height: 842 });
  const size = 10;
  const leading = 14;
  const gap = 8;
  const left = 56;
  const gutter = 28;
  const colWidth = (595 - 2 * left - gutter) / 2;
  const right = left + colWidth + gutter;
  const top = 842 - 100;
  const bottom = 80;
  let page;
  let y;
  const newPage = () => {
    page = doc.addPage();
    const n = doc.pages.length;
    page.text(left, 842 - 60, enHeader, { size: 8 });
    page.text(right + colWidth - measure(zhHeader, 8), 842 - 60, zhHeader, { size: 8 });
    page.rule(left, 842 - 66, 595 - left);
    const folio = `– ${n} –`;
    page.text((595 - measure(folio, 9)) / 2, 50, folio, { size: 9 });
    y = top;
  };
  newPage();
  for (const pair of pairs) {
    const en = enText(pair);
    const zh = zhText(pair);
    const bold = !/[.:;)。：；）]$/u.test(en);
    const a = wrap(en, colWidth, size, { bold });
    const b = wrap(zh, colWidth, size, { bold });
    const height = Math.max(a.length, b.length) * leading;
    if (y - height < bottom) newPage();
    for (const [i, l] of a.entries()) page.text(left, y - i * leading, l.text, { size, bold });
    for (const [i, l] of b.entries()) page.text(right, y - i * leading, l.text, { size, bold });
    y -= height + gap;
  }
  return doc;
}
const columns = columnsPdf(ORDINANCE, ORDINANCE_HEADER);
save('legislation-columns.pdf', columns.toBytes());
if (columns.pages.length < 2) throw new Error('legislation-columns.pdf should have 2+ pages');
saveGold('legislation-columns', ORDINANCE.flat());

// ------------------------------------------------------------------------------------ halves
save('halves.txt', `${HALVES.map(enText).join('\n\n')}\n\n${HALVES.map(zhText).join('\n\n')}\n`);
saveGold('halves', HALVES.flat());

// ----------------------------------------------------------------------------- inline titles
save(
  'inline-titles.txt',
  `${INLINE_TITLES.slice(0, 3).join(' ')}\n\n${INLINE_TITLES.slice(3).join(' ')}\n`,
);
saveGold(
  'inline-titles',
  INLINE_TITLES.map((s) => [[s], []]),
);

console.log(`wrote ${written.length} files in corpora/bilingual:\n  ${written.join('\n  ')}`);
