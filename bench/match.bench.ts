// matchLawNames on a "100-page report": the sample announcement (corpora/announcement) repeated
// to about 230,000 Chinese characters / 320,000 English characters, clean and PDF-style text.
// Reports the one-off costs (glossary load + search index, jieba load) apart from the scan.
// Target: well under a second per report once the glossary is loaded.
import { readFileSync } from 'node:fs';
import { matchLawNames, prepareLawIndex } from '../src/glossary/matcher.js';
import { loadJieba } from '../src/lexicon/chinese.js';

const read = (name: string) =>
  readFileSync(new URL(`../corpora/announcement/${name}`, import.meta.url), 'utf8');

let t = performance.now();
prepareLawIndex();
console.log(`glossary load + law-name index: ${(performance.now() - t).toFixed(0)} ms`);
console.log(`jieba load: ${loadJieba().toFixed(0)} ms`);

for (const [name, times] of [
  ['zh.txt', 60],
  ['zh.pdf.txt', 60],
  ['en.txt', 25],
  ['en.pdf.txt', 25],
] as const) {
  const text = read(name).repeat(times);
  const runs: number[] = [];
  let found = 0;
  for (let r = 0; r < 3; r++) {
    t = performance.now();
    found = matchLawNames(text).length;
    runs.push(performance.now() - t);
  }
  const [first, ...warm] = runs.map((ms) => ms.toFixed(0));
  console.log(
    `${name} x${times}: ${text.length} chars, ${found} names, first ${first} ms, then ${warm.join(' / ')} ms`,
  );
}
