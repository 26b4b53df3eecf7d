/**
 * `law-names`: the laws, regulations, ordinances and rule books a pair names, both ways, with
 * the law-name matcher (src/glossary/matcher.ts) on each side: a glossary entry the English
 * names must be named in the Chinese (《公司法》 counts for "the Company Law of the PRC": the
 * same entry), and the Chinese must not name a different one (a law in place of its
 * implementing regulations included). Cap. numbers must agree; a revision year that differs is
 * an error, a revision on one side only a warning, and "(2018 revision)" against （2018年修正）
 * a note ("revision" covers both 修訂 and 修正 in English). A name missing on the other side is
 * an error when cited in full, a warning when cited only in a bare short form (憲法, "the
 * Listing Rules"), which the other side may paraphrase. Names in no glossary are not compared.
 */
import { enKey } from '../../glossary/keys.js';
import type { LawMatch } from '../../glossary/matcher.js';
import type { Lang } from '../../types.js';
import { type Check, spanOn } from '../check.js';
import { type CheckContext, langName, sideOf } from '../context.js';
import { cancelNeighbours, type Stray } from '../match.js';
import type { Report } from '../types.js';

interface Named {
  id: string;
  match: LawMatch;
}

function named(matches: readonly LawMatch[]): Named[] {
  const out: Named[] = [];
  const walk = (m: LawMatch) => {
    if (m.id && m.kind !== 'gap') out.push({ id: m.id, match: m });
  };
  for (const m of matches) walk(m);
  return out;
}

/** How a law is shown in a message, in the words of the side it was found on. */
function show(n: Named, lang: Lang): string {
  const m = n.match;
  if (lang === 'zh') return `${m.text.trim()}${m.en ? ` (${m.en})` : ''}`;
  return `${m.text.trim()}${m.zh ? ` (《${m.zh}》)` : ''}`;
}

const IMPLEMENTING = /(實施條例|实施条例|實施細則|实施细则|實施辦法|实施办法|實施規定|实施规定)$/;

/** One title is the other's implementing rules (藥品管理法 vs 藥品管理法實施條例). */
function implementingOf(law: LawMatch, rules: LawMatch): boolean {
  if (!law.zh || !rules.zh || !IMPLEMENTING.test(rules.zh)) return false;
  const base = rules.zh.replace(IMPLEMENTING, '');
  const strip = (s: string) => s.replace(/^中華人民共和國|^中华人民共和国/, '');
  return strip(base) === strip(law.zh);
}

function differentLaw(a: Named, b: Named, src: Lang, tgt: Lang): string {
  const head = `${langName(src)} names ${show(a, src)} but ${langName(tgt)} names ${show(b, tgt)}`;
  if (implementingOf(a.match, b.match))
    return `${head}: its implementing rules, not the law itself`;
  if (implementingOf(b.match, a.match)) return `${head}: the law, not its implementing rules`;
  return head;
}

function revisionReports(a: Named, b: Named, src: Lang, tgt: Lang, pair: number): Report[] {
  const ra = a.match.revision;
  const rb = b.match.revision;
  const spans = {
    ...spanOn(src, [a.match.start, a.match.end]),
    ...spanOn(tgt, [b.match.start, b.match.end]),
  };
  if (ra && rb) {
    if (ra.year !== rb.year) {
      return [
        { pair, message: `revision ${ra.text} but ${langName(tgt)} says ${rb.text}`, ...spans },
      ];
    }
    if (ra.type !== rb.type) {
      return [
        {
          pair,
          severity: 'info',
          message: `${ra.text} against ${rb.text}: English says "revision" for both 修訂 (revision) and 修正 (amendment); the Chinese suffix is the one to keep`,
          ...spans,
        },
      ];
    }
    return [];
  }
  if (ra || rb) {
    const [has, lacks, r] = ra ? [src, tgt, ra] : [tgt, src, rb!];
    return [
      {
        pair,
        severity: 'warning',
        message: `${langName(has)} cites the ${r.year} ${r.type === '修正' ? 'amendment' : 'revision'} ${r.text}; ${langName(lacks)} gives no revision`,
        ...spans,
      },
    ];
  }
  return [];
}

function capReports(a: Named, b: Named, src: Lang, tgt: Lang, pair: number): Report[] {
  const out: Report[] = [];
  const spans = {
    ...spanOn(src, [a.match.start, a.match.end]),
    ...spanOn(tgt, [b.match.start, b.match.end]),
  };
  if (a.match.cap && b.match.cap && a.match.cap.toUpperCase() !== b.match.cap.toUpperCase()) {
    out.push({
      pair,
      message: `${show(a, src)}: Cap. ${a.match.cap} but ${langName(tgt)} says Cap. ${b.match.cap}`,
      ...spans,
    });
  } else {
    for (const [n, lang] of [
      [a, src],
      [b, tgt],
    ] as const) {
      if (n.match.note && /Cap\./.test(n.match.note)) {
        out.push({ pair, message: `${langName(lang)}: ${n.match.note}`, ...spans });
      }
    }
  }
  return out;
}

