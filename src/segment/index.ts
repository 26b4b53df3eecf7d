/**
 * `split`: decoded text → segments (sentences, headings, list items, table rows) with offsets
 * into the text. Blocks first (lines joined, page furniture left out), then sentences per block,
 * each block in its own language when `lang` is 'auto'.
 */
import { scanLines } from '../text/lines.js';
import { detectLang } from '../text/script.js';
import type { Lang, Segment, SegmentKind } from '../types.js';
import { buildBlocks } from './blocks.js';
import { splitEnglish } from './en.js';
import { markerAt } from './markers.js';
import { splitChinese } from './zh.js';

export interface SplitOptions {
  /** 'auto' (default) decides per paragraph */
  lang?: Lang | 'auto';
  /** end Chinese sentences at ；too */
  zhSemicolon?: boolean;
  /** every input line is already one segment */
  presplit?: boolean;
}

export function split(text: string, options: SplitOptions = {}): Segment[] {
  return options.presplit ? splitLines(text, options) : splitBlocks(text, options);
}

function splitBlocks(text: string, options: SplitOptions): Segment[] {
  const segments: Segment[] = [];
  buildBlocks(text).forEach((block, paragraph) => {
    const lang: Lang =
      options.lang === 'en' || options.lang === 'zh' ? options.lang : detectLang(block.text);
    const whole = block.kind === 'heading' || block.kind === 'table-row';
    const ranges: [number, number][] = whole
      ? [[0, block.text.length]]
      : lang === 'zh'
        ? splitChinese(block.text, { semicolon: options.zhSemicolon })
        : splitEnglish(block.text);
    ranges.forEach(([s, e], k) => {
      const kind: SegmentKind =
        block.kind === 'paragraph'
          ? 'sentence'
          : block.kind === 'list-item' && k > 0
            ? 'sentence'
            : block.kind;
      segments.push({
        id: segments.length,
        text: block.text.slice(s, e),
        start: block.map[s]!,
        end: block.map[e - 1]! + 1,
        paragraph,
        kind,
        lang,
      });
    });
  });
  return segments;
}

/** --presplit: one segment per non-blank line; blank lines separate paragraphs. */
function splitLines(text: string, options: SplitOptions): Segment[] {
  const segments: Segment[] = [];
  let paragraph = 0;
  let sawText = false;
  for (const line of scanLines(text)) {
    if (line.blank) {
      if (sawText) paragraph++;
      sawText = false;
      continue;
    }
    let s = line.start;
    let e = line.end;
    while (/\s/.test(text[s]!)) s++;
    while (/\s/.test(text[e - 1]!)) e--;
    const t = text.slice(s, e);
    const lang: Lang =
      options.lang === 'en' || options.lang === 'zh' ? options.lang : detectLang(t);
    segments.push({
      id: segments.length,
      text: t,
      start: s,
      end: e,
      paragraph,
      kind: markerAt(t) ? 'list-item' : 'sentence',
      lang,
    });
    sawText = true;
  }
  return segments;
}
