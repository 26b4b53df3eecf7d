/**
 * Law names in Chinese text. Four passes over the text folded to Simplified, ASCII brackets
 * (same length, so offsets carry over):
 * 1. 《…》 / 〈…〉 titles: always names; looked up whole (so 《藥品管理法實施條例》 is never the
 *    Drug Administration Law), with the revision / Cap. suffix after them (（2019年修訂）,
 *    （第622章）, （香港法例第571章）) or a 香港法例第N章 prefix; titles nested inside are `cites`.
 * 2. Glossary forms outside titles (a character trie; spaces inside names skipped): kept only
 *    when they start and end at word boundaries (jieba on the folded text; 「」 and punctuation
 *    are boundaries), so 本公司法務部, 證券法規 and 勞動法律法規 are not matches.
 * 3. Bare Cap. references: 香港法例第571章.
 * 4. Gaps: names in no glossary that end in an instrument word (法, 條例, 辦法, 規定 …) after a
 *    left boundary (根據, 依照, 按照, 遵守, 符合 …, 中華人民共和國, an opening quote, or 及/和/、 after
 *    another name).
 * A following 及其實施條例 / 及其實施細則 names the implementing rules of the law just named.
 */
import type { LawIndex, ZhNode } from './law-index.js';
import {
  type Candidate,
  type LawMatch,
  type MatchOptions,
  overlaps,
  type Revision,
  resolve,
  termMatch,
  zhTitle,
} from './law-match.js';
import {
  BARE_INSTRUMENTS_HANS,
  foldZhText,
  instrumentHant,
  matchingClose,
  parseLawName,
  readCapPrefix,
  readSuffix,
  revisionAtEnd,
  type Suffix,
} from './lawname.js';
import type { Term } from './model.js';
import { lookupCap, lookupZh } from './shipped.js';
import {
  AFTER_FA,
  AFTER_IMPLEMENTING,
  ahead,
  atBoundaries,
  blankLine,
  isSpace,
  LATIN,
  scriptOf,
  TRIGGER_WORDS,
} from './zh-context.js';

interface Ctx {
  text: string;
  folded: string;
  li: LawIndex;
  script: 'hant' | 'hans';
  cands: Candidate[];
  titles: { start: number; end: number }[];
  /** spans of filing terms (not law names): a gap ending where one ends is not reported */
  termEnds: Set<number>;
}

/** Law names in a Chinese text (see the file comment). */
export function matchChinese(
  text: string,
  li: LawIndex,
  options: Omit<MatchOptions, 'from'> = {},
): LawMatch[] {
  const ctx: Ctx = {
    text,
    folded: foldZhText(text),
    li,
    script: options.script ?? scriptOf(text),
    cands: [],
    titles: [],
    termEnds: new Set(),
  };
  scanTitles(ctx);
  scanGlossary(ctx);
  scanCaps(ctx);
  if (options.gaps === false) {
    return resolve(ctx.cands).filter((m) => m.kind !== 'gap');
  }
  scanGaps(ctx, resolve(ctx.cands));
  return resolve(ctx.cands);
}

// ---------------------------------------------------------------------------------------------
// 1. titles

function scanTitles(ctx: Ctx): void {
  const { text } = ctx;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '《' && c !== '〈') continue;
    const close = matchingClose(text, i);
    if (close < 0) continue;
    ctx.titles.push({ start: i, end: close + 1 });
    const m = titleMatch(ctx, i, close);
    if (m) ctx.cands.push({ start: m.start, end: m.end, rank: 2, match: m });
    i = close;
  }
}

/** The match for the title 《…》 from `open` to `close` (the offsets of the marks). */
function titleMatch(ctx: Ctx, open: number, close: number, nested = false): LawMatch | null {
  const { text, folded } = ctx;
  const inner = text.slice(open + 1, close);
  if (!/[\p{Script=Han}A-Za-z]/u.test(inner)) return null;
  const parsed = parseLawName(text.slice(open, close + 1));
  const suf: Suffix = nested ? { end: close + 1 } : readSuffix(text, folded, close + 1);
  const pre = nested ? null : readCapPrefix(folded, open);
  const revision = parsed.revision ?? suf.revision;
  const cap = suf.cap ?? pre?.cap ?? parsed.cap;
  const start = pre ? pre.start : open;
  const terms = lookupZh(inner, ctx.li.glossary);
  const law = terms.find((t) => ctx.li.laws.has(t));
  if (!law && terms.length > 0) return null; // a filing term in 《》, not a law name
  const extra = { revision, cap, instrument: parsed.instrument };
  const m = law
    ? termMatch(text, start, suf.end, law, ctx.script, extra)
    : (byCap(ctx, start, suf.end, parsed.name, extra) ??
      gapMatch(text, start, suf.end, parsed.name, parsed.instrument, revision, cap));
  const cites: LawMatch[] = [];
  for (let i = open + 1; i < close; i++) {
    if (text[i] !== '〈' && text[i] !== '《') continue;
    const c = matchingClose(text, i);
    if (c < 0 || c >= close) break;
    const cite = titleMatch(ctx, i, c, true);
    if (cite) cites.push(cite);
    i = c;
  }
  if (cites.length > 0) m.cites = cites;
  if (!nested) implementingRules(ctx, suf.end, law, m);
  return m;
}

