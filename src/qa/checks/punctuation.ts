/**
 * `punctuation`: end punctuation compared by class, not by code point (. ↔ 。, ? ↔ ？, ! ↔ ！,
 * : ↔ ：, ; ↔ ；; a Chinese sentence ending in ， where the English ends in "." is flagged), after
 * closing brackets and quotes and a list item's trailing "and"/"or" (及/或) are set aside;
 * brackets and quotes left unpaired on one side ( （ without ）, 「 without 」 ), half- and
 * full-width brackets counting as one kind; and runs of two or more spaces in the input text
 * (not in table rows or headings, where spacing is layout).
 */
import type { Check } from '../check.js';
import type { CheckContext, PairView } from '../context.js';
import { charMap } from '../offsets.js';
import type { Piece, Report, Span } from '../types.js';

type EndClass = 'stop' | 'question' | 'exclaim' | 'colon' | 'semicolon' | 'comma' | 'ellipsis';

const END_CLASS: Record<string, EndClass> = {
  '.': 'stop',
  '。': 'stop',
  '．': 'stop',
  '｡': 'stop',
  '?': 'question',
  '？': 'question',
  '!': 'exclaim',
  '！': 'exclaim',
  ':': 'colon',
  '：': 'colon',
  ';': 'semicolon',
  '；': 'semicolon',
  ',': 'comma',
  '，': 'comma',
  '、': 'comma',
  '…': 'ellipsis',
};

const CLASS_NAMES: Record<EndClass, string> = {
  stop: 'a full stop',
  question: 'a question mark',
  exclaim: 'an exclamation mark',
  colon: 'a colon',
  semicolon: 'a semicolon',
  comma: 'a comma',
  ellipsis: 'an ellipsis',
};

const CLOSERS = /[”’"'」』）)\]】》〉\s]+$/u;
const LIST_TAIL = /(?:[\s,;]+(?:and|or)|及|或|以及|和)$/u;

/** The end punctuation of a text: its class and where it stands, or undefined. */
export function endPunctuation(text: string): { cls: EndClass; at: number } | undefined {
  let t = text.replace(/\s+$/u, '');
  for (let i = 0; i < 3; i++) {
    const before = t;
    t = t.replace(LIST_TAIL, '').replace(/\s+$/u, '');
    const last = t[t.length - 1];
    if (last && END_CLASS[last]) return { cls: END_CLASS[last], at: t.length - 1 };
    t = t.replace(CLOSERS, '');
    if (t === before) break;
  }
  return undefined;
}

const OPEN: Record<string, string> = {
  '(': 'paren',
  '（': 'paren',
  '[': 'square',
  '［': 'square',
  '【': 'lenticular',
  '〔': 'tortoise',
  '「': 'corner',
  '『': 'white-corner',
  '《': 'title',
  '〈': 'angle',
  '“': 'curly',
};
const CLOSE: Record<string, string> = {
  ')': 'paren',
  '）': 'paren',
  ']': 'square',
  '］': 'square',
  '】': 'lenticular',
  '〕': 'tortoise',
  '」': 'corner',
  '』': 'white-corner',
  '》': 'title',
  '〉': 'angle',
  '”': 'curly',
};

const BRACKETS = /[()（）[\]［］【】〔〕「」『』《》〈〉“”]/gu;

/** Brackets and quotes without a partner: their offsets and characters. */
export function unpaired(text: string): { at: number; ch: string; kind: string }[] {
  const stack: { at: number; ch: string; kind: string }[] = [];
  const bad: { at: number; ch: string; kind: string }[] = [];
  // a list marker "a)" / "1)" / "ii)" at the start closes nothing
  const marker = /^\s*(?:[a-z]|\d{1,2}|[ivx]{1,4})\)/i.exec(text);
  BRACKETS.lastIndex = marker ? marker[0].length : 0;
  for (let m = BRACKETS.exec(text); m; m = BRACKETS.exec(text)) {
    const i = m.index;
    const ch = m[0];
    const open = OPEN[ch];
    if (open) {
      stack.push({ at: i, ch, kind: open });
      continue;
    }
    const close = CLOSE[ch];
    if (!close) continue;
    const k = stack.map((s) => s.kind).lastIndexOf(close);
    if (k < 0) bad.push({ at: i, ch, kind: close });
    else stack.splice(k);
  }
  return [...bad, ...stack].sort((a, b) => a.at - b.at);
}

const BRACKET_NAMES: Record<string, string> = {
  paren: 'parenthesis',
  square: 'square bracket',
  lenticular: 'bracket',
  tortoise: 'bracket',
  corner: 'quotation mark',
  'white-corner': 'quotation mark',
  title: 'title mark',
  angle: 'title mark',
  curly: 'quotation mark',
};

