#!/usr/bin/env node
// A synthetic Chinese/English document pair of N × about N sentences, aligned in this process;
// prints sentence counts, times and peak memory as one JSON line. Used by align.bench.mjs
// (`node bench/align-synthetic.mjs 10000`); needs `npm run build`.
// The Chinese side is random CC-CEDICT headwords, the English side one gloss key of each;
// about 15% of sentences are split in two on the English side, 2% have no counterpart, and
// words are dropped and added on both sides so that the lexical evidence is noisy.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const n = Number(process.argv[2] ?? 10000);
// a block of this many Chinese sentences with no English counterpart, in the middle
const gap = Number(process.argv[3] ?? 0);
const started = performance.now();
const { align } = await import(join(root, 'dist', 'align', 'align.js'));
const { lineSegments } = await import(join(root, 'dist', 'align', 'lines.js'));
const { scoreAlignment } = await import(join(root, 'dist', 'align', 'eval.js'));

// deterministic pseudo-random numbers
let seed = 12345;
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x80000000;
};
const pick = (list) => list[Math.floor(rand() * list.length)];

const lex = readFileSync(join(root, 'build', 'data', 'zh-en.lex'), 'utf8').split('\n');
const entries = [];
for (let i = 1; i < lex.length; i += 7) {
  const [zh, keys] = lex[i].split('\t');
  if (!keys || zh.length < 2 || zh.length > 3 || !/^\p{Script=Han}+$/u.test(zh)) continue;
  const en = keys.split(' ').filter((k) => /^[a-z]{3,}$/.test(k));
  if (en.length) entries.push([zh, en]);
}

const zhLines = [];
const enLines = [];
const gold = [];
const sentence = () => {
  const zh = [];
  const en = [];
  const len = 5 + Math.floor(rand() * 12);
  for (let k = 0; k < len; k++) {
    const [z, e] = pick(entries);
    if (rand() > 0.1) zh.push(z);
    if (rand() > 0.15) en.push(pick(e));
    if (rand() < 0.1) en.push(pick(pick(entries)[1]));
  }
  if (rand() < 0.05) {
    const num = String(Math.floor(rand() * 100000));
    zh.push(num);
    en.push(num);
  }
  return [`${zh.join('')}。`, `${en.join(' ')}.`];
};
while (zhLines.length < n) {
  const [zh, en] = sentence();
  const r = zhLines.length >= n / 2 && zhLines.length < n / 2 + gap ? 0 : rand();
  const z = zhLines.length;
  const e = enLines.length;
  if (r < 0.01) {
    zhLines.push(zh);
    gold.push({ src: [z], tgt: [] });
  } else if (r < 0.02) {
    enLines.push(en);
    gold.push({ src: [], tgt: [e] });
  } else if (r < 0.17) {
    const [zh2, en2] = sentence();
    zhLines.push(zh + zh2);
    enLines.push(en, en2);
    gold.push({ src: [z], tgt: [e, e + 1] });
  } else {
    zhLines.push(zh);
    enLines.push(en);
    gold.push({ src: [z], tgt: [e] });
  }
}
const generated = performance.now();
const result = align(
  lineSegments(`${zhLines.join('\n')}\n`, 'zh'),
  lineSegments(`${enLines.join('\n')}\n`, 'en'),
);
const done = performance.now();
const scores = scoreAlignment(gold, result.beads);
console.log(
  JSON.stringify({
    zh: zhLines.length,
    en: enLines.length,
    beads: result.beads.length,
    parallel: result.parallel,
    nodes: result.stats.nodes,
    strictF1: Number(scores.f1Strict.toFixed(4)),
    laxF1: Number(scores.f1Lax.toFixed(4)),
    alignMs: Math.round(done - generated),
    totalMs: Math.round(done - started),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
