/**
 * `names`: people's names with a title (Mr. Guo Jianping ↔ 郭建平先生), compared by Mandarin
 * reading. An English name written in pinyin must have a Chinese name in the pair that reads the
 * same (readings from CC-CEDICT, every reading of a polyphonic character tried); when instead a
 * titled Chinese name with the same surname reads differently (郭建明 guo jian ming), that is an
 * error. Names not in pinyin (Cantonese romanisation: Chan Kwok Wai 陳國偉) are not judged.
 */
import { foldWidth } from '../../text/fold.js';
import { toSimplified } from '../../text/opencc.js';
import type { Check } from '../check.js';
import type { CheckContext } from '../context.js';
import type { Report } from '../types.js';

const EN_NAME =
  /\b(Mr|Ms|Mrs|Miss|Madam|Madame|Dr|Professor|Prof|Sir)\.?\s+([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})\b/g;

const ZH_TITLES = '先生|女士|博士|教授|小姐|太太|夫人|醫生|医生|律師|律师|爵士';
const ZH_NAME = new RegExp(`(\\p{Script=Han}{2,4}?)(?:${ZH_TITLES})`, 'gu');

const SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)$/;

/** Pinyin syllables of a romanised word ("jianping" → jian ping), or undefined if not pinyin. */
export function syllables(word: string): string[] | undefined {
  const w = word.toLowerCase().replace(/ü/g, 'v');
  const memo = new Map<number, string[] | null>();
  const go = (i: number): string[] | null => {
    if (i === w.length) return [];
    const cached = memo.get(i);
    if (cached !== undefined) return cached;
    let best: string[] | null = null;
    for (let j = Math.min(w.length, i + 6); j > i; j--) {
      const s = w.slice(i, j);
      if (!SYLLABLE.test(s)) continue;
      const rest = go(j);
      if (rest) {
        best = [s, ...rest];
        break;
      }
    }
    memo.set(i, best);
    return best;
  };
  return go(0) ?? undefined;
}

interface ZhName {
  start: number;
  end: number;
  text: string;
  readings: string[][];
}

function readingsOf(ctx: CheckContext, text: string): string[][] | undefined {
  const simp = toSimplified(foldWidth(text));
  const out: string[][] = [];
  for (const ch of simp) {
    const r = ctx.lexicon?.readings(ch);
    if (!r || r.length === 0) return undefined;
    out.push([...r]);
  }
  return out;
}

/** Titled Chinese names: the 2–3 characters before 先生/女士/博士…, trimmed to `length`. */
function chineseNames(ctx: CheckContext, text: string, length: number): ZhName[] {
  const out: ZhName[] = [];
  for (const m of text.matchAll(ZH_NAME)) {
    const end = m.index + m[1]!.length;
    const start = end - length;
    if (start < 0) continue;
    const name = text.slice(start, end);
    if (!/^\p{Script=Han}+$/u.test(name)) continue;
    const readings = readingsOf(ctx, name);
    if (readings) out.push({ start, end, text: name, readings });
  }
  return out;
}

function reads(name: ZhName, syl: readonly string[]): boolean {
  return name.readings.length === syl.length && name.readings.every((r, i) => r.includes(syl[i]!));
}

function run(ctx: CheckContext): Report[] {
  if (!ctx.lexicon) return [];
  const out: Report[] = [];
  for (const p of ctx.pairs) {
    if (!p.en.text.trim() || !p.zh.text.trim()) continue;
    for (const m of p.en.text.matchAll(EN_NAME)) {
      const words = m[2]!.split(/[ -]/);
      const parts = words.map(syllables);
      if (parts.some((x) => x === undefined)) continue;
      // surname first (Guo Jianping) or last (Jianping Guo)
      const first = parts.flat() as string[];
      const last = [
        ...(parts[parts.length - 1] as string[]),
        ...(parts.slice(0, -1).flat() as string[]),
      ];
      const candidates = chineseNames(ctx, p.zh.text, first.length);
      if (candidates.some((c) => reads(c, first) || reads(c, last))) continue;
      if (ctx.lexicon && !/\p{Script=Han}{2}/u.test(p.zh.text)) continue;
      const wrong = candidates.find(
        (c) => c.readings[0]!.includes(first[0]!) || c.readings[0]!.includes(last[0]!),
      );
      if (!wrong) continue;
      const start = m.index + m[0].length - m[2]!.length;
      out.push({
        pair: p.index,
        message: `${m[0]}: the Chinese has ${wrong.text} (${wrong.readings.map((r) => r[0]).join(' ')}), which does not read ${first.join(' ')}`,
        en: [start, start + m[2]!.length],
        zh: [wrong.start, wrong.end],
      });
    }
  }
  return out;
}

export const names: Check = {
  name: 'names',
  description:
    "people's names with a title compared by Mandarin reading (pinyin names only; Cantonese romanisation is not judged)",
  severity: 'error',
  enabled: true,
  run,
};
