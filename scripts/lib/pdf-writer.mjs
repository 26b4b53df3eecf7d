// A minimal PDF writer for test fixtures and benchmarks: pages of positioned text, nothing else.
// English in the standard (non-embedded) Helvetica fonts with WinAnsiEncoding; Chinese in a
// NON-embedded CID font through a predefined CMap (MSung-Light + UniCNS-UCS2-H for Traditional,
// STSong-Light + UniGB-UCS2-H for Simplified), text as UTF-16BE hex strings, the way many Hong
// Kong filings are made; reading them back needs pdf.js's CMaps. Optional RC4 40-bit encryption
// (Standard security handler, revision 2) to make password-protected PDFs.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

// Helvetica and Helvetica-Bold widths (1/1000 em) for ASCII 32..126, as pdf.js knows them.
// prettier-ignore
const HELV = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
// prettier-ignore
const HELV_BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
  611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
  278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
// WinAnsiEncoding beyond ASCII that filings use: code and [regular, bold] width.
const WIN_ANSI = {
  '•': [0x95, 350, 350],
  '’': [0x92, 222, 278],
  '‘': [0x91, 222, 278],
  '“': [0x93, 333, 500],
  '”': [0x94, 333, 500],
  '–': [0x96, 556, 556],
  '—': [0x97, 1000, 1000],
  '…': [0x85, 1000, 1000],
};

/** Can this character be drawn in Helvetica (WinAnsiEncoding)? Otherwise it goes to the CID font. */
export const isLatin = (ch) => {
  const c = ch.charCodeAt(0);
  return (c >= 32 && c < 127) || ch in WIN_ANSI;
};

/** Width in points of a string in Helvetica (bold or not); CJK characters are 1 em wide. */
export function measure(text, size, bold = false) {
  const table = bold ? HELV_BOLD : HELV;
  let w = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c >= 32 && c < 127) w += table[c - 32];
    else if (ch in WIN_ANSI) w += WIN_ANSI[ch][bold ? 2 : 1];
    else w += 1000;
  }
  return (w * size) / 1000;
}

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const md5 = (...parts) => createHash('md5').update(Buffer.concat(parts)).digest();

function rc4(key, data) {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[k] = data[k] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

const padPassword = (pw) => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);

function latinString(text) {
  let s = '(';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    const code = c >= 32 && c < 127 ? c : WIN_ANSI[ch]?.[0];
    if (code === undefined) throw new Error(`not in WinAnsiEncoding: ${ch}`);
    if (code === 0x28 || code === 0x29 || code === 0x5c) s += `\\${String.fromCharCode(code)}`;
    else if (code < 127) s += String.fromCharCode(code);
    else s += `\\${code.toString(8)}`;
  }
  return `${s})`;
}

function cidString(text) {
  let hex = '<';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `${hex}>`;
}

const num = (n) => (Math.round(n * 100) / 100).toString();

export class Page {
  constructor() {
    this.ops = [];
  }

  /** One run of text in one font: 'F1' Helvetica, 'F2' Helvetica-Bold, 'C1' the CID font. */
  run(x, y, text, font, size, wordSpacing = 0) {
    const str = font === 'C1' ? cidString(text) : latinString(text);
    // Tw is text state, which outlives ET: set it on every run.
    const tw = font === 'C1' ? '' : `${num(wordSpacing)} Tw `;
    this.ops.push(`BT /${font} ${num(size)} Tf ${tw}1 0 0 1 ${num(x)} ${num(y)} Tm ${str} Tj ET`);
  }

  /**
   * Text mixing Latin and Chinese: split into font runs, each placed after the previous one.
   * `wordSpacing` (points added to each space, the Tw operator) justifies a line.
   */
  text(x, y, text, { size = 9, bold = false, wordSpacing = 0 } = {}) {
    let cx = x;
    const chars = [...text];
    for (let i = 0; i < chars.length;) {
      const latin = isLatin(chars[i]);
      let j = i;
      while (j < chars.length && isLatin(chars[j]) === latin) j++;
      const part = chars.slice(i, j).join('');
      this.run(cx, y, part, latin ? (bold ? 'F2' : 'F1') : 'C1', size, latin ? wordSpacing : 0);
      cx += measure(part, size, bold) + (latin ? wordSpacing * (part.split(' ').length - 1) : 0);
      i = j;
    }
    return cx;
  }

  /** A line from x to x2 (table rules). */
  rule(x, y, x2, y2 = y) {
    this.ops.push(`0.5 w ${num(x)} ${num(y)} m ${num(x2)} ${num(y2)} l S`);
  }
}

