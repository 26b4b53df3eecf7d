/**
 * The Chinese side of mined pairs: the content of a bracket after an English title
 * (`(中華人民共和國公司法)`, `(《中華 人民共和國憲法》(2018年修正))`, the unbalanced
 * `(藥品生產質量管理規範(2010年修訂)`), the quoted or bare Chinese before an English bracket
 * (「關連交易」(connected transaction), 《公司條例》(Companies Ordinance), 中國證券監督管理委員會(…)),
 * and the titles of a Chinese sentence for aligned mining (《…》 and 「…」 titles, bare names after
 * 指 / 根據). PDF artifacts are repaired: spaces between Chinese characters dropped, full- and
 * half-width brackets alike. Suffixes (revision, Cap. reference, standard number, 試行) are split
 * off. Pure; offsets are into the text given.
 *
 * The bare-name finder here is deliberately small; src/glossary/matcher.ts (the law-name matcher)
 * is the full one.
 */
import { hasHan } from '../../text/script.js';
import { zhEnding } from './heads.js';

const OPEN = new Set(['(', '（']);
const CLOSE = new Set([')', '）']);

export interface ZhName {
  /** the name without 《》, suffixes and spaces */
  zh: string;
  /** revision suffixes as written without brackets (`2018年修正`) */
  revisions: string[];
  /** years of those revisions */
  years: number[];
  /** 《》 title, 「」/“” quoted term, or bare */
  quoted: 'title' | 'quote' | 'none';
}

/** Spaces PDF extraction put between Chinese characters (or around Chinese punctuation) removed. */
export function squeezeChinese(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(
      /(?<=[\p{Script=Han}《》〈〉「」『』“”（）()、，：])\s+|\s+(?=[\p{Script=Han}《》〈〉「」『』“”（）()、，：])/gu,
      '',
    )
    .trim();
}

const REVISION_ZH =
  /^((?:\d{4}|[〇零一二三四五六七八九]{4})年?(?:修訂|修订|修正|修改|版|修訂版|修订版)?)$/u;
const CAP_ZH = /^(?:香港法例)?第\d+[A-Z]{0,2}章$/u;
const CODE_ZH = /^[A-Z]{1,5}(?:\/[A-Z])?\s*[\d.]+(?:[-–][\d.]+)?$/;
const TRIAL_ZH = /^(?:試行|试行|暫行|暂行|草案)$/u;
/** A law or order number: （第7/2008號法律）, （國務院令第591號）. */
const NUMBER_ZH = /^(?:第[\d/]+[號号](?:法律|行政法規|行政法规|令)?|\S{0,8}令第\d+[號号])$/u;
/** A number that belongs to the title: 《香港財務報告準則》第16號. */
export const TITLE_NUMBER_ZH = /^第[0-9０-９一二三四五六七八九十百]+[號号]/u;

const YEAR_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** Split trailing bracket suffixes (revision, Cap., standard number, 試行) off a Chinese name. */
export function splitSuffixes(name: string): ZhName {
  let zh = name.replace(/^香港法例第\d+[A-Z]{0,2}章/u, '');
  const revisions: string[] = [];
  const years: number[] = [];
  for (let i = 0; i < 4; i++) {
    const m = /[(（]([^()（）]*)[)）]$/u.exec(zh);
    if (!m) break;
    const inner = m[1]!.trim();
    if (REVISION_ZH.test(inner)) {
      revisions.unshift(inner);
      const y = /^(\d{4}|[〇零一二三四五六七八九]{4})/u.exec(inner)![1]!;
      years.unshift(Number([...y].map((c) => YEAR_DIGITS[c] ?? c).join('')));
    } else if (!(
      CAP_ZH.test(inner) ||
      CODE_ZH.test(inner) ||
      TRIAL_ZH.test(inner) ||
      NUMBER_ZH.test(inner)
    ))
      break;
    zh = zh.slice(0, m.index).trim();
  }
  return { zh, revisions, years, quoted: 'none' };
}

