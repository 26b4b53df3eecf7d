/**
 * Quantities in Chinese filing text, Traditional and Simplified: 人民幣947.2百萬元, 人民幣9.472億元,
 * 人民幣94,720萬元, 15億港元, 港幣15億元, 100.4百萬港元, 3.50港仙, 人民幣17.15分, 9﹒47億元 (folded),
 * 百分之十二點五, 17﹒3%, 3.5個百分點, 1﹒5倍 (增加1.5倍 flagged), 負5%, (1,234), 一千零七十五,
 * 三名董事. Chinese numerals are read only where they are numbers (not 一般, 統一, 九龍, 萬科,
 * 第一, 十分), and a lone 兆 is flagged. Spans already claimed (codes, dates) are skipped.
 */
import { parseChineseNumber } from './chinese-numerals.js';
import { add, ONE, shift } from './decimal.js';
import type { SpanMask } from './prepare.js';
import { contextHints, gluedToWord, isListMarker, makeQuantity } from './quantity-context.js';
import type { Quantity, QuantityKind, Reading } from './types.js';

const CUR =
  '人民幣|人民币|港幣|港币|美元|美金|歐元|欧元|英鎊|英镑|日圓|日圆|日元|新台幣|新台币|澳門幣|澳门币|新加坡元|澳元|加元|RMB|HK\\$|HKD|US\\$|USD|EUR|¥|\\$';
const ARABIC = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const UNIT = '(?:[十拾萬万億亿仟佰]|百(?!分[點点之比])|千(?![克米瓦焦卡伏])|兆(?![瓦赫帕字位焦]))';
const DIGIT = '[〇○零一二兩两三四五六七八九壹貳贰貮參叁叄参肆伍陸陆柒捌玖廿卅]';
const CN_RUN = `(?:${DIGIT}|${UNIT})+(?:[點点][〇○零一二三四五六七八九]+${UNIT}*)?`;
const SUFFIX =
  '%\\s*[個个]?百分[點点]|%|[個个]?百分[點点]|[個个]?基[點点]|港元|港幣元?|港币元?|港仙|美元|美金|歐元|欧元|英鎊|英镑|日圓|日圆|日元|人民幣元?|人民币元?|新台幣元?|新台币元?|澳門幣元?|澳门币元?|澳門元|澳门元|新加坡元|澳元|加元|元|圓|圆|仙|分|倍';

/**
 * Groups: 1 currency, 2 負, 3 百分之, 4 (, 5 Arabic mantissa, 6 ), 7 its units, 8 Chinese
 * numeral, 9 suffix. 人民幣(1,234.5)百萬元 and (1,234) are table negatives.
 */
const RE = new RegExp(
  `(?<![\\w.$'’])(?:(${CUR})\\s*)?([負负-])?(百分之)?(?:(\\()?(${ARABIC})(\\))?(?:\\s?(${UNIT}+))?|(${CN_RUN}))\\s?(${SUFFIX})?`,
  'g',
);

const isSpace = (ch: string | undefined): boolean =>
  ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';

/** Measure words after a lone Chinese digit that make it a count: 三名, 兩家, 五年. */
const MEASURE = /[名位個个項项家間间次年天週周股份人歲岁宗件艘架台輛辆張张期層层頁页款類类種种倍]/;
const UNIT_ONLY = /^[十拾百佰千仟萬万億亿兆]+$/;
const LEADING_BIG = /^[百佰千仟萬万億亿兆]/;
const TRAILING_LIANG = /[十百千萬万億亿][兩两]$/;
const HAS_UNIT = /[十拾百佰千仟萬万億亿兆廿卅點点]/;
const INCREASE_BEFORE =
  /(?:增加|增長|增长|上升|提高|提升|擴大|扩大|翻|減少|减少|下降|降低|增|升)了?\s*(?:約|约)?\s*$/;

export const TIMES_AMBIGUOUS =
  '增加N倍 may mean N times the base or an increase of N×100% (N+1 times the base)';

/** Is this run of Chinese numeral characters a number here, or part of a word? */
function isNumeralHere(
  run: string,
  folded: string,
  s: number,
  e: number,
  context: boolean,
  percent: boolean,
): boolean {
  if (percent) return true; // 百分之百, 百分之三十
  const before = folded[s - 1] ?? '';
  if (before === '第' || before === '初' || before === '週' || before === '周') return false;
  if (folded.slice(Math.max(0, s - 2), s) === '星期') return false;
  if (UNIT_ONLY.test(run) && !(context && (run === '十' || run === '拾'))) return false;
  if (context) return true;
  const after = folded[e] ?? '';
  if (!HAS_UNIT.test(run)) return run.length === 1 && run !== '一' && MEASURE.test(after);
  if (LEADING_BIG.test(run)) return false;
  return run.length > 1 || MEASURE.test(after);
}