export class PdfDocument {
  /**
   * @param {{width?: number, height?: number, cjk?: 'tc' | 'sc',
   *          encrypt?: {user?: string, owner?: string}}} options
   */
  constructor(options = {}) {
    this.width = options.width ?? 420; // A5
    this.height = options.height ?? 595;
    this.cjk = options.cjk ?? 'tc';
    this.encrypt = options.encrypt;
    this.pages = [];
  }

  addPage() {
    const page = new Page();
    this.pages.push(page);
    return page;
  }

  toBytes() {
    const objects = []; // index + 1 = object number
    // `body` may be a function of the object number, to encrypt the strings it holds.
    const add = (body) => {
      const n = objects.length + 1;
      objects.push(typeof body === 'function' ? body(n) : body);
      return n;
    };
    const objectKey = (n) =>
      md5(key, Buffer.from([n & 255, (n >> 8) & 255, (n >> 16) & 255, 0, 0])).subarray(0, 10);
    const str = (n, s) =>
      key ? `<${rc4(objectKey(n), Buffer.from(s, 'latin1')).toString('hex')}>` : `(${s})`;
    const id = md5(Buffer.from(`zhen-fixture-${this.pages.length}-${this.cjk}`));
    let key;
    let encryptRef;
    if (this.encrypt) {
      const user = padPassword(this.encrypt.user ?? '');
      const owner = padPassword(this.encrypt.owner ?? this.encrypt.user ?? 'owner');
      const o = rc4(md5(owner).subarray(0, 5), user);
      const p = Buffer.alloc(4);
      p.writeInt32LE(-44);
      key = md5(user, o, p, id).subarray(0, 5);
      const u = rc4(key, PAD);
      encryptRef = add(
        `<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P -44 >>`,
      );
    }
    const [cidFont, cmap, ordering] =
      this.cjk === 'sc'
        ? ['STSong-Light', 'UniGB-UCS2-H', 'GB1']
        : ['MSung-Light', 'UniCNS-UCS2-H', 'CNS1'];
    const f1 = add(
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    );
    const f2 = add(
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    );
    const desc = add(
      `<< /Type /FontDescriptor /FontName /${cidFont} /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>`,
    );
    const cid = add(
      (n) =>
        `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${cidFont} /CIDSystemInfo << /Registry ${str(n, 'Adobe')} /Ordering ${str(n, ordering)} /Supplement 0 >> /FontDescriptor ${desc} 0 R /DW 1000 >>`,
    );
    const c1 = add(
      `<< /Type /Font /Subtype /Type0 /BaseFont /${cidFont}-${cmap} /Encoding /${cmap} /DescendantFonts [${cid} 0 R] >>`,
    );
    const resources = `<< /Font << /F1 ${f1} 0 R /F2 ${f2} 0 R /C1 ${c1} 0 R >> >>`;
    const pagesRef = objects.length + 1 + this.pages.length * 2;
    const kids = [];
    for (const page of this.pages) {
      const content = deflateSync(Buffer.from(page.ops.join('\n'), 'latin1'));
      const contentRef = add({ stream: content, dict: '/Filter /FlateDecode' });
      kids.push(
        add(
          `<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 ${this.width} ${this.height}] /Resources ${resources} /Contents ${contentRef} 0 R >>`,
        ),
      );
    }
    add(
      `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`,
    );
    const root = add(`<< /Type /Catalog /Pages ${pagesRef} 0 R >>`);

    const chunks = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    let offset = chunks[0].length;
    const offsets = [];
    objects.forEach((body, i) => {
      const n = i + 1;
      offsets.push(offset);
      let buf;
      if (typeof body === 'string') buf = Buffer.from(`${n} 0 obj\n${body}\nendobj\n`, 'latin1');
      else {
        let data = body.stream;
        if (key) data = rc4(objectKey(n), data);
        buf = Buffer.concat([
          Buffer.from(`${n} 0 obj\n<< ${body.dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
          data,
          Buffer.from('\nendstream\nendobj\n', 'latin1'),
        ]);
      }
      chunks.push(buf);
      offset += buf.length;
    });
    let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    for (const o of offsets) xref += `${String(o).padStart(10, '0')} 00000 n \n`;
    const idHex = id.toString('hex');
    xref += `trailer\n<< /Size ${objects.length + 1} /Root ${root} 0 R${encryptRef ? ` /Encrypt ${encryptRef} 0 R` : ''} /ID [<${idHex}> <${idHex}>] >>\nstartxref\n${offset}\n%%EOF\n`;
    chunks.push(Buffer.from(xref, 'latin1'));
    return new Uint8Array(Buffer.concat(chunks));
  }
}
