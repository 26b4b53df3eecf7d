/**
 * Numbering and bullets that start list items and numbered paragraphs, in English and Chinese
 * filings: (a) (i) (1) 1.1 14A.07 1) • – （一） 一、 1、 第一條 Note 3: 附註：
 */
import { romanValue } from '../text/roman.js';

export type MarkerStyle =
  | 'paren-alpha'
  | 'alpha-paren'
  | 'roman-paren'
  | 'paren-roman'
  | 'paren-num'
  | 'num-paren'
  | 'num-dot'
  | 'alpha-dot'
  | 'roman-dot'
  | 'dotted-num'
  | 'bullet'
  | 'zh'
  | 'article'
  | 'note';

export interface Marker {
  /** length of the marker text (without the space after it) */
  length: number;
  style: MarkerStyle;
  /** strong markers start a list item wherever a line starts with them; weak ones ("1.", "a.")
   * only after a line that ends a sentence or clause */
  strong: boolean;
  /** the ordinal value, when the marker has one (a → 1, iv → 4, 12 → 12) */
  value?: number;
}

const ZH_DIGITS = '〇零一二三四五六七八九十百';

const PATTERNS: { re: RegExp; style: MarkerStyle; strong: boolean }[] = [
  { re: /^\(\s*([ivxlc]{1,6})\s*\)/, style: 'paren-roman', strong: true },
  { re: /^\(\s*([a-zA-Z]{1,2})\s*\)/, style: 'paren-alpha', strong: true },
  { re: /^\(\s*(\d{1,3})\s*\)/, style: 'paren-num', strong: true },
  { re: /^(\d{1,3})\.?\)(?=\s)/, style: 'num-paren', strong: true },
  { re: /^([ivx]{1,5})\)(?=\s)/, style: 'roman-paren', strong: true },
  { re: /^([a-zA-Z])\.?\)(?=\s)/, style: 'alpha-paren', strong: true },
  // "1.1 Background", "14A.07 The", but not "1.5 billion" starting a wrapped line
  {
    re: /^(\d{1,3}[A-Z]?(?:\.\d{1,3}[A-Z]?)+)\.?(?=\s+[A-Z\p{Script=Han}(（「“"])/u,
    style: 'dotted-num',
    strong: true,
  },
  { re: /^[•●○▪■□◆◇►▶✓✔⁃‧∙·](?=\s|\d)/, style: 'bullet', strong: true },
  { re: /^[-–—*](?=\s)/, style: 'bullet', strong: true },
  { re: new RegExp(`^[（(][${ZH_DIGITS}\\d]{1,4}[）)]`), style: 'zh', strong: true },
  { re: new RegExp(`^[${ZH_DIGITS}]{1,4}、`), style: 'zh', strong: true },
  { re: /^\d{1,3}、/, style: 'zh', strong: true },
  // "第一條" opens an article after a sentence end; "第14章項下" at the start of a wrapped line does not
  { re: new RegExp(`^第[${ZH_DIGITS}\\d]{1,5}[條条章節节部款]`), style: 'article', strong: false },
  { re: /^(?:Notes?\s*\d*\s*[:：]|附[註注]\s*\d*\s*[:：]?)/, style: 'note', strong: true },
  { re: /^(\d{1,2})\.(?=\s)/, style: 'num-dot', strong: false },
  { re: /^([ivx]{1,5})\.(?=\s)/, style: 'roman-dot', strong: false },
  { re: /^([a-zA-Z])\.(?=\s)/, style: 'alpha-dot', strong: false },
];

function ordinal(style: MarkerStyle, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (style === 'paren-roman' || style === 'roman-dot' || style === 'roman-paren')
    return romanValue(raw);
  if (/^\d+$/.test(raw)) return Number(raw);
  if (/^[a-zA-Z]$/.test(raw)) return raw.toLowerCase().charCodeAt(0) - 96;
  return undefined;
}

/** The marker at the start of `text` (leading blanks already removed), if any. */
export function markerAt(text: string): Marker | undefined {
  for (const { re, style, strong } of PATTERNS) {
    const m = re.exec(text);
    if (m) return { length: m[0].length, style, strong, value: ordinal(style, m[1]) };
  }
  return undefined;
}
