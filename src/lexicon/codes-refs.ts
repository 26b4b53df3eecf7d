/**
 * Identifiers that must survive translation unchanged, found by table-driven regexes on folded
 * text: stock codes (Stock Code: 6855 / 股份代號：6855 / (6855) / 0700.HK), HK Cap numbers
 * (Cap. 622 / Chapter 622 / 第622章), rule and article numbers (Rule 14.07 / 第14.07條),
 * paragraphs, Parts (Part XV / 第XV部), appendices, schedules, notes, standards (ISO 14001:2015,
 * GB/T 19001-2016), EU directives (2001/83/EC), telephone numbers, URLs and e-mail addresses.
 */
import { romanValue } from '../text/roman.js';
import { parseChineseNumber } from './chinese-numerals.js';
import type { SpanMask } from './prepare.js';
import type { Code, CodeKind } from './types.js';

const REF = String.raw`\d+[A-Z]{0,2}(?:\.\d+[A-Z]?)*(?:\([0-9a-z]{1,4}\))*`;
/** After the first reference, only short ones (14.08, 3(a)): "Rule 13.09 and 2023 …" stops. */
const MORE_REF = String.raw`\d{1,3}[A-Z]{0,2}(?:\.\d+[A-Z]?)*(?:\([0-9a-z]{1,4}\))*`;
const REF_LIST = String.raw`${REF}(?:\s*(?:,|、|and|or|to|&|及|和|與|与|或|至)\s*${MORE_REF}(?!\d|\.\d))*`;
const ZH_NUM = '[〇零一二兩两三四五六七八九十百千]+';
const ROMAN = '[IVXLC]+';

type Emit = (kind: CodeKind, key: string, start: number, end: number) => void;

interface Rule {
  /** only where the text has an ASCII digit */
  digit?: boolean;
  re: RegExp;
  /** cheap test on the folded text before running `re` */
  hint: RegExp;
  handle: (m: RegExpExecArray, emit: Emit, folded: string) => void;
}

/** Chinese numerals (十四 → 14) or Arabic/Roman as written; Roman numerals in upper case. */
function refNumber(raw: string): string {
  if (/^[〇零一二兩两三四五六七八九十百千]+$/.test(raw)) {
    const n = parseChineseNumber(raw);
    return n ? n.value.digits.toString() : raw;
  }
  return raw.toLowerCase();
}

const ONE_REF = new RegExp(`${REF}|${ZH_NUM}`, 'g');

/** Emit one code per reference in a list ("Rules 14.07 and 14.08", "第14.07及14.08條"). */
function emitList(m: RegExpExecArray, group: number, kind: CodeKind, prefix: string, emit: Emit) {
  const list = m[group]!;
  const base = m.index + m[0].indexOf(list);
  const one = ONE_REF;
  one.lastIndex = 0;
  for (let r = one.exec(list); r; r = one.exec(list)) {
    emit(kind, `${prefix}:${refNumber(r[0])}`, base + r.index, base + r.index + r[0].length);
  }
}

function emitGroup(m: RegExpExecArray, group: number, emit: Emit, kind: CodeKind, key: string) {
  const g = m[group]!;
  const start = m.index + m[0].lastIndexOf(g);
  emit(kind, key, start, start + g.length);
}

const PHONE_LABEL = 'tel(?:ephone)?|phone|fax|facsimile|hotline|電話|电话|傳真|传真|熱線|热线';
/** The last eight digits: the local number, with or without +852 / (86) in front. */
const phoneKey = (raw: string): string => `tel:${raw.replace(/\D/g, '').slice(-8)}`;

const stockKey = (digits: string): string => `code:stock:${digits.replace(/^0+(?=\d)/, '')}`;

const COMPANY_BEFORE =
  /(?:limited|ltd\.?|inc\.?|corporation|corp\.?|holdings|group|company|plc|有限公司|公司|集團|集团|控股|銀行|银行)\s*$/i;

