import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreAlignment } from '../../src/align/eval.js';
import { parseBeads } from '../../src/formats/index.js';
import { ROOT, SHARED, tempDir, zhen } from '../helpers/cli.js';

const corpus = join(ROOT, 'corpora', 'announcement');
const EN = join(corpus, 'en.txt');
const ZH = join(corpus, 'zh.txt');
const tools = join(SHARED, 'tools');
const hasTools = existsSync(join(tools, 'validate-xml'));

describe('zhen align on the sample filing pair', () => {
  const dir = tempDir();

  it('aligns the clean texts close to the gold beads', () => {
    const r = zhen(['align', EN, ZH, '--format', 'beads']);
    expect(r.status).toBe(0);
    const scores = scoreAlignment(
      parseBeads(readFileSync(join(corpus, 'gold.beads'), 'utf8')),
      parseBeads(r.stdout),
    );
    expect(scores.f1Strict).toBeGreaterThan(0.9);
    expect(scores.f1Lax).toBeGreaterThan(0.98);
  });

  it.each([
    ['en.pdf', 'zh.pdf'],
    ['en.pdf.txt', 'zh.pdf.txt'],
    ['en.docx', 'zh.docx'],
  ])('aligns %s and %s into the same pairs as the clean texts (at least 95 percent)', (en, zh) => {
    // pairs compared by their text: one extra segment early on shifts every index after it
    const pairs = (a: string, b: string) =>
      zhen(['align', a, b, '--format', 'jsonl'])
        .stdout.trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { source: string; target: string })
        .map((u) => `${u.source}\u0000${u.target}`.replace(/\s+/g, ' '));
    const clean = pairs(EN, ZH);
    const other = new Set(pairs(join(corpus, en), join(corpus, zh)));
    const same = clean.filter((p) => other.has(p)).length;
    expect(same / clean.length).toBeGreaterThanOrEqual(0.95);
  });

  it('detects languages: Traditional → zh-HK, and writes one direction', () => {
    const tmx = zhen(['align', EN, ZH]).stdout;
    expect(tmx).toMatch(/<header [^>]*srclang="en"/);
    expect(tmx).toContain('xml:lang="zh-HK"');
    const reversed = zhen(['align', ZH, EN, '--format', 'tsv']);
    expect(reversed.status).toBe(0);
    expect(reversed.stdout.split('\n')[0]).toMatch(/^香港交易及結算所/);
  });

  it('takes language codes from the user', () => {
    const r = zhen(['align', EN, ZH, '--tgt-lang', 'zh_TW', '--format', 'xliff12']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('target-language="zh-TW"');
    expect(zhen(['align', EN, ZH, '--tgt-lang', 'fr']).status).toBe(2);
  });

  it('refuses two documents in the same language, and missing files, with one line', () => {
    for (const args of [
      ['align', EN, EN],
      ['align', EN, join(dir, 'missing.txt')],
      ['align', EN],
    ]) {
      const r = zhen(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('warns when the two documents are not translations of each other', () => {
    const other = join(dir, 'other.zh.txt');
    writeFileSync(
      other,
      '今天天氣很好，我們去公園散步。\n\n小明喜歡吃蘋果和香蕉。\n\n這本小說講述一個漁夫出海的故事。\n\n老師在黑板上寫字，學生認真聽課。\n\n晚上我們一起看電影，然後回家睡覺。\n',
    );
    const r = zhen(['align', EN, other, '-o', join(dir, 'x.tmx')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/do not look like translations/);
    expect(readFileSync(join(dir, 'x.tmx'), 'utf8')).toMatch(/do not look like translations/);
  });

  it('does not take a document that repeats itself for a non-translation', () => {
    const en = join(dir, 'rep.en.txt');
    const zh = join(dir, 'rep.zh.txt');
    writeFileSync(en, `${readFileSync(EN, 'utf8')}\n\n`.repeat(6));
    writeFileSync(zh, `${readFileSync(ZH, 'utf8')}\n\n`.repeat(6));
    const r = zhen(['align', en, zh, '--format', 'beads']);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/do not look like translations/);
  });

  it('--batch aligns every job, no progress bar on a pipe, bad jobs reported and skipped', () => {
    const jobs = join(dir, 'jobs.tsv');
    writeFileSync(
      jobs,
      [
        `${EN}\t${ZH}\t${join(dir, 'a.tmx')}`,
        `${EN}\t${join(dir, 'nope.txt')}\t${join(dir, 'b.tmx')}`,
        `${ZH}\t${EN}\tc.tsv`,
      ].join('\n'),
    );
    const r = zhen(['align', '--batch', jobs]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('jobs.tsv:2');
    expect(readFileSync(join(dir, 'a.tmx'), 'utf8')).toContain('<tmx');
    expect(readFileSync(join(dir, 'c.tsv'), 'utf8').split('\n').length).toBeGreaterThan(50);
    expect(existsSync(join(dir, 'b.tmx'))).toBe(false);
  });

  describe.skipIf(!hasTools)(
    'outputs accepted by the schemas and by CAT tools (../shared/tools)',
    () => {
      const run = (tool: string, args: string[]) =>
        spawnSync(join(tools, tool), args, { encoding: 'utf8', timeout: 170_000 });

      it('TMX and XLIFF 1.2/2.1 validate', () => {
        const files: [string, string[]][] = [
          ['tmx', []],
          ['xliff12', []],
          ['xliff', ['--full']],
        ];
        for (const [format, flags] of files) {
          const file = join(dir, `out.${format}.xml`);
          expect(zhen(['align', EN, ZH, '--format', format, '-o', file]).status).toBe(0);
          const v = run('validate-xml', [...flags, file]);
          expect(v.stdout + v.stderr, format).toMatch(/^valid/m);
          expect(v.status, format).toBe(0);
        }
      });

      it('OmegaT and translate-toolkit accept every unit of the TMX and of the XLIFF 1.2', () => {
        for (const format of ['tmx', 'xliff12']) {
          const file = join(dir, `client.${format === 'tmx' ? 'tmx' : 'xlf'}`);
          expect(zhen(['align', EN, ZH, '--format', format, '-o', file]).status).toBe(0);
          const c = run('client-check', [file]);
          expect(c.status, c.stdout + c.stderr).toBe(0);
          expect(c.stdout).not.toMatch(/REJECTED/);
        }
      }, 180_000);
    },
  );
});
