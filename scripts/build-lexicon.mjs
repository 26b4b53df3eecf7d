// Builds the aligner's lexical data into build/data/, from npm packages installed with zhen
// (nothing is downloaded, nothing is committed). Called by scripts/build-data.mjs after tsc,
// so it can use the compiled builder in dist/lexicon/cedict.js.
//  - zh-en.lex: CC-CEDICT (in `hanzi`, CC BY-SA 4.0) headwords → stemmed English gloss keys
//  - zh-readings.lex: toneless pinyin of single characters, for names (陈 → chen)
//  - zh-t2s.txt: Traditional → Simplified by character (OpenCC hk→cn, one character at a
//    time), so that the aligner folds text with a table lookup instead of a phrase converter
//  - jieba/: a reduced nodejieba dictionary set that loads in ~0.2 s instead of ~1.5 s: the
//    jieba words that CC-CEDICT lists or that are frequent, with their jieba frequencies, plus
//    one unused entry carrying the frequency of the dropped words so that word probabilities
//    stay those of the full dictionary; minimal idf and stop-word files (the aligner uses `cut`
//    only, which needs neither).
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { writeAtomic } from './lib/write-atomic.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Jieba words kept although CC-CEDICT does not list them: the most frequent ones. */
const JIEBA_MIN_FREQ_OTHER = 1000;
/** Jieba words listed in CC-CEDICT kept from this frequency up. */
const JIEBA_MIN_FREQ_CEDICT = 10;

export async function buildLexiconData(out) {
  const { buildLexicon, buildReadings, parseCedict } = await import(
    join(root, 'dist', 'lexicon', 'cedict.js')
  );
  mkdirSync(join(out, 'jieba'), { recursive: true });
  const js = readFileSync(
    join(dirname(require.resolve('hanzi/package.json')), 'lib', 'data', 'cedict_ts.u8.js'),
    'utf8',
  );
  const cedict = js.slice(js.indexOf('`') + 1, js.lastIndexOf('`'));
  const version = /^#! date=(.*)$/m.exec(cedict)?.[1] ?? 'unknown date';
  const note = `from CC-CEDICT (${version}), CC BY-SA 4.0, https://cc-cedict.org/; built by zhen`;
  const lex = buildLexicon(cedict, note);
  writeAtomic(out, 'zh-en.lex', lex);
  writeAtomic(out, 'zh-readings.lex', buildReadings(cedict, note));
  console.log(`build/data/zh-en.lex: ${lex.split('\n').length - 2} headwords`);

  // Traditional → Simplified by character, for every character of a CC-CEDICT headword
  const toCn = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const chars = new Set();
  for (const line of cedict.split('\n')) {
    if (line.startsWith('#')) continue;
    for (const ch of line.slice(0, line.indexOf(' '))) chars.add(ch);
  }
  let pairs = '';
  for (const ch of [...chars].sort()) {
    const s = toCn(ch);
    if (s !== ch && s.length === ch.length) pairs += ch + s;
  }
  writeAtomic(out, 'zh-t2s.txt', `${pairs}\n`);
  console.log(`build/data/zh-t2s.txt: ${pairs.length / 2} characters`);

  // reduced jieba dictionaries
  const jiebaDir = join(
    dirname(require.resolve('nodejieba/package.json')),
    'submodules/cppjieba/dict',
  );
  const headwords = parseCedict(cedict);
  const kept = [];
  let dropped = 0;
  for (const line of readFileSync(join(jiebaDir, 'jieba.dict.utf8'), 'utf8').split('\n')) {
    if (!line) continue;
    const [word, f] = line.split(' ');
    const freq = Number(f);
    const min = headwords.has(word) ? JIEBA_MIN_FREQ_CEDICT : JIEBA_MIN_FREQ_OTHER;
    if (freq >= min || [...word].length === 1) kept.push(line);
    else dropped += freq;
  }
  // U+E000 (private use) never occurs in text: it only keeps the frequency total unchanged
  kept.push(`\uE000 ${dropped} x`);
  writeAtomic(out, 'jieba/dict.utf8', `${kept.join('\n')}\n`);
  copyFileSync(join(jiebaDir, 'hmm_model.utf8'), join(out, 'jieba', 'hmm_model.utf8'));
  writeAtomic(out, 'jieba/idf.utf8', '的 1.0\n');
  writeAtomic(out, 'jieba/stop_words.utf8', '的\n');
  writeAtomic(out, 'jieba/user.utf8', '\uE001\n');
  console.log(`build/data/jieba/dict.utf8: ${kept.length - 1} words`);
}
