#!/usr/bin/env node
// Parameter tuning for the aligner by coordinate descent on strict F1, with a leave-one-out
// check: tune on all documents but one, score the one left out, for every document.
// Not run by `npm run bench` (it takes minutes): `node bench/align-tune.mjs [CORPUS_DIR]`
// (default /work/shared/corpora/mac-dev; needs `npm run build`). Prints the parameters tuned
// on all documents, the leave-one-out scores, and the defaults' score for comparison.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(join(root, 'dist', p));
const { alignPrepared, preparePair } = await dist('align/align.js');
const { lineSegments } = await dist('align/lines.js');
const { documentCounts, scoresOf } = await dist('align/eval.js');
const { DEFAULT_PARAMS, DEFAULT_SEARCH } = await dist('align/params.js');
const { parseBeads } = await dist('formats/beads.js');

const dir = process.argv[2] ?? '/work/shared/corpora/mac-dev';
if (!existsSync(dir)) {
  console.log(`align-tune: ${dir} not found, skipped`);
  process.exit(0);
}
const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.gold'))
  .map((f) => basename(f, '.gold'))
  .sort()
  .map((doc) => {
    const zh = lineSegments(readFileSync(join(dir, `${doc}.zh`), 'utf8'), 'zh');
    const en = lineSegments(readFileSync(join(dir, `${doc}.en`), 'utf8'), 'en');
    return {
      doc,
      gold: parseBeads(readFileSync(join(dir, `${doc}.gold`), 'utf8')),
      prepared: preparePair(zh, en),
    };
  });

/** A flat parameter vector: name → value. */
function flatten(params, search) {
  const v = {
    lexWeight: params.lexWeight,
    lenWeight: params.lenWeight,
    nullPenalty: params.nullPenalty,
    emptySim: params.emptySim,
    deadWeight: params.deadWeight ?? 0,
    variance: search.variance,
  };
  for (const [k, x] of Object.entries(params.shapePenalty)) if (k !== '1-1') v[`shape:${k}`] = x;
  return v;
}

function options(v) {
  const shapePenalty = { '1-1': 0 };
  for (const [k, x] of Object.entries(v)) if (k.startsWith('shape:')) shapePenalty[k.slice(6)] = x;
  return {
    model1: false,
    params: {
      lexWeight: v.lexWeight,
      lenWeight: v.lenWeight,
      nullPenalty: v.nullPenalty,
      emptySim: v.emptySim,
      deadWeight: v.deadWeight,
      shapePenalty,
    },
    search: { variance: v.variance, temperature: undefined },
  };
}

function score(v, set) {
  const o = options(v);
  const counts = set.map((d) => documentCounts(d.gold, alignPrepared(d.prepared, o).beads));
  return scoresOf(counts).f1Strict;
}

function tune(start, set) {
  let best = { ...start };
  let bestScore = score(best, set);
  for (let round = 0; round < 3; round++) {
    let improved = false;
    for (const k of Object.keys(best)) {
      const x = best[k];
      const steps =
        k === 'emptySim'
          ? [x - 0.1, x + 0.1]
          : x === 0
            ? [0.5, 1, 2]
            : [x * 0.7, x * 0.85, x * 1.15, x * 1.3];
      for (const y of steps) {
        const cand = { ...best, [k]: Math.round(y * 1000) / 1000 };
        const s = score(cand, set);
        if (s > bestScore + 1e-4) {
          best = cand;
          bestScore = s;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return { best, bestScore };
}

// The starting point: the bead costs the prototype measured (notes/alignment-findings.md),
// lexical weight 4, length weight 0.5, variance 20 — what zhen used before this tuning. Set
// START=defaults to start from the current defaults instead.
const PROTOTYPE = {
  lexWeight: 4,
  lenWeight: 0.5,
  nullPenalty: 8,
  emptySim: 0.3,
  deadWeight: 0,
  variance: 20,
  'shape:1-2': 2,
  'shape:2-1': 3,
  'shape:1-3': 4,
  'shape:3-1': 5.5,
  'shape:1-4': 6,
  'shape:4-1': 7.5,
  'shape:2-2': 7,
  'shape:2-3': 8.5,
  'shape:3-2': 9,
};
const start =
  process.env.START === 'defaults' ? flatten(DEFAULT_PARAMS, DEFAULT_SEARCH) : PROTOTYPE;
if (process.env.SCORE_ONLY) {
  for (const extra of JSON.parse(process.env.SCORE_ONLY)) {
    console.log(JSON.stringify(extra), score({ ...start, ...extra }, docs).toFixed(4));
  }
  process.exit(0);
}
console.log(
  `current defaults: strict F1 ${score(flatten(DEFAULT_PARAMS, DEFAULT_SEARCH), docs).toFixed(4)}`,
);
console.log(
  `starting point: strict F1 ${score(start, docs).toFixed(4)} on ${docs.length} documents`,
);
const all = tune(start, docs);
console.log(`tuned on all: strict F1 ${all.bestScore.toFixed(4)}`);
console.log(JSON.stringify(all.best));
const held = [];
for (const d of docs) {
  const rest = docs.filter((x) => x !== d);
  const t = tune(start, rest);
  const o = options(t.best);
  const counts = documentCounts(d.gold, alignPrepared(d.prepared, o).beads);
  held.push(counts);
  console.log(
    `leave out ${d.doc}: train F1 ${t.bestScore.toFixed(4)}, held-out F1 ${scoresOf([counts]).f1Strict.toFixed(4)}`,
  );
}
const loo = scoresOf(held);
console.log(
  `leave-one-out overall: strict P ${loo.precisionStrict.toFixed(4)} R ${loo.recallStrict.toFixed(4)} F1 ${loo.f1Strict.toFixed(4)}, lax F1 ${loo.f1Lax.toFixed(4)}`,
);
