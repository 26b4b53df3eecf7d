/**
 * The context of a name in Chinese text folded by `foldZhText` (Simplified, ASCII brackets,
 * same length as the text): word boundaries (jieba, via the lexicon's shared lazy wrapper, on
 * a window with PDF spaces removed), what comes before and after a name, and the script to
 * report Chinese titles in. Pure apart from jieba's lazy load.
 */
import { chineseWords } from '../lexicon/chinese.js';
import { chineseScript } from '../text/opencc.js';

export const isSpace = (c: string | undefined) => c !== undefined && /[\s\u200b]/u.test(c);
/** Characters at which a name cannot continue: punctuation, brackets, quotes, line ends. */
export const HARD = /[\n。，、；：！？,;:!?()《》〈〉「」『』“”"'‘’…—·]/u;
const WORDISH = /[\p{Script=Han}\p{L}\d]/u;
export const LATIN = /[A-Za-z0-9]/;

/** Frequent characters only Simplified text has (个, 们, 这 …). */
const SIMPLIFIED_ONLY = new Set(
  '这个们来为国说时会对过发种经么学现当没动还进样开从实军无与长机关点业将两间问应战头体见产话内给门儿东声员论处义认条气题别变总电数报结务场计资许统区队决马书则听却达强难权设记类据边张该规万觉术领确传师观让识带导争运飞风联组济车亲极办议证转准远单罗爱击备连调质团价党华级离况亚请际约复线断满',
);

/**
 * The script to report Chinese titles in: Simplified only when the text shows it (no
 * Traditional-only characters and some Simplified-only ones); HK filings are the default.
 */
export function scriptOf(text: string): 'hant' | 'hans' {
  if (chineseScript(text) !== 'hans') return 'hant';
  let n = 0;
  for (const ch of text.length > 20000 ? text.slice(0, 20000) : text) {
    if (SIMPLIFIED_ONLY.has(ch) && ++n >= 2) return 'hans';
  }
  return 'hant';
}

export function blankLine(folded: string, j: number): boolean {
  if (folded[j] !== '\n') return false;
  for (let k = j + 1; k < folded.length; k++) {
    const c = folded[k]!;
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  return true;
}

/** The next `count` non-space characters from `from`. */
export function ahead(folded: string, from: number, count: number): string {
  let out = '';
  for (let k = from; k < folded.length && out.length < count; k++) {
    if (!isSpace(folded[k])) out += folded[k];
  }
  return out;
}

/** The `count` non-space characters before `at`. */
function behind(folded: string, at: number, count = 4): string {
  let out = '';
  for (let k = at - 1; k >= 0 && out.length < count; k--) {
    if (!isSpace(folded[k])) out = folded[k] + out;
  }
  return out;
}

/** Words that introduce a cited name (folded). */
export const TRIGGER_WORDS = '根据|依照|按照|遵守|遵照|遵循|符合|依据|违反|参照|适用|基于|援引';
const AFTER_TRIGGER = new RegExp(`(?:${TRIGGER_WORDS})$`, 'u');

export function prevNonSpace(folded: string, at: number): string {
  for (let k = at - 1; k >= 0; k--) if (!isSpace(folded[k])) return folded[k]!;
  return '';
}

/** 法 + these is another word: 法律, 法規 (not 法規定), 法人, 法定, 法院 … */
export const AFTER_FA = /^(?:律|规(?!定|则|范)|人|定|院|务|官|制|治|庭|学|案|理|令|典|宝)/u;
export const AFTER_IMPLEMENTING = /^(?:实施(?:条例|细则|办法|规定)|暂行)/u;

export const FOLLOW =
  /^(?:及|和|与|或|的|第|之|等|项下|中|所|并|已|为|在|对|规定|有关|相关|而|时|后|以)/u;

/**
 * Do offsets s and (when `checkStart`) e fall between words? Punctuation, quotes and line ends
 * are boundaries; otherwise jieba decides, on a window of the clause around the name with
 * spaces (PDF artefacts) removed.
 */
export function atBoundaries(folded: string, s: number, e: number, checkStart: boolean): boolean {
  const before = prevNonSpace(folded, s);
  const after = ahead(folded, e, 2);
  // after 根據 / 依照 …: jieba may glue the trigger to the name (根據地產… → 根据地/产)
  const startHard = before === '' || HARD.test(before) || AFTER_TRIGGER.test(behind(folded, s));
  // jieba glues a name's last character to some function words (法及, 法的): words that
  // follow names end them
  const endHard = after === '' || HARD.test(after[0]!) || FOLLOW.test(after);
  if ((startHard || !checkStart) && endHard) return true;
  let ws = s;
  for (let k = 0; k < 12 && ws > 0 && !HARD.test(folded[ws - 1]!); k++) ws--;
  let we = e;
  for (let k = 0; k < 12 && we < folded.length && !HARD.test(folded[we]!); k++) we++;
  let compact = '';
  let cs = -1;
  let ce = -1;
  for (let k = ws; k <= we; k++) {
    if (k === s) cs = compact.length;
    if (k === e) ce = compact.length;
    if (k < we && !isSpace(folded[k])) compact += folded[k];
  }
  const bounds = new Set<number>([0, compact.length]);
  for (let k = 0; k < compact.length; k++) {
    if (!WORDISH.test(compact[k]!)) {
      bounds.add(k);
      bounds.add(k + 1);
    }
  }
  let p = 0;
  for (const w of chineseWords(compact, { folded: true })) {
    const at = compact.indexOf(w, p);
    if (at < 0) continue;
    bounds.add(at);
    bounds.add(at + w.length);
    p = at + w.length;
  }
  return (!checkStart || startHard || bounds.has(cs)) && (endHard || bounds.has(ce));
}
