/**
 * The acceptance figures of `separate` on corpora/bilingual, one fixture per layout and every
 * input format (text, HTML, PDF, DOCX): ≥ 99% of the gold sentences on the right side, and the
 * implied alignment matching ≥ 98% of the gold beads, over all fixtures and for each one.
 * The figures are printed.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/io/read.js';
import { alignSeparation, type Layout, separate } from '../../src/separate/index.js';
import { BILINGUAL, readGold, type Score, score } from './helpers.js';

const FIXTURES: { file: string; gold: string; format: string; layout: Layout }[] = [
  {
    file: 'notice-paragraphs.txt',
    gold: 'notice-paragraphs',
    format: 'text',
    layout: 'alternating-paragraphs',
  },
  {
    file: 'notice-paragraphs.html',
    gold: 'notice-paragraphs',
    format: 'html',
    layout: 'alternating-paragraphs',
  },
  {
    file: 'notice-paragraphs.pdf',
    gold: 'notice-paragraphs',
    format: 'pdf',
    layout: 'alternating-paragraphs',
  },
  { file: 'proxy-lines.txt', gold: 'proxy-lines', format: 'text', layout: 'alternating-lines' },
  { file: 'circular-table.docx', gold: 'circular-table', format: 'docx', layout: 'table' },
  {
    file: 'legislation-columns.pdf',
    gold: 'legislation-columns',
    format: 'pdf',
    layout: 'columns',
  },
  { file: 'halves.txt', gold: 'halves', format: 'text', layout: 'halves' },
  { file: 'inline-titles.txt', gold: 'inline-titles', format: 'text', layout: 'inline' },
];

async function run(file: string, gold: string) {
  const source = await readSource(join(BILINGUAL, file), { languageColumns: true });
  const sep = separate(source.text);
  if (sep.layout === 'monolingual') throw new Error(`${file}: monolingual`);
  return { source, sep, result: score(sep, alignSeparation(sep), readGold(gold)) };
}

const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)}%`;

describe('separate: the bilingual fixtures', () => {
  const scores: { file: string; layout: string; s: Score }[] = [];

  for (const f of FIXTURES) {
    it(`${f.file} (${f.format}): ${f.layout}, sentences on the right side, gold beads`, async () => {
      const { source, sep, result } = await run(f.file, f.gold);
      expect(source.format).toBe(f.format);
      expect(sep.layout).toBe(f.layout);
      scores.push({ file: f.file, layout: sep.layout, s: result });
      expect(result.wrongSide).toEqual([]);
      expect(result.rightSide / result.sentences).toBeGreaterThanOrEqual(0.99);
      expect(result.beadsRight / result.beads).toBeGreaterThanOrEqual(0.98);
    });
  }

  it('over all fixtures: ≥ 99% of sentences on the right side, ≥ 98% of gold beads', () => {
    expect(scores.length).toBe(FIXTURES.length);
    const sum = (k: keyof Score) => scores.reduce((n, x) => n + (x.s[k] as number), 0);
    const lines = scores.map(
      ({ file, layout, s }) =>
        `${file.padEnd(26)} ${layout.padEnd(22)} sentences ${String(s.rightSide).padStart(3)}/${String(s.sentences).padEnd(3)} ${pct(s.rightSide, s.sentences).padStart(6)}   beads ${String(s.beadsRight).padStart(3)}/${String(s.beads).padEnd(3)} ${pct(s.beadsRight, s.beads).padStart(6)}`,
    );
    const [sep, sepAll, beads, beadsAll] = [
      sum('rightSide'),
      sum('sentences'),
      sum('beadsRight'),
      sum('beads'),
    ];
    lines.push(
      `${'all'.padEnd(49)} sentences ${sep}/${sepAll} ${pct(sep, sepAll)}   beads ${beads}/${beadsAll} ${pct(beads, beadsAll)}`,
    );
    console.log(`separate on corpora/bilingual:\n${lines.join('\n')}`);
    expect(sep / sepAll).toBeGreaterThanOrEqual(0.99);
    expect(beads / beadsAll).toBeGreaterThanOrEqual(0.98);
  });

  it('keeps the inline Chinese titles in the English and reports them', async () => {
    const { sep } = await run('notice-paragraphs.txt', 'notice-paragraphs');
    expect(sep.inline.map((s) => s.text)).toEqual([
      '(公司條例（第622章）)',
      '(本公司組織章程細則)',
    ]);
    expect(sep.en.some((s) => s.text.includes('(公司條例（第622章）)'))).toBe(true);
    expect(sep.zh.some((s) => s.text.includes('公司條例（第622章）)'))).toBe(false);
    const inline = await run('inline-titles.txt', 'inline-titles');
    expect(inline.sep.zh).toEqual([]);
    expect(inline.sep.inline).toHaveLength(6);
  });

  it('gives offsets into the decoded input for both sides', async () => {
    for (const f of ['notice-paragraphs.txt', 'legislation-columns.pdf', 'circular-table.docx']) {
      const { source, sep } = await run(f, FIXTURES.find((x) => x.file === f)!.gold);
      for (const s of [...sep.en, ...sep.zh]) {
        const raw = source.text.slice(s.start, s.end).replace(/\s+/g, '');
        // the segment's text is the input's, line breaks and hyphens aside
        expect(raw.startsWith(s.text.replace(/\s+/g, '').slice(0, 4))).toBe(true);
        expect(raw.endsWith(s.text.replace(/\s+/g, '').slice(-2))).toBe(true);
      }
    }
  });
});