/**
 * A title in no glossary but with a Cap. number that is (an old name, a variant): the entry with
 * that Cap., noted.
 */
function byCap(
  ctx: Ctx,
  start: number,
  end: number,
  name: string,
  extra: { revision?: Revision; cap?: string; instrument?: string },
): LawMatch | null {
  if (!extra.cap) return null;
  const law = lookupCap(extra.cap, ctx.li.glossary).find((t) => ctx.li.laws.has(t));
  if (!law) return null;
  const m = termMatch(ctx.text, start, end, law, ctx.script, extra);
  m.note = `found by Cap. ${extra.cap}: the glossary title is ${zhTitle(law, ctx.script)}, not ${name}`;
  return m;
}

function gapMatch(
  text: string,
  start: number,
  end: number,
  name: string,
  instrument: string,
  revision?: Revision,
  cap?: string,
): LawMatch {
  const m: LawMatch = { start, end, text: text.slice(start, end), zh: name, kind: 'gap' };
  if (instrument) m.instrument = instrument;
  if (revision) m.revision = revision;
  if (cap) m.cap = cap;
  return m;
}

const IMPLEMENTING = /^[ \t]*(?:及其|和其|以及其|与其)[ \t]*(实施条例|实施细则|实施办法)/u;

/** 《外商投資法》及其實施條例: the implementing rules of the law just named. */
function implementingRules(ctx: Ctx, from: number, law: Term | undefined, base: LawMatch) {
  const m = IMPLEMENTING.exec(ctx.folded.slice(from, from + 12));
  if (!m || !base.zh) return;
  const end = from + m[0].length;
  const start = end - m[1]!.length;
  const lawHans = law ? law.zhHans : foldZhText(base.zh);
  const found = lookupZh(lawHans + m[1], ctx.li.glossary).find((t) => ctx.li.laws.has(t));
  const instrument = ctx.script === 'hans' ? m[1]! : instrumentHant(m[1]!);
  const match = found
    ? termMatch(ctx.text, start, end, found, ctx.script)
    : gapMatch(ctx.text, start, end, base.zh + instrument, instrumentHant(m[1]!));
  ctx.cands.push({ start, end, rank: 1, match });
}

// ---------------------------------------------------------------------------------------------
// 2. glossary forms in running text

function scanGlossary(ctx: Ctx): void {
  const { folded, titles } = ctx;
  const n = folded.length;
  let t = 0;
  for (let i = 0; i < n; i++) {
    while (t < titles.length && titles[t]!.end <= i) t++;
    if (t < titles.length && titles[t]!.start <= i) {
      i = titles[t]!.end - 1;
      continue;
    }
    let node: ZhNode | undefined = ctx.li.zh.next.get(folded[i]!);
    if (!node) continue;
    const hits: { end: number; terms: Term[] }[] = [];
    let j = i + 1;
    while (j < n && node) {
      const ch = folded[j]!;
      if (isSpace(ch)) {
        if (blankLine(folded, j)) break;
        j++;
        continue;
      }
      node = node.next.get(ch);
      if (!node) break;
      j++;
      if (node.terms) hits.push({ end: j, terms: node.terms });
    }
    for (let h = hits.length - 1; h >= 0; h--) {
      const hit = hits[h]!;
      const law = hit.terms.find((t) => ctx.li.laws.has(t));
      if (!law) {
        ctx.termEnds.add(hit.end);
        continue;
      }
      if (!bareNameOk(ctx, i, hit.end)) continue;
      const suf = readSuffix(ctx.text, folded, hit.end);
      const pre = readCapPrefix(folded, i);
      const start = pre ? pre.start : i;
      const cap = suf.cap ?? pre?.cap;
      const m = termMatch(ctx.text, start, suf.end, law, ctx.script, {
        revision: suf.revision ?? revisionAtEnd(ctx.text.slice(i, hit.end)),
        cap,
      });
      ctx.cands.push({ start, end: suf.end, rank: 1, match: m });
      implementingRules(ctx, suf.end, law, m);
      break;
    }
  }
}

/** Is the glossary form found over [s, e) a name there, not part of other words? */
function bareNameOk(ctx: Ctx, s: number, e: number): boolean {
  const { folded } = ctx;
  if (LATIN.test(folded[s]!) && LATIN.test(folded[s - 1] ?? '')) return false;
  if (LATIN.test(folded[e - 1]!) && LATIN.test(folded[e] ?? '')) return false;
  const next = ahead(folded, e, 6);
  if (AFTER_IMPLEMENTING.test(next)) return false;
  if (folded[e - 1] === '法' && AFTER_FA.test(next)) return false;
  if (folded[e - 1] === '例' && next.startsWith('草案')) return false;
  return atBoundaries(folded, s, e, true);
}

