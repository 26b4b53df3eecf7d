/**
 * Parsing Chinese law references: `《中華人民共和國藥品管理法實施條例（2019年修訂）》`,
 * `《公司條例》（第622章）`, `香港法例第571章《證券及期貨條例》`, `《關於修改〈中華人民共和國公司法〉的決定》`
 * → {jurisdiction prefix, core name, instrument type, revision {year, type}, Cap. number, the
 * titles it cites}. Also the same-length folding the matcher scans with (`foldZhText`) and the
 * suffix / prefix readers it uses after and before a name found in running text.
 *
 * Instrument words follow the PRC hierarchy (法 = NPC law, 條例 = State Council regulation or HK
 * ordinance, 辦法/規定 = regulation or departmental rule, 實施條例/實施細則 = implementing rules
 * of a law …); the longest ending wins, so 藥品管理法實施條例 is a 實施條例, not a 法.
 * Pure functions; no I/O.
 */
import { foldWidth } from '../text/fold.js';
import { toSimplified } from '../text/opencc.js';

/** A revision suffix: （2019年修訂） → {year: 2019, type: '修訂'}; 修改 counts as 修正. */
export interface Revision {
  year: number;
  type: '修訂' | '修正';
  /** the suffix as written, e.g. `（2018年修正）` or `(2010 Revision)` */
  text: string;
}

export interface LawName {
  /** the name as written, without 《》, suffixes or the 香港法例第N章 prefix (spaces dropped) */
  name: string;
  /** the jurisdiction prefix as written (`中華人民共和國`), or '' */
  prefix: string;
  /** the name without prefix and instrument word: `藥品管理法` for 藥品管理法實施條例 */
  core: string;
  /** the instrument word, Traditional: `實施條例`, `法`, `條例`; '' when the name has none */
  instrument: string;
  revision?: Revision;
  /** HK chapter number from （第622章） / 香港法例第571章 */
  cap?: string;
  /** a （試行） / （暫行） suffix was present */
  trial?: boolean;
  /** an edition suffix （2021年版）: the year */
  edition?: number;
  /** titles nested in 〈〉 (or an inner 《》): 《關於修改〈公司法〉的決定》 cites 公司法 */
  cites: string[];
}

/**
 * Instrument endings, Simplified → Traditional (HK), longest first. 规例 and 令 are HK
 * subsidiary legislation endings; 意见/决定/通知/公告/解释 are normative documents.
 */
const INSTRUMENTS: ReadonlyMap<string, string> = new Map([
  ['实施条例', '實施條例'],
  ['实施细则', '實施細則'],
  ['实施办法', '實施辦法'],
  ['实施规定', '實施規定'],
  ['实施意见', '實施意見'],
  ['暂行条例', '暫行條例'],
  ['暂行规定', '暫行規定'],
  ['暂行办法', '暫行辦法'],
  ['试行办法', '試行辦法'],
  ['法典', '法典'],
  ['条例', '條例'],
  ['规例', '規例'],
  ['办法', '辦法'],
  ['规定', '規定'],
  ['规范', '規範'],
  ['规则', '規則'],
  ['细则', '細則'],
  ['准则', '準則'],
  ['守则', '守則'],
  ['指引', '指引'],
  ['指南', '指南'],
  ['通知', '通知'],
  ['决定', '決定'],
  ['意见', '意見'],
  ['解释', '解釋'],
  ['公告', '公告'],
  ['通则', '通則'],
  ['目录', '目錄'],
  ['安排', '安排'],
  ['措施', '措施'],
  ['条款', '條款'],
  ['清单', '清單'],
  ['规程', '規程'],
  ['纲要', '綱要'],
  ['指令', '指令'],
  ['批复', '批覆'],
  ['标准', '標準'],
  ['法', '法'],
]);
const INSTRUMENTS_HANS: readonly string[] = [...INSTRUMENTS.keys()];

/** Instrument endings with a qualifier (implementing, interim, trial): 实施条例, 暂行办法 … */
export const QUALIFIED_INSTRUMENTS_HANS: readonly string[] = [
  '实施条例',
  '实施细则',
  '实施办法',
  '暂行条例',
  '暂行规定',
  '暂行办法',
  '试行办法',
];

/**
 * Endings a name found in running text (without 《》) may have: the instruments filings name
 * laws and rule books with. Generic words (决定, 意见, 通知, 公告, 标准) are left out here: in
 * running text they are far more often not titles.
 */
