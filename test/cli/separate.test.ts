/**
 * `zhen split --separate FILE` and single-file `zhen align FILE` end to end (built executable):
 * the files written (atomically, never over an input), the alignment formats, every input
 * format, stdin, glossary output, and one clear line with exit 2 for one-language files.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, zhen } from '../helpers/cli.js';

const BI = join(ROOT, 'corpora', 'bilingual');
const fixture = (name: string) => join(BI, name);
const read = (path: string) => readFileSync(path, 'utf8');
const nonBlank = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

describe('zhen split --separate', () => {
  it('writes PREFIX.en.txt, PREFIX.zh.txt and PREFIX.tmx, and nothing else', () => {
    const dir = tempDir();
    const prefix = join(dir, 'notice');
    const r = zhen(['split', '--separate', fixture('notice-paragraphs.txt'), '-o', prefix]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /alternating paragraphs; 16 English and 16 Chinese sentences, 15 units/,
    );
    expect(readdirSync(dir).sort()).toEqual(['notice.en.txt', 'notice.tmx', 'notice.zh.txt']);
    // one sentence per line, a blank line between paragraphs: the gold sentences
    expect(nonBlank(read(`${prefix}.en.txt`))).toEqual(
      nonBlank(read(fixture('notice-paragraphs.en.sent'))),
    );
    expect(nonBlank(read(`${prefix}.zh.txt`))).toEqual(
      nonBlank(read(fixture('notice-paragraphs.zh.sent'))),
    );
    expect(read(`${prefix}.en.txt`)).toMatch(/^HARBOURVIEW LIGHTING HOLDINGS LIMITED\n\n/);
    const tmx = read(`${prefix}.tmx`);
    expect(tmx.match(/<tu /g)).toHaveLength(15);
    expect(tmx).toContain('srclang="en"');
    expect(tmx).toContain('<tuv xml:lang="zh-HK"><seg>港景照明控股有限公司</seg></tuv>');
  });

  it('defaults the prefix to the input without its extension', () => {
    const dir = tempDir();
    const input = join(dir, 'proxy.txt');
    copyFileSync(fixture('proxy-lines.txt'), input);
    const r = zhen(['split', '--separate', input]);
    expect(r.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'proxy.en.txt',
      'proxy.tmx',
      'proxy.txt',
      'proxy.zh.txt',
    ]);
  });

  it('--format changes the alignment format (and its extension); beads are the gold', () => {
    const dir = tempDir();
    for (const [format, ext, check] of [
      ['xliff', 'xlf', /<xliff [^>]*version="2.1"/],
      ['xliff12', 'xlf', /<xliff [^>]*version="1.2"/],
      ['tsv', 'tsv', /^HARBOURVIEW LIGHTING HOLDINGS LIMITED\t港景照明控股有限公司\t/],
      ['jsonl', 'jsonl', /^\{"bead":\{"src":\[0\],"tgt":\[0\]\}/],
    ] as const) {
      const prefix = join(dir, format);
      const r = zhen([
        'split',
        '--separate',
        fixture('notice-paragraphs.txt'),
        '-o',
        prefix,
        '--format',
        format,
      ]);
      expect(r.status, r.stderr).toBe(0);
      expect(read(`${prefix}.${ext}`)).toMatch(check);
      expect(existsSync(`${prefix}.tmx`)).toBe(false);
    }
    const r = zhen([
      'split',
      '--separate',
      fixture('notice-paragraphs.txt'),
      '-o',
      join(dir, 'b'),
      '--format',
      'beads',
    ]);
    expect(r.status).toBe(0);
    expect(read(join(dir, 'b.beads'))).toBe(read(fixture('notice-paragraphs.gold')));
  });

  it('never writes over an input: refuses before writing anything', () => {
    const dir = tempDir();
    const input = join(dir, 'x.en.txt');
    copyFileSync(fixture('halves.txt'), input);
    const before = read(input);
    const r = zhen(['split', '--separate', input, '-o', join(dir, 'x')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/refusing to write .*x\.en\.txt: it is an input file/);
    expect(read(input)).toBe(before);
    expect(readdirSync(dir)).toEqual(['x.en.txt']);
  });

  it('takes every input format the other commands take', () => {
    for (const [file, layout] of [
      ['notice-paragraphs.txt', 'alternating paragraphs'],
      ['notice-paragraphs.html', 'alternating paragraphs'],
      ['notice-paragraphs.pdf', 'alternating paragraphs'],
      ['proxy-lines.txt', 'alternating lines'],
      ['circular-table.docx', 'a two-column table'],
      ['legislation-columns.pdf', 'two language columns'],
      ['halves.txt', 'all English, then all Chinese'],
    ]) {
      const dir = tempDir();
      const r = zhen([
        'split',
        '--separate',
        fixture(file!),
        '-o',
        join(dir, 'out'),
        '--format',
        'beads',
      ]);
      expect(r.status, `${file}: ${r.stderr}`).toBe(0);
      expect(r.stderr).toContain(`: ${layout}; `);
      const name = file!.replace(/\.\w+$/, '');
      const flat = (t: string) => t.replace(/\s+/g, '');
      for (const side of ['en', 'zh']) {
        const out = read(join(dir, `out.${side}.txt`));
        expect(flat(out), `${file} ${side}`).toBe(flat(read(fixture(`${name}.${side}.sent`))));
      }
      const beads = read(join(dir, 'out.beads'));
      if (file === 'notice-paragraphs.pdf') {
        // the splitter ends a sentence at "(Cap." when a line ends there: a 2-1 bead, not 1-1
        expect(beads).toContain('[7,8]:[6]\n');
        expect(nonBlank(beads)).toHaveLength(15);
      } else expect(beads, file).toBe(read(fixture(`${name}.gold`)));
    }
  });

  it('reads standard input with -o PREFIX, and needs it', () => {
    const input = read(fixture('halves.txt'));
    const bad = zhen(['split', '--separate', '-'], { input });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/needs -o PREFIX/);
    const dir = tempDir();
    const ok = zhen(['split', '--separate', '-', '-o', join(dir, 'h')], { input });
    expect(ok.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['h.en.txt', 'h.tmx', 'h.zh.txt']);
  });

  it('--glossary-out writes the pairs mined from the inline titles and the aligned pairs', () => {
    const dir = tempDir();
    const out = join(dir, 'terms.tsv');
    const r = zhen([
      'split',
      '--separate',
      fixture('notice-paragraphs.txt'),
      '-o',
      join(dir, 'n'),
      '--glossary-out',
      out,
    ]);
    expect(r.status).toBe(0);
    expect(read(out)).toMatch(/^Companies Ordinance\t公司條例\t/m);
    // the inline titles stay in the English side
    expect(read(join(dir, 'n.en.txt'))).toContain('(公司條例（第622章）)');
  });

  it('exits 2 with one line for a file in one language, writing nothing', () => {
    const dir = tempDir();
    for (const [file, found] of [
      [join(ROOT, 'corpora', 'announcement', 'zh.txt'), 'only Chinese found'],
      [join(ROOT, 'corpora', 'documents', 'table.pdf'), 'only English found'],
      [
        fixture('inline-titles.txt'),
        'only English found; its Chinese is inline (6 bracketed titles)',
      ],
    ]) {
      const r = zhen(['split', '--separate', file!, '-o', join(dir, 'x')]);
      expect(r.status).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`zhen: ${file}: ${found}`);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses options that do not go together', () => {
    const f = fixture('halves.txt');
    expect(zhen(['split', f, '--format', 'tmx']).status).toBe(2);
    expect(
      zhen(['split', '--separate', f, '--lang', 'en', '-o', join(tempDir(), 'x')]).status,
    ).toBe(2);
    expect(zhen(['split', f, '--glossary-out', join(tempDir(), 'g.tsv')]).status).toBe(2);
    expect(zhen(['split', '--help']).stdout).toMatch(/--separate/);
  });
});

describe('zhen align FILE (one bilingual file)', () => {
  it('gives the same units as split --separate', () => {
    for (const file of [
      'notice-paragraphs.html',
      'circular-table.docx',
      'legislation-columns.pdf',
    ]) {
      const dir = tempDir();
      const s = zhen([
        'split',
        '--separate',
        fixture(file),
        '-o',
        join(dir, 'p'),
        '--format',
        'jsonl',
      ]);
      expect(s.status).toBe(0);
      const a = zhen(['align', fixture(file), '--format', 'jsonl']);
      expect(a.status, a.stderr).toBe(0);
      expect(a.stdout).toBe(read(join(dir, 'p.jsonl')));
      expect(a.stderr).toBe('');
    }
  });

  it('writes to -o in the format its extension names, Chinese first with --src-lang zh', () => {
    const dir = tempDir();
    const out = join(dir, 'table.tmx');
    expect(zhen(['align', fixture('circular-table.docx'), '-o', out]).status).toBe(0);
    expect(read(out)).toMatch(/<tmx version="1.4">/);
    const zh = zhen([
      'align',
      fixture('circular-table.docx'),
      '--src-lang',
      'zh-HK',
      '--format',
      'tsv',
    ]);
    expect(zh.stdout.split('\n')[0]).toMatch(
      /^須予披露及關連交易\tDISCLOSEABLE AND CONNECTED TRANSACTION\t/,
    );
  });

  it('exits 2 with one line for a file in one language', () => {
    const r = zhen(['align', join(ROOT, 'corpora', 'announcement', 'en.txt')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^zhen: .*en\.txt: only English found/);
  });
});
