import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasShippedLexicon } from '../../src/lexicon/lexicon.js';
import { SHARED, tempDir, zhen } from '../helpers/cli.js';

describe('zhen eval', () => {
  const dir = tempDir();
  const gold = join(dir, 'gold');
  const auto = join(dir, 'auto');
  mkdirSync(gold);
  mkdirSync(auto);
  writeFileSync(join(gold, 'a.gold'), '[0,1]:[0]\n[2]:[1,2]\n[3]:[]\n');
  writeFileSync(join(auto, 'a.align'), '[0]:[0]\n[1]:[]\n[2]:[1,2]\n[3]:[]\n');
  writeFileSync(join(gold, 'b.gold'), '[0]:[0]\n[1]:[1]\n');
  writeFileSync(join(auto, 'b.beads'), '[0]:[0]\n[1]:[1]\n');

  it('prints strict and lax P/R/F1 per document and overall', () => {
    const r = zhen(['eval', gold, auto]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/strict P\s+R\s+F1\s+lax P\s+R\s+F1/);
    // a: 4 test beads, 2 exact ([2]:[1,2], [3]:[]); recall: 1 of 2 non-null gold beads
    expect(lines[1]).toMatch(/^a\s+0\.500\s+0\.500\s+0\.500\s+0\.750\s+1\.000\s+0\.857$/);
    expect(lines[2]).toMatch(/^b\s+1\.000\s+1\.000\s+1\.000/);
    // overall sums counts: 4 of 6 precise, 3 of 4 recalled
    expect(lines[3]).toMatch(/^overall\s+0\.667\s+0\.750\s+0\.706/);
  });

  it('prints JSON on request', () => {
    const r = zhen(['eval', gold, auto, '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(json.documents).toHaveLength(2);
    expect(json.overall.f1Strict).toBeCloseTo(0.70588, 4);
  });

  it('fails with one line when an alignment or a folder is missing', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    for (const args of [
      ['eval', gold, empty],
      ['eval', join(dir, 'nowhere'), auto],
      ['eval', gold],
    ]) {
      const r = zhen(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('aligns a corpus in the MAC layout with --align and writes the beads', () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'd.zh'), '董事会批准了计划。\n公司的收入增加了百分之十。\n');
    writeFileSync(
      join(corpus, 'd.en'),
      'The board approved the plan.\nRevenue of the company increased by 10%.\n',
    );
    writeFileSync(join(corpus, 'd.gold'), '[0]:[0]\n[1]:[1]\n');
    const out = join(dir, 'out');
    const r = zhen(['eval', '--align', corpus, '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^d\s+1\.000\s+1\.000\s+1\.000/m);
    expect(readFileSync(join(out, 'd.align'), 'utf8')).toBe('[0]:[0]\n[1]:[1]\n');
    const back = zhen(['eval', '--align', corpus, '--from', 'en']);
    expect(back.stdout).toMatch(/^d\s+1\.000\s+1\.000\s+1\.000/m);
  });
});

const REG = join(SHARED, 'corpora', 'regulatory-zh-en-dev', 'sent');
describe.skipIf(!existsSync(REG) || !hasShippedLexicon())(
  'zhen eval --align on regulatory-zh-en-dev',
  () => {
    it('reaches lax F1 ≥ 0.98 overall', () => {
      const r = zhen(['eval', '--align', REG, '--format', 'json']);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).overall.f1Lax).toBeGreaterThanOrEqual(0.98);
    });
  },
);
