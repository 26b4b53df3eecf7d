/**
 * English titles in running text, found without a dictionary: the maximal Title-Case span that
 * ends (or, for "Law of the PRC on …", starts) at a head noun, allowing inner lower-case
 * connectors (of, on, for, the, and …), commas between modifiers ("Environmental, Social and
 * Governance Reporting Guide"), inner brackets ("Personal Data (Privacy) Ordinance") and
 * "People's Republic of China". The span stops at a lower-case word ("complies with the"),
 * a quote, a sentence-opening word (Under, Pursuant …), a comma or "and" after another title's
 * head ("…Law of the PRC, the Labour Contract Law") and a Chinese bracket before it.
 * Brackets right after a title are classified: revision ("(2018 revision)"), Cap. reference,
 * standard number ("(GB 8978-1996)"), short form (`(the "Constitution")`).
 * Pure; offsets are into the text given.
 */
import { hasHan } from '../../text/script.js';
import { isHead, isInstrumentHead } from './heads.js';

export type TokKind =
  'word' | 'num' | 'open' | 'close' | 'quote' | 'comma' | 'amp' | 'han' | 'other';

export interface Tok {
  text: string;
  start: number;
  end: number;
  kind: TokKind;
}

const TOKEN =
  /P\.\s?R\.\s?C\.?|H\.\s?K\.(?![A-Za-z])|[A-Za-z][A-Za-z0-9]*(?:['’][A-Za-z]+)*(?:-[A-Za-z0-9]+)*(?:(?<=s)['’](?![A-Za-z]))?|\d+(?:[.,:/\-–]\d+)*|[(（]|[)）]|["“”‘’'「」『』《》〈〉]|,|，|&|\p{Script=Han}+|[^\s]/gu;

/** Tokens of a text (whitespace dropped). */
export function tokenize(text: string, offset = 0): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const s = m[0];
    let kind: TokKind = 'other';
    if (/^[A-Za-z]/.test(s)) kind = 'word';
    else if (/^\d/.test(s)) kind = 'num';
    else if (s === '(' || s === '（') kind = 'open';
    else if (s === ')' || s === '）') kind = 'close';
    else if (/^["“”‘’'「」『』《》〈〉]$/.test(s)) kind = 'quote';
    else if (s === ',' || s === '，') kind = 'comma';
    else if (s === '&') kind = 'amp';
    else if (/^\p{Script=Han}/u.test(s)) kind = 'han';
    out.push({ text: s, start: offset + m.index, end: offset + m.index + s.length, kind });
  }
  return out;
}

const CONNECTORS = new Set(
  'of on for the and or in by to concerning governing regarding relating against with from at upon into over between among within a an'.split(
    ' ',
  ),
);
/** Capitalised words that open a sentence or clause, never a title. */
const STOP_CAPS = new Set(
  'under pursuant according accordance in as during since besides also including such this these that our we it its their all each any both relevant applicable other if when where although upon following accordingly moreover furthermore meanwhile further note notes i mainland save except unless whether details please see refer'.split(
    ' ',
  ),
);

/** Lower-case words that never stand inside a title ("… or its Implementing Regulations"). */
const STOP_WORDS = new Set(
  'its their his her our your my this that these those such other any all some each every no not relevant applicable related certain'.split(
    ' ',
  ),
);

export const isCap = (t: Tok | undefined): boolean => t?.kind === 'word' && /^[A-Z]/.test(t.text);
const isConn = (t: Tok | undefined): boolean =>
  t?.kind === 'word' && CONNECTORS.has(t.text.toLowerCase());
const isLowerWord = (t: Tok | undefined): boolean => t?.kind === 'word' && /^[a-z]/.test(t.text);
const isAndOr = (t: Tok | undefined): boolean =>
  t !== undefined && (/^(and|or)$/i.test(t.text) || t.kind === 'amp');

/** Index of the `(` matching the `)` at `close`, or -1. */
export function matchOpen(toks: readonly Tok[], close: number): number {
  let depth = 0;
  for (let k = close; k >= 0; k--) {
    if (toks[k]!.kind === 'close') depth++;
    else if (toks[k]!.kind === 'open' && --depth === 0) return k;
  }
  return -1;
}

/** Index of the `)` matching the `(` at `open`, or -1. */
export function matchClose(toks: readonly Tok[], open: number): number {
  let depth = 0;
  for (let k = open; k < toks.length; k++) {
    if (toks[k]!.kind === 'open') depth++;
    else if (toks[k]!.kind === 'close' && --depth === 0) return k;
  }
  return -1;
}

export type ParenKind = 'alias' | 'revision' | 'cap' | 'code' | 'trial' | 'han' | 'title' | 'other';

const ALIAS =
  /^(?:collectively\s*,?\s*)?(?:(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as\s+)?)?(?:the\s+)?["“”'‘’](.+?)["“”'‘’]$/is;

/** What a bracket after (or inside) an English title holds. */
export function classifyParen(content: string): { kind: ParenKind; alias?: string; year?: number } {
  const c = content.trim();
  if (hasHan(c)) return { kind: 'han' };
  const alias = ALIAS.exec(c);
  if (alias) return { kind: 'alias', alias: alias[1]!.trim() };
  const year = /\b((?:19|20)\d{2})\b/.exec(c);
  if (year && /revis|amend|edition|version|\brev\b/i.test(c) && c.split(/\s+/).length <= 5) {
    return { kind: 'revision', year: Number(year[1]) };
  }
  if (/^(?:19|20)\d{2}$/.test(c)) return { kind: 'revision', year: Number(c) };
  if (/^(?:cap\.?|chapter)\s*\d+[A-Z]{0,2}\b/i.test(c)) return { kind: 'cap' };
  if (/^(?:(?:law|decree|order|regulation|administrative regulation)\s+)?no\.?\s*[\d/]+$/i.test(c))
    return { kind: 'code' };
  if (/^[A-Z]{1,5}(?:\/[A-Z])?\s*[\d.]+(?:[-–][\d.]+)?$/.test(c)) return { kind: 'code' };
  if (/^(?:for\s+)?(?:trial(?:\s+implementation)?|provisional|interim|draft)$/i.test(c))
    return { kind: 'trial' };
  if (
    /^[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|the|for|on|in|to))*$/.test(c) &&
    c.split(/\s+/).length <= 8
  ) {
    return { kind: 'title' };
  }
  return { kind: 'other' };
}

export interface Span {
  /** token indexes, inclusive */
  from: number;
  to: number;
}

/**
 * Scan left from token `end` (the last word of a title) to the title's left edge: the maximal
 * run of title words; lower-case connectors at the left edge are trimmed. Undefined when the run
 * has no capitalised word.
 */
export function scanLeft(toks: readonly Tok[], end: number): Span | undefined {
  let k = end;
  let from = end + 1;
  const take = (i: number) => {
    from = i;
  };
  for (let n = 0; k >= 0 && n < 60; n++) {
    const t = toks[k]!;
    if (t.kind === 'word') {
      const lower = t.text.toLowerCase();
      if (isCap(t) && !isConn(t)) {
        // a clause opener (Under, Pursuant, Further …) ends the title unless a connector shows
        // it is inside one ("Notice on Further Strengthening …")
        if (STOP_CAPS.has(lower) && !isConn(toks[k - 1])) break;
        take(k);
      } else if (isConn(t)) {
        // "… Law of the PRC or the Anti-Monopoly Law": a title on each side of and/or
        if (isAndOr(t) && startsTitle(toks, k + 1) && headBefore(toks, k)) break;
        take(k);
      } else if (isAndOr(toks[k - 1]) && isCap(toks[k - 2]) && !STOP_WORDS.has(lower)) take(k);
      else break;
      k--;
    } else if (t.kind === 'num' || t.kind === 'amp') {
      take(k);
      k--;
    } else if (t.kind === 'comma') {
      const left = toks[k - 1];
      if (
        isCap(toks[k + 1]) &&
        !isConn(toks[k + 1]) &&
        isCap(left) &&
        !isHead(left!.text) &&
        k < end
      ) {
        take(k);
        k--;
      } else break;
    } else if (t.kind === 'close') {
      const open = matchOpen(toks, k);
      if (open <= 0 || !isCap(toks[open - 1])) break;
      const inner = toks.slice(open + 1, k);
      if (!inner.length || inner.some((x) => x.kind === 'han' || x.kind === 'quote')) break;
      if (inner.length > 8 || !inner.every((x) => isCap(x) || isConn(x) || x.kind === 'num')) break;
      take(open);
      k = open - 1;
    } else break;
  }
  while (from <= end && !(isCap(toks[from]) && !isConn(toks[from]))) from++;
  return from <= end ? { from, to: end } : undefined;
}

/**
 * Extend a title to the right of its head (`Law` → `Law of the PRC on the Prevention and
 * Control of Atmospheric Pollution`): connectors and capitalised words up to a lower-case word,
 * punctuation or a second title ("… Rules and the Takeovers Code" stops before "and").
 * Returns every place the title could end (each capitalised word or inner bracket reached),
 * nearest first; the head itself is not included.
 */
export function extendRight(toks: readonly Tok[], head: number): number[] {
  const ends: number[] = [];
  let k = head + 1;
  while (k < toks.length) {
    const t = toks[k]!;
    if (t.kind === 'word') {
      if (isAndOr(t) && startsTitle(toks, k + 1)) break;
      if (isCap(t) && !isConn(t) && STOP_CAPS.has(t.text.toLowerCase())) break;
      if (isCap(t) && !isConn(t)) ends.push(k);
      else if (
        !isConn(t) &&
        !(
          isAndOr(toks[k - 1]) &&
          isCap(toks[k - 2]) &&
          isCap(toks[k + 1]) &&
          !STOP_WORDS.has(t.text)
        )
      )
        break;
      k++;
    } else if (t.kind === 'num' && isCap(toks[k - 1])) {
      ends.push(k);
      k++;
    } else if (t.kind === 'open') {
      const close = matchClose(toks, k);
      if (close < 0) break;
      const inner = toks.slice(k + 1, close);
      const kind =
        inner.every((x) => isCap(x) || isConn(x) || x.kind === 'num') && inner.length <= 8;
      if (!kind || !isCap(toks[close + 1])) break;
      k = close + 1;
    } else break;
  }
  return ends;
}

/** Is there an instrument head in the title-like run of words ending before `k`? */
function headBefore(toks: readonly Tok[], k: number): boolean {
  for (let i = k - 1; i >= 0 && i >= k - 12; i--) {
    const t = toks[i]!;
    if (t.kind !== 'word' && t.kind !== 'num') return false;
    if (isLowerWord(t) && !isConn(t)) return false;
    if (isCap(t) && isInstrumentHead(t.text)) return true;
  }
  return false;
}

/** Does a new title start at `k` ("the Takeovers Code", "Listing Rules")? A head before any connector. */
function startsTitle(toks: readonly Tok[], k: number): boolean {
  let i = k;
  if (toks[i]?.text.toLowerCase() === 'the') i++;
  for (; i < toks.length && isCap(toks[i]) && !isConn(toks[i]); i++) {
    if (isInstrumentHead(toks[i]!.text)) return true;
  }
  return false;
}

/** Capitalised words of a span (for head agreement). */
export function spanWords(toks: readonly Tok[], span: Span): string[] {
  return toks
    .slice(span.from, span.to + 1)
    .filter((t) => t.kind === 'word')
    .map((t) => t.text);
}

/** The text of a span as written, whitespace collapsed, PDF artifacts repaired. */
export function spanText(text: string, toks: readonly Tok[], span: Span, offset = 0): string {
  return cleanEnglish(text.slice(toks[span.from]!.start - offset, toks[span.to]!.end - offset));
}

/**
 * Repair what PDF extraction does to English titles: line breaks and runs of spaces → one
 * space, hyphenated line ends joined, curly apostrophes straightened, "Peoples Republic" →
 * "People's Republic".
 */
export function cleanEnglish(s: string): string {
  return s
    .replace(/([a-z])-\s*\n\s*([a-z])/g, '$1$2')
    .replace(/\s+/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/\bPeoples'?\s+Republic\b/g, "People's Republic")
    .replace(/\s+([),])/g, '$1')
    .replace(/\(\s+/g, '(')
    .trim();
}

const PRC_TAIL = /^(.+?)\s+of\s+(?:the\s+)?(?:PRC|P\.R\.C\.?|People's Republic of China)$/;
const PRC_HEAD = /^(?:the\s+)?PRC\s+(.+)$/;
const PRC_MID =
  /^(.+?)\s+of\s+(?:the\s+)?(?:PRC|P\.R\.C\.?|People's Republic of China)\s+((?:on|for|concerning|governing)\s.+)$/;

/**
 * Other spellings of a PRC title that filings use: "Company Law of the People's Republic of
 * China" → "Company Law of the PRC", "PRC Company Law"; "Law of the PRC on X" → "Law of the
 * People's Republic of China on X".
 */
export function prcAliases(en: string): string[] {
  const out: string[] = [];
  const tail = PRC_TAIL.exec(en);
  const headForm = PRC_HEAD.exec(en);
  const mid = PRC_MID.exec(en);
  const core = tail?.[1] ?? headForm?.[1];
  if (core)
    out.push(`${core} of the People's Republic of China`, `${core} of the PRC`, `PRC ${core}`);
  if (mid)
    out.push(
      `${mid[1]} of the People's Republic of China ${mid[2]}`,
      `${mid[1]} of the PRC ${mid[2]}`,
    );
  return out.filter((a) => a !== en);
}
