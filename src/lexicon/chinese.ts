/**
 * Chinese words for lexical matching: nodejieba `cut(text, true)` on width-folded, Simplified
 * text. nodejieba is loaded on first use with the reduced dictionaries built by
 * `npm run build` into build/data/jieba/ (loading its full default dictionaries takes about
 * 1.5 s and 280 MB; the reduced set keeps jieba's word probabilities and loads several times
 * faster). Falls back to nodejieba's own dictionaries when the build has not been run.
 * Traditional text is folded to Simplified first, by the character table of the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildDataPath } from '../paths.js';
import { foldWidth } from '../text/fold.js';
import { toSimplified } from '../text/opencc.js';
import { hasHan } from '../text/script.js';

interface Jieba {
  load(options?: Record<string, string>): void;
  cut(text: string, hmm?: boolean): string[];
  insertWord(word: string, tag?: string): boolean;
}

/** Files of the reduced jieba dictionary set, relative to build/data. */
export const JIEBA_FILES = {
  dict: 'jieba/dict.utf8',
  hmmDict: 'jieba/hmm_model.utf8',
  userDict: 'jieba/user.utf8',
  idfDict: 'jieba/idf.utf8',
  stopWordDict: 'jieba/stop_words.utf8',
} as const;

let jieba: Jieba | undefined;
const inserted = new Set<string>();

function getJieba(): Jieba {
  if (jieba) return jieba;
  const require = createRequire(import.meta.url);
  const j = require('nodejieba') as Jieba;
  const options: Record<string, string> = {};
  let complete = true;
  for (const [k, file] of Object.entries(JIEBA_FILES)) {
    const p = buildDataPath(file);
    if (existsSync(p)) options[k] = p;
    else complete = false;
  }
  j.load(complete ? options : undefined);
  jieba = j;
  return j;
}

/** Load jieba now (it is otherwise loaded on first use); returns the milliseconds it took. */
export function loadJieba(): number {
  const t = performance.now();
  getJieba();
  return performance.now() - t;
}

/** Teach jieba words it must not cut (glossary terms, law names); Simplified forms. */
export function addWords(words: Iterable<string>): void {
  const j = getJieba();
  for (const w of words) {
    if (w.length < 2 || inserted.has(w) || /\s/.test(w)) continue;
    inserted.add(w);
    j.insertWord(w);
  }
}

let t2s: Map<number, number> | null | undefined;

/** The character table built by `npm run build` (build/data/zh-t2s.txt), if any. */
function t2sTable(): Map<number, number> | null {
  if (t2s !== undefined) return t2s;
  const path = buildDataPath(T2S_FILE);
  if (!existsSync(path)) {
    t2s = null;
    return t2s;
  }
  const pairs = readFileSync(path, 'utf8').trim();
  const map = new Map<number, number>();
  for (let i = 0; i + 1 < pairs.length; i += 2)
    map.set(pairs.charCodeAt(i), pairs.charCodeAt(i + 1));
  t2s = map;
  return t2s;
}

export const T2S_FILE = 'zh-t2s.txt';

/**
 * Width-folded Simplified text, same length as the input: by a character table when the build
 * made one (fast; characters outside the Basic Multilingual Plane are kept), else OpenCC.
 */
export function foldChinese(text: string): string {
  const table = t2sTable();
  const w = foldWidth(text);
  if (!table) return toSimplified(w);
  let out = '';
  let from = 0;
  for (let i = 0; i < w.length; i++) {
    const c = table.get(w.charCodeAt(i));
    if (c === undefined) continue;
    out += w.slice(from, i) + String.fromCharCode(c);
    from = i + 1;
  }
  return from === 0 ? w : out + w.slice(from);
}

const WORDISH = /[\p{Script=Han}\p{L}\d]/u;

/** Words of a Chinese text (folded first); punctuation and spaces dropped. */
export function chineseWords(text: string, options: { folded?: boolean } = {}): string[] {
  const folded = options.folded ? text : foldChinese(text);
  const out: string[] = [];
  for (const w of getJieba().cut(folded, true)) {
    if (WORDISH.test(w)) out.push(w.trim());
  }
  return out.filter(Boolean);
}

/** Function words with no lexical value in alignment. */
export const ZH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    '的 地 得 了 着 过 是 在 和 与 及 或 也 就 都 而 把 被 之 于 以 对 为 这 那 个 其 此 等 ' +
    '我 你 他 她 它 们 我们 你们 他们 她们 它们 咱们 自己 啊 吧 呢 吗 嘛 呀 哦 么 ' +
    '又 还 却 便 则 即 并 且 但 但是 而且 因为 所以 如果 虽然 可是 只是 一个 这个 那个 这样 那样 ' +
    '什么 怎么 有 没 没有 不 很 最 太 更 已 已经 将 会 要 能 可以 来 去 上 下 中 里'
  ).split(/\s+/),
);

/** True for a word made only of Han characters. */
export function isHanWord(w: string): boolean {
  for (const ch of w) if (!hasHan(ch)) return false;
  return w.length > 0;
}
