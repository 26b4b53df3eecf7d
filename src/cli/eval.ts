/**
 * `zhen eval GOLD_DIR AUTO_DIR`: strict and lax precision/recall/F1 of sentence alignments, per
 * document and overall, as Vecalign's score.py computes them. `zhen eval --align CORPUS_DIR`
 * first aligns every DOC.zh/DOC.en of a corpus in the MAC layout (one sentence a line, gold
 * beads in DOC.gold, Chinese indexes first) and scores that, in one process.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type Command, Option } from 'commander';
import { align } from '../align/align.js';
import { type DocCounts, documentCounts, type Scores, scoresOf, swapSides } from '../align/eval.js';
import { termPairsFromTerms } from '../align/glossary.js';
import { lineSegments } from '../align/lines.js';
import { UsageError } from '../errors.js';
import { type BeadIndexes, formatBeads, parseBeads } from '../formats/beads.js';
import { shippedTerms } from '../glossary/shipped.js';
import { writeFileAtomic } from '../io/atomic.js';

interface EvalCliOptions {
  align?: boolean;
  output?: string;
  from: 'zh' | 'en';
  format: 'text' | 'json';
  glossary: boolean;
  model1?: boolean;
  paragraphs: boolean;
}

/** Names tried for a document's alignment in AUTO_DIR, in order. */
const AUTO_NAMES = ['align', 'beads', 'auto', 'gold', 'txt'];

function readBeads(path: string): BeadIndexes[] {
  return parseBeads(readFileSync(path, 'utf8'), path);
}

function autoFile(dir: string, doc: string): string | undefined {
  for (const ext of AUTO_NAMES) {
    const p = join(dir, `${doc}.${ext}`);
    if (existsSync(p)) return p;
  }
  return existsSync(join(dir, doc)) ? join(dir, doc) : undefined;
}

function fmt(x: number): string {
  return x.toFixed(3);
}

function row(name: string, s: Scores): string {
  const cells = [
    s.precisionStrict,
    s.recallStrict,
    s.f1Strict,
    s.precisionLax,
    s.recallLax,
    s.f1Lax,
  ].map(fmt);
  return `${name.padEnd(28)} ${cells.slice(0, 3).join('  ')}   ${cells.slice(3).join('  ')}`;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score sentence alignments against gold beads (strict and lax P/R/F1)')
    .argument('<gold-dir>', 'folder of DOC.gold files (with DOC.zh and DOC.en for --align)')
    .argument('[auto-dir]', 'folder of DOC.align (or .beads) files, same bead syntax as the gold')
    .option('--align', 'align DOC.zh with DOC.en of GOLD_DIR first, then score the result')
    .option('-o, --output <dir>', 'with --align: also write each alignment to DIR/DOC.align')
    .addOption(
      new Option('--from <lang>', 'with --align: the source side (beads are written zh first)')
        .choices(['zh', 'en'])
        .default('zh'),
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .option('--no-glossary', 'with --align: do not use the shipped glossaries')
    .option('--model1', 'with --align: learn a translation table from the document and realign')
    .option('--no-paragraphs', 'with --align: no paragraph alignment first')
    .addHelpText(
      'after',
      `
Scores follow Vecalign's score.py: strict counts a bead only when the gold has exactly the same
bead; lax when it overlaps a gold bead on both sides. Precision is over all beads, recall over
non-null beads; "overall" sums the counts of all documents first.

Examples:
  zhen eval corpora/mac-dev out/
  zhen eval --align corpora/mac-dev -o out/
`,
    )
    .action((goldDir: string, autoDir: string | undefined, options: EvalCliOptions) => {
      if (!options.align && !autoDir) {
        throw new UsageError('eval: give AUTO_DIR, or --align to align the corpus first');
      }
      if (!existsSync(goldDir)) throw new UsageError(`eval: ${goldDir}: no such folder`);
      const docs = readdirSync(goldDir)
        .filter((f) => f.endsWith('.gold'))
        .map((f) => basename(f, '.gold'))
        .sort();
      if (docs.length === 0) throw new UsageError(`eval: ${goldDir}: no DOC.gold files`);
      if (options.output) mkdirSync(options.output, { recursive: true });
      const termPairs =
        options.align && options.glossary ? termPairsFromTerms(shippedTerms()) : undefined;
      const started = performance.now();
      const results: { doc: string; counts: DocCounts }[] = [];
      for (const doc of docs) {
        const gold = readBeads(join(goldDir, `${doc}.gold`));
        let test: BeadIndexes[];
        if (options.align) {
          test = alignDocument(goldDir, doc, options, termPairs);
          if (options.output) {
            const out = join(options.output, `${doc}.align`);
            writeFileAtomic(out, formatBeads(test), [join(goldDir, `${doc}.gold`)]);
          }
        } else {
          const file = autoFile(autoDir!, doc);
          if (!file) throw new UsageError(`eval: no alignment for ${doc} in ${autoDir}`);
          test = readBeads(file);
        }
        results.push({ doc, counts: documentCounts(gold, test) });
      }
      const overall = scoresOf(results.map((r) => r.counts));
      const ms = performance.now() - started;
      if (options.format === 'json') {
        const documents = results.map((r) => ({ doc: r.doc, ...scoresOf([r.counts]) }));
        process.stdout.write(`${JSON.stringify({ documents, overall }, null, 2)}\n`);
      } else {
        const head = `${'document'.padEnd(28)} strict P   R      F1      lax P   R      F1`;
        const lines = [head, ...results.map((r) => row(r.doc, scoresOf([r.counts])))];
        lines.push(row('overall', overall));
        process.stdout.write(`${lines.join('\n')}\n`);
      }
      if (options.align) {
        process.stderr.write(`aligned ${docs.length} documents in ${Math.round(ms)} ms\n`);
      }
    });
}

/** Align DOC.zh with DOC.en (one sentence a line) and return the beads Chinese side first. */
function alignDocument(
  dir: string,
  doc: string,
  options: EvalCliOptions,
  termPairs: ReturnType<typeof termPairsFromTerms> | undefined,
): BeadIndexes[] {
  const read = (lang: 'zh' | 'en') => {
    const path = join(dir, `${doc}.${lang}`);
    if (!existsSync(path)) throw new UsageError(`eval --align: ${path}: no such file`);
    return lineSegments(readFileSync(path, 'utf8'), lang);
  };
  const zh = read('zh');
  const en = read('en');
  const settings = {
    termPairs,
    model1: options.model1 === true,
    paragraphs: options.paragraphs,
  };
  const result = options.from === 'en' ? align(en, zh, settings) : align(zh, en, settings);
  if (!result.parallel) {
    process.stderr.write(
      `zhen: ${doc}: the two sides do not look like translations of each other (parallel score ${result.parallelScore.toFixed(2)})\n`,
    );
  }
  const beads = result.beads.map((b) => ({ src: b.src, tgt: b.tgt }));
  return options.from === 'en' ? (swapSides(beads) as BeadIndexes[]) : beads;
}
