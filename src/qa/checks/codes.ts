/**
 * `codes`: identifiers that must be the same on both sides, compared by their normalised key:
 * stock codes, Cap. and chapter numbers, rule and paragraph numbers, Parts, appendices,
 * schedules, notes, standards (ISO 9001:2015), directives (2001/83/EC), telephone numbers, URLs
 * and e-mail addresses. A code of one kind replaced by another of the same kind is reported as
 * such ("stock code 2938 but the Chinese says 2983"); others as missing or extra (a warning for
 * rule, paragraph, Part, appendix, schedule and note numbers, which get paraphrased). Latin tokens
 * kept in the Chinese (GMP, product and company names) must appear in the English of the pair
 * (or of a neighbouring pair, where the aligner split a crossing); list markers are skipped.
 */
import type { Code, CodeKind } from '../../lexicon/types.js';
import { type Check, spanOn, strayReport } from '../check.js';
import { type CheckContext, langName, sideOf } from '../context.js';
import { cancelNeighbours, pairClosest, pairEqual, type Stray } from '../match.js';
import type { Report } from '../types.js';

const KIND_NAMES: Record<CodeKind, string> = {
  stock: 'stock code',
  cap: 'chapter number',
  rule: 'rule number',
  paragraph: 'paragraph number',
  part: 'Part number',
  appendix: 'appendix number',
  schedule: 'schedule number',
  note: 'note number',
  standard: 'standard',
  directive: 'directive number',
  phone: 'telephone number',
  url: 'URL',
  email: 'e-mail address',
  latin: 'Latin token',
};

/** Kinds whose absence on one side is a warning: a translation may paraphrase the reference. */
const CROSS_REFERENCES: ReadonlySet<CodeKind> = new Set([
  'rule',
  'paragraph',
  'part',
  'appendix',
  'schedule',
  'note',
]);

const sameKey = (a: Code, b: Code) => a.key === b.key;

function relate(a: Code, b: Code) {
  return a.kind === b.kind ? { rank: 0, relation: a.kind } : undefined;
}

/** Latin tokens in Chinese that need no English counterpart: (a) (ii) H股 markers. */
function trivialLatin(token: string): boolean {
  return token.length < 2 || /^[ivxlc]+$/i.test(token);
}

function hasWord(text: string, token: string): boolean {
  const esc = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9])${esc}(?![A-Za-z0-9])`, 'i').test(text);
}

function run(ctx: CheckContext): Report[] {
  const src = ctx.input.source.lang;
  const tgt = ctx.input.target.lang;
  const out: Report[] = [];
  const strays: Stray<Code>[] = [];
  for (const p of ctx.pairs) {
    if (!p.pair.source.trim() || !p.pair.target.trim()) continue;
    const a = sideOf(p, src)
      .scan()
      .codes.filter((c) => c.kind !== 'latin');
    const b = sideOf(p, tgt)
      .scan()
      .codes.filter((c) => c.kind !== 'latin');
    const left = pairEqual(a, b, sameKey);
    const close = pairClosest(left.src, left.tgt, relate);
    for (const { src: x, tgt: y } of close.pairs) {
      out.push({
        pair: p.index,
        message: `${KIND_NAMES[x.kind]} ${x.text.trim()} but ${langName(tgt)} says ${y.text.trim()}`,
        ...spanOn(src, [x.start, x.end]),
        ...spanOn(tgt, [y.start, y.end]),
      });
    }
    for (const c of close.src) {
      if (!left.matchedSrc.some((m) => sameKey(m, c)))
        strays.push({ pair: p.index, side: 'src', item: c });
    }
    for (const c of close.tgt) {
      if (!left.matchedTgt.some((m) => sameKey(m, c)))
        strays.push({ pair: p.index, side: 'tgt', item: c });
    }
    // Latin tokens kept in the Chinese must be in the English nearby
    for (const c of p.zh.scan().codes) {
      if (c.kind !== 'latin' || trivialLatin(c.text)) continue;
      const near = [p.index - 1, p.index, p.index + 1].filter(
        (i) => i >= 0 && i < ctx.pairs.length,
      );
      if (near.some((i) => hasWord(ctx.pairs[i]!.en.text, c.text))) continue;
      out.push({
        pair: p.index,
        message: `${c.text} in the Chinese is not in the English`,
        severity: 'warning',
        zh: [c.start, c.end],
      });
    }
  }
  for (const st of cancelNeighbours(strays, sameKey)) {
    const c = st.item;
    out.push({
      ...strayReport(st, src, tgt, `${KIND_NAMES[c.kind]} ${c.text.trim()}`, [c.start, c.end]),
      // cross-references are often paraphrased ("the preceding paragraph", 前項)
      ...(CROSS_REFERENCES.has(c.kind) ? { severity: 'warning' as const } : {}),
    });
  }
  return out;
}

export const codes: Check = {
  name: 'codes',
  description:
    'stock codes, Cap. and rule numbers, standards, directives, phone numbers, URLs, e-mail addresses and Latin tokens that must appear on both sides',
  severity: 'error',
  enabled: true,
  run,
};
