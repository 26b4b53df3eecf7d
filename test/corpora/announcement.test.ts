/**
 * Internal consistency of the sample filing pair in corpora/announcement (see its README):
 * the reference sentence split, the gold beads, the PDF-style text and the planted QA errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('../../corpora/announcement/', import.meta.url));
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const lines = (name: string) => read(name).replace(/\n$/, '').split('\n');

const HAN = /\p{Script=Han}/gu;
const hanOf = (text: string) => (text.match(HAN) ?? []).join('');

/** Latin words and numbers, hyphens ignored ("non-executive" = "nonexecutive"). */
const wordsOf = (text: string) => text.replace(/-/g, '').match(/[A-Za-z0-9]+/g) ?? [];

/** "R E A S O N S  F O R" -> "REASONS FOR": one space inside a word, two between words. */
function unLetterSpace(line: string): string {
  if (!/(?:^|\s)(?:\p{Lu} ){3,}\p{Lu}(?:\s|$)/u.test(line)) return line;
  return line
    .split(/ {2,}/)
    .map((part) =>
      part.split(' ').every((t) => [...t].length === 1) ? part.replace(/ /g, '') : part,
    )
    .join(' ');
}

/**
 * The body text of a .pdf.txt: pages split at form feeds; the running header (the first
 * line of the first page, repeated at the top of every page) and the page-number footer (the
 * last non-empty line of each page) dropped; letter-spaced headings closed up; a hyphen at a
 * line end joined to the next line.
 */
function pdfBody(name: string): { body: string; pages: number } {
  const pages = read(name).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  const header = pages[0]!.split('\n')[0]!;
  const kept: string[] = [];
  for (const page of pages) {
    const pl = page.split('\n');
    expect(pl[0]).toBe(header);
    while (pl.length > 0 && pl.at(-1)!.trim() === '') pl.pop();
    expect(pl.at(-1)!.trim()).toMatch(/^(?:– )?\d+(?: –)?$/);
    kept.push(...pl.slice(1, -1).map(unLetterSpace));
  }
  return { body: kept.join('\n').replace(/-\n\s*/g, ''), pages: pages.length };
}

function parseBeads(text: string): { src: number[]; tgt: number[] }[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const m = /^\[([0-9,]*)\]:\[([0-9,]*)\]$/.exec(l.trim());
      expect(m, `bad bead line: ${l}`).not.toBeNull();
      const ints = (s: string) => (s === '' ? [] : s.split(',').map(Number));
      return { src: ints(m![1]!), tgt: ints(m![2]!) };
    });
}

describe('corpora/announcement', () => {
  for (const lang of ['en', 'zh']) {
    it(`${lang}.sent is ${lang}.txt split into trimmed segments, in order`, () => {
      const txt = read(`${lang}.txt`);
      const sent = lines(`${lang}.sent`);
      expect(txt).not.toMatch(/\r/);
      for (const s of sent) {
        expect(s.length).toBeGreaterThan(0);
        expect(s).toBe(s.trim());
      }
      // every segment lies inside one line of the text, in order, and nothing is left over
      let rest = txt.split('\n').filter((l) => l.trim() !== '');
      let li = 0;
      let pos = 0;
      for (const s of sent) {
        while (li < rest.length && rest[li]!.indexOf(s, pos) < 0) {
          expect(rest[li]!.slice(pos).trim(), `text left between segments before "${s}"`).toBe('');
          li++;
          pos = 0;
        }
        expect(li, `segment not found in order: "${s}"`).toBeLessThan(rest.length);
        const at = rest[li]!.indexOf(s, pos);
        expect(rest[li]!.slice(pos, at).trim(), `text skipped before "${s}"`).toBe('');
        pos = at + s.length;
      }
      rest = rest.slice(li);
      expect(rest[0]!.slice(pos).trim()).toBe('');
      expect(rest.length).toBe(1);
      expect(sent.join('').replace(/\s/g, '')).toBe(txt.replace(/\s/g, ''));
    });
  }

  it('gold.beads covers every line of en.sent and zh.sent exactly once, monotone', () => {
    const beads = parseBeads(read('gold.beads'));
    const nEn = lines('en.sent').length;
    const nZh = lines('zh.sent').length;
    let nextSrc = 0;
    let nextTgt = 0;
    for (const b of beads) {
      expect(b.src.length + b.tgt.length).toBeGreaterThan(0);
      for (const i of b.src) expect(i).toBe(nextSrc++);
      for (const i of b.tgt) expect(i).toBe(nextTgt++);
    }
    expect(nextSrc).toBe(nEn);
    expect(nextTgt).toBe(nZh);
    const types = new Set(beads.map((b) => `${b.src.length}-${b.tgt.length}`));
    for (const t of ['1-1', '1-2', '2-1', '2-2']) expect(types.has(t)).toBe(true);
  });

  for (const lang of ['en', 'zh']) {
    it(`${lang}.pdf.txt has the words of ${lang}.txt on 3 pages`, () => {
      const txt = read(`${lang}.txt`);
      const { body, pages } = pdfBody(`${lang}.pdf.txt`);
      expect(pages).toBe(3);
      expect(wordsOf(body)).toEqual(wordsOf(txt));
      expect(hanOf(body)).toBe(hanOf(txt));
      const raw = read(`${lang}.pdf.txt`);
      const width = Math.max(...raw.split(/[\n\f]/).map((l) => [...l].length));
      expect(width).toBeLessThanOrEqual(lang === 'en' ? 96 : 82);
    });
  }

  it('en.pdf.txt shows the PDF artefacts the README lists', () => {
    const raw = read('en.pdf.txt');
    expect(raw).toContain('B A C K G R O U N D');
    expect(raw).toContain('R E A S O N S  F O R  T H E  T R A N S A C T I O N');
    expect(raw).toMatch(/non-\nexecutive/);
    expect((raw.match(/[a-z]-\n[a-z]/g) ?? []).length).toBeGreaterThanOrEqual(4);
    const zh = read('zh.pdf.txt');
    expect(zh).toContain('《中華 人民共和國 公司法》');
  });

  it('qa-errors: at least 14 planted errors of at least 10 kinds, each found in qa-errors/zh.txt', () => {
    const [head, ...rows] = lines('qa-errors/errors.tsv').map((l) => l.split('\t'));
    const col = (name: string) => head!.indexOf(name);
    for (const name of ['id', 'kind', 'en_line', 'zh_planted', 'description']) {
      expect(col(name)).toBeGreaterThanOrEqual(0);
    }
    expect(rows.length).toBeGreaterThanOrEqual(14);
    expect(new Set(rows.map((r) => r[col('kind')])).size).toBeGreaterThanOrEqual(10);
    const planted = read('qa-errors/zh.txt');
    const clean = read('zh.txt');
    const nEn = lines('en.sent').length;
    for (const r of rows) {
      expect(r.length).toBe(head!.length);
      const text = r[col('zh_planted')]!;
      expect(planted, `${r[0]} not planted`).toContain(text);
      expect(clean, `${r[0]} is also in the clean text`).not.toContain(text);
      const enLine = Number(r[col('en_line')]);
      expect(Number.isInteger(enLine) && enLine >= 0 && enLine < nEn).toBe(true);
      expect(r[col('description')]!.length).toBeGreaterThan(0);
    }
  });
});
