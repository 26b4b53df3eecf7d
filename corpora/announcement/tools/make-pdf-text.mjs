#!/usr/bin/env node
// Makes en.pdf.txt and zh.pdf.txt from en.txt and zh.txt: the text as pdftotext would give
// it from a 3-page A4 layout (hard-wrapped lines, running header, page-number footer, form
// feeds, a few hyphenated line ends, letter-spaced headings, spaces inside CJK names).
// No PDF is involved: the layout is simulated, deterministically, so the output can be
// regenerated after an edit of the .txt files:  node corpora/announcement/tools/make-pdf-text.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = 3;

const isWide = (ch) => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2026]/u.test(ch);
const cols = (s) => [...s].reduce((n, ch) => n + (isWide(ch) ? 2 : 1), 0);
const pad = (s, width) => s + ' '.repeat(Math.max(1, width - cols(s)));
const center = (s, width) => ' '.repeat(Math.max(0, Math.floor((width - cols(s)) / 2))) + s;

// A heading (numbered or not) is followed by its paragraph with no blank line in between.
const isHeading = (block, bi) =>
  bi > 2 && !block.includes('\n') && !/[.:;。：；]$/.test(block) && block.length < 60;
const isSection = (block) => /^\d\. \S/.test(block) && !block.includes('\n') && block.length < 60;
// Paragraph spacing is small in this layout: pdftotext leaves a blank line only around the
// top matter, before numbered section headings, around tables and before the signature.
const blankAfter = (blocks, bi) => {
  const next = blocks[bi + 1];
  if (next === undefined || isHeading(blocks[bi], bi)) return false;
  return bi <= 2 || isSection(next) || next.includes('\t') || blocks[bi].includes('\t') ||
    /^(By order of the Board|承董事會命)/.test(next) || /^(By order of the Board|承董事會命)/.test(blocks[bi]);
};

// ------------------------------------------------------------------------------- English
const EN_WIDTH = 90;
// Words hyphenated when they fall at a line end (at most MAX_HYPHENS of them), and real
// compounds that are broken at their own hyphen.
const HYPHENATE = {
  acquisition: 'acqui-sition',
  consideration: 'consid-eration',
  announcement: 'an-nouncement',
  Shareholders: 'Share-holders',
  requirements: 'require-ments',
  conditionally: 'condition-ally',
  pharmaceutical: 'pharma-ceutical',
  independent: 'inde-pendent',
  manufacture: 'manu-facture',
  approximately: 'approxi-mately',
  recommendation: 'recom-mendation',
  fulfilment: 'fulfil-ment',
};
const MAX_HYPHENS = 5;
const COMPOUNDS = new Set(['non-executive', 'wholly-owned']);
let hyphens = 0;

function wrapEn(text, width, indent = '', firstIndent = '') {
  const words = text.split(' ');
  const lines = [];
  let line = firstIndent;
  let lineHasWord = false;
  const push = () => {
    lines.push(line.replace(/\s+$/, ''));
    line = indent;
    lineHasWord = false;
  };
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const sep = lineHasWord ? ' ' : '';
    if (line.length + sep.length + w.length <= width) {
      line += sep + w;
      lineHasWord = true;
      continue;
    }
    const room = width - line.length - sep.length;
    const bare = w.replace(/[^A-Za-z-]+$/, '');
    const tail = w.slice(bare.length);
    const dash = bare.indexOf('-');
    if (COMPOUNDS.has(bare.toLowerCase()) && dash > 0 && dash + 1 <= room) {
      line += sep + bare.slice(0, dash + 1);
      push();
      line += bare.slice(dash + 1) + tail;
      lineHasWord = true;
      continue;
    }
    const h = HYPHENATE[bare];
    if (h && hyphens < MAX_HYPHENS) {
      const [a, b] = h.split('-');
      if (a.length + 1 <= room) {
        hyphens++;
        line += sep + a + '-';
        push();
        line += b + tail;
        lineHasWord = true;
        continue;
      }
    }
    push();
    line += w;
    lineHasWord = true;
  }
  if (lineHasWord) push();
  return lines;
}

function letterSpace(heading, wordSep) {
  const m = /^(\d+\.)\s+(.*)$/.exec(heading);
  const spaced = m[2]
    .split(' ')
    .map((w) => [...w].join(' '))
    .join(wordSep);
  return `${m[1]}  ${spaced}`;
}

function layoutEn(text) {
  const blocks = text.trimEnd().split('\n\n');
  const out = [];
  blocks.forEach((block, bi) => {
    const lines = block.split('\n');
    for (const line of lines) {
      if (bi === 1 || bi === 2) {
        // issuer block and title: centred
        for (const l of wrapEn(line, 72)) out.push(center(l.trim(), EN_WIDTH));
      } else if (line === '1. BACKGROUND') {
        out.push(letterSpace(line, ' '));
      } else if (line === '4. REASONS FOR THE TRANSACTION') {
        out.push(letterSpace(line, '  '));
      } else if (line.includes('\t')) {
        const [label, ...vals] = line.split('\t');
        out.push(pad(label, 60) + vals.map((v) => v.padStart(14)).join(''));
      } else if (/^"[^"]+" /.test(line)) {
        const term = /^"[^"]+"/.exec(line)[0];
        const meaning = line.slice(term.length + 1);
        const ind = ' '.repeat(32);
        const first = term.length >= 31 ? term + '  ' : pad(term, 32);
        out.push(...wrapEn(meaning, EN_WIDTH, ind, first));
      } else {
        const m = /^(\((?:[a-z]|i|ii|iii)\)|\d\.|•) (?=\S)/.exec(line);
        if (m && !isHeading(block, bi)) {
          const ind = ' '.repeat(6);
          out.push(...wrapEn(line.slice(m[0].length), EN_WIDTH, ind, pad(m[1], 6)));
        } else if (line.startsWith('As at the date of this announcement, the Board comprises')) {
          // the board-composition paragraph is set in a smaller font: longer lines
          out.push(...wrapEn(line, 96));
        } else {
          out.push(...wrapEn(line, EN_WIDTH));
        }
      }
    }
    if (blankAfter(blocks, bi)) out.push('');
  });
  while (out.at(-1) === '') out.pop();
  return out;
}

