#!/usr/bin/env node
// Aligner speed and memory (`npm run bench -- align`; needs `npm run build`):
//  1. start-up pieces: nodejieba with its default dictionaries vs the reduced set built into
//     build/data/jieba, and the compact CC-CEDICT lexicon;
//  2. `zhen eval --align` on MAC-Dev (six chapters, 1,463 × 1,951 sentences) in one process,
//     wall time including start-up — target ≤ 2 s — and peak RSS (skipped without the corpus);
//  3. synthetic 10,000 × ~11,000 sentences — target ≤ 10 s and ≤ 1 GB — and 20,000 × ~22,600.
// Every figure is the best of a few runs, since other processes on the machine add noise.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const node = process.execPath;
const RSS_HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))`;
const runs = Number(process.env.BENCH_RUNS ?? 3);

function timed(args, env = {}) {
  let best;
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    const r = spawnSync(node, ['--import', RSS_HOOK, ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    const ms = performance.now() - t;
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    const rss = Number(/maxrss (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
    if (!best || ms < best.ms) best = { ms, rss, stdout: r.stdout, stderr: r.stderr };
  }
  return best;
}

const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mb = (x) => `${Math.round(x)} MB`;

// 1. start-up pieces
const jieba = require.resolve('nodejieba');
const data = join(root, 'build', 'data');
const loadJieba = (reduced) =>
  `const t=performance.now();const j=require(${JSON.stringify(jieba)});` +
  (reduced
    ? `const d=${JSON.stringify(join(data, 'jieba'))}+'/';j.load({dict:d+'dict.utf8',hmmDict:d+'hmm_model.utf8',userDict:d+'user.utf8',idfDict:d+'idf.utf8',stopWordDict:d+'stop_words.utf8'});`
    : 'j.load();') +
  `console.log(performance.now()-t)`;
for (const [name, reduced] of [
  ['nodejieba, default dictionaries', false],
  ['nodejieba, reduced dictionaries (build/data/jieba)', true],
]) {
  const r = timed(['-e', loadJieba(reduced)]);
  console.log(`${name.padEnd(52)} load ${fmt(Number(r.stdout))}, peak RSS ${mb(r.rss)}`);
}
const lex = timed([
  '--input-type=module',
  '-e',
  `const {loadLexicon}=await import(${JSON.stringify(join(root, 'dist/lexicon/lexicon.js'))});const t=performance.now();loadLexicon();console.log(performance.now()-t)`,
]);
console.log(
  `${'compact CC-CEDICT lexicon (build/data/zh-en.lex)'.padEnd(52)} load ${fmt(Number(lex.stdout))}`,
);

// 2. MAC-Dev through the command line
const mac = process.env.MAC_DEV ?? join(root, '..', 'shared', 'corpora', 'mac-dev');
if (existsSync(mac)) {
  const r = timed([join(root, 'dist', 'cli', 'main.js'), 'eval', '--align', mac]);
  const overall = r.stdout.trim().split('\n').at(-1);
  console.log(
    `zhen eval --align mac-dev: wall ${fmt(r.ms)} (start-up included), peak RSS ${mb(r.rss)}`,
  );
  console.log(`  ${overall}`);
} else {
  console.log(`zhen eval --align mac-dev: skipped (${mac} not found)`);
}

// 3. synthetic documents
for (const n of [10000, 20000]) {
  const r = timed([join(root, 'bench', 'align-synthetic.mjs'), String(n)]);
  const j = JSON.parse(r.stdout);
  console.log(
    `synthetic ${j.zh} × ${j.en}: wall ${fmt(r.ms)} (align ${fmt(j.alignMs)}), peak RSS ${mb(r.rss)}, ` +
      `${j.nodes} lattice nodes, strict F1 ${j.strictF1}, lax F1 ${j.laxF1}`,
  );
}
