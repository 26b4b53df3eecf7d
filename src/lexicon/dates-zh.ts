/**
 * Chinese dates and periods, Traditional and Simplified, Arabic or Chinese numerals:
 * 2023年4月25日 = 二零二三年四月二十五日 = 二〇二三年四月二十五日; 截至…止年度 (the year ended),
 * 截至…止六個月, 自…至… ranges, 2024年1-6月, 2024年上半年/下半年/首六個月, 2024年第一季度/一季度/
 * 首季, 2023財政年度, 2023/24財政年度, 2023年4月, 12月31日 (no year), 2023年/2023年度.
 * A month alone (12月, 十二月) and a time of day (上午十時正, 下午2時30分) are claimed silently so
 * their digits are not read as numbers.
 */
import {
  fullYear,
  halfRange,
  iso,
  monthRange,
  monthsRange,
  quarterRange,
  validDate,
} from './calendar.js';
import { parseChineseNumber } from './chinese-numerals.js';
import {
  type DateFamily,
  type DateParts,
  dayFound,
  endedFound,
  type Found,
  type FoundSink,
  findFamilies,
  fiscalFound,
} from './dates-shared.js';

const YN = '(?:(?:19|20)\\d{2}|[一二][〇○零一二三四五六七八九]{3})';
const Y = `${YN}\\s*年`;
const MON = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
const DAY =
  '(?:3[01]|[12]\\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';
const M = `${MON}\\s*月`;
const D = `${DAY}\\s*[日號号]`;
const DATE = `${Y}\\s*${M}\\s*${D}`;
const UNTIL = `(?:(?:截至|截止)(?:於|于)?\\s*${DATE}\\s*止?|${DATE}\\s*止)\\s*(?:的)?\\s*`;
const HOUR = '[〇零一二三四五六七八九十]{1,3}';
const TO = '(?:至|到|-|—|–|~)';

type Family =
  | 'yearEnded'
  | 'monthsEnded'
  | 'range'
  | 'monthSpan'
  | 'half'
  | 'quarter'
  | 'fy'
  | 'time'
  | 'general';

/** Period phrases first, each only when its hint character is in the sentence, then the rest. */
const FAMILIES: DateFamily<Family>[] = [
  {
    family: 'yearEnded',
    hint: /[止截]/,
    re: new RegExp(`${UNTIL}(?:(?:財政|财政|會計|会计)\\s*)?(?:年度|全年)`, 'g'),
  },
  {
    family: 'monthsEnded',
    hint: /[止截]/,
    re: new RegExp(`${UNTIL}(?:三|六|九|十二|十八|3|6|9|12|18)\\s*[個个]\\s*月`, 'g'),
  },
  {
    family: 'range',
    hint: /[至到~—–-]/,
    re: new RegExp(
      `(?:自|由|從|从|於|于)?\\s*${DATE}\\s*(?:起)?\\s*${TO}\\s*(?:${DATE}|${M}\\s*${D})\\s*(?:止)?(?:期間|期间)?`,
      'g',
    ),
  },
  {
    family: 'monthSpan',
    hint: /[至到~—–-]/,
    re: new RegExp(`${Y}\\s*${MON}\\s*月?\\s*${TO}\\s*${MON}\\s*月(?:份)?`, 'g'),
  },
  {
    family: 'half',
    hint: /半年|[首前][六6]/,
    re: new RegExp(
      `${YN}\\s*年?\\s*度?\\s*(?:的)?\\s*[上下]半年度?|${Y}\\s*(?:首|前)\\s*[六6]\\s*[個个]\\s*月`,
      'g',
    ),
  },
  {
    family: 'quarter',
    hint: /季/,
    re: new RegExp(
      `${YN}\\s*年?\\s*度?\\s*(?:的)?\\s*(?:第\\s*)?(?:[一二三四1-4]|首)\\s*季度?`,
      'g',
    ),
  },
  {
    family: 'fy',
    hint: /財政|财政|會計|会计|財年|财年/,
    re: new RegExp(
      `${YN}(?:\\s*\\/\\s*(?:\\d{4}|\\d{2}))?\\s*年?\\s*(?:(?:財政|财政|會計|会计)\\s*年度?|財年|财年)`,
      'g',
    ),
  },
  {
    // times of day are claimed silently: 上午十時正, 下午2時30分, 10:00
    family: 'time',
    hint: /[時时]|\d:\d|上午|下午|中午|晚上/,
    re: new RegExp(
      `(?:(?:上午|下午|中午|晚上|凌晨)\\s*)?(?:\\d{1,2}|${HOUR})\\s*[時时](?:\\s*(?:\\d{1,2}|${HOUR})\\s*分)?(?:正|整)?|(?:上午|下午|中午|晚上|凌晨)\\s*(?:\\d{1,2}|${HOUR})\\s*[點点](?:\\s*(?:\\d{1,2}|${HOUR})\\s*分)?(?:正|整)?|(?<![\\d:.])(?:[01]?\\d|2[0-3]):[0-5]\\d(?![\\d:])`,
      'g',
    ),
  },
  {
    family: 'general',
    hint: /[年月]/,
    re: new RegExp(
      [
        `(?<date>${DATE})`,
        `(?<month>${Y}\\s*${M}(?:份)?)`,
        `(?<monthDay>${M}\\s*${D})`,
        `(?<year>${Y}(?:度)?)`,
        `(?<monthOnly>${M}(?:份)?)`,
      ].join('|'),
      'g',
    ),
  },
];

