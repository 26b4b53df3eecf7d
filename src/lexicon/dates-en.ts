/**
 * English dates and periods in filings: 25 April 2023, April 25, 2023, 25/4/2023 (day first, HK
 * usage), 2023-04-25, April 2023, 31 December (no year), 2023; "(financial) year ended 31 December
 * 2023", "six months ended 30 June 2024", "from 1 January to 30 June 2023", "first half of 2024" /
 * 1H2024 / H1 2024, "first quarter of 2024" / Q1 2024 / 1Q24, FY2023, FY2023/24. Times of day
 * (10:00 a.m., 2.30 p.m.) are claimed silently so their digits are not read as numbers.
 */
import { fullYear, halfRange, iso, monthRange, quarterRange, validDate } from './calendar.js';
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

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const COUNT: Record<string, number> = { three: 3, six: 6, nine: 9, twelve: 12, eighteen: 18 };
const ORDINAL: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
/** Month names as written: Capitalised or in capitals, never lower case ("may" is a verb). */
const M = `(?:${MONTH_NAMES.join('|')}|${MONTH_NAMES.map((n) => n.toUpperCase()).join('|')})\\.?`;
const D = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
const Y = '(?:19|20)\\d{2}';
const DMY = `(?:${D}\\s+${M},?\\s+${Y}|${M}\\s+${D},?\\s+${Y}|${D}/(?:1[0-2]|0?[1-9])/${Y}|${D}\\.(?:1[0-2]|0?[1-9])\\.${Y}|${Y}-(?:1[0-2]|0[1-9])-(?:3[01]|[12]\\d|0[1-9]))`;
const DM = `(?:${D}\\s+${M}|${M}\\s+${D})`;
const ENDED = '(?:\\s+period)?\\s+end(?:ed|ing)\\s+(?:on\\s+)?';

type Family =
  'yearEnded' | 'monthsEnded' | 'range' | 'half' | 'quarter' | 'fy' | 'time' | 'general';

/**
 * Period phrases first, each only when its hint word is in the sentence, then plain dates, months,
 * days and years. Keyword matching ignores case ("YEAR ENDED" in headings); month names do not.
 */
const FAMILIES: DateFamily<Family>[] = [
  {
    family: 'yearEnded',
    hint: /nd(?:ed|ing)/i,
    re: new RegExp(`\\b(?:(?:financial|fiscal)\\s+)?year${ENDED}${DMY}`, 'gi'),
  },
  {
    family: 'monthsEnded',
    hint: /nd(?:ed|ing)/i,
    re: new RegExp(
      `\\b(?:three|six|nine|twelve|eighteen|3|6|9|12|18)[\\s-]months?${ENDED}${DMY}`,
      'gi',
    ),
  },
  {
    family: 'range',
    hint: /from|between/i,
    re: new RegExp(
      `\\b(?:from|between)\\s+(?:${DMY}|${DM})\\s+(?:to|and|until|till|through)\\s+${DMY}`,
      'gi',
    ),
  },
  {
    family: 'half',
    hint: /half|H[12]|[12]H/i,
    re: new RegExp(
      `\\b(?:(?:the\\s+)?(?:first|second|1st|2nd)\\s+half\\s+(?:of\\s+)?(?:(?:the\\s+)?(?:year|financial\\s+year)\\s+)?${Y}|[12]H\\s?${Y}|H[12]\\s?${Y}|${Y}\\s?H[12]|[12]H\\d{2})\\b`,
      'gi',
    ),
  },
  {
    family: 'quarter',
    hint: /quarter|Q[1-4]|[1-4]Q/i,
    re: new RegExp(
      `\\b(?:(?:the\\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\s+(?:of\\s+)?${Y}|Q[1-4]\\s?${Y}|[1-4]Q\\s?${Y}|${Y}\\s?Q[1-4]|[1-4]Q\\d{2})\\b`,
      'gi',
    ),
  },
  {
    family: 'fy',
    hint: /FY|fiscal|financial\s+year/i,
    re: new RegExp(
      `\\b(?:FY\\s?(?:${Y}|\\d{2})(?:\\/(?:\\d{4}|\\d{2}))?|(?:financial|fiscal)\\s+year\\s+(?:of\\s+)?${Y}(?:\\/\\d{2,4})?|${Y}(?:\\/\\d{2,4})?\\s+(?:financial|fiscal)\\s+year)\\b`,
      'gi',
    ),
  },
  {
    // times of day are claimed silently: 10:00 a.m. is not the numbers 10 and 0
    family: 'time',
    hint: /\d:\d|a\.m|p\.m|noon|\d\s?[ap]m\b/i,
    re: /(?<![\d:.])(?:[01]?\d|2[0-3])(?::[0-5]\d(?:\s?(?:a\.m\.|p\.m\.|am\b|pm\b|noon|midnight))?|\.[0-5]\d\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|noon))(?![\d:])/gi,
  },
  {
    family: 'general',
    hint: /\d/,
    re: new RegExp(
      [
        `(?<date>\\b${DMY}\\b)`,
        `(?<month>\\b${M},?\\s+${Y}\\b)`,
        `(?<monthDay>\\b${DM}\\b)`,
        `(?<year>(?<![\\w$.,/-])${Y}(?![\\w%]|[.,]\\d|\\s?(?:million|billion|thousand)))`,
      ].join('|'),
      'g',
    ),
  },
];

