/**
 * Law names in English text: glossary titles and variants found on normalised word tokens
 * ("Company Law of the People's Republic of China" = "Company Law of the PRC" = "PRC Company
 * Law", Labour = Labor, apostrophes and case ignored), capitalised as titles are; a following
 * "(Cap. 622)" / "(Chapter 571 of the Laws of Hong Kong)" / "(2010 Revision)" / "(Revised in
 * 2010)" is read into cap / revision; "… Law … and its Implementing Regulations" gives a second
 * entry (the law's 實施條例); bare "Cap. 622" / "Chapter 571 of the Laws of Hong Kong" name the
 * ordinance. Gaps: EU directives ("Directive 2001/83/EC") and Title-Case runs ending in a head
 * noun (Law, Ordinance, Regulations, Measures, Rules, Code …) or starting with one ("Rules
 * Governing …", "Measures for …") that no glossary knows.
 */
import {
  EN_CAP,
  EN_REVISION,
  type EnNode,
  type EnToken,
  enTokens,
  isTitleWord,
  type LawIndex,
} from './law-index.js';
import {
  type Candidate,
  type LawMatch,
  type MatchOptions,
  overlaps,
  resolve,
  termMatch,
} from './law-match.js';
import type { Revision } from './lawname.js';
import type { Term } from './model.js';
import { lookupCap, lookupZh } from './shipped.js';

interface Ctx {
  text: string;
  toks: EnToken[];
  li: LawIndex;
  script: 'hant' | 'hans';
  cands: Candidate[];
  terms: { start: number; end: number }[];
}

/** Law names in an English text (see the file comment). */
export function matchEnglish(
  text: string,
  li: LawIndex,
  options: Omit<MatchOptions, 'from'> = {},
): LawMatch[] {
  const ctx: Ctx = {
    text,
    toks: enTokens(text),
    li,
    script: options.script ?? 'hant',
    cands: [],
    terms: [],
  };
  scanGlossary(ctx);
  scanDirectives(ctx);
  scanTitleRuns(ctx);
  scanCaps(ctx);
  const out = resolve(ctx.cands);
  return options.gaps === false ? out.filter((m) => m.kind !== 'gap') : out;
}

const raw = (ctx: Ctx, t: EnToken) => ctx.text.slice(t.start, t.end);

/**
 * Are two tokens parts of one name: only spaces, a hyphen or dash, one line break, "the", or
 * the apostrophe of a plural possessive (Employees' Compensation) between them?
 */
