#!/usr/bin/env node
// `npm run demo`: zhen's main job on the sample filing pair in corpora/announcement/ (a fictitious
// HKEX announcement in English and Traditional Chinese, published as PDFs):
//   1. split both versions into sentences,
//   2. align them and write TMX, XLIFF 2.1 and XLIFF 1.2 (for OmegaT / translate-toolkit),
//   3. score the alignment against the hand-made gold beads,
//   4. QA the pair, and a copy of the Chinese with 21 planted translation errors (text + HTML).
// Everything is written to demo-output/ and summarised on the terminal.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'corpora', 'announcement');
const out = join(root, 'demo-output');
mkdirSync(out, { recursive: true });
const rel = (p) => relative(root, p);

function zhen(args) {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), ...args], {
    encoding: 'utf8',
  });
  if (r.stderr) process.stderr.write(r.stderr);
  if (r.status !== 0) {
    console.error(`zhen ${args.join(' ')} failed (exit ${r.status})`);
    process.exit(1);
  }
  return r.stdout;
}

const en = rel(join(corpus, 'en.pdf'));
const zh = rel(join(corpus, 'zh.pdf'));

console.log('1. split the PDFs (running headers, page numbers and wrapped lines handled)');
for (const [name, file] of [
  ['en', en],
  ['zh', zh],
]) {
  const target = join(out, `${name}.sentences.txt`);
  zhen(['split', file, '-o', target]);
  const n = readFileSync(target, 'utf8').split('\n').filter(Boolean).length;
  console.log(`   ${file} → ${rel(target)}: ${n} segments`);
}

console.log('2. align English ↔ Traditional Chinese');
const outputs = [
  ['tmx', 'announcement.tmx'],
  ['xliff', 'announcement.xlf'],
  ['xliff12', 'announcement.xliff12.xlf'],
  ['tsv', 'announcement.tsv'],
  ['beads', 'announcement.beads'],
];
for (const [format, name] of outputs) {
  zhen(['align', en, zh, '--format', format, '-o', join(out, name)]);
  console.log(`   ${format.padEnd(7)} → ${rel(join(out, name))}`);
}
const tsv = readFileSync(join(out, 'announcement.tsv'), 'utf8').split('\n').filter(Boolean);
const review = tsv.filter((l) => l.endsWith('\treview')).length;
console.log(`   ${tsv.length} pairs, ${review} marked for review`);

console.log('3. alignment quality against the gold beads (corpora/announcement/gold.beads)');
const gold = join(out, 'gold');
const auto = join(out, 'auto');
mkdirSync(gold, { recursive: true });
mkdirSync(auto, { recursive: true });
writeFileSync(join(gold, 'announcement.gold'), readFileSync(join(corpus, 'gold.beads')));
writeFileSync(join(auto, 'announcement.gold'), readFileSync(join(out, 'announcement.beads')));
console.log(zhen(['eval', gold, auto]).trimEnd().replace(/^/gm, '   '));
console.log('4. QA: the clean pair, then the Chinese copy with planted errors');
const summary = (args) => {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), 'qa', ...args], {
    encoding: 'utf8',
    cwd: root,
  });
  if (r.status === 2) {
    process.stderr.write(r.stderr);
    process.exit(1);
  }
  return r.stdout.trim().split('\n').pop();
};
console.log(`   clean:   ${summary([en, zh])}`);
const planted = rel(join(corpus, 'qa-errors', 'zh.txt'));
const enClean = rel(join(corpus, 'en.txt'));
console.log(`   planted: ${summary([enClean, planted])}`);
zhen(['qa', enClean, planted, '--format', 'html', '-o', join(out, 'qa-report.html')]);
zhen(['qa', enClean, planted, '-o', join(out, 'qa-report.txt')]);
console.log(`   reports → ${rel(join(out, 'qa-report.txt'))}, ${rel(join(out, 'qa-report.html'))}`);
console.log(
  `\nOpen ${rel(join(out, 'announcement.tmx'))} in OmegaT, Trados or memoQ, ${rel(join(out, 'announcement.xliff12.xlf'))} in OmegaT 3.x, ${rel(join(out, 'qa-report.html'))} in a browser.`,
);
