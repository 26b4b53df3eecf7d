/**
 * Head nouns: the word that says what an English title names (Law, Regulations, Ordinance,
 * Commission …) and the Chinese endings it may be rendered with (法, 條例/規定/辦法, 條例, 委員會 …).
 * A mined pair is kept only when one head of the English agrees with the ending of the Chinese
 * (notes §4: "Chinese side must contain the head-noun equivalent of the English"). Also the
 * kind and jurisdiction of a mined entry, and the company / person-name tests.
 * Pure; Chinese is compared after Traditional → Simplified folding.
 */
import { toSimplified } from '../../text/opencc.js';
import { QUALIFIED_INSTRUMENTS_HANS } from '../lawname.js';
import type { Jurisdiction, TermKind } from '../model.js';

/** English head word (lower case) → Chinese endings (Simplified). */
const HEADS: Record<string, readonly string[]> = {};
function head(words: string, endings: string): void {
  for (const w of words.split(' ')) HEADS[w] = endings.split(' ');
}
head('law laws act', '法 法典');
head('constitution', '宪法');
head('code codes', '守则 法典 准则 规范 规则 法');
head('regulations regulation', '条例 规定 办法 规例 规则 细则 规章 规范');
head('measures', '办法 措施 规定');
head('provisions', '规定 条文 条款');
head('rules rule', '规则 细则 守则 规程 规定 准则 实施条例');
head('ordinance', '条例');
head('guidelines guideline guide guidance', '指引 指南 意见 指导原则');
head('standards standard', '标准 准则 规范');
head('practice practices', '规范 守则 指引');
head('notice circular', '通知 通告 公告');
head('announcement', '公告');
head('decision decisions', '决定');
head('opinions opinion', '意见');
head('interpretation interpretations', '解释');
head('catalogue catalog', '目录');
head('list', '清单 名单 目录');
head('principles', '原则 准则');
head('articles', '章程 细则');
head('arrangement', '安排');
head('agreement', '协议 协定');
head('convention', '公约');
// public bodies
head('commission committee', '委员会');
head('council', '局 会 委员会 理事会');
head('bureau', '局');
head('ministry', '部');
head('administration', '局 总局 署');
head('authority', '局 管理局');
head('exchange', '交易所 联交所');
head('department', '署 部 厅 处 局');
head('office', '办公室 办公厅 署 处');
head('court', '法院');
head('congress', '大会');
head('institute', '公会 学会 协会 研究所 研究院');
head('association', '协会 公会 商会');
head('federation', '联合会 总会');
head('society', '学会 协会');
head('chamber', '商会');

/** Heads that name a body, not an instrument: they do not split lists of titles. */
const BODY_HEADS = new Set(
  'commission committee council bureau ministry administration authority exchange department office court congress institute association federation society chamber'.split(
    ' ',
  ),
);

/** True for an English head word (any case): Law, Regulations, Commission … */
export function isHead(word: string): boolean {
  return Object.hasOwn(HEADS, word.toLowerCase());
}

/** True for a head that names an instrument (Law, Rules …), not a body (Commission …). */
export function isInstrumentHead(word: string): boolean {
  const w = word.toLowerCase();
  return isHead(w) && !BODY_HEADS.has(w);
}

/**
 * Chinese instrument and body endings (Simplified): the qualified instruments (实施条例 …), then
 * the head nouns' endings longest first.
 */
const ENDINGS = [
  ...QUALIFIED_INSTRUMENTS_HANS,
  ...[...new Set(Object.values(HEADS).flat())].sort((a, b) => b.length - a.length),
];

/** Endings of bodies and contracts, not of instruments. */
const NON_INSTRUMENT = new Set(
  Object.entries(HEADS)
    .filter(([w]) => BODY_HEADS.has(w) || w === 'agreement')
    .flatMap(([, e]) => e),
);

/**
 * The ending of a Chinese name that a head noun can render, as written (Traditional or
 * Simplified); '' if none. With `instrumentsOnly`, body (委員會, 局) and contract (協議) endings
 * do not count.
 */