export interface BracketContent extends ZhName {
  /** offset just past the bracket (or past the Chinese, when the bracket is not closed) */
  end: number;
  /** the content held more than one 《》 title */
  multiple: boolean;
}

/**
 * The Chinese content of the bracket opening at `open`: nested brackets are followed, an
 * unclosed bracket ends where the Chinese ends. Undefined when the bracket does not start with
 * Chinese (or 《「“) or holds no name.
 */
export function readBracket(text: string, open: number): BracketContent | undefined {
  let i = open + 1;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (!(hasHan(text[i] ?? '') || /[《「“『〈]/.test(text[i] ?? ''))) return undefined;
  let depth = 1;
  let lastGood = i;
  let close = -1;
  for (let j = open + 1; j < text.length && j < open + 160; j++) {
    const c = text[j]!;
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c)) {
      depth--;
      if (depth === 0) {
        close = j;
        break;
      }
      lastGood = j + 1;
      continue;
    } else if (c === '\n' && text[j + 1] === '\n') break;
    else if (/[。；;!?！？]/.test(c) || (c === '.' && !/\d/.test(text[j + 1] ?? ''))) break;
    else if (
      /[a-z]/.test(c) &&
      /^[a-z]{2,}\b/.test(text.slice(j)) &&
      !/[A-Za-z]/.test(text[j - 1] ?? '')
    )
      break;
    if (!/\s/.test(c)) lastGood = j + 1;
  }
  const end = close >= 0 ? close + 1 : lastGood;
  const content = squeezeChinese(text.slice(open + 1, close >= 0 ? close : lastGood));
  if (!content) return undefined;
  const titles = content.match(/《/g)?.length ?? 0;
  let name = content;
  let quoted: ZhName['quoted'] = 'none';
  const t = /^《((?:[^《》]|〈[^〉]*〉)+)》(.*)$/u.exec(content);
  const q = /^[「“『]([^」”』]+)[」”』](.*)$/u.exec(content);
  if (t) {
    name = t[1]! + suffixOnly(t[2]!);
    quoted = 'title';
  } else if (q) {
    name = q[1]! + suffixOnly(q[2]!);
    quoted = 'quote';
  }
  const parsed = splitSuffixes(name);
  if (!parsed.zh || !hasHan(parsed.zh)) return undefined;
  return { ...parsed, quoted, end, multiple: titles > 1 };
}

/** What may follow a closing 》 inside the bracket: a title number (第16號), then suffix brackets. */
function suffixOnly(rest: string): string {
  const num = TITLE_NUMBER_ZH.exec(rest)?.[0] ?? '';
  const m = /^(?:[(（][^()（）]*[)）])*/u.exec(rest.slice(num.length));
  return num + (m ? m[0] : '');
}

export interface ZhBefore extends ZhName {
  start: number;
  end: number;
}

const CLOSERS: Record<string, string> = { '」': '「', '』': '『', '”': '“', '》': '《' };

/** The last index ≤ `from` (and at most `within` back) of a character matching `re`, or -1. */
function lastOf(text: string, re: RegExp, from: number, within: number): number {
  for (let k = from; k >= 0 && from - k <= within; k--) if (re.test(text[k]!)) return k;
  return -1;
}

/**
 * The quoted Chinese right before `pos` (spaces and Chinese suffix brackets skipped):
 * 「關連交易」, “会计及财务汇报局”, 《中華人民共和國外商投資法》. Undefined when the text before is not
 * a closing quote or title mark.
 */
