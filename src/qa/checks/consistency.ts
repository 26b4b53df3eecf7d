/**
 * `consistency`, across the whole filing: the same source sentence translated two ways, the
 * same translation given for two different sources (memoQ's "target to source"), and a
 * defined term rendered with a near-synonym (the filing defines 「目標公司」 for "Target Company"
 * but one sentence says 標的公司: same length, one word swapped for one the dictionary glosses
 * the same way). The majority rendering is taken as the intended one; the others are reported,
 * each pointing at a pair with the majority rendering.
 */
import { chineseWords } from '../../lexicon/chinese.js';
import { foldWidth } from '../../text/fold.js';
import { toSimplified } from '../../text/opencc.js';
import { type Check, clip, spanOn, whole } from '../check.js';
import type { CheckContext } from '../context.js';
import { definedTermsOf } from '../defined-terms.js';
import { termIndexOf } from '../term-index.js';
import type { Report } from '../types.js';
import { hasWords } from './omissions.js';

const END = /[\s.。,，;；:：!！?？]+$/u;

const keys = new Map<string, string>();

function sourceKey(text: string): string {
  let k = keys.get(text);
  if (k === undefined) {
    k = foldWidth(text).toLowerCase().replace(/\s+/g, ' ').replace(END, '').trim();
    if (keys.size > 100_000) keys.clear();
    keys.set(text, k);
  }
  return k;
}

function targetKey(text: string): string {
  return foldWidth(text).replace(/\s+/g, '').replace(END, '').toLowerCase();
}

/** Pairs grouped by one side's key; groups whose other side has more than one key. */
function inconsistent(
  ctx: CheckContext,
  keyOf: (s: string) => string,
  otherKeyOf: (s: string) => string,
  side: 'source' | 'target',
): Report[] {
  const src = ctx.input.source.lang;
  const tgt = ctx.input.target.lang;
  const [lang, otherLang] = side === 'source' ? [src, tgt] : [tgt, src];
  const groups = new Map<string, { pair: number; other: string }[]>();
  for (const p of ctx.pairs) {
    const own = side === 'source' ? p.pair.source : p.pair.target;
    const other = side === 'source' ? p.pair.target : p.pair.source;
    if (!own.trim() || !other.trim() || !hasWords(own)) continue;
    // a copied name (target = source) is the untranslated check's business
    if (sourceKey(own).replace(/\s+/g, '') === sourceKey(other).replace(/\s+/g, '')) continue;
    const k = keyOf(own);
    if (k.length < 2) continue;
    const list = groups.get(k) ?? [];
    list.push({ pair: p.index, other: otherKeyOf(other) });
    groups.set(k, list);
  }
  const out: Report[] = [];
  for (const list of groups.values()) {
    const counts = new Map<string, number>();
    for (const x of list) counts.set(x.other, (counts.get(x.other) ?? 0) + 1);
    if (counts.size < 2) continue;
    const major = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const ref = list.find((x) => x.other === major)!;
    for (const x of list) {
      if (x.other === major) continue;
      const p = ctx.pairs[x.pair]!;
      const ownText = lang === 'en' ? p.en.text : p.zh.text;
      const otherText = otherLang === 'en' ? p.en.text : p.zh.text;
      const refPair = ctx.pairs[ref.pair]!;
      const refOther = otherLang === 'en' ? refPair.en.text : refPair.zh.text;
      out.push({
        pair: x.pair,
        related: ref.pair,
        message:
          side === 'source'
            ? `the same ${lang === 'en' ? 'English' : 'Chinese'} is translated differently in pair ${refPair.pair.id}: "${clip(refOther)}"`
            : `the same translation is given for a different source in pair ${refPair.pair.id}: "${clip(refOther)}"`,
        ...spanOn(lang, whole(ownText)!),
        ...spanOn(otherLang, whole(otherText)!),
      });
    }
  }
  return out;
}

/** Han-only words of a defined Chinese term, with where each starts. */
function termWords(zh: string): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  let at = 0;
  for (const w of chineseWords(toSimplified(foldWidth(zh)), { folded: true })) {
    out.push({ word: w, at });
    at += w.length;
  }
  return at === zh.length ? out : [];
}

function meaningKeys(ctx: CheckContext, word: string): Set<string> {
  const keys = ctx.lexicon?.lookup(word) ?? [];
  return new Set(keys.filter((k) => !k.startsWith('py:') && k.length > 2));
}

/** Near-synonym renderings of the filing's defined Chinese terms. */
function definedVariants(ctx: CheckContext): Report[] {
  if (!ctx.lexicon) return [];
  const out: Report[] = [];
  const zhTexts = ctx.pairs.map((p) => p.zh.folded());
  const defined = definedTermsOf(ctx.pairs);
  const index = termIndexOf(ctx.glossary.terms);
  // a swap that gives another term of the filing or of the glossary is that term, not a variant
  const known = (folded: string) =>
    defined.some((d) => d.zhFolded === folded) ||
    index.findZh(folded).some((h) => h.start === 0 && h.end === folded.length);
  for (const d of defined) {
    if (d.zhFolded.length < 3 || !/^\p{Script=Han}+$/u.test(d.zhFolded)) continue;
    const words = termWords(d.zhFolded);
    if (words.length < 2) continue;
    for (const { word, at } of words) {
      if (word.length < 2) continue;
      const keys = meaningKeys(ctx, word);
      if (keys.size === 0) continue;
      const before = d.zhFolded.slice(0, at);
      const after = d.zhFolded.slice(at + word.length);
      const re = new RegExp(`${before}(\\p{Script=Han}{${word.length}})${after}`, 'gu');
      const fixed = before.length >= after.length ? before : after;
      zhTexts.forEach((text, i) => {
        if (!text.includes(fixed)) return;
        for (const m of text.matchAll(re)) {
          const swapped = m[1]!;
          if (swapped === word || known(m[0])) continue;
          const other = meaningKeys(ctx, swapped);
          if (![...other].some((k) => keys.has(k))) continue;
          const p = ctx.pairs[i]!;
          const found = p.zh.text.slice(m.index, m.index + m[0].length);
          out.push({
            pair: i,
            related: d.pair,
            message: `${found}: the filing defines 「${d.zh}」 for "${d.en}"; use the defined term`,
            zh: [m.index, m.index + m[0].length],
          });
        }
      });
    }
  }
  return out;
}

function run(ctx: CheckContext): Report[] {
  return [
    ...inconsistent(ctx, sourceKey, targetKey, 'source'),
    ...inconsistent(ctx, targetKey, sourceKey, 'target'),
    ...definedVariants(ctx),
  ];
}

export const consistency: Check = {
  name: 'consistency',
  description:
    'across the filing: the same source translated two ways, the same translation for two sources, defined terms rendered with a near-synonym',
  severity: 'warning',
  enabled: true,
  run,
};
