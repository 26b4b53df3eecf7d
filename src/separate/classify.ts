/**
 * Which language a line, cell or paragraph of a bilingual document is in, judged by content,
 * not by its first character: a Chinese sentence full of English names, codes and figures stays
 * Chinese (Chinese punctuation, Han text around the names, no English function words); an English
 * sentence quoting a Chinese title stays English (text in brackets and quotes counts only when
 * there is nothing outside them, and English prose is full of function words). Pure.
 */
import { isCjkStrict, isHan, isLatinLetter } from '../text/script.js';

export type Judged = 'en' | 'zh' | undefined;

export interface Evidence {
  han: number;
  latin: number;
  /** English function words (the, of, and, …) */
  words: number;
  /** Chinese punctuation (，。、；：！？「」 …) */
  punct: number;
}

export interface Judgement {
  /** undefined: no letters at all (figures, page numbers, rules) */
  lang: Judged;
  /** how sure, for the line smoother (0 when lang is undefined; about 0.5 to 1.5) */
  strength: number;
  /** Han characters inside brackets or quotes of an English text: inline titles */
  inlineHan: number;
  /** the evidence outside brackets (or all of it, when nothing is outside) */
  evidence: Evidence;
}

const FUNCTION_WORDS = new Set(
  'a an the of and or to in on at by for with from into upon under as is are was were be been being will shall may must should would can could not no that this these those which who whom whose its his her their it if than per such any all each has have had do does'.split(
    ' ',
  ),
);
const OPEN = '(（[［【〔《〈「『“‘';
const CLOSE = ')）]］】〕》〉」』”’';
const CHINESE_PUNCT = /[，。、；：！？「」『』《》〈〉（）【】〔〕…]/u;

const empty = (): Evidence => ({ han: 0, latin: 0, words: 0, punct: 0 });

/**
 * Split `text` into what is outside brackets/quotes and what is inside. An opening bracket never
 * closed on this line runs to its end; a closing one never opened runs from the start (a
 * bracketed title cut by a line break).
 */
export function bracketMask(text: string): boolean[] {
  const inside: boolean[] = new Array(text.length).fill(false);
  let depth = 0;
  let straight = false; // inside "…"
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPEN.includes(c)) {
      depth++;
      inside[i] = true;
      continue;
    }
    if (CLOSE.includes(c)) {
      inside[i] = true;
      if (depth > 0) depth--;
      else for (let k = 0; k < i; k++) inside[k] = true;
      continue;
    }
    if (c === '"') {
      straight = !straight;
      inside[i] = true;
      continue;
    }
    inside[i] = depth > 0 || straight;
  }
  return inside;
}

function count(text: string, keep: (i: number) => boolean): Evidence {
  const e = empty();
  for (let i = 0; i < text.length; i++) {
    if (!keep(i)) continue;
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    if (isHan(code)) e.han++;
    else if (isLatinLetter(code)) e.latin++;
    else if (isCjkStrict(code) && CHINESE_PUNCT.test(String.fromCodePoint(code))) e.punct++;
  }
  for (const m of text.matchAll(/[A-Za-z]+/g)) {
    if (keep(m.index) && FUNCTION_WORDS.has(m[0].toLowerCase())) e.words++;
  }
  return e;
}

/** The language of `text` and how sure the judgement is. */
export function judge(text: string): Judgement {
  const inside = bracketMask(text);
  const outside = count(text, (i) => !inside[i]);
  const within = count(text, (i) => inside[i]!);
  const e = outside.han + outside.latin > 0 ? outside : count(text, () => true);
  const inlineHan = outside.latin > 0 && outside.han === 0 ? within.han : 0;
  if (e.han + e.latin === 0) return { lang: undefined, strength: 0, inlineHan: 0, evidence: e };
  const zh = 3 * e.han + 4 * e.punct;
  const en = e.han === 0 ? e.latin : 0.3 * e.latin + 8 * e.words;
  const total = e.han === 0 ? e.latin : e.latin === 0 ? 3 * e.han : zh + en;
  const margin = e.han === 0 ? 1 : e.latin === 0 ? 1 : Math.abs(zh - en) / (zh + en);
  const lang: Judged = e.han === 0 ? 'en' : e.latin === 0 ? 'zh' : zh >= en ? 'zh' : 'en';
  // A line in one script only is unambiguous (the smoother guards wrapped lines of names).
  const pure = (e.han === 0 && e.latin >= 2) || (e.latin === 0 && e.han >= 1);
  return {
    lang,
    strength: pure ? 1.5 : margin * (0.5 + Math.min(1, total / 15)),
    inlineHan: lang === 'en' ? inlineHan : 0,
    evidence: e,
  };
}

/** Weight of a text for length comparisons: letters, and a Han character as three of them. */
export function weightOf(text: string): number {
  const e = count(text, () => true);
  return e.latin + 3 * e.han;
}

/** Does the text end a sentence or a clause (so the next line starts a new unit)? */
export const ENDS_UNIT = /[.!?:;。！？：；）)」』"”]\s*$/u;