export const BARE_INSTRUMENTS_HANS: readonly string[] = [
  ...QUALIFIED_INSTRUMENTS_HANS,
  '法典',
  '条例',
  '规例',
  '办法',
  '规定',
  '规范',
  '规则',
  '细则',
  '准则',
  '守则',
  '指引',
  '指令',
  '法',
];

/** The Traditional (HK) spelling of a Simplified instrument word. */
export function instrumentHant(hans: string): string {
  return INSTRUMENTS.get(hans) ?? hans;
}

/**
 * Same-length folding for scanning: full-width → ASCII, Traditional → Simplified, 〔【［ → (
 * and 〕】］ → ). `foldZhText(s).length === s.length`, so offsets carry over.
 */
export function foldZhText(text: string): string {
  const s = toSimplified(foldWidth(text));
  return s.replace(/[〔【[]/gu, '(').replace(/[〕】\]]/gu, ')');
}

/** The instrument ending of a folded (Simplified) name: the longest that matches, or ''. */
export function instrumentOf(
  foldedName: string,
  list: readonly string[] = INSTRUMENTS_HANS,
): string {
  for (const w of list) if (foldedName.endsWith(w)) return w;
  return '';
}

const CN_DIGITS = '〇零一二三四五六七八九';

function yearOf(s: string): number {
  let out = '';
  for (const ch of s) {
    const i = CN_DIGITS.indexOf(ch);
    out += i < 0 ? ch : String(i === 0 ? 0 : i - 1);
  }
  return Number(out);
}

/** A revision suffix at the start of folded text: `(2019年修订)`, `（二〇一八年修正）`. */
const REVISION_AT =
  /^\s*\(\s*((?:\d|[〇零一二三四五六七八九]){4})\s*年?\s*(修订|修正|修改)(?:本|版)?\s*\)/u;
/** A Cap. reference at the start of folded text: `(第622章)`, `(香港法例第571章)`. */
const CAP_AT = /^\s*\(\s*(?:香港法例\s*)?第\s*(\d+\s*[A-Z]{0,2})\s*章\s*\)/u;
/** A trial marker: `(试行)` / `(暂行)`. */
const TRIAL_AT = /^\s*\(\s*(?:试行|暂行)\s*\)/u;
/** `香港法例第571章` right before a name (folded text, anchored at the end). */
const CAP_PREFIX = /香港法例\s*第\s*(\d+\s*[A-Z]{0,2})\s*章\s*$/u;

export interface Suffix {
  /** offset after the last suffix read (= `from` when there is none) */
  end: number;
  revision?: Revision;
  cap?: string;
  trial?: boolean;
}

/**
 * Read the revision / Cap. / trial suffixes that follow a name, in any order, from offset
 * `from` of the original text; `folded` is `foldZhText(text)`.
 */
export function readSuffix(text: string, folded: string, from: number): Suffix {
  const out: Suffix = { end: from };
  for (let i = 0; i < 3; i++) {
    const rest = folded.slice(out.end, out.end + 40);
    let m = REVISION_AT.exec(rest);
    if (m && !out.revision) {
      const raw = text.slice(out.end, out.end + m[0].length);
      out.revision = {
        year: yearOf(m[1]!),
        type: m[2] === '修订' ? '修訂' : '修正',
        text: raw.trim(),
      };
      out.end += m[0].length;
      continue;
    }
    m = CAP_AT.exec(rest);
    if (m && out.cap === undefined) {
      out.cap = m[1]!.replace(/\s/g, '');
      out.end += m[0].length;
      continue;
    }
    m = TRIAL_AT.exec(rest);
    if (m && !out.trial) {
      out.trial = true;
      out.end += m[0].length;
      continue;
    }
    break;
  }
  return out;
}

/** `香港法例第571章` ending at offset `to` (spaces allowed): its start and Cap., if any. */
export function readCapPrefix(folded: string, to: number): { start: number; cap: string } | null {
  const from = Math.max(0, to - 20);
  const m = CAP_PREFIX.exec(folded.slice(from, to));
  if (!m) return null;
  return { start: from + m.index, cap: m[1]!.replace(/\s/g, '') };
}

const PRC_PREFIX = '中华人民共和国';
const SPACE = /[\s\u200b]+/gu;
const REVISION_END =
  /\([ \t]*((?:\d|[〇零一二三四五六七八九]){4})[ \t]*年?[ \t]*(修订|修正|修改)(?:本|版)?[ \t]*\)[ \t]*$/u;
