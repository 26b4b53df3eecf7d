/** Running QA on hand-written pairs: one bilingual unit per [en, zh] pair, English as source. */

import { termPairsFromTerms } from '../../src/align/glossary.js';
import type { UnitFile } from '../../src/formats/format.js';
import { shippedGlossaryIndex, shippedTerms } from '../../src/glossary/shipped.js';
import { loadLexicon, withTermPairs } from '../../src/lexicon/lexicon.js';
import { checks } from '../../src/qa/checks/index.js';
import { pairsFromUnits } from '../../src/qa/pairs.js';
import { type QaOptions, runQa } from '../../src/qa/runner.js';
import type { Finding, QaInput, QaResult } from '../../src/qa/types.js';
import { toSimplified } from '../../src/text/opencc.js';

export const lexicon = withTermPairs(
  loadLexicon(),
  termPairsFromTerms(shippedTerms()),
  toSimplified,
);

export function unitFile(
  pairs: readonly (readonly [string, string])[],
  zhCode = 'zh-HK',
): UnitFile {
  return {
    format: 'tsv',
    srcLang: 'en',
    tgtLang: zhCode,
    notes: [],
    units: pairs.map(([source, target], i) => ({
      id: `u${i + 1}`,
      source,
      target,
      srcLang: 'en',
      tgtLang: zhCode,
    })),
  };
}

export function inputOf(pairs: readonly (readonly [string, string])[], zhCode = 'zh-HK'): QaInput {
  return pairsFromUnits(unitFile(pairs, zhCode), 'test.tsv');
}

export function qa(
  pairs: readonly (readonly [string, string])[],
  options: QaOptions = {},
): QaResult {
  return runQa(inputOf(pairs), { glossary: shippedGlossaryIndex(), lexicon, ...options });
}

/** Findings of one check (only that check runs). */
export function findingsOf(
  check: string,
  pairs: readonly (readonly [string, string])[],
  options: QaOptions = {},
): Finding[] {
  const only = checks.filter((c) => c.name === check);
  if (only.length === 0) throw new Error(`no check ${check}`);
  return qa(pairs, { ...options, checks: only, enable: [check] }).findings;
}