function suffixKind(suf: string): QuantityKind | 'cents' | 'currency' {
  if (suf.startsWith('%')) return suf.length > 1 ? 'percentage-points' : 'percent';
  if (suf.includes('百分')) return 'percentage-points';
  if (suf.includes('基')) return 'basis-points';
  if (suf === '倍') return 'times';
  if (suf.endsWith('仙') || suf === '分') return 'cents';
  return 'currency';
}

/** Chinese quantities in `folded` (width-folded `text`), skipping and claiming spans in `mask`. */
export function findChineseQuantities(text: string, folded: string, mask: SpanMask): Quantity[] {
  const out: Quantity[] = [];
  const hints = contextHints(folded, 'zh');
  RE.lastIndex = 0;
  for (let m = RE.exec(folded); m; m = RE.exec(folded)) {
    const [whole, cur0, neg, pct, open, ar, close, units0, cnRun, suffix0] = m as unknown as (
      string | undefined
    )[];
    let cur = cur0;
    let units = units0;
    let suf = suffix0;
    let cn = cnRun;
    let start = m.index;
    // `\s?` before an absent suffix may have taken the blank after the number ("1,862.4\t2,095.3")
    let end = start + whole!.trimEnd().length;
    // Offsets of the number, counted back from the end of the match.
    let e = end;
    if (suf) e -= suf.length + (isSpace(folded[e - suf.length - 1]) ? 1 : 0);
    let numEnd = e; // end of the number with its units
    if (units) e -= units.length + (isSpace(folded[e - units.length - 1]) ? 1 : 0);
    if (close) e--;
    const numStart = e - (ar ?? cn)!.length;
    const digitsEnd = numStart + (ar ?? cn)!.length;
    let bracketed = Boolean(open && close);
    if (open && !close) {
      start = numStart; // "（1,234 …": a bracket of the prose
      cur = undefined;
    } else if (close && !open) {
      end = numEnd = digitsEnd; // "…：3,000）": the bracket closes the prose
      units = suf = undefined;
    }
    if (bracketed && !cur && !units && !suf && !/[,.]/.test(ar!)) {
      if (ar!.length <= 2) continue; // (3): a list marker
      start = numStart;
      end = numEnd = digitsEnd;
      bracketed = false;
    }
    if ((suf === '分' && !cur) || (suf === '仙' && !cur && cn !== undefined)) {
      suf = undefined;
      end = numEnd;
    }
    if (cn && cn.length > 1 && TRAILING_LIANG.test(cn)) {
      // 二十兩 is twenty taels: 兩 after a unit is a measure word, never the digit 2.
      cn = cn.slice(0, -1);
      end = --numEnd;
      suf = undefined;
    }
    if (cn !== undefined) {
      const context = Boolean(cur || pct || suf);
      if (!isNumeralHere(cn, folded, numStart, numEnd, context, Boolean(pct))) continue;
    }
    if (gluedToWord(folded, start, end) || mask.overlaps(start, end)) continue;
    if (ar && !cur && !suf && !units && !neg && !pct && isListMarker(folded, start, end, ar)) {
      continue;
    }
    const numeral = ar !== undefined ? ar + (units ?? '') : cn!;
    const parsed = parseChineseNumber(numeral);
    if (!parsed) continue;
    let value = parsed.value;
    let precision = parsed.precision;
    const sk = suf ? suffixKind(suf) : undefined;
    let kind: QuantityKind;
    let currency = cur;
    if (pct) kind = 'percent';
    else if (sk === 'cents') {
      value = shift(value, -2);
      precision -= 2;
      kind = 'amount';
      if (suf === '港仙') currency = '港仙';
    } else if (sk === 'currency') {
      kind = 'amount';
      if (suf !== '元' && suf !== '圓' && suf !== '圆') currency ??= suf;
    } else if (sk) kind = sk;
    else kind = cur ? 'amount' : 'number';
    if (kind !== 'amount') currency = undefined;

    const negative = neg !== undefined || bracketed;
    let ambiguous = parsed.ambiguous;
    let readings: Reading[] | undefined;
    if (ambiguous) {
      const mega = parseChineseNumber(numeral, { zhao: 6 })!;
      readings = [
        {
          kind,
          value: sk === 'cents' ? shift(mega.value, -2) : mega.value,
          precision: mega.precision,
        },
      ];
    } else if (
      kind === 'times' &&
      INCREASE_BEFORE.test(folded.slice(Math.max(0, start - 5), start))
    ) {
      ambiguous = TIMES_AMBIGUOUS;
      readings = [
        { kind: 'percent', value: shift(value, 2), precision: precision + 2 },
        { kind: 'times', value: add(value, ONE), precision },
      ];
    }
    mask.claim(start, end);
    out.push(
      makeQuantity(text, folded, 'zh', hints, {
        start,
        end,
        value,
        precision,
        kind,
        currency,
        negative,
        ambiguous,
        readings,
      }),
    );
  }
  return out;
}