const CAP_END = /\([ \t]*(?:香港法例[ \t]*)?第[ \t]*(\d+[ \t]*[A-Z]{0,2})[ \t]*章[ \t]*\)[ \t]*$/u;
const EDITION_END = /\([ \t]*(\d{4})[ \t]*年?[ \t]*版[ \t]*\)[ \t]*$/u;
const TRIAL_END = /\([ \t]*(?:试行|暂行)[ \t]*\)[ \t]*$/u;
const CAP_START = /^[ \t]*香港法例[ \t]*第[ \t]*(\d+[ \t]*[A-Z]{0,2})[ \t]*章[ \t]*(?=[《〈])/u;

/** The revision suffix a name ends with (`…規範（2010年修訂）`), if any. */
export function revisionAtEnd(name: string): Revision | undefined {
  const m = REVISION_END.exec(foldZhText(name));
  if (!m) return undefined;
  return {
    year: yearOf(m[1]!),
    type: m[2] === '修订' ? '修訂' : '修正',
    text: name.slice(m.index).trim(),
  };
}

/**
 * Parse a Chinese law reference (with or without 《》, any width of brackets, Traditional or
 * Simplified, PDF spaces inside). The name keeps the script it was written in.
 */
export function parseLawName(reference: string): LawName {
  let s = reference.trim();
  let cap: string | undefined;
  let revision: Revision | undefined;
  let trial: boolean | undefined;
  let edition: number | undefined;
  const pre = CAP_START.exec(foldZhText(s));
  if (pre) {
    cap = pre[1]!.replace(/[ \t]/g, '');
    s = s.slice(pre[0].length);
  }
  // the outer 《…》: what follows it can only be suffixes
  let inner = s;
  if (/^[《〈]/u.test(s)) {
    const close = matchingClose(s, 0);
    inner = close > 0 ? s.slice(1, close) + s.slice(close + 1) : s.slice(1);
  }
  const cites: string[] = [];
  for (const m of inner.matchAll(/[〈《]([^〈〉《》]{1,80})[〉》]/gu)) {
    cites.push(m[1]!.replace(SPACE, ''));
  }
  for (let i = 0; i < 4; i++) {
    const folded = foldZhText(inner);
    let m = REVISION_END.exec(folded);
    if (m && !revision) {
      revision = revisionAtEnd(inner);
      inner = inner.slice(0, m.index);
      continue;
    }
    m = CAP_END.exec(folded);
    if (m && cap === undefined) {
      cap = m[1]!.replace(/[ \t]/g, '');
      inner = inner.slice(0, m.index);
      continue;
    }
    m = EDITION_END.exec(folded);
    if (m && edition === undefined) {
      edition = Number(m[1]);
      inner = inner.slice(0, m.index);
      continue;
    }
    m = TRIAL_END.exec(folded);
    if (m && !trial) {
      trial = true;
      inner = inner.slice(0, m.index);
      continue;
    }
    break;
  }
  const name = inner.replace(SPACE, '');
  const folded = foldZhText(name);
  const prefix = folded.startsWith(PRC_PREFIX) ? name.slice(0, PRC_PREFIX.length) : '';
  // the instrument word, looking through trailing clarifications: …措施（負面清單）
  const bare = folded.replace(/[《》〈〉]/gu, '');
  let base = bare;
  while (!instrumentOf(base) && /\([^()]*\)$/u.test(base)) base = base.replace(/\([^()]*\)$/u, '');
  const instrument = instrumentOf(base);
  const core = name
    .replace(/[《》〈〉]/gu, '')
    .slice(prefix.length, base.length - instrument.length);
  const out: LawName = {
    name,
    prefix,
    core,
    instrument: instrument ? instrumentHant(instrument) : '',
    cites,
  };
  if (revision) out.revision = revision;
  if (cap !== undefined) out.cap = cap;
  if (trial) out.trial = true;
  if (edition !== undefined) out.edition = edition;
  return out;
}

/** The offset of the 》/〉 closing the 《/〈 at `open` (nesting counted), or -1. */
export function matchingClose(text: string, open: number, limit = 200): number {
  let depth = 0;
  const end = Math.min(text.length, open + limit);
  for (let i = open; i < end; i++) {
    const c = text[i];
    if (c === '《' || c === '〈') depth++;
    else if (c === '》' || c === '〉') {
      depth--;
      if (depth === 0) return i;
    } else if (c === '\n' && text[i + 1] === '\n') return -1;
  }
  return -1;
}
