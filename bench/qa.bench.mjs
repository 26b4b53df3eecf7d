#!/usr/bin/env node
// `zhen qa` speed (`npm run bench -- qa`; needs `npm run build`): a 100-page report pair built by
// repeating the sample announcement (3 A4 pages; 34 copies, every fourth with the planted errors
// of qa-errors/zh.txt, each copy under its own "Part N" / 第N部分 heading), checked end to end
// through the command line: read, split, align, check, report. Target ≤ 5 s wall. `zhen align`
// on the same pair is timed too, to show what the checks add. Every figure is the best of a few
// runs (BENCH_RUNS, default 3), since other processes on the machine add noise.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'corpora', 'announcement');
const zhen = join(root, 'dist', 'cli', 'main.js');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const COPIES = 34;

const en = readFileSync(join(corpus, 'en.txt'), 'utf8').trim();
const zh = readFileSync(join(corpus, 'zh.txt'), 'utf8').trim();
const planted = readFileSync(join(corpus, 'qa-errors', 'zh.txt'), 'utf8').trim();
const NUMERALS = '零一二三四五六七八九';
const zhNumber = (n) =>
  n < 10
    ? NUMERALS[n]
    : `${n >= 20 ? NUMERALS[Math.floor(n / 10)] : ''}十${n % 10 ? NUMERALS[n % 10] : ''}`;

const enParts = [];
const zhParts = [];
for (let k = 1; k <= COPIES; k++) {
  enParts.push(`PART ${k}\n\n${en}`);
  zhParts.push(`第${zhNumber(k)}部分\n\n${k % 4 === 0 ? planted : zh}`);
}
const dir = mkdtempSync(join(tmpdir(), 'zhen-qa-bench-'));
const EN = join(dir, 'report.en.txt');
const ZH = join(dir, 'report.zh.txt');
writeFileSync(EN, `${enParts.join('\n\n')}\n`);
writeFileSync(ZH, `${zhParts.join('\n\n')}\n`);

function timed(args) {
  let best;
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [zhen, ...args], {
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    const ms = performance.now() - t;
    if (r.status !== 0 && r.status !== 1)
      throw new Error(`zhen ${args.join(' ')} failed: ${r.stderr}`);
    if (!best || ms < best.ms) best = { ms, stdout: r.stdout };
  }
  return best;
}

const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const words = en.split(/\s+/).length * COPIES;
console.log(
  `100-page pair: ${COPIES} copies of the announcement, ${words.toLocaleString('en')} English words, ${(zhParts.join('').length / 1000).toFixed(0)}k Chinese characters`,
);
const align = timed(['align', EN, ZH, '--format', 'beads']);
console.log(`zhen align (for comparison):       ${fmt(align.ms)}`);
const json = timed(['qa', EN, ZH, '--format', 'json']);
const report = JSON.parse(json.stdout);
console.log(
  `zhen qa --format json:              ${fmt(json.ms)}  (target ≤ 5 s; ${report.summary.units} pairs, ${report.summary.total} findings: ${report.summary.bySeverity.error} errors, ${report.summary.bySeverity.warning} warnings, ${report.summary.bySeverity.info} notes)`,
);
const html = timed(['qa', EN, ZH, '--format', 'html']);
console.log(
  `zhen qa --format html:              ${fmt(html.ms)}  (${(html.stdout.length / 1e6).toFixed(1)} MB)`,
);
const planted4 = Math.floor(COPIES / 4);
console.log(`  (${planted4} copies carry the 21 planted errors)`);