// ------------------------------------------------------------------------------- Chinese
const ZH_WIDTH = 80; // columns; a CJK character takes 2
const NO_START = new Set([...'。，、；：）」》％！？']);
const NO_END = new Set([...'（「《']);
// Spaces a PDF extractor inserts between CJK glyphs inside a few names (first occurrence).
const CJK_SPACES = [
  ['《中華人民共和國公司法》', '《中華 人民共和國 公司法》'],
  ['《藥品管理法實施條例》', '《藥品管理法 實施條例》'],
  ['7. 釋義', '7. 釋 義'],
];

function atomsZh(text) {
  // a CJK/full-width character, a run of other non-space characters, or a space
  return text.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]|[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+| /gu) ?? [];
}

function wrapZh(text, width, indent = '', firstIndent = '') {
  const atoms = atomsZh(text);
  const lines = [];
  let line = firstIndent;
  let used = cols(firstIndent);
  for (const a of atoms) {
    const w = cols(a);
    if (used + w <= width || (NO_START.has(a) && used + w <= width + 2) || line.trim() === '') {
      line += a;
      used += w;
      continue;
    }
    // break: carry a trailing opening bracket over to the next line
    let carry = '';
    while (line.length > 0 && NO_END.has(line.at(-1))) {
      carry = line.at(-1) + carry;
      line = line.slice(0, -1);
    }
    lines.push(line.replace(/\s+$/, ''));
    const next = a === ' ' ? '' : a;
    line = indent + carry + next;
    used = cols(line);
  }
  if (line.trim() !== '') lines.push(line.replace(/\s+$/, ''));
  return lines;
}

function layoutZh(text) {
  for (const [from, to] of CJK_SPACES) text = text.replace(from, to);
  const blocks = text.trimEnd().split('\n\n');
  const out = [];
  blocks.forEach((block, bi) => {
    for (const line of block.split('\n')) {
      if (bi === 1 || bi === 2) {
        for (const l of wrapZh(line, 64)) out.push(center(l.trim(), ZH_WIDTH));
      } else if (line.includes('\t')) {
        const [label, ...vals] = line.split('\t');
        out.push(pad(label, 44) + vals.map((v) => ' '.repeat(Math.max(1, 18 - cols(v))) + v).join(''));
      } else if (/^「[^」]+」 指 /.test(line)) {
        const term = /^「[^」]+」/.exec(line)[0];
        const meaning = line.slice(term.length + 3);
        const first = pad(term, 20) + '指  ';
        out.push(...wrapZh(meaning, ZH_WIDTH, ' '.repeat(cols(first)), first));
      } else {
        const m = /^(\((?:[a-z]|i|ii)\) |（[一二三]）|\d\. (?=\S)|• )/.exec(line);
        if (m && !isHeading(block, bi)) {
          const marker = m[1].trim();
          const first = pad(marker, 6);
          out.push(...wrapZh(line.slice(m[1].length), ZH_WIDTH, ' '.repeat(6), first));
        } else {
          out.push(...wrapZh(line, ZH_WIDTH));
        }
      }
    }
    if (blankAfter(blocks, bi)) out.push('');
  });
  while (out.at(-1) === '') out.pop();
  return out;
}

// ------------------------------------------------------------------------------- pages
function paginate(body, header, footer, width) {
  const per = Math.ceil(body.length / PAGES);
  const pages = [];
  for (let p = 0; p < PAGES; p++) {
    const chunk = body.slice(p * per, (p + 1) * per);
    while (chunk[0] === '') chunk.shift();
    while (chunk.at(-1) === '') chunk.pop();
    pages.push([header, '', ...chunk, '', center(footer(p + 1), width)].join('\n') + '\n');
  }
  return { text: pages.join('\f') + '\f', per };
}

const en = readFileSync(join(dir, 'en.txt'), 'utf8');
const zh = readFileSync(join(dir, 'zh.txt'), 'utf8');
const enPages = paginate(
  layoutEn(en),
  'JINHE KANGNING PHARMACEUTICAL GROUP CO., LTD. — ANNOUNCEMENT',
  (n) => `– ${n} –`,
  EN_WIDTH,
);
const zhPages = paginate(layoutZh(zh), '金禾康寧醫藥集團股份有限公司 — 公告', (n) => `${n}`, ZH_WIDTH);
writeFileSync(join(dir, 'en.pdf.txt'), enPages.text);
writeFileSync(join(dir, 'zh.pdf.txt'), zhPages.text);
console.log(`en.pdf.txt: ${enPages.per} body lines per page, ${hyphens} hyphenated words`);
console.log(`zh.pdf.txt: ${zhPages.per} body lines per page`);
