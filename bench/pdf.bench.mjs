#!/usr/bin/env node
// zhen split on a 100-page PDF (generated: the sample announcement typeset again and again on
// A5 pages, English with Chinese names, running header, page numbers), wall time including
// start-up, pdf.js loading and layout. Target: 100 pages in 5 s or less.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutText } from '../scripts/lib/pdf-layout.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const zhen = join(root, 'dist', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'zhen-bench-'));
const PAGES = 100;

let text;
try {
  text = readFileSync(join(root, 'corpora', 'announcement', 'en.txt'), 'utf8');
} catch {
  text =
    'The Board is pleased to announce that the Company has entered into an agreement for the acquisition of the equity interest in the Target Company (目標公司) at a consideration of RMB947.2 million.\n\n';
}
// Add copies until the typeset document reaches 100 pages, then cut it there.
let body = text;
let doc = layoutText(body, { header: 'Benchmark Holdings Limited — Announcement' });
while (doc.pages.length < PAGES) {
  body += `\n\n${text}`;
  doc = layoutText(body, { header: 'Benchmark Holdings Limited — Announcement' });
}
doc.pages.length = PAGES;
const file = join(dir, 'big.pdf');
writeFileSync(file, doc.toBytes());

const runs = [];
let sentences = 0;
for (let i = 0; i < 3; i++) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [zhen, 'split', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  if (r.status !== 0) throw new Error(r.stderr);
  sentences = r.stdout.split('\n').length - 1;
}
const best = Math.min(...runs);
const size = readFileSync(file).length;
console.log(
  `${PAGES}-page PDF (${(size / 1024).toFixed(0)} KB): ${sentences} sentences, wall ${best.toFixed(0)} ms best of 3 (${runs.map((r) => r.toFixed(0)).join(', ')} ms), ${(best / PAGES).toFixed(1)} ms/page`,
);
console.log(best <= 5000 ? 'OK: 100 pages in 5 s or less' : 'SLOW: 100 pages took over 5 s');
process.exitCode = best <= 5000 ? 0 : 1;