function run(ctx: CheckContext): Report[] {
  const src = ctx.input.source.lang;
  const tgt = ctx.input.target.lang;
  const out: Report[] = [];
  const strays: Stray<Named>[] = [];
  for (const p of ctx.pairs) {
    if (!p.pair.source.trim() || !p.pair.target.trim()) continue;
    const a = named(sideOf(p, src).laws());
    const b = named(sideOf(p, tgt).laws());
    const aIds = new Set(a.map((n) => n.id));
    const bIds = new Set(b.map((n) => n.id));
    // the same law on both sides: revision and Cap. number
    for (const id of aIds) {
      if (!bIds.has(id)) continue;
      const x =
        a.find((n) => n.id === id && (n.match.revision || n.match.cap)) ??
        a.find((n) => n.id === id)!;
      const y =
        b.find((n) => n.id === id && (n.match.revision || n.match.cap)) ??
        b.find((n) => n.id === id)!;
      out.push(...revisionReports(x, y, src, tgt, p.index));
      out.push(...capReports(x, y, src, tgt, p.index));
    }
    // a name in no glossary on one side that is the other side's title is the same name
    const aGaps = gapTitles(sideOf(p, src).laws());
    const bGaps = gapTitles(sideOf(p, tgt).laws());
    const onlyA = dedupeById(a.filter((n) => !bIds.has(n.id) && !titledIn(n, bGaps)));
    const onlyB = dedupeById(b.filter((n) => !aIds.has(n.id) && !titledIn(n, aGaps)));
    if (onlyA.length === 1 && onlyB.length === 1) {
      const [x, y] = [onlyA[0]!, onlyB[0]!];
      out.push({
        pair: p.index,
        message: differentLaw(x, y, src, tgt),
        ...spanOn(src, [x.match.start, x.match.end]),
        ...spanOn(tgt, [y.match.start, y.match.end]),
      });
      continue;
    }
    for (const n of onlyA) strays.push({ pair: p.index, side: 'src', item: n });
    for (const n of onlyB) strays.push({ pair: p.index, side: 'tgt', item: n });
  }
  for (const st of cancelNeighbours(strays, (x, y) => x.id === y.id)) {
    const lang = st.side === 'src' ? src : tgt;
    const other = st.side === 'src' ? tgt : src;
    const n = st.item;
    const want =
      other === 'zh'
        ? n.match.zh
          ? `《${n.match.zh}》`
          : 'its title'
        : (n.match.en ?? 'its title');
    out.push({
      pair: st.pair,
      // a bare short form (憲法, "the Constitution") may be paraphrased on the other side
      ...(fullTitle(n, lang) ? {} : { severity: 'warning' as const }),
      message: `${langName(lang)} names ${show(n, lang)}; ${langName(other)} does not (expected ${want})`,
      ...spanOn(lang, [n.match.start, n.match.end]),
    });
  }
  return out;
}

const titleKey = (s: string) => s.toLowerCase().replace(/[\s《》「」"“”]/g, '');

/** The titles of the names in no glossary ("gaps") of one side. */
function gapTitles(matches: readonly LawMatch[]): Set<string> {
  const out = new Set<string>();
  for (const m of matches) {
    if (m.kind !== 'gap') continue;
    for (const t of [m.en, m.zh, m.text]) if (t) out.add(titleKey(t));
  }
  return out;
}

function titledIn(n: Named, gaps: ReadonlySet<string>): boolean {
  return [n.match.en, n.match.zh].some((t) => t !== undefined && gaps.has(titleKey(t)));
}

/** Cited in full: a 《》 title or the glossary's whole title, not a bare short form. */
function fullTitle(n: Named, lang: Lang): boolean {
  const text = n.match.text.replace(/\s+/g, '');
  if (lang === 'zh')
    return /[《〈]/.test(text) || (n.match.zh !== undefined && text.includes(n.match.zh));
  return n.match.en !== undefined && enKey(n.match.text).includes(enKey(n.match.en));
}

function dedupeById(list: Named[]): Named[] {
  const seen = new Set<string>();
  return list.filter((n) => {
    if (seen.has(n.id)) return false;
    seen.add(n.id);
    return true;
  });
}

export const lawNames: Check = {
  name: 'law-names',
  description:
    'laws, regulations, ordinances and rule books named on one side must be named on the other (glossary titles, short forms, implementing rules, Cap. numbers, revisions)',
  severity: 'error',
  enabled: true,
  run,
};