// ---------------------------------------------------------------------------------------------
// 3. bare Cap. references

function scanCaps(ctx: Ctx): void {
  for (const m of ctx.folded.matchAll(/香港法例[ \t]*第[ \t]*(\d+[ \t]*[A-Z]{0,2})[ \t]*章/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(ctx.cands, start, end)) continue;
    const cap = m[1]!.replace(/[ \t]/g, '');
    const law = lookupCap(cap, ctx.li.glossary).find((t) => ctx.li.laws.has(t));
    const match = law
      ? termMatch(ctx.text, start, end, law, ctx.script, { cap })
      : gapMatch(ctx.text, start, end, ctx.text.slice(start, end), '', undefined, cap);
    ctx.cands.push({ start, end, rank: 1, match });
  }
}

// ---------------------------------------------------------------------------------------------
// 4. gaps: law-like names in no glossary

const TRIGGER = new RegExp(TRIGGER_WORDS, 'gu');
const CHAIN = /^[ \t]*(?:及|和|与|、|以及|或|或者)[ \t]*/u;
const GAP_CHAR = /[\p{Script=Han}A-Za-z0-9/\-.]/u;
/** Characters a bare name does not contain (unless it is a 關於…的… title). */
const STOP = new Set('的于之在已将被由向对从是为把了其这该此等所并或'.split(''));
/** Cores that make no title: 本法, 有關規定, 國家規定, 相關辦法 … */
const GENERIC =
  /^(?:本|该|此|上述|前述|以下|下列|其他|其它|现行|相应|任何|所有|各项|各|一切|这些|彼等|所述|一般|前项|前款|前条|同条|第[\d一二三四五六七八九十百零〇]+[条款项章节])|有关|相关|适用|上述|该等/u;
const GENERIC_CORE = new Set(
  '国家 中国 政府 公司 监管 法律 法定 行政 内部 管理 交易所 联交所 本公司 董事会 股东大会 监管机构 主管部门 地方 部门 中央'.split(
    ' ',
  ),
);

function scanGaps(ctx: Ctx, found: LawMatch[]): void {
  const { folded } = ctx;
  const starts = new Set<number>();
  for (const m of folded.matchAll(TRIGGER)) starts.add(m.index + m[0].length);
  for (const m of folded.matchAll(/中华人民共和国/gu)) starts.add(m.index);
  for (const m of folded.matchAll(/[「“『]/gu)) starts.add(m.index + 1);
  for (const f of found) {
    const c = CHAIN.exec(folded.slice(f.end, f.end + 6));
    if (c) starts.add(f.end + c[0].length);
  }
  const queue = [...starts].sort((a, b) => a - b);
  for (let q = 0; q < queue.length; q++) {
    let s = queue[q]!;
    while (isSpace(folded[s])) s++;
    if (s >= folded.length || overlaps(ctx.cands, s, s + 1)) continue;
    const g = scanGap(ctx, s);
    if (!g || ctx.termEnds.has(g.end) || overlaps(ctx.cands, s, g.end)) continue;
    const suf = readSuffix(ctx.text, folded, g.end);
    const name = ctx.text.slice(s, g.end).replace(/[\s\u200b]+/gu, '');
    const match = gapMatch(
      ctx.text,
      s,
      suf.end,
      name,
      instrumentHant(g.instrument),
      suf.revision,
      suf.cap,
    );
    ctx.cands.push({ start: s, end: suf.end, rank: 0, match });
    // 某某法及某某辦法: a name chained to this one
    const c = CHAIN.exec(folded.slice(suf.end, suf.end + 6));
    if (c) queue.splice(q + 1, 0, suf.end + c[0].length);
  }
}

/** The shortest law-like name starting at `s`, or null. */
function scanGap(ctx: Ctx, s: number): { end: number; instrument: string } | null {
  const { folded } = ctx;
  let compact = '';
  let title = false;
  for (let j = s; j < folded.length && compact.length < 40;) {
    const c = folded[j]!;
    if (isSpace(c)) {
      if (blankLine(folded, j)) break;
      j++;
      continue;
    }
    if (!GAP_CHAR.test(c) || (STOP.has(c) && !title)) break;
    compact += c;
    j++;
    if (compact.endsWith('关于')) title = true;
    const instrument = BARE_INSTRUMENTS_HANS.find((w) => compact.endsWith(w));
    if (!instrument) continue;
    const next = ahead(folded, j, 6);
    if (AFTER_IMPLEMENTING.test(next)) continue;
    if (instrument === '法' && AFTER_FA.test(next)) continue;
    const core = compact
      .slice(0, compact.length - instrument.length)
      .replace(/^中华人民共和国/u, '');
    if ((core.match(/\p{Script=Han}|[A-Za-z]+|\d+/gu) ?? []).length < 2) continue;
    if (GENERIC.test(core) || GENERIC_CORE.has(core)) return null;
    if (!atBoundaries(folded, s, j, false)) continue;
    return { end: j, instrument };
  }
  return null;
}
