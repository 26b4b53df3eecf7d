/** Cutting decoded text into lines, remembering offsets and page breaks (form feeds). */

export interface Line {
  /** offset of the first character of the line's content */
  start: number;
  /** offset just past the content (before the line break) */
  end: number;
  /** 0-based page, counted by form feeds */
  page: number;
  /** true for empty or whitespace-only lines */
  blank: boolean;
  /** set by furniture detection: a running header/footer or page number, not part of the text */
  furniture?: boolean;
}

/** Lines of `text`; \r\n, \r, \n, U+2028/2029 end a line, a form feed ends a line and a page. */
export function scanLines(text: string): Line[] {
  const lines: Line[] = [];
  let page = 0;
  let start = 0;
  const push = (end: number) => {
    const blank = !/\S/.test(text.slice(start, end));
    lines.push({ start, end, page, blank });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
      // A form feed at the very start of a line begins a new page without an empty line.
      push(i);
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    } else if (c === 0x0c) {
      if (i > start && /\S/.test(text.slice(start, i))) push(i);
      page++;
      start = i + 1;
    }
  }
  if (start < text.length) push(text.length);
  return lines;
}

export function lineText(text: string, line: Line): string {
  return text.slice(line.start, line.end);
}
