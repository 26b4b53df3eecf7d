/**
 * `untranslated`: text left in the source language. A target identical to its source is an
 * error when it is prose, a note when it is a name or code (issuer names, headings in capitals,
 * "ISO 9001:2015" legitimately stay the same). English prose left inside the Chinese (four or
 * more words, three of them lower-case: not a name) is an error when the English of the pair has
 * it too (copied, not translated), a warning otherwise; long Chinese runs outside brackets in an
 * English translation likewise.
 */
import { foldWidth } from '../../text/fold.js';
import { type Check, clip, spanOn, whole } from '../check.js';
import { type CheckContext, langName } from '../context.js';
import type { Report } from '../types.js';

const norm = (s: string) => foldWidth(s).replace(/\s+/g, ' ').trim();

/** A name, heading or code rather than prose: no lower-case word of three letters or more. */
export function looksLikeName(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  const prose = words.filter(
    (w) => /^\p{Ll}{3,}$/u.test(w) && !/^(?:and|of|the|for|in|on)$/.test(w),
  );
  return prose.length < 2 || /\b(?:Limited|Ltd|Co|Inc|LLC|plc)\b\.?\s*$/.test(text);
}

/** English prose runs in Chinese text: ≥ 4 words, ≥ 3 of them lower-case. */
export function englishRuns(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[A-Za-z][A-Za-z'’-]*(?:[\s,;:()]+[A-Za-z][A-Za-z'’-]*){3,}/g;
  for (const m of text.matchAll(re)) {
    const words = m[0].match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
    const lower = words.filter((w) => /^[a-z]/.test(w) && w.length > 1).length;
    if (lower >= 3) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Chinese runs of six or more Han characters not inside brackets (a gloss: "ecosystem [生態體系]"). */
function chineseRuns(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/\p{Script=Han}[\p{Script=Han}，、。；：]{5,}/gu)) {
    const before = text.slice(0, m.index);
    const open = (before.match(/[(（[［【]/g) ?? []).length;
    const close = (before.match(/[)）\]］】]/g) ?? []).length;
    if (open > close) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

function run(ctx: CheckContext): Report[] {
  const src = ctx.input.source.lang;
  const tgt = ctx.input.target.lang;
  const out: Report[] = [];
  for (const p of ctx.pairs) {
    const s = src === 'en' ? p.en.text : p.zh.text;
    const t = tgt === 'en' ? p.en.text : p.zh.text;
    if (!s.trim() || !t.trim()) continue;
    if (norm(s) === norm(t)) {
      if (!/\p{L}/u.test(s)) continue;
      const name = looksLikeName(s);
      out.push({
        pair: p.index,
        message: name
          ? `the target is the source text ("${clip(s)}"): fine for a name or a code`
          : `not translated: the target is the source text ("${clip(s)}")`,
        severity: name ? 'info' : 'error',
        ...spanOn(src, whole(s)!),
        ...spanOn(tgt, whole(t)!),
      });
      continue;
    }
    if (tgt === 'zh') {
      const english = norm(p.en.text).toLowerCase();
      for (const [a, b] of englishRuns(p.zh.text)) {
        const run = p.zh.text.slice(a, b);
        const copied = english.includes(norm(run).toLowerCase());
        out.push({
          pair: p.index,
          message: copied
            ? `English left untranslated in the Chinese: "${clip(run)}"`
            : `English text in the Chinese: "${clip(run)}"`,
          severity: copied ? 'error' : 'warning',
          zh: [a, b],
        });
      }
    } else {
      for (const [a, b] of chineseRuns(p.en.text)) {
        out.push({
          pair: p.index,
          message: `Chinese left in ${langName('en')}: "${clip(p.en.text.slice(a, b))}"`,
          severity: p.zh.text.includes(p.en.text.slice(a, b)) ? 'error' : 'warning',
          en: [a, b],
        });
      }
    }
  }
  return out;
}

export const untranslated: Check = {
  name: 'untranslated',
  description:
    'target identical to source, English prose left in the Chinese (or Chinese in the English translation)',
  severity: 'error',
  enabled: true,
  run,
};
