/**
 * Byte decoding with automatic detection of the encodings Hong Kong and mainland filings come in:
 * UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, Big5 and GB18030.
 */
import { createRequire } from 'node:module';
import { InputError } from '../errors.js';
import { commonHanziScore } from './hanzi-frequency.js';

export interface Decoded {
  text: string;
  /** WHATWG encoding label actually used */
  encoding: string;
  /** true when a byte-order mark was found (and removed) */
  bom: boolean;
}

const LABELS: Record<string, string> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  utf16le: 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  utf16be: 'utf-16be',
  'utf-16be': 'utf-16be',
  big5: 'big5',
  'big5-hkscs': 'big5',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
};

/** Normalise a user-given encoding name; throws InputError for names zhen cannot decode. */
export function encodingLabel(name: string): string {
  const label = LABELS[name.trim().toLowerCase()];
  if (!label) {
    throw new InputError(
      `unknown encoding "${name}" (use utf-8, utf-16le, utf-16be, big5, gb18030 or latin1)`,
    );
  }
  return label;
}

function strictDecode(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Share of characters that are C0/C1 control characters other than tab, newline, CR, form feed. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c < 0xa0)) n++;
  }
  return n / text.length;
}

function bomOf(bytes: Uint8Array): { label: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { label: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', length: 2 };
  return undefined;
}

let chardetAnalyse: ((b: Uint8Array) => { name: string; confidence: number }[]) | undefined;
function chardetConfidence(bytes: Uint8Array, name: string): number {
  if (!chardetAnalyse) {
    const require = createRequire(import.meta.url);
    chardetAnalyse = require('chardet').analyse;
  }
  const hit = chardetAnalyse!(bytes).find((m) => m.name.toLowerCase() === name);
  return hit ? hit.confidence : 0;
}

/**
 * Decode bytes. With `encoding`, that encoding is used (strictly). Otherwise: BOM, then UTF-8,
 * then whichever of Big5 and GB18030 decodes cleanly and reads as common Chinese.
 * Throws InputError (naming `file`) for binary or undecodable input.
 */
export function decode(
  bytes: Uint8Array,
  options: { encoding?: string; file?: string } = {},
): Decoded {
  const file = options.file;
  const bom = bomOf(bytes);
  if (options.encoding) {
    const label = encodingLabel(options.encoding);
    const skip = bom && bom.label === label ? bom.length : 0;
    const text = strictDecode(bytes.subarray(skip), label);
    if (text === undefined) throw new InputError(`not valid ${label}`, { file });
    return { text, encoding: label, bom: skip > 0 };
  }
  if (bom) {
    const text = strictDecode(bytes.subarray(bom.length), bom.label);
    if (text === undefined || controlShare(text) > 0.01) {
      throw new InputError(`has a ${bom.label} byte-order mark but is not valid ${bom.label}`, {
        file,
      });
    }
    return { text, encoding: bom.label, bom: true };
  }
  if (bytes.includes(0))
    throw new InputError('binary file (contains NUL bytes), not text', { file });

  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== undefined) {
    if (controlShare(utf8) > 0.01)
      throw new InputError('binary file (control characters), not text', { file });
    return { text: utf8, encoding: 'utf-8', bom: false };
  }
  const candidates: { label: string; text: string; score: number }[] = [];
  for (const label of ['big5', 'gb18030']) {
    const text = strictDecode(bytes, label);
    if (text !== undefined && controlShare(text) <= 0.01) {
      candidates.push({ label, text, score: 0 });
    }
  }
  if (candidates.length === 0) {
    throw new InputError(
      'cannot decode: not UTF-8, UTF-16 (with BOM), Big5 or GB18030; give --encoding',
      { file },
    );
  }
  if (candidates.length > 1) {
    for (const c of candidates) {
      // Wrongly decoded double-byte text turns into rare characters; chardet's frequency model
      // separates long texts, the common-character share separates short ones.
      c.score = commonHanziScore(c.text) + chardetConfidence(bytes, c.label) / 1000;
    }
    candidates.sort((a, b) => b.score - a.score);
  }
  const best = candidates[0]!;
  return { text: best.text, encoding: best.label, bom: false };
}
