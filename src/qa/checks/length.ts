/**
 * `length`: pairs whose Chinese is far shorter or longer than the English predicts, by a length
 * model learnt from the filing itself (length-model.ts: Chinese characters against English
 * words, figures counted as one, spread growing with √length). Far shorter suggests something
 * left out; far longer, something added. Headings, table rows and very short pairs are not
 * judged. Thresholds are in spreads of the filing's own one-to-one pairs.
 */
import type { Check } from '../check.js';
import { whole } from '../check.js';
import type { CheckContext } from '../context.js';
import { lengthModelOf, lengthZ, MIN_WORDS, pairLengths } from '../length-model.js';
import type { Report } from '../types.js';

/** Flag below this z (Chinese too short) … */
export const SHORT_Z = -3.5;
/** … or above this one (too long: Chinese often spells out what English leaves implicit). */
export const LONG_Z = 6;

function run(ctx: CheckContext): Report[] {
  const model = lengthModelOf(ctx.pairs);
  const out: Report[] = [];
  for (const p of ctx.pairs) {
    if (!p.en.text.trim() || !p.zh.text.trim()) continue;
    if ([...p.en.kinds, ...p.zh.kinds].some((k) => k === 'heading' || k === 'table-row')) continue;
    const { en, zh } = pairLengths(p);
    if (en < MIN_WORDS) continue;
    const z = lengthZ(model, en, zh);
    if (z > SHORT_Z && z < LONG_Z) continue;
    const expected = Math.round(model.ratio * en);
    const short = z <= SHORT_Z;
    const zhIsTarget = ctx.input.target.lang === 'zh';
    const what = short
      ? zhIsTarget
        ? 'something may be left out of the Chinese'
        : 'the English may have more than the Chinese source'
      : zhIsTarget
        ? 'the Chinese may have additions'
        : 'something may be left out of the English';
    out.push({
      pair: p.index,
      message: `the Chinese has ${zh} characters for ${en} English words; this filing averages ${model.ratio.toFixed(2)} a word (about ${expected} expected): ${what}`,
      en: whole(p.en.text),
      zh: whole(p.zh.text),
    });
  }
  return out;
}

export const length: Check = {
  name: 'length',
  description:
    'CJK-aware length outliers: Chinese characters against English words, thresholds learnt from the filing',
  severity: 'warning',
  enabled: true,
  run,
};