function joined(text: string, a: EnToken, b: EnToken): boolean {
  let gap = text.slice(a.end, b.start);
  if (gap.length > 80) return false;
  if (/^['’]/.test(gap) && /s$/i.test(text.slice(a.start, a.end))) gap = gap.slice(1);
  if (gap === '/') return true; // "Directive 2001/83/EC"
  return /^[ \t\-‐‑–—]*(?:\r?\n)?[ \t]*(?:the[ \t]+)?$/i.test(gap);
}

function scanGlossary(ctx: Ctx): void {
  const { toks, text } = ctx;
  for (let i = 0; i < toks.length; i++) {
    let node: EnNode | undefined = ctx.li.en.next.get(toks[i]!.norm);
    if (!node) continue;
    const hits: { end: number; node: EnNode }[] = [];
    if (node.terms) hits.push({ end: i + 1, node });
    for (let j = i + 1; j < toks.length && node; j++) {
      if (!joined(text, toks[j - 1]!, toks[j]!)) break;
      node = node.next.get(toks[j]!.norm);
      if (node?.terms) hits.push({ end: j + 1, node });
    }
    for (let h = hits.length - 1; h >= 0; h--) {
      const { end, node: hit } = hits[h]!;
      if (!capitalisedAsTitle(ctx, i, end, hit)) continue;
      const start = toks[i]!.start;
      const law = hit.terms!.find((t) => ctx.li.laws.has(t));
      if (!law) {
        ctx.terms.push({ start, end: toks[end - 1]!.end });
        break;
      }
      const suf = readEnSuffix(text, toks[end - 1]!.end);
      // a form that has the suffix in it ("… (2010 Revision)") ends after it: read it there
      const own = readEnSuffix(text, toks[end - 1]!.end, true);
      const m = termMatch(text, start, suf.end, law, ctx.script, {
        revision: suf.revision ?? own.revision,
        cap: suf.cap ?? own.cap,
      });
      ctx.cands.push({ start, end: suf.end, rank: 1, match: m });
      implementing(ctx, suf.end, law);
      i = end - 1;
      break;
    }
  }
}

/**
 * Titles are capitalised: the first and last words of a match are capitalised (or acronyms or
 * numbers); a one-word form (an acronym: SFO, GMP) matches only as written and not right after
 * another capitalised word ("EU GMP" is not the PRC GMP).
 */
function capitalisedAsTitle(ctx: Ctx, i: number, end: number, node: EnNode): boolean {
  const first = raw(ctx, ctx.toks[i]!);
  // the last word, or the first part of a hyphenated last word (Buy-backs)
  let k = end - 1;
  while (k > i && /^[-‐‑]$/.test(ctx.text.slice(ctx.toks[k - 1]!.end, ctx.toks[k]!.start))) k--;
  const last = raw(ctx, ctx.toks[k]!);
  if (node.single !== undefined) {
    if (first !== node.single.replace(/^the\s+/i, '')) return false;
    const prev = ctx.toks[i - 1];
    if (prev && /^[ \t]+$/.test(ctx.text.slice(prev.end, ctx.toks[i]!.start))) {
      if (/^[A-Z]/.test(raw(ctx, prev)) && prev.norm !== 'the') return false;
    }
    return true;
  }
  return isTitleWord(first) && (isTitleWord(last) || last === ')');
}

const REVISION_AT = new RegExp(`^(?:${EN_REVISION.source})`, 'i');
const CAP_AT = new RegExp(`^(?:${EN_CAP.source})`, 'i');

const REVISION_BEFORE = new RegExp(`(?:${EN_REVISION.source})$`, 'i');
const CAP_BEFORE = new RegExp(`(?:${EN_CAP.source})$`, 'i');

/**
 * Revision and Cap. suffixes right after a name, in either order (or, with `before`, the ones
 * that end at `from`: the name itself carried them).
 */
export function readEnSuffix(
  text: string,
  from: number,
  before = false,
): { end: number; revision?: Revision; cap?: string } {
  const out: { end: number; revision?: Revision; cap?: string } = { end: from };
  if (before) {
    const head = text.slice(Math.max(0, from - 90), from);
    const r = REVISION_BEFORE.exec(head);
    if (r) out.revision = enRevision(r);
    const c = CAP_BEFORE.exec(head);
    if (c) out.cap = (c[1] ?? c[2])!.toUpperCase();
    return out;
  }
  for (let k = 0; k < 2; k++) {
    const rest = text.slice(out.end, out.end + 160);
    let m = REVISION_AT.exec(rest);
    if (m && !out.revision) {
      out.revision = enRevision(m);
      out.end += m[0].length;
      continue;
    }
    m = CAP_AT.exec(rest);
    if (m && out.cap === undefined) {
      out.cap = (m[1] ?? m[2])!.toUpperCase();
      out.end += m[0].length;
      continue;
    }
    break;
  }
  return out;
}

function enRevision(m: RegExpExecArray): Revision {
  const word = (m[2] ?? m[3])!.toLowerCase();
  return {
    year: Number(m[1] ?? m[4]),
    type: word.startsWith('revis') ? '修訂' : '修正',
    text: m[0].trim(),
  };
}

const IMPLEMENTING =
  /^\s*,?\s*(?:and|or)\s+(?:its|the)\s+((?:Detailed\s+)?(?:Implementing|Implementation)\s+(Regulations|Rules))/i;

/** "… Law of the PRC and its Implementing Regulations": the law's 實施條例 / 實施細則. */
function implementing(ctx: Ctx, from: number, law: Term): void {
  const m = IMPLEMENTING.exec(ctx.text.slice(from, from + 120));
  if (!m) return;
  const end = from + m[0].length;
  const start = end - m[1]!.length;
  const instr = m[2]!.toLowerCase() === 'rules' ? '实施细则' : '实施条例';
  const found = lookupZh(law.zhHans + instr, ctx.li.glossary).find((t) => ctx.li.laws.has(t));
  const match: LawMatch = found
    ? termMatch(ctx.text, start, end, found, ctx.script)
    : { start, end, text: ctx.text.slice(start, end), en: m[1]!, kind: 'gap' };
  ctx.cands.push({ start, end, rank: 1, match });
}

const BARE_CAP =
  /\b(?:Cap\.?\s*(\d+[A-Z]{0,2})\b|Chapter\s+(\d+[A-Z]{0,2})\s+of\s+the\s+Laws\s+of\s+Hong\s+Kong)/g;

function scanCaps(ctx: Ctx): void {
  for (const m of ctx.text.matchAll(BARE_CAP)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(ctx.cands, start, end)) continue;
    const cap = (m[1] ?? m[2])!;
    const law = lookupCap(cap, ctx.li.glossary).find((t) => ctx.li.laws.has(t));
    const match: LawMatch = law
      ? termMatch(ctx.text, start, end, law, ctx.script, { cap })
      : { start, end, text: m[0], en: m[0], kind: 'gap', cap };
    ctx.cands.push({ start, end, rank: 1, match });
  }
}

// ---------------------------------------------------------------------------------------------
// gaps

const DIRECTIVE =
  /\b(?:(?:EU|EC|EEC|European\s+Council|European\s+Parliament\s+and\s+Council|Council|Commission)\s+)?(?:Directive|Regulation)\s+(?:\((?:EU|EC|EEC)\)\s+)?(?:No\.?\s*)?(?:\d{2,4}\/\d+(?:\/(?:EC|EU|EEC))?|\(\d{2,4}\/\d+(?:\/(?:EC|EU|EEC))?\))/g;

function scanDirectives(ctx: Ctx): void {
  for (const m of ctx.text.matchAll(DIRECTIVE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(ctx.cands, start, end)) continue;
    ctx.cands.push({
      start,
      end,
      rank: 0,
      match: { start, end, text: m[0], en: m[0], kind: 'gap' },
    });
  }
}

const CONNECTORS = new Set(
  'of on for the and in by to with concerning regarding relating governing from at against'.split(
    ' ',
  ),
);
const HEAD_LAST = new Set(
  'law ordinance regulations regulation measures provisions provision rules code standards guidelines notice opinions practice decision directive circular act interpretation catalogue'.split(
    ' ',
  ),
);
/** Head nouns a title can start with, and the words that may follow them. */
const HEAD_FIRST = new Map<string, Set<string>>();
for (const w of 'law regulations measures provisions rules interpretation guidelines catalogue code'.split(
  ' ',
)) {
  HEAD_FIRST.set(w, new Set('on for of governing concerning regarding relating prc'.split(' ')));
}
// "Notice of the EGM" is no title; "Notice on …" / "Circular on …" are
for (const w of 'notice opinions decision circular'.split(' ')) {
  HEAD_FIRST.set(w, new Set('on for concerning regarding'.split(' ')));
}
/** Words that open sentences or clauses rather than titles. */
const LEAD = new Set(
  'the a an under in pursuant according as save this that these those such its their our any each all other if when where further accordingly relevant applicable certain both either neither per see'.split(
    ' ',
  ),
);
/** "Stock Code", "Post Code": a head noun after these is no title. */
const NOT_TITLE = new Set(
  'stock post postal zip source dress country area error share access'.split(' '),
);

function scanTitleRuns(ctx: Ctx): void {
  const { toks, text } = ctx;
  const found = new Uint8Array(text.length + 1);
  for (const c of ctx.cands) found.fill(1, c.start, c.end);
  let run: EnToken[] = [];
  let depth = 0;
  const flush = () => {
    if (run.length > 1) titleRunGap(ctx, run);
    run = [];
    depth = 0;
  };
  for (const t of toks) {
    const r = raw(ctx, t);
    const word = /^[A-Za-z0-9]/.test(r);
    // a ")" closing nothing in the run ends it: "… (Cap. 32) and the Widget Ordinance"
    const member =
      (word && (isTitleWord(r) || CONNECTORS.has(t.norm))) || r === '(' || (r === ')' && depth > 0);
    const prev = run.at(-1);
    // a name already found, or "and" after a head noun ("… Law and the … Rules"), ends a run
    const covered = found[t.start] === 1 || found[t.end - 1] === 1;
    const split = prev && t.norm === 'and' && HEAD_LAST.has(prev.norm);
    const take = member && !covered && !split;
    if (!take || (prev && !joined(text, prev, t))) flush();
    if (take) {
      run.push(t);
      if (r === '(') depth++;
      if (r === ')') depth--;
    }
  }
  flush();
}

function titleRunGap(ctx: Ctx, tokens: EnToken[]): void {
  let toks = tokens;
  const isTitle = (t: EnToken) => isTitleWord(raw(ctx, t));
  // cut at an unbalanced parenthesis
  const open: number[] = [];
  for (let k = 0; k < toks.length; k++) {
    const r = raw(ctx, toks[k]!);
    if (r === '(') open.push(k);
    else if (r === ')' && open.pop() === undefined) {
      toks = toks.slice(0, k);
      break;
    }
  }
  if (open.length > 0) toks = toks.slice(0, Math.min(open[0]!, toks.length));
  const trim = () => {
    while (toks.length > 0 && (!isTitle(toks[0]!) || LEAD.has(toks[0]!.norm))) toks = toks.slice(1);
    while (toks.length > 0 && !isTitle(toks.at(-1)!)) toks = toks.slice(0, -1);
  };
  trim();
  if (toks.length < 2) return;
  const first = toks[0]!;
  const last = toks.at(-1)!;
  const headLast = HEAD_LAST.has(last.norm) && !NOT_TITLE.has(toks.at(-2)!.norm);
  const headFirst = toks.length > 2 && HEAD_FIRST.get(first.norm)?.has(toks[1]!.norm) === true;
  if (!headLast && !headFirst) return;
  // an all-capitals run is a heading ("REGULATIONS ON FOREIGN EXCHANGE"), not a citation
  if (toks.every((t) => !/[a-z]/.test(raw(ctx, t)))) return;
  const start = first.start;
  const suf = readEnSuffix(ctx.text, last.end);
  // a filing term ("Stock Exchange") inside is fine; one that is the head noun is no title
  const head = headLast ? last : first;
  if (overlaps(ctx.cands, start, suf.end) || overlaps(ctx.terms, head.start, head.end)) return;
  const name = ctx.text.slice(start, last.end).replace(/\s+/g, ' ');
  // an ordinance in no glossary under this name but with a known Cap. (an old or short name)
  const law = suf.cap
    ? lookupCap(suf.cap, ctx.li.glossary).find((t) => ctx.li.laws.has(t))
    : undefined;
  if (law) {
    const m = termMatch(ctx.text, start, suf.end, law, ctx.script, suf);
    m.note = `found by Cap. ${suf.cap}: the glossary title is ${law.en}, not ${name}`;
    ctx.cands.push({ start, end: suf.end, rank: 1, match: m });
    return;
  }
  const match: LawMatch = {
    start,
    end: suf.end,
    text: ctx.text.slice(start, suf.end),
    en: name,
    kind: 'gap',
  };
  if (suf.revision) match.revision = suf.revision;
  if (suf.cap) match.cap = suf.cap;
  ctx.cands.push({ start, end: suf.end, rank: 0, match });
}
