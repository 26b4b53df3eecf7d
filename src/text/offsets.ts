/**
 * Building a transformed string while remembering, for every code unit of the result, which
 * code unit of the original it came from. Inserted characters (a space joining two lines) point
 * at the character they replace; deleted characters simply have no image.
 */

export interface MappedText {
  text: string;
  /** map[i] = offset in the original text of result code unit i */
  map: Int32Array;
}

export class MappedTextBuilder {
  private parts: string[] = [];
  private offsets: number[] = [];
  private length = 0;

  /** Copy `original.slice(start, end)` unchanged. */
  copy(original: string, start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(original.slice(start, end));
    for (let i = start; i < end; i++) this.offsets.push(i);
    this.length += end - start;
  }

  /** Emit `text`, every code unit of it standing for the original character at `at`. */
  insert(text: string, at: number): void {
    if (!text) return;
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.offsets.push(at);
    this.length += text.length;
  }

  /** Append an already mapped text. */
  append(m: MappedText): void {
    if (!m.text) return;
    this.parts.push(m.text);
    for (let i = 0; i < m.map.length; i++) this.offsets.push(m.map[i]!);
    this.length += m.text.length;
  }

  /** Remove the last `n` code units. */
  truncate(n: number): void {
    let left = Math.min(n, this.length);
    this.length -= left;
    this.offsets.length = this.length;
    while (left > 0) {
      const last = this.parts.pop()!;
      if (last.length > left) {
        this.parts.push(last.slice(0, last.length - left));
        left = 0;
      } else left -= last.length;
    }
  }

  get size(): number {
    return this.length;
  }

  /** The last emitted code unit, or '' */
  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1]! : '';
  }

  build(): MappedText {
    return { text: this.parts.join(''), map: Int32Array.from(this.offsets) };
  }
}

/** Original [start, end) of the mapped range [from, to) (to > from). */
export function originalSpan(
  m: MappedText,
  from: number,
  to: number,
): { start: number; end: number } {
  return { start: m.map[from]!, end: m.map[to - 1]! + 1 };
}

/** Trim whitespace from a range of a mapped text; returns the narrowed [from, to). */
export function trimRange(text: string, from: number, to: number): [number, number] {
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return [from, to];
}