const YEAR_IN = new RegExp(YN);
const MONTH_IN = new RegExp(`年\\s*(${MON})\\s*月`);
const SPAN_IN = new RegExp(`年\\s*(${MON})\\s*月?\\s*${TO}\\s*(${MON})`);
const DATE_PARTS = new RegExp(`(${YN})?\\s*年?\\s*(${MON})\\s*月\\s*(${DAY})\\s*[日號号]`, 'g');

/** 2023, 二零二三, 十二, 三十一, 廿五 → number. */
function num(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const n = parseChineseNumber(text);
  return n ? Number(n.value.digits) : Number.NaN;
}

function yearIn(text: string): number {
  return num(YEAR_IN.exec(text)![0]);
}

function datesIn(text: string): DateParts[] {
  const out: DateParts[] = [];
  DATE_PARTS.lastIndex = 0;
  for (let m = DATE_PARTS.exec(text); m; m = DATE_PARTS.exec(text)) {
    out.push({ y: m[1] !== undefined ? num(m[1]) : undefined, m: num(m[2]!), d: num(m[3]!) });
  }
  return out;
}

function ended(text: string, months: number): Found | undefined {
  return endedFound(datesIn(text)[0], months);
}

function handle(
  family: Family,
  g: Record<string, string> | undefined,
  text: string,
): Found | undefined {
  if (family === 'time') return { kind: 'date', from: '', to: '', silent: true };
  if (family === 'yearEnded') return ended(text, 12);
  if (family === 'monthsEnded') {
    const n = /(十二|十八|三|六|九|\d+)\s*[個个]\s*月/.exec(text)![1]!;
    return ended(text, num(n));
  }
  if (family === 'range') {
    const [a, b] = datesIn(text);
    if (!a || !b || a.y === undefined) return undefined;
    const y2 = b.y ?? a.y;
    if (!validDate(a.y, a.m, a.d) || !validDate(y2, b.m, b.d)) return undefined;
    return { kind: 'period', from: iso(a.y, a.m, a.d), to: iso(y2, b.m, b.d) };
  }
  if (family === 'monthSpan') {
    const ms = SPAN_IN.exec(text)!;
    const m1 = num(ms[1]!);
    const m2 = num(ms[2]!);
    if (!(m1 >= 1 && m2 <= 12 && m1 <= m2)) return undefined;
    const [from, to] = monthsRange(yearIn(text), m1, m2);
    return { kind: 'period', from, to };
  }
  if (family === 'half') {
    const [from, to] = halfRange(yearIn(text), /下/.test(text) ? 2 : 1);
    return { kind: 'period', from, to };
  }
  if (family === 'quarter') {
    const q = /([一二三四1-4]|首)\s*季/.exec(text)![1]!;
    const [from, to] = quarterRange(yearIn(text), q === '首' ? 1 : num(q));
    return { kind: 'period', from, to };
  }
  if (family === 'fy') {
    const y = yearIn(text);
    const split = /\/\s*(\d{4}|\d{2})/.exec(text);
    return fiscalFound(y, split ? fullYear(split[1]!, y) : undefined);
  }
  if (g?.date || g?.monthDay) {
    const [p] = datesIn(text);
    return p ? dayFound(p) : undefined;
  }
  if (g?.month) {
    const mo = num(MONTH_IN.exec(text)![1]!);
    const [from, to] = monthRange(yearIn(text), mo);
    return { kind: 'month', from, to };
  }
  if (g?.year) {
    const y = yearIn(text);
    return { kind: 'year', from: iso(y, 1, 1), to: iso(y, 12, 31) };
  }
  return { kind: 'month', from: '', to: '', silent: true };
}

/** Dates and periods in Chinese text (`folded` is the width-folded text). */
export function findChineseDates(folded: string, found: FoundSink): void {
  findFamilies(FAMILIES, handle, folded, found);
}