export function quotedBefore(text: string, pos: number): ZhBefore | undefined {
  let i = pos - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  let suffix = '';
  // 《憲法》（2018年修正）(Constitution …): skip Chinese suffix brackets
  while (i >= 0 && CLOSE.has(text[i]!)) {
    const open = lastOf(text, /[(（]/u, i, 40);
    if (open < 0 || !hasHan(text.slice(open, i))) return undefined;
    suffix = text.slice(open, i + 1) + suffix;
    i = open - 1;
    while (i >= 0 && /\s/.test(text[i]!)) i--;
  }
  // 《香港財務報告準則》第16號（Hong Kong Financial Reporting Standard 16）
  const num = /》\s*(第[0-9０-９一二三四五六七八九十百]+[號号])$/u.exec(
    text.slice(Math.max(0, i - 12), i + 1),
  );
  if (num) {
    suffix = num[1]! + suffix;
    i -= num[0].length - 1;
  }
  const closer = text[i] ?? '';
  const opener = CLOSERS[closer];
  if (!opener) return undefined;
  const start = lastOf(text, new RegExp(opener, 'u'), i - 1, 80);
  if (start < 0) return undefined;
  const inner = squeezeChinese(text.slice(start + 1, i));
  if (!hasHan(inner)) return undefined;
  const parsed = splitSuffixes(inner + squeezeChinese(suffix));
  return { ...parsed, quoted: closer === '》' ? 'title' : 'quote', start, end: pos };
}

/**
 * The run of Chinese characters right before `pos` (no quotes): the candidate for
 * 中國證券監督管理委員會(China Securities Regulatory Commission). The left edge is decided later
 * (lexical.ts); here the run stops at punctuation, Latin text or 40 characters.
 */
export function hanRunBefore(
  text: string,
  pos: number,
): { start: number; end: number } | undefined {
  let end = pos;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && hasHan(text[start - 1]!) && end - start < 40) start--;
  return start < end ? { start, end } : undefined;
}

export interface ZhTitle extends ZhName {
  start: number;
  end: number;
}

const BARE_AFTER = /(?:指|根據|根据|依據|依据|按照|遵守|依照|符合|違反|违反)$/u;

/**
 * Titles in a Chinese sentence: every 《…》 (nested 〈〉 left inside), every 「…」 whose content
 * ends with an instrument word (「上市規則」), and a bare name ending with an instrument word
 * right after 指 / 根據 / 遵守 … (「上市規則」 指 聯交所證券上市規則).
 */
export function chineseTitles(text: string): ZhTitle[] {
  const out: ZhTitle[] = [];
  for (const m of text.matchAll(
    /《((?:[^《》]|〈[^〉]*〉)+)》((?:\s*[(（][^()（）]{1,20}[)）])*)/gu,
  )) {
    const parsed = splitSuffixes(squeezeChinese(m[1]! + m[2]!));
    if (parsed.zh)
      out.push({ ...parsed, quoted: 'title', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(/「([^「」]{2,30})」/gu)) {
    const parsed = splitSuffixes(squeezeChinese(m[1]!));
    if (parsed.zh && zhEnding(parsed.zh, true))
      out.push({ ...parsed, quoted: 'quote', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(/\p{Script=Han}{4,30}/gu)) {
    const run = m[0];
    const before = text.slice(Math.max(0, m.index - 4), m.index).replace(/\s+/g, '');
    if (/[《「]$/.test(before)) continue;
    // a marker inside the run (根據中華人民共和國公司法) or just before it ( 指 聯交所…)
    const inner =
      /(?:指|根據|根据|依據|依据|按照|遵守|依照|符合|違反|违反)(?=\p{Script=Han}{3})/u.exec(run);
    const from = inner ? inner.index + inner[0].length : BARE_AFTER.test(before) ? 0 : -1;
    if (from < 0) continue;
    const name = run.slice(from);
    if (!zhEnding(name, true) || name.length < 3) continue;
    const start = m.index + from;
    if (out.some((t) => start < t.end && t.start < start + name.length)) continue;
    out.push({ ...splitSuffixes(name), quoted: 'none', start, end: start + name.length });
  }
  return out.sort((a, b) => a.start - b.start);
}
