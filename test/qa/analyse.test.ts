/**
 * Segment analyses computed ahead (the CLI's worker thread) and sentence scans shared with the
 * aligner give exactly what the checks compute lazily; the shared anchor keys are the aligner's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { termPairsFromTerms } from '../../src/align/glossary.js';
import { makeDoc } from '../../src/document.js';
import { shippedGlossaryIndex, shippedTerms } from '../../src/glossary/shipped.js';
import { anchorKeys } from '../../src/lexicon/anchors.js';
import { anchorKeysWith, ScanCache } from '../../src/qa/analyse.js';
import { alignForQa, analyseTexts, qaDocuments } from '../../src/qa/index.js';
import { ROOT } from '../helpers/cli.js';
import { lexicon } from './helpers.js';

const dir = join(ROOT, 'corpora', 'announcement');
const read = (f: string) => readFileSync(join(dir, f), 'utf8');

describe('analyses', () => {
  it('anchor keys from the scan cache are the aligner anchor keys', () => {
    const keys = anchorKeysWith(new ScanCache());
    for (const [file, lang] of [
      ['en.sent', 'en'],
      ['zh.sent', 'zh'],
    ] as const) {
      for (const line of read(file).split('\n'))
        expect(keys(line, lang)).toEqual(anchorKeys(line, lang));
    }
  });

  it('findings are the same with analyses made ahead and computed lazily', () => {
    const en = makeDoc(read('en.txt'), { path: 'en.txt' });
    const zh = makeDoc(read('qa-errors/zh.txt'), { path: 'zh.txt' });
    const termPairs = termPairsFromTerms(shippedTerms());
    const glossary = shippedGlossaryIndex();
    const lazy = qaDocuments(en, zh, { termPairs, glossary, lexicon });
    const scans = new ScanCache();
    const alignment = alignForQa(en, zh, { termPairs, scans });
    const analyses = {
      source: analyseTexts(
        en.segments.map((s) => s.text),
        'en',
        glossary,
      ),
      target: analyseTexts(
        zh.segments.map((s) => s.text),
        'zh',
        glossary,
      ),
    };
    // as the worker sends them: structured clones
    const ahead = qaDocuments(en, zh, {
      glossary,
      lexicon,
      alignment,
      analyses: structuredClone(analyses),
      scans,
    });
    expect(ahead.findings).toEqual(lazy.findings);
  });
});
