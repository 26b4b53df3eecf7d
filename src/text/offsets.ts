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
  private offsets = new Int32Array(64);
  private length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.offsets.length) return;
    let size = this.offsets.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.offsets.subarray(0, this.length));
    this.offsets = grown;
  }

  /** Copy `original.slice(start, end)` unchanged. */
  copy(original: string, start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(original.slice(start, end));
    this.reserve(end - start);
    for (let i = start; i < end; i++) this.offsets[this.length++] = i;
  }

  /** Emit `text`, every code unit of it standing for the original character at `at`. */
  insert(text: string, at: number): void {
    if (!text) return;
    this.parts.push(text);
    this.reserve(text.length);
    this.offsets.fill(at, this.length, this.length + text.length);
    this.length += text.length;
  }

  /** Append an already mapped text. */
  append(m: MappedText): void {
    if (!m.text) return;
    this.parts.push(m.text);
    this.reserve(m.map.length);
    this.offsets.set(m.map, this.length);
    this.length += m.map.length;
  }

  /** Remove the last `n` code units. */
  truncate(n: number): void {
    let left = Math.min(n, this.length);
    this.length -= left;
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
    return { text: this.parts.join(''), map: this.offsets.slice(0, this.length) };
  }
}