const RULES: Rule[] = [
  {
    hint: /:\/\/|www\./i,
    re: /(?:https?:\/\/|www\.)[^\s<>"'，。；、）」》()\u3000-\u9fff\uff00-\uffef]+/gi,
    handle(m, emit) {
      const url = m[0].replace(/[.,;:!?'"\]]+$/, '');
      const key = url
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/^www\./, '')
        .replace(/\/+$/, '');
      emit('url', `url:${key}`, m.index, m.index + url.length);
    },
  },
  {
    hint: /@/,
    re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g,
    handle(m, emit) {
      emit('email', `email:${m[0].toLowerCase()}`, m.index, m.index + m[0].length);
    },
  },
  {
    digit: true,
    hint: /tel|phone|fax|hotline|電話|电话|傳真|传真|熱線|热线/i,
    re: new RegExp(
      String.raw`(?:${PHONE_LABEL})(?:\s*(?:no\.?|number|號碼|号码))?\s*[:.]?\s*((?:\+\s?\d{1,3}|\(\+?\d{1,4}\))?[\s-]?\d{3,4}[\s-]?\d{4}(?:[\s-]?\d{1,4})?)(?!\d)`,
      'gi',
    ),
    handle(m, emit) {
      emitGroup(m, 1, emit, 'phone', phoneKey(m[1]!));
    },
  },
  {
    digit: true,
    hint: /\+\s?\d|\(\+?\d/,
    re: /(?<![\w+])((?:\+\s?\d{1,3}|\(\+?(?:852|853|86|886|1|44|65|61)\))[\s-]?\d{2,4}(?:[\s-]?\d{2,4}){1,3})(?!\d)/g,
    handle(m, emit) {
      emitGroup(m, 1, emit, 'phone', phoneKey(m[1]!));
    },
  },
  {
    digit: true,
    hint: /code|代號|代号|代碼|代码/i,
    re: /(?:(?:stock|share)\s+codes?|股份代號|股份代号|股票代號|股票代号|股票代碼|股票代码|證券代碼|证券代码|證券代號|证券代号)\s*[:]?\s*(\d{1,6}(?:\s*(?:,|、|and|&|及|和|\/)\s*\d{1,6})*)/gi,
    handle(m, emit) {
      const list = m[1]!;
      const base = m.index + m[0].lastIndexOf(list);
      const one = /\d+/g;
      for (let r = one.exec(list); r; r = one.exec(list)) {
        emit('stock', stockKey(r[0]), base + r.index, base + r.index + r[0].length);
      }
    },
  },
  {
    digit: true,
    hint: /HK|SEHK|\.S[HZ]/,
    re: /(?:\b(?:HKEX|SEHK|HKSE)\s*:\s*(\d{1,5})\b)|(?<![\d.])(\d{3,6})\.(?:HK|SH|SZ|SS)\b/g,
    handle(m, emit) {
      const g = m[1] !== undefined ? 1 : 2;
      emitGroup(m, g, emit, 'stock', stockKey(m[g]!));
    },
  },
  {
    digit: true,
    hint: /\(\d/,
    re: /\((\d{3,5})\)/g,
    handle(m, emit, folded) {
      const code = m[1]!;
      const company = COMPANY_BEFORE.test(folded.slice(Math.max(0, m.index - 20), m.index));
      const yearLike = /^(?:19|20)\d\d$/.test(code);
      if (company || (code.length >= 4 && !yearLike))
        emit('stock', stockKey(code), m.index + 1, m.index + 1 + code.length);
    },
  },
  {
    digit: true,
    hint: /cap|chapter/i,
    re: /\b(?:Cap\.?|CAP\.?|cap\.|Chapter|chapter|CHAPTER)\s*(\d+[A-Z]?)\b/g,
    handle(m, emit) {
      emitGroup(m, 1, emit, 'cap', `cap:${m[1]!.toLowerCase()}`);
    },
  },
  {
    hint: /第/,
    re: new RegExp(String.raw`第\s*(\d+[A-Z]?|${ZH_NUM})\s*章`, 'g'),
    handle(m, emit) {
      emitGroup(m, 1, emit, 'cap', `cap:${refNumber(m[1]!)}`);
    },
  },
  {
    digit: true,
    hint: /rule|article|section|clause|RULE|ARTICLE/i,
    re: new RegExp(
      String.raw`\b(?:[Rr]ules?|RULES?|[Aa]rticles?|ARTICLES?|[Ss]ections?|[Cc]lauses?)\s+(${REF_LIST})`,
      'g',
    ),
    handle(m, emit) {
      emitList(m, 1, 'rule', 'rule', emit);
    },
  },
  {
    hint: /第/,
    re: new RegExp(String.raw`第\s*(${REF_LIST}|${ZH_NUM})\s*[條条]`, 'g'),
    handle(m, emit) {
      emitList(m, 1, 'rule', 'rule', emit);
    },
  },
  {
    hint: /paragraph|第/i,
    re: new RegExp(
      String.raw`\b[Pp]aragraphs?\s+(${REF_LIST})|第\s*(${REF_LIST}|${ZH_NUM})\s*[段項项款]`,
      'g',
    ),
    handle(m, emit) {
      emitList(m, m[1] !== undefined ? 1 : 2, 'paragraph', 'para', emit);
    },
  },
  {
    hint: /Part|PART|第/,
    re: new RegExp(
      String.raw`\b(?:Part|PART)\s+(${ROMAN}|\d+[A-Z]?)\b|第\s*(${ROMAN}|\d+[A-Z]?|${ZH_NUM})\s*部(?!分)`,
      'g',
    ),
    handle(m, emit) {
      const g = m[1] !== undefined ? 1 : 2;
      const raw = m[g]!;
      const n = /^[IVXLC]+$/.test(raw) ? String(romanValue(raw)) : refNumber(raw);
      emitGroup(m, g, emit, 'part', `part:${n}`);
    },
  },
  {
    hint: /appendix|schedule|附錄|附录|附表/i,
    re: new RegExp(
      String.raw`\b(Appendix|APPENDIX|Schedule|SCHEDULE)\s+([A-Z]?\d+[A-Z]?|[A-Z]\b|${ROMAN}\b)|(附錄|附录|附表)\s*([A-Z]?\d+[A-Z]?|[A-Z]|${ROMAN}|${ZH_NUM})`,
      'g',
    ),
    handle(m, emit) {
      const en = m[2] !== undefined;
      const label = en ? m[1]! : m[3]!;
      const raw = en ? m[2]! : m[4]!;
      const kind: CodeKind = /schedule|附表/i.test(label) ? 'schedule' : 'appendix';
      const n = /^[IVXLC]+$/.test(raw) && raw.length > 1 ? String(romanValue(raw)) : refNumber(raw);
      emitGroup(m, en ? 2 : 4, emit, kind, `${kind}:${n}`);
    },
  },
  {
    digit: true,
    hint: /note|附註|附注/i,
    re: /\b[Nn]otes?\s+(\d+(?:\([a-z0-9]{1,3}\))?)(?![\d.,]\d)|(?:附註|附注)\s*(\d+(?:\([a-z0-9]{1,3}\))?)/g,
    handle(m, emit) {
      const g = m[1] !== undefined ? 1 : 2;
      emitGroup(m, g, emit, 'note', `note:${m[g]!.toLowerCase()}`);
    },
  },
  {
    digit: true,
    hint: /ISO|IEC|GB|YY|OHSAS|IATF|ASTM|ICH|SA\s?8/,
    re: /\b(ISO\/IEC|ISO|IEC|GB\/T|GB|YY\/T|YY|OHSAS|IATF|ASTM|SA)\s?(\d{3,6}(?:[-.]\d+)*(?:\s?:\s?\d{4})?)|\bICH\s?([QSEM]\d{1,2}[A-Z]?(?:\(R\d\))?)/g,
    handle(m, emit) {
      const key = (m[3] !== undefined ? `ICH${m[3]}` : m[1]! + m[2]!)
        .replace(/\s+/g, '')
        .toLowerCase();
      emit('standard', `std:${key}`, m.index, m.index + m[0].length);
    },
  },
  {
    digit: true,
    hint: /\/|\(E/,
    re: /\b(\d{2,4}\/\d{1,4}\/(?:EC|EU|EEC|EEA))\b|\((EU|EC|EEC)\)\s*(?:No\.?\s*)?(\d{1,4}\/\d{1,4})/g,
    handle(m, emit) {
      const key = m[1] !== undefined ? m[1] : `${m[2]}:${m[3]}`;
      emit('directive', `dir:${key.toLowerCase()}`, m.index, m.index + m[0].length);
    },
  },
];

const DIGIT = /\d/;

/** Structured codes in `folded` (width-folded `text`), claimed in `mask`, in text order. */
export function findStructuredCodes(text: string, folded: string, mask: SpanMask): Code[] {
  const out: Code[] = [];
  const emit: Emit = (kind, key, start, end) => {
    if (mask.tryClaim(start, end))
      out.push({ kind, key, start, end, text: text.slice(start, end) });
  };
  const hasDigit = DIGIT.test(folded);
  for (const rule of RULES) {
    if ((rule.digit && !hasDigit) || !rule.hint.test(folded)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(folded); m; m = rule.re.exec(folded)) rule.handle(m, emit, folded);
  }
  return out.sort((a, b) => a.start - b.start);
}