export function zhEnding(zh: string, instrumentsOnly = false): string {
  const s = toSimplified(zh);
  const hit = ENDINGS.find(
    (e) => s.endsWith(e) && !(instrumentsOnly && NON_INSTRUMENT.has(e) && !/[法则例]$/.test(e)),
  );
  return hit ? zh.slice(zh.length - hit.length) : '';
}

/**
 * Does one of the English words (the capitalised words of a title) agree with the ending of
 * the Chinese name? `Regulations` ↔ 實施條例, `Law` ↔ 法, `Council` ↔ 局.
 */
export function headAgrees(enWords: readonly string[], zh: string): boolean {
  // a number after the title (香港財務報告準則第16號 = "… Standard 16") is not its ending
  const s = toSimplified(zh).replace(/第[0-9０-９一二三四五六七八九十百]+[号條条]$/u, '');
  for (const w of enWords) {
    const endings = HEADS[w.toLowerCase()];
    if (endings?.some((e) => s.endsWith(e))) return true;
  }
  return false;
}

const COMPANY_EN =
  /\b(?:limited|ltd\.?|co\.?,?\s*ltd\.?|inc\.?|incorporated|corporation|corp\.?|llc|llp|plc|company)\s*$/i;
const COMPANY_ZH =
  /(?:有限公司|有限責任公司|有限责任公司|股份公司|集團公司|集团公司|合夥企業|合伙企业)$/u;

/**
 * A company name: the Chinese ends with 有限公司 (or the like), or the English ends with Limited,
 * Co., Ltd. … and the Chinese has no instrument ending ("Rules Governing the Listing of Securities
 * on The Stock Exchange of Hong Kong Limited" is a rule book).
 */
export function isCompanyName(en: string, zh: string): boolean {
  return COMPANY_ZH.test(zh.trim()) || (COMPANY_EN.test(en.trim()) && zhEnding(zh) === '');
}

const TITLES_EN = /^(?:mr|mrs|ms|miss|dr|prof|professor|madam|sir|dame)\.?\s/i;
const TITLES_ZH = /(?:先生|女士|小姐|太太|博士|教授)$/u;

/** A person's name (`Mr. Chan Tai Man` / `陳大文先生`). */
export function isPersonName(en: string, zh: string): boolean {
  return TITLES_EN.test(en.trim()) || TITLES_ZH.test(zh.trim());
}

/** The jurisdiction a pair names: CN for PRC / 中華人民共和國, HK for Ordinance / Cap. / 香港. */
export function jurisdictionOf(en: string, zh: string): Jurisdiction {
  const s = toSimplified(zh);
  if (/\bordinance\b|\bcap\.|\bchapter \d|\bhong kong\b/i.test(en) || s.includes('香港'))
    return 'HK';
  if (
    /\bprc\b|p\.r\.c|people'?s republic of china|\bchina\b/i.test(en) ||
    /中华人民共和国|中国|国务院/.test(s)
  ) {
    return 'CN';
  }
  return '';
}

/** The kind of a mined entry from its Chinese ending, English heads and jurisdiction. */
export function kindOf(en: string, zh: string, jurisdiction: Jurisdiction): TermKind {
  const s = toSimplified(zh);
  const words = en.toLowerCase().split(/[^a-z]+/);
  if (words.includes('ordinance')) return 'ordinance';
  if (/(?:法|法典|宪法)$/.test(s) && /\b(?:law|code|constitution|act)\b/.test(words.join(' ')))
    return 'law';
  if (/条例$/.test(s)) return jurisdiction === 'HK' ? 'ordinance' : 'administrative-regulation';
  if (/规例$/.test(s)) return 'subsidiary-legislation';
  if (/(?:办法|规定|细则)$/.test(s)) return 'departmental-rule';
  if (/(?:通知|意见|决定|公告|通告)$/.test(s)) return 'normative-document';
  if (/解释$/.test(s)) return 'judicial-interpretation';
  if (/(?:规则|规程)$/.test(s)) return 'rulebook';
  if (/(?:守则|准则|标准|规范)$/.test(s)) return 'code';
  if (/(?:指引|指南)$/.test(s)) return 'guide';
  return 'term';
}
