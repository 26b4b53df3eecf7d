/**
 * PDF reader: pdf.js (legacy build, for Node) extracts the positioned text of each page, then
 * pdf-layout.ts rebuilds lines, paragraphs, columns and tables. pdf.js gets the paths of its
 * CMaps and standard font data inside the installed package (offline, no fetch): without the
 * CMaps, Chinese set in non-embedded CID fonts (MSung-Light + UniCNS-UCS2-H and the like, common
 * in Hong Kong filings) is silently dropped. In Node pdf.js runs its worker code in the same
 * thread (a "fake worker": GlobalWorkerOptions.workerSrc defaults to the bundled
 * pdf.worker.mjs), so nothing needs configuring. Encrypted, damaged or text-less PDFs give an
 * InputError.
 */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { InputError } from '../errors.js';
import { type LayoutOptions, layoutPages, type PdfItem } from './pdf-layout.js';
import type { Reader } from './read.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | undefined;
let dataDir: string | undefined;

/** The installed pdfjs-dist folder, found at run time (works from src/ and dist/ alike). */
function pdfjsDir(): string {
  if (!dataDir) {
    const require = createRequire(import.meta.url);
    dataDir = dirname(require.resolve('pdfjs-dist/package.json'));
  }
  return dataDir;
}

/** Options pointing pdf.js at its own data files; exported for the tests (CMaps on or off). */
export function pdfjsDataOptions(): {
  cMapUrl: string;
  cMapPacked: boolean;
  standardFontDataUrl: string;
  wasmUrl: string;
} {
  const dir = pdfjsDir();
  // pdf.js in Node reads these with fs.readFile(base + name): file paths with a trailing separator.
  return {
    cMapUrl: join(dir, 'cmaps') + sep,
    cMapPacked: true,
    standardFontDataUrl: join(dir, 'standard_fonts') + sep,
    wasmUrl: join(dir, 'wasm') + sep,
  };
}

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/**
 * A PDF starts with `%PDF-`; readers also accept the header a little later (within the first KB)
 * when the file ends like a PDF.
 */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const at = buf.subarray(0, 1024).indexOf('%PDF-', 0, 'latin1');
  if (at === 0) return true;
  if (at < 0) return false;
  const tail = buf.subarray(Math.max(0, buf.length - 2048));
  return tail.indexOf('%%EOF', 0, 'latin1') >= 0 || tail.indexOf('startxref', 0, 'latin1') >= 0;
}

function explain(err: unknown, file: string): InputError {
  if (err instanceof InputError) return err;
  const e = err as { name?: string; message?: string; code?: number };
  if (e.name === 'PasswordException') {
    return new InputError(
      e.code === 2
        ? 'PDF password is incorrect'
        : 'is a password-protected (encrypted) PDF; remove the password and try again',
      { file },
    );
  }
  if (e.name === 'InvalidPDFException') {
    return new InputError('is not a valid PDF (damaged or truncated file)', { file });
  }
  const message = (e.message ?? String(err)).replace(/\s+/g, ' ').trim();
  return new InputError(`cannot read PDF (damaged file?): ${message}`, { file });
}

interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
}

/** Direction of an item's baseline in quarter turns (0 → horizontal), or -1 for other angles. */
function quarterTurns(a: number, b: number): number {
  const deg = (Math.atan2(b, a) * 180) / Math.PI;
  const q = Math.round(deg / 90);
  return Math.abs(deg - q * 90) < 2 ? (q + 4) % 4 : -1;
}

/**
 * Text items of one page, in the page's reading frame. A page whose text is mostly turned by a
 * quarter turn (a landscape table drawn rotated) is turned back; text at any other angle
 * (diagonal watermarks, vertical side labels) is left out.
 */
function pageItems(raw: RawItem[]): PdfItem[] {
  const weight = [0, 0, 0, 0];
  for (const r of raw) {
    if (!r.str?.trim() || !r.transform) continue;
    const q = quarterTurns(r.transform[0]!, r.transform[1]!);
    if (q >= 0) weight[q]! += r.str.length;
  }
  const turn = weight.indexOf(Math.max(...weight));
  const [cos, sin] = [
    [1, 0],
    [0, 1],
    [-1, 0],
    [0, -1],
  ][turn]!;
  const out: PdfItem[] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    if (!r.str || !r.transform) continue;
    const [a, b, c, d, px, py] = r.transform as [number, number, number, number, number, number];
    if (quarterTurns(a, b) !== turn) continue;
    // rotate by -turn: the baseline becomes horizontal, left to right
    const e = px * cos! + py * sin!;
    const f = -px * sin! + py * cos!;
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    const width = r.width ?? 0;
    const space = (x: number, w: number) =>
      out.push({ str: ' ', x, y: f, width: w, size, space: true });
    if (!/\S/.test(r.str)) {
      // a space glyph: a word boundary the layout keeps, even between CJK characters
      if (/[ \u00a0\u3000]/.test(r.str)) space(e, width);
      continue;
    }
    // Keep item edges on ink: leading and trailing spaces become space items of their own.
    const per = width / r.str.length;
    const lead = r.str.length - r.str.trimStart().length;
    const trail = r.str.length - r.str.trimEnd().length;
    const str = r.str.trim();
    const x = e + lead * per;
    const w = width - (lead + trail) * per;
    // Text drawn twice at (nearly) the same place, a poor man's bold: keep one.
    const key = `${str}@${Math.round(x)},${Math.round(f)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (lead) space(e, lead * per);
    out.push({ str, x, y: f, width: w, size });
    if (trail) space(x + w, trail * per);
  }
  return out;
}

/** Text of a PDF, pages separated by form feeds. Throws InputError for unreadable PDFs. */
export async function extractPdfText(
  bytes: Uint8Array,
  file: string,
  options: { cmaps?: boolean } & LayoutOptions = {},
): Promise<string> {
  const lib = await loadPdfJs();
  const data = options.cmaps === false ? {} : pdfjsDataOptions();
  const task = lib.getDocument({
    // pdf.js takes ownership of (detaches) the buffer: give it a copy
    data: new Uint8Array(bytes),
    ...data,
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    // a damaged content stream is an error, not a page quietly missing from the text
    stopAtErrors: true,
  });
  try {
    const doc = await task.promise;
    const pages: PdfItem[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageItems(content.items as RawItem[]));
      page.cleanup();
    }
    if (!pages.some((p) => p.length)) {
      throw new InputError(
        `PDF has no text layer (${doc.numPages} page${doc.numPages === 1 ? '' : 's'} of images?); run OCR on it first`,
        { file },
      );
    }
    return layoutPages(pages, { languageColumns: options.languageColumns });
  } catch (err) {
    throw explain(err, file);
  } finally {
    await task.destroy();
  }
}

export const pdfReader: Reader = {
  name: 'pdf',
  accepts: (bytes) => looksLikePdf(bytes),
  async read(bytes, path, options) {
    const languageColumns = options.languageColumns;
    return { path, text: await extractPdfText(bytes, path, { languageColumns }), format: 'pdf' };
  },
};
