/**
 * The language of each line of a paragraph, smoothed: a two-state Viterbi path over the lines'
 * judgements. Leaving a line's own language costs its strength; switching between two lines
 * costs a penalty (higher where the first line runs on into the next). So alternating English
 * and Chinese lines switch at every line, while a wrapped line of a Chinese paragraph that is
 * mostly an English name stays Chinese. Pure.
 */
import type { Judgement } from './classify.js';

export type LineLang = 'en' | 'zh' | 'both';

/**
 * States for `lines`; `switchCost(k)` is the cost of a language change between line k and k+1.
 * Lines without letters take their neighbours' language; a paragraph with none is 'both'.
 */
export function smooth(lines: readonly Judgement[], switchCost: (k: number) => number): LineLang[] {
  if (lines.every((j) => j.lang === undefined)) return lines.map(() => 'both');
  const states = ['en', 'zh'] as const;
  const emit = (k: number, s: number) => {
    const j = lines[k]!;
    return j.lang !== undefined && j.lang !== states[s] ? j.strength : 0;
  };
  const cost: number[][] = [[emit(0, 0), emit(0, 1)]];
  const back: number[][] = [[0, 1]];
  for (let k = 1; k < lines.length; k++) {
    const p = switchCost(k - 1);
    const prev = cost[k - 1]!;
    const row: number[] = [];
    const from: number[] = [];
    for (let s = 0; s < 2; s++) {
      const stay = prev[s]!;
      const change = prev[1 - s]! + p;
      row.push(Math.min(stay, change) + emit(k, s));
      from.push(stay <= change ? s : 1 - s);
    }
    cost.push(row);
    back.push(from);
  }
  const out: LineLang[] = new Array(lines.length);
  const last = cost[lines.length - 1]!;
  let s = last[0]! <= last[1]! ? 0 : 1;
  // on a tie, the language of the strongest line wins
  if (last[0] === last[1]) {
    const strongest = [...lines].sort((a, b) => b.strength - a.strength)[0]!;
    s = strongest.lang === 'zh' ? 1 : 0;
  }
  for (let k = lines.length - 1; k >= 0; k--) {
    out[k] = states[s]!;
    s = back[k]![s]!;
  }
  return out;
}
