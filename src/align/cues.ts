/**
 * Cues both languages share without a lexicon, as keys of a sentence: a question, an
 * exclamation, quoted speech (worth +0.02 strict F1 on literary text), a heading, and the
 * number of a numbered paragraph ((c) ↔ （三）, 1.2 ↔ 1.2, Article 5 ↔ 第五條).
 */
import { markerAt } from '../segment/markers.js';
import type { Segment } from '../types.js';
import { chineseNumber } from './numerals.js';

const ZH_ENUM =
  /^[（(]([〇零一二三四五六七八九十百\d]{1,4})[）)]|^([〇零一二三四五六七八九十百]{1,4})、|^第([〇零一二三四五六七八九十百千\d]{1,6})[條条章節节款]/;
const EN_ARTICLE = /^(?:Article|Section|Chapter|Rule|Part|Paragraph)\s+(\d{1,4})\b/i;

/**
 * The number of the numbering that starts a sentence ('3', '1.2'), if any; both readings of a
 * letter that could be Roman or alphabetical ((c) → '100' and '3').
 */
export function enumeratorKeys(text: string, lang: 'en' | 'zh'): string[] {
  const t = text.trimStart();
  if (lang === 'zh') {
    const m = ZH_ENUM.exec(t);
    if (m) {
      const raw = m[1] ?? m[2] ?? m[3]!;
      const v = /^\d+$/.test(raw) ? Number(raw) : chineseNumber(raw);
      return v === undefined ? [] : [String(v)];
    }
  } else {
    const a = EN_ARTICLE.exec(t);
    if (a) return [String(Number(a[1]))];
  }
  const marker = markerAt(t);
  if (!marker || marker.style === 'bullet' || marker.style === 'note') return [];
  const raw = t.slice(0, marker.length);
  if (marker.style === 'dotted-num') return [raw.replace(/\.$/, '')];
  const keys = marker.value === undefined ? [] : [String(marker.value)];
  const letter = /^\(?\s*([a-zA-Z])\s*[).]/.exec(raw);
  if (letter && marker.style.includes('roman')) {
    keys.push(String(letter[1]!.toLowerCase().charCodeAt(0) - 96));
  }
  return keys;
}

/** The first reading of `enumeratorKeys`. */
export function enumeratorKey(text: string, lang: 'en' | 'zh'): string | undefined {
  return enumeratorKeys(text, lang)[0];
}

/** Punctuation cues of a sentence. */
export function punctuationKeys(text: string): string[] {
  const keys: string[] = [];
  if (/[?？]/.test(text)) keys.push('?');
  if (/[!！]/.test(text)) keys.push('!');
  if (/["“”「」『』]/.test(text)) keys.push('quote');
  return keys;
}

/** All shared cues of a segment (text, kind and language). */
export function cueKeys(segment: Pick<Segment, 'text' | 'kind' | 'lang'>): string[] {
  const keys = punctuationKeys(segment.text);
  if (segment.kind === 'heading') keys.push('heading');
  for (const n of enumeratorKeys(segment.text, segment.lang)) keys.push(`enum:${n}`);
  return keys;
}
