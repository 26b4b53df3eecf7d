/** Types of pdf-writer.mjs, for the tests that build PDFs on the fly. */
export declare function isLatin(ch: string): boolean;
export declare function measure(text: string, size: number, bold?: boolean): number;
export declare class Page {
  /** raw content-stream operators, in drawing order */
  ops: string[];
  run(
    x: number,
    y: number,
    text: string,
    font: 'F1' | 'F2' | 'C1',
    size: number,
    wordSpacing?: number,
  ): void;
  text(
    x: number,
    y: number,
    text: string,
    options?: { size?: number; bold?: boolean; wordSpacing?: number },
  ): number;
  rule(x: number, y: number, x2: number, y2?: number): void;
}
export declare class PdfDocument {
  constructor(options?: {
    width?: number;
    height?: number;
    cjk?: 'tc' | 'sc';
    encrypt?: { user?: string; owner?: string };
  });
  width: number;
  height: number;
  pages: Page[];
  addPage(): Page;
  toBytes(): Uint8Array;
}
