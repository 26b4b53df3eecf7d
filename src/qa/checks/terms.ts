/**
 * `terms`: key terms, both ways. A glossary term in the English (connected transaction) needs
 * one of its approved Chinese forms (關連交易) in the Chinese of the pair, and a glossary term in
 * the Chinese needs its English; in a Hong Kong filing another region's wording (關聯交易,
 * 关联交易: "mainland usage" in the glossary, or a same-length variant of the preferred form) is
 * reported as non-preferred instead. The filing's own defined terms count as key terms too:
 * where the English uses "Target Company", the Chinese should say 「目標公司」 as defined.
 */
import { foldZhText } from '../../glossary/lawname.js';
import type { Term } from '../../glossary/model.js';
import type { Check } from '../check.js';
import type { CheckContext, PairView } from '../context.js';
import { type DefinedTerm, definedTermsOf } from '../defined-terms.js';
import { type TermHit, termIndexOf } from '../term-index.js';
import type { Report, Span } from '../types.js';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function inside(spans: readonly Span[], s: number, e: number, strict = false): boolean {
  return spans.some(([a, b]) => a <= s && e <= b && (!strict || b - a > e - s));
}

/** A capitalised one-word hit inside a name: "Main Board", "Board Committee". */
function properNamePart(text: string, s: number, e: number): boolean {
  const word = text.slice(s, e);
  if (/\s/.test(word) || !/^\p{Lu}\p{Ll}/u.test(word)) return false;
  const before = text.slice(Math.max(0, s - 20), s);
  const after = text.slice(e, e + 12);
  return (
    (/\p{Lu}[\p{L}'’.]*\s+$/u.test(before) && !/\b(?:The|A|An)\s+$/.test(before)) ||
    /^\s+\p{Lu}/u.test(after)
  );
}

function zhTitle(t: Term, script: 'hant' | 'hans'): string {
  return script === 'hans' ? t.zhHans : t.zhHant;
}

/** Occurrences of defined English terms used as such (not inside a longer name). */
function definedUses(
  text: string,
  defined: readonly DefinedTerm[],
  re: RegExp | undefined,
  taken: readonly Span[],
): { term: DefinedTerm; span: Span }[] {
  if (!re) return [];
  const byForm = new Map<string, DefinedTerm>();
  for (const d of defined) for (const f of d.enForms) if (!byForm.has(f)) byForm.set(f, d);
  const out: { term: DefinedTerm; span: Span }[] = [];
  for (const m of text.matchAll(re)) {
    const s = m.index;
    const e = s + m[0].length;
    if (inside(taken, s, e, true)) continue;
    const before = text.slice(Math.max(0, s - 30), s);
    const after = text.slice(e, e + 12);
    // part of a proper name: "Jinhe Holdings Group Co., Ltd.", "the Company Law"
    if (/\p{Lu}[\p{L}'’.]*\s+$/u.test(before) && !/\b(?:The|A|An)\s+$/.test(before)) continue;
    if (/^\s+(?:Co\b|Ltd\b|Limited\b|Law\b|Ordinance\b|Group\b|Holdings\b|\p{Lu})/u.test(after))
      continue;
    if (/["“]$/.test(before)) continue;
    const term = byForm.get(m[0]);
    if (term) out.push({ term, span: [s, e] });
  }
  return out;
}

function pairReports(
  ctx: CheckContext,
  p: PairView,
  defined: readonly DefinedTerm[],
  definedRe: RegExp | undefined,
  definedPairs: ReadonlySet<number>,
): Report[] {
  const index = termIndexOf(ctx.glossary.terms);
  const out: Report[] = [];
  const en = p.en.text;
  const zhFolded = p.zh.squashed();
  const lawSpans = (side: 'en' | 'zh'): Span[] =>
    p[side].laws().map((m) => [m.start, m.end] as Span);
  const enLaws = lawSpans('en');
  const zhLaws = lawSpans('zh');
  const enHits = p.en
    .terms()
    .filter((h) => !inside(enLaws, h.start, h.end) && !properNamePart(en, h.start, h.end));
  const zhHits = p.zh.terms().filter((h) => !inside(zhLaws, h.start, h.end));
  const variantTerms = new Set<Term>();
  if (ctx.hongKong) {
    for (const h of zhHits) {
      const form = foldZhText(h.text);
      const t = h.terms.find((x) => index.mainlandForms(x).has(form));
      if (!t || variantTerms.has(t)) continue;
      variantTerms.add(t);
      out.push({
        pair: p.index,
        message: `${h.text} is mainland wording; Hong Kong filings use ${t.zhHant} (${t.en})`,
        zh: [h.start, h.end],
      });
    }
  }
  const seen = new Set<Term>();
  const report = (h: TermHit, side: 'en' | 'zh') => {
    const t = h.terms[0]!;
    if (h.terms.some((x) => variantTerms.has(x) || seen.has(x))) return;
    seen.add(t);
    const message =
      side === 'en'
        ? `"${h.text}" (${t.en}): the Chinese has no ${zhTitle(t, ctx.script)}`
        : `${h.text} (${t.en}): the English has no "${t.en}"`;
    out.push(
      side === 'en'
        ? { pair: p.index, message, en: [h.start, h.end] }
        : { pair: p.index, message, zh: [h.start, h.end] },
    );
  };
  // a term just across a bead boundary (crossing lines the aligner split) is not missing
  const near = [p.index - 2, p.index - 1, p.index + 1, p.index + 2]
    .map((i) => ctx.pairs[i])
    .filter((x) => x !== undefined);
  const nearZh = near.map((x) => x.zh.squashed());
  for (const h of enHits) {
    const has = (t: Term) => index.zhHas(zhFolded, t) || nearZh.some((z) => index.zhHas(z, t));
    if (!h.terms.some(has)) report(h, 'en');
  }
  for (const h of zhHits) {
    const has = (t: Term) =>
      index.enHas(en, t, p.en.stems()) || near.some((x) => index.enHas(x.en.text, t, x.en.stems()));
    if (!h.terms.some(has)) report(h, 'zh');
  }
  if (!definedPairs.has(p.index)) {
    const taken: Span[] = [...enLaws, ...enHits.map((h) => [h.start, h.end] as Span)];
    const done = new Set<DefinedTerm>();
    for (const { term, span } of definedUses(en, defined, definedRe, taken)) {
      if (done.has(term) || zhFolded.includes(term.zhFolded)) continue;
      done.add(term);
      out.push({
        pair: p.index,
        message: `"${term.en}" is defined as 「${term.zh}」 but the Chinese has no ${term.zh}`,
        en: span,
      });
    }
  }
  return out;
}

function run(ctx: CheckContext): Report[] {
  const defined = definedTermsOf(ctx.pairs);
  const forms = defined.flatMap((d) => d.enForms).sort((a, b) => b.length - a.length);
  const definedRe = forms.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
    : undefined;
  const definedPairs = new Set(defined.map((d) => d.pair));
  const out: Report[] = [];
  for (const p of ctx.pairs) {
    if (!p.en.text.trim() || !p.zh.text.trim()) continue;
    out.push(...pairReports(ctx, p, defined, definedRe, definedPairs));
  }
  return out;
}

export const terms: Check = {
  name: 'terms',
  description:
    'glossary and defined terms both ways: the approved translation must be on the other side; mainland wording in a Hong Kong filing is non-preferred',
  severity: 'warning',
  enabled: true,
  run,
};
