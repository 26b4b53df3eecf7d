/**
 * Glossary terms as lexicon pairs for the aligner: every Chinese form of a term (Traditional,
 * Simplified, short forms) paired with every English form, so that 《公司法》 in one version
 * and "the Company Law" in the other count as a translation of each other.
 */
import { enForms, type Term, zhForms } from '../glossary/model.js';
import type { TermPair } from '../lexicon/lexicon.js';

/** zh↔en pairs of a list of glossary terms. */
export function termPairsFromTerms(terms: readonly Term[]): TermPair[] {
  const pairs: TermPair[] = [];
  for (const t of terms) {
    const en = enForms(t);
    for (const zh of zhForms(t)) for (const e of en) pairs.push({ zh, en: e });
  }
  return pairs;
}
