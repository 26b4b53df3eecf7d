#!/usr/bin/env node
// zhen split on 1 MB (and 4 MB) of filing text, wall time including start-up and peak memory.
// Target (issue #2): 1 MB in under 1 s wall; memory linear in the input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const zhen = join(root, 'dist', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'zhen-bench-'));

function sample() {
  const files = ['corpora/announcement/en.pdf.txt', 'corpora/announcement/zh.pdf.txt'];
  try {
    return files.map((f) => readFileSync(join(root, f), 'utf8')).join('\f');
  } catch {
    // before the sample corpus exists: a synthetic page of mixed text
    const en =
      'The Board is pleased to announce that the Company has entered into an agreement for the\nacqui-\nsition of the equity interest at a consideration of RMB947.2 million. Mr. Chan agreed.\n';
    const zh =
      '本公司董事會欣然宣佈，本公司已根據《中華 人民共和國 公司法》及《上市規則》訂立\n收購協議，代價為人民幣947.2百萬元。董事會認為該等條款屬公平合理。\n';
    return `HEADER LINE\n\n${en.repeat(20)}\n${zh.repeat(20)}\n– 1 –\n`;
  }
}

function build(bytes) {
  const page = `${sample()}\f`;
  let text = '';
  while (Buffer.byteLength(text) < bytes) text += page;
  return text;
}

function run(label, bytes) {
  const file = join(dir, `${label}.txt`);
  writeFileSync(file, build(bytes));
  const runs = [];
  let rss = 0;
  let segments = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, zhen, 'split', file], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0) throw new Error(r.stderr);
    rss = Math.max(rss, Number(r.stderr.trim().split('\n').pop()));
    segments = r.stdout.split('\n').length - 1;
  }
  const best = Math.min(...runs);
  console.log(
    `${label}: ${(Buffer.byteLength(readFileSync(file)) / 1e6).toFixed(2)} MB, ${segments} segments, wall ${best.toFixed(0)} ms (best of 3), peak RSS ${(rss / 1024).toFixed(0)} MB`,
  );
  return { best, rss };
}

const one = run('1MB', 1_000_000);
const four = run('4MB', 4_000_000);
console.log(
  `memory growth 1 MB → 4 MB: ${((four.rss - one.rss) / 1024 / 3).toFixed(0)} MB per extra MB of input`,
);
console.log(one.best < 1000 ? 'OK: 1 MB under 1 s' : 'SLOW: 1 MB took over 1 s');