function endReport(p: PairView, ctx: CheckContext): Report | undefined {
  const kinds = [...p.en.kinds, ...p.zh.kinds];
  if (kinds.includes('heading') || kinds.includes('table-row')) return undefined;
  const e = endPunctuation(p.en.text);
  const z = endPunctuation(p.zh.text);
  if (!e || !z || e.cls === z.cls) return undefined;
  const src = ctx.input.source.lang === 'en' ? e : z;
  const tgt = ctx.input.source.lang === 'en' ? z : e;
  const [srcName, tgtName] =
    ctx.input.source.lang === 'en' ? ['English', 'Chinese'] : ['Chinese', 'English'];
  const message =
    tgt.cls === 'comma' && src.cls === 'stop'
      ? `the ${tgtName} sentence ends with a comma where the ${srcName} ends with a full stop`
      : `the ${srcName} ends with ${CLASS_NAMES[src.cls]}, the ${tgtName} with ${CLASS_NAMES[tgt.cls]}`;
  return { pair: p.index, message, en: [e.at, e.at + 1], zh: [z.at, z.at + 1] };
}

function bracketReports(p: PairView): Report[] {
  const out: Report[] = [];
  const e = unpaired(p.en.text);
  const z = unpaired(p.zh.text);
  for (const [side, list, other] of [
    ['en', e, z],
    ['zh', z, e],
  ] as const) {
    for (const u of list) {
      // unbalanced on both sides: a quotation running over two sentences
      if (other.some((o) => o.kind === u.kind)) continue;
      const name = BRACKET_NAMES[u.kind] ?? 'bracket';
      const opening = Boolean(OPEN[u.ch]);
      const message = `${side === 'en' ? 'the English' : 'the Chinese'} has ${u.ch} without its ${opening ? 'closing' : 'opening'} ${name}`;
      out.push(
        side === 'en'
          ? { pair: p.index, message, en: [u.at, u.at + 1] }
          : { pair: p.index, message, zh: [u.at, u.at + 1] },
      );
    }
  }
  return out;
}

/** Two or more spaces between words (after a list marker or a bracket they are layout). */
const SPACES = /(?<=[\p{L}\p{N},.;:])[ \u00a0\u2002-\u200a\u202f\u3000]{2,}(?=[\p{L}\p{N}])/gu;

const MARKER = /^\s*(?:\(?[A-Za-z0-9]{1,4}[.)]|[•·▪‧*-]|第?[一二三四五六七八九十]+[、.])$/u;

/** Double spaces in the input a piece came from, as spans of the pair text around them. */
function doubleSpaces(pieces: readonly Piece[]): Span[] {
  const out: Span[] = [];
  for (const piece of pieces) {
    const raw = piece.raw ?? piece.text;
    if (raw.includes('\t')) continue;
    const map = piece.raw === undefined ? undefined : charMap(piece.text, piece.raw);
    for (const m of raw.matchAll(SPACES)) {
      const rs = m.index;
      const re = rs + m[0].length;
      // "1.   30% of …", "(a)  the …": spacing after a list marker is layout
      const lineStart = raw.lastIndexOf('\n', rs) + 1;
      if (MARKER.test(raw.slice(lineStart, rs))) continue;
      let s: number;
      let e: number;
      if (map) {
        // the pair-text characters just before and after the run
        let i = 0;
        while (i < piece.text.length && map[i]! < rs) i++;
        let j = i;
        while (j < piece.text.length && map[j]! < re) j++;
        s = Math.max(0, i - 1);
        e = Math.min(piece.text.length, j + 1);
      } else {
        s = Math.max(0, rs - 1);
        e = Math.min(raw.length, re + 1);
      }
      out.push([piece.at + s, piece.at + e]);
    }
  }
  return out;
}

function spaceReports(p: PairView, ctx: CheckContext): Report[] {
  const out: Report[] = [];
  const enIsSource = ctx.input.source.lang === 'en';
  for (const side of ['en', 'zh'] as const) {
    const view = p[side];
    if (view.kinds.includes('table-row') || view.kinds.includes('heading')) continue;
    const pieces = (side === 'en') === enIsSource ? p.pair.srcPieces : p.pair.tgtPieces;
    for (const span of doubleSpaces(pieces)) {
      const message = `double space in ${side === 'en' ? 'the English' : 'the Chinese'}`;
      out.push(
        side === 'en' ? { pair: p.index, message, en: span } : { pair: p.index, message, zh: span },
      );
    }
  }
  return out;
}

function run(ctx: CheckContext): Report[] {
  const out: Report[] = [];
  for (const p of ctx.pairs) {
    if (!p.en.text.trim() || !p.zh.text.trim()) continue;
    const end = endReport(p, ctx);
    if (end) out.push(end);
    out.push(...bracketReports(p));
    out.push(...spaceReports(p, ctx));
  }
  return out;
}

export const punctuation: Check = {
  name: 'punctuation',
  description:
    'end punctuation by class (. 。, ? ？, : ：, ; ；), unpaired brackets and quotes, double spaces',
  severity: 'warning',
  enabled: true,
  run,
};
