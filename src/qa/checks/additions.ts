/**
 * `additions`: a clause of the Chinese translation with no counterpart in the English source of
 * its pair (run when the Chinese is the target): at least six words, of which at most a quarter
 * have a dictionary or glossary counterpart (lexical.ts) in the English, in a pair whose Chinese
 * is longer than the filing's own length model expects (length-model.ts: an addition lengthens).
 * Figures, dates and codes are left out of the count (the number and date checks compare them).
 * A heuristic: CC-CEDICT glosses miss filing senses (披露 "disclose"), so it reports warnings
 * only, and only for clauses long enough for the count to mean something.
 */
import type { Check } from '../check.js';
import type { CheckContext, PairView } from '../context.js';
import { lengthModelOf, lengthZ, pairLengths } from '../length-model.js';
import { chineseClauses, coverageFor } from '../lexical.js';
import type { Report } from '../types.js';

export const MIN_CLAUSE_WORDS = 6;
export const MAX_CLAUSE_COVERAGE = 0.25;
/** and only in pairs whose Chinese is longer than the filing's length model expects */
export const MIN_LENGTH_Z = 1.5;

/** The Chinese text with figures, dates and codes blanked out (same length). */
function withoutFigures(p: PairView): string {
  const s = p.zh.scan();
  let text = p.zh.text;
  for (const m of [...s.quantities, ...s.dates, ...s.codes]) {
    text = text.slice(0, m.start) + ' '.repeat(m.end - m.start) + text.slice(m.end);
  }
  return text;
}

function run(ctx: CheckContext): Report[] {
  // with Chinese as the source a clause missing from the English is an omission; the lexicon
  // is too thin on legal Chinese (主管機關, 辦理) for that direction to be worth the noise
  if (!ctx.lexicon || ctx.input.target.lang !== 'zh') return [];
  const cov = coverageFor(ctx.lexicon);
  const model = lengthModelOf(ctx.pairs);
  const out: Report[] = [];
  for (const p of ctx.pairs) {
    if (!p.en.text.trim() || !p.zh.text.trim()) continue;
    if (p.zh.kinds.includes('table-row') || p.zh.kinds.includes('heading')) continue;
    const lengths = pairLengths(p);
    if (lengthZ(model, lengths.en, lengths.zh) < MIN_LENGTH_Z) continue;
    const text = withoutFigures(p);
    const clauses = chineseClauses(text);
    if (clauses.length < 2) continue;
    const keys = cov.keys(p.en.text, 'en');
    for (const [s, e] of clauses) {
      const c = cov.covered(text.slice(s, e), 'zh', keys);
      if (c.tokens < MIN_CLAUSE_WORDS || c.hits > c.tokens * MAX_CLAUSE_COVERAGE) continue;
      const clause = p.zh.text.slice(s, e).replace(/[，；：。！？]$/u, '');
      out.push({
        pair: p.index,
        message: `「${clause}」 has no counterpart in the English (${c.hits} of ${c.tokens} words matched): added?`,
        zh: [s, s + clause.length],
      });
    }
  }
  return out;
}

export const additions: Check = {
  name: 'additions',
  description:
    'clauses of a Chinese translation with (almost) no dictionary counterpart in the English source of their pair',
  severity: 'warning',
  enabled: true,
  run,
};