const DATE_IN = new RegExp(DMY, 'i');
const DM_IN = new RegExp(DM, 'gi');

/** Day, month and (when written) year of one English date, month names checked for capitals. */
export function parseEnglishDate(text: string): DateParts | undefined {
  let m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (m) return { y: Number(m[3]), m: Number(m[2]), d: Number(m[1]) };
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(text);
  const month = /[A-Za-z]{3,}/.exec(text);
  const year = /\b(?:19|20)\d{2}\b/.exec(text);
  if (!day || !month) return undefined;
  const name = month[0];
  if (name[0] !== name[0]!.toUpperCase()) return undefined; // "may 25"
  const mo = MONTHS[name.slice(0, 3).toLowerCase()];
  if (mo === undefined) return undefined;
  return { y: year ? Number(year[0]) : undefined, m: mo, d: Number(day[1]) };
}

function endedPeriod(text: string, months: number): Found | undefined {
  const dm = DATE_IN.exec(text);
  return endedFound(dm ? parseEnglishDate(dm[0]) : undefined, months);
}

function fiscal(text: string): Found {
  const m = /((?:19|20)\d{2}|\d{2})(?:\/(\d{4}|\d{2}))?/.exec(text.replace(/^FY\s?/i, 'FY'))!;
  const y = fullYear(m[1]!);
  return fiscalFound(y, m[2] === undefined ? undefined : fullYear(m[2], y));
}

function yearOf(text: string): number {
  const full = /(?:19|20)\d{2}/.exec(text);
  if (full) return Number(full[0]);
  return fullYear(/\d{2}$/.exec(text)![0]);
}

function handle(
  family: Family,
  g: Record<string, string> | undefined,
  text: string,
): Found | undefined {
  if (family === 'time') return { kind: 'date', from: '', to: '', silent: true };
  if (family === 'yearEnded') return endedPeriod(text, 12);
  if (family === 'monthsEnded') {
    const n = /^(\w+)/.exec(text)![1]!.toLowerCase();
    return endedPeriod(text, COUNT[n] ?? Number(n));
  }
  if (family === 'range') {
    const parts: DateParts[] = [];
    DM_IN.lastIndex = 0;
    for (let m = DM_IN.exec(text); m; m = DM_IN.exec(text)) {
      const p = parseEnglishDate(text.slice(m.index, m.index + m[0].length + 6));
      if (p) parts.push(p);
    }
    const dmy = /\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2}/g;
    for (let m = dmy.exec(text); m; m = dmy.exec(text)) parts.push(parseEnglishDate(m[0])!);
    if (parts.length !== 2) return undefined;
    const [a, b] = parts as [DateParts, DateParts];
    const y1 = a.y ?? b.y;
    if (y1 === undefined || b.y === undefined) return undefined;
    if (!validDate(y1, a.m, a.d) || !validDate(b.y, b.m, b.d)) return undefined;
    return { kind: 'period', from: iso(y1, a.m, a.d), to: iso(b.y, b.m, b.d) };
  }
  if (family === 'half') {
    const first = /first|1st|1H|H1/i.test(text);
    const [from, to] = halfRange(yearOf(text), first ? 1 : 2);
    return { kind: 'period', from, to };
  }
  if (family === 'quarter') {
    const word = /first|second|third|fourth|1st|2nd|3rd|4th/i.exec(text);
    const q = word
      ? ORDINAL[word[0].toLowerCase()]!
      : Number(/Q([1-4])|([1-4])Q/i.exec(text)!.slice(1).find(Boolean));
    const [from, to] = quarterRange(yearOf(text), q);
    return { kind: 'period', from, to };
  }
  if (family === 'fy') return fiscal(text);
  if (g?.date || g?.monthDay) {
    const p = parseEnglishDate(text);
    return p ? dayFound(p) : undefined;
  }
  if (g?.month) {
    const name = /[A-Za-z]+/.exec(text)![0];
    if (name[0] !== name[0]!.toUpperCase()) return undefined;
    const mo = MONTHS[name.slice(0, 3).toLowerCase()]!;
    const [from, to] = monthRange(yearOf(text), mo);
    return { kind: 'month', from, to };
  }
  const y = Number(text);
  return { kind: 'year', from: iso(y, 1, 1), to: iso(y, 12, 31) };
}

/** Dates and periods in English text (`folded` is the width-folded text). */
export function findEnglishDates(folded: string, found: FoundSink): void {
  findFamilies(FAMILIES, handle, folded, found);
}
