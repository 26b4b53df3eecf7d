/**
 * Acceptance on the sample filing (corpora/announcement): the clean pair gives no error, and
 * every one of the 21 errors planted in qa-errors/zh.txt is found by a finding of the right
 * kind on the right sentence (errors.tsv: kind and en.sent line). Precision is printed: findings
 * on the planted copy that are on no planted error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { termPairsFromTerms } from '../../src/align/glossary.js';
import { makeDoc } from '../../src/document.js';
import { shippedGlossaryIndex, shippedTerms } from '../../src/glossary/shipped.js';
import { qaDocuments } from '../../src/qa/index.js';
import type { Finding, QaResult } from '../../src/qa/types.js';
import { ROOT } from '../helpers/cli.js';
import { lexicon } from './helpers.js';

const dir = join(ROOT, 'corpora', 'announcement');
const read = (f: string) => readFileSync(join(dir, f), 'utf8');

/** The checks whose findings count as finding a planted error of each kind. */
const KIND_CHECKS: Record<string, string[]> = {
  'amount-scale': ['numbers'],
  'amount-value': ['numbers'],
  percent: ['numbers'],
  'per-share-unit': ['numbers'],
  'number-missing': ['numbers'],
  date: ['dates'],
  period: ['dates'],
  'stock-code': ['codes'],
  'cap-number': ['codes', 'law-names'],
  'law-name': ['law-names'],
  'glossary-term': ['terms'],
  omission: ['omissions', 'length'],
  addition: ['additions', 'length', 'omissions'],
  'unpaired-bracket': ['punctuation'],
  'end-punctuation': ['punctuation'],
  untranslated: ['untranslated'],
  inconsistent: ['consistency'],
  'person-name': ['names'],
};

interface Planted {
  id: string;
  kind: string;
  line: number;
  planted: string;
}

function planted(): Planted[] {
  const [, ...rows] = read('qa-errors/errors.tsv').trim().split('\n');
  return rows.map((r) => {
    const [id, kind, line, zhPlanted] = r.split('\t');
    return { id: id!, kind: kind!, line: Number(line), planted: zhPlanted! };
  });
}

/** [start, end) of each en.sent line in en.txt. */
function sentenceRanges(): [number, number][] {
  const text = read('en.txt');
  let from = 0;
  return read('en.sent')
    .split('\n')
    .filter((l) => l.length > 0)
    .map((line) => {
      const at = text.indexOf(line, from);
      if (at < 0) throw new Error(`en.sent line not in en.txt: ${line}`);
      from = at + line.length;
      return [at, at + line.length] as [number, number];
    });
}

function run(zhFile: string): QaResult {
  const en = makeDoc(read('en.txt'), { path: 'en.txt' });
  const zh = makeDoc(read(zhFile), { path: zhFile });
  return qaDocuments(en, zh, {
    termPairs: termPairsFromTerms(shippedTerms()),
    glossary: shippedGlossaryIndex(),
    lexicon,
  });
}

function onSentence(result: QaResult, f: Finding, range: [number, number]): boolean {
  const pair = result.pairs[f.pair]!.srcRange;
  return pair !== null && pair[0] < range[1] && range[0] < pair[1];
}

describe('corpora/announcement', () => {
  const clean = run('zh.txt');
  const dirty = run('qa-errors/zh.txt');
  const errors = planted();
  const ranges = sentenceRanges();

  it('the clean pair gives no error-severity finding', () => {
    const errorsFound = clean.findings.filter((f) => f.severity === 'error');
    expect(errorsFound.map((f) => `${f.check} [${f.unit}] ${f.message}`)).toEqual([]);
    console.log(
      `clean pair: ${clean.findings.length} findings (${clean.summary.bySeverity.warning} warnings, ${clean.summary.bySeverity.info} notes)`,
    );
  });

  it('finds every planted error (right kind, right sentence)', () => {
    const missed = errors.filter(
      (e) =>
        !dirty.findings.some(
          (f) => KIND_CHECKS[e.kind]!.includes(f.check) && onSentence(dirty, f, ranges[e.line]!),
        ),
    );
    expect(missed.map((e) => `${e.id} ${e.kind} (en line ${e.line}): ${e.planted}`)).toEqual([]);
  });

  it('reports precision on the planted copy', () => {
    const onPlanted = (f: Finding) => errors.some((e) => onSentence(dirty, f, ranges[e.line]!));
    const right = dirty.findings.filter((f) =>
      errors.some(
        (e) => KIND_CHECKS[e.kind]!.includes(f.check) && onSentence(dirty, f, ranges[e.line]!),
      ),
    );
    const side = dirty.findings.filter((f) => onPlanted(f) && !right.includes(f));
    const elsewhere = dirty.findings.filter((f) => !onPlanted(f));
    console.log(
      `planted copy: ${dirty.findings.length} findings: ${right.length} of the right kind on planted errors, ${side.length} other findings on planted sentences, ${elsewhere.length} on no planted error`,
    );
    for (const f of elsewhere)
      console.log(`  not planted: ${f.severity} ${f.check} [${f.unit}] ${f.message}`);
    // everything not planted is at most a note or warning, and rare
    expect(elsewhere.filter((f) => f.severity === 'error')).toEqual([]);
    expect(elsewhere.length).toBeLessThanOrEqual(3);
  });

  it('offsets point at the flagged text in the input files', () => {
    const en = read('en.txt');
    const zh = read('qa-errors/zh.txt');
    for (const f of dirty.findings) {
      if (f.srcOffsets) expect(en.slice(...f.srcOffsets)).toBe(f.flagged.source);
      if (f.tgtOffsets) expect(zh.slice(...f.tgtOffsets)).toBe(f.flagged.target);
    }
  });
});
