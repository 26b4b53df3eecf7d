/**
 * Visible numbering labels of a Word document: "(a)", "1.", "(i)", "（一）", "第一條" are not text
 * in a DOCX but computed by Word from numbering.xml (formats, level texts, start values) and the
 * order of the numbered paragraphs. mammoth keeps only "ordered or not", so the labels are
 * computed here and written into document.xml as the first run of each numbered paragraph,
 * before mammoth reads it. A lexical pass: the rest of the XML is left exactly as it was.
 */
import { XMLParser } from 'fast-xml-parser';
import { romanNumeral } from '../text/roman.js';

interface Level {
  fmt: string;
  text: string;
  start: number;
  suff: string;
  pStyle?: string;
  isLgl: boolean;
}
interface Abstract {
  levels: Map<number, Level>;
  numStyleLink?: string;
}
interface Num {
  abstractId: string;
  starts: Map<number, number>;
  levels: Map<number, Level>;
}
interface Style {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  isArray: (name) => ['abstractNum', 'num', 'lvl', 'lvlOverride', 'style'].includes(name),
});

type Node = Record<string, unknown>;
const val = (node: unknown): string | undefined => {
  const v = (node as Node | undefined)?.['@val'];
  return v === undefined ? undefined : String(v);
};
const list = (node: unknown, name: string): Node[] => ((node as Node)?.[name] as Node[]) ?? [];

function readLevel(lvl: Node): Level {
  return {
    fmt: val(lvl.numFmt) ?? 'decimal',
    text: val(lvl.lvlText) ?? '',
    start: Number(val(lvl.start) ?? 1),
    suff: val(lvl.suff) ?? 'tab',
    pStyle: val(lvl.pStyle),
    isLgl: lvl.isLgl !== undefined,
  };
}

/** a..z, aa..zz, as Word counts letters. */
function letters(n: number): string {
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

const HAN_DIGITS = '〇一二三四五六七八九';
/** 一, 十, 十一, 二十, 一百零一, 一千零二十: Chinese counting up to 9999. */
function chineseCounting(n: number, digits = HAN_DIGITS, units = ['', '十', '百', '千']): string {
  if (n <= 0 || n > 9999) return String(n);
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    const unit = units[ds.length - 1 - i]!;
    if (d === 0) {
      zero = out.length > 0;
      return;
    }
    if (zero) out += digits[0];
    zero = false;
    out += digits[d]! + unit;
  });
  // 一十二 → 十二
  if (n >= 10 && n < 20 && units[1] === '十') out = out.slice(1);
  return out;
}

const FORMATS: Record<string, (n: number) => string> = {
  decimal: String,
  decimalZero: (n) => String(n).padStart(2, '0'),
  upperRoman: (n) => romanNumeral(n).toUpperCase(),
  lowerRoman: romanNumeral,
  upperLetter: (n) => letters(n).toUpperCase(),
  lowerLetter: letters,
  ordinal: (n) =>
    `${n}${['th', 'st', 'nd', 'rd'][n % 100 > 10 && n % 100 < 14 ? 0 : n % 10] ?? 'th'}`,
  decimalFullWidth: (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + +d)),
  decimalFullWidth2: (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + +d)),
  decimalEnclosedCircle: (n) => (n >= 1 && n <= 20 ? String.fromCharCode(0x245f + n) : `(${n})`),
  decimalEnclosedCircleChinese: (n) =>
    n >= 1 && n <= 20 ? String.fromCharCode(0x245f + n) : `(${n})`,
  decimalEnclosedParen: (n) => (n >= 1 && n <= 20 ? String.fromCharCode(0x2473 + n) : `(${n})`),
  decimalEnclosedFullstop: (n) => (n >= 1 && n <= 20 ? String.fromCharCode(0x2487 + n) : `${n}.`),
  ideographDigital: (n) => String(n).replace(/\d/g, (d) => HAN_DIGITS[+d]!),
  chineseCounting: (n) => chineseCounting(n),
  chineseCountingThousand: (n) => chineseCounting(n),
  taiwaneseCounting: (n) => chineseCounting(n),
  taiwaneseCountingThousand: (n) => chineseCounting(n),
  taiwaneseDigital: (n) => String(n).replace(/\d/g, (d) => HAN_DIGITS[+d]!),
  japaneseCounting: (n) => chineseCounting(n),
  chineseLegalSimplified: (n) =>
    chineseCounting(n, '零壹贰叁肆伍陆柒捌玖', ['', '拾', '佰', '仟']).replace(/^拾/, '壹拾'),
  ideographLegalTraditional: (n) =>
    chineseCounting(n, '零壹貳參肆伍陸柒捌玖', ['', '拾', '佰', '仟']).replace(/^拾/, '壹拾'),
  ideographTraditional: (n) => '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10]!,
  ideographZodiac: (n) => '子丑寅卯辰巳午未申酉戌亥'[(n - 1) % 12]!,
  none: () => '',
};

/** Bullets in symbol fonts (Symbol, Wingdings, Courier New "o") as the characters they show. */
function bulletText(text: string): string {
  const t = text.trim();
  if (!t || /^[\uf0b7\uf06c\uf0a7\uf0d8\uf0fc\uf076\uf06e\uf0a8·]$/u.test(t)) return '•';
  if (t === 'o' || t === '\uf06f') return '◦';
  if (/^[\ue000-\uf8ff]$/u.test(t)) return '•';
  return t;
}

export class DocxNumbering {
  private readonly abstracts = new Map<string, Abstract>();
  private readonly nums = new Map<string, Num>();
  private readonly styles = new Map<string, Style>();
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(numberingXml: string | undefined, stylesXml: string | undefined) {
    if (stylesXml) {
      const root = parser.parse(stylesXml) as Node;
      for (const s of list(root.styles, 'style')) {
        const numPr = (s.pPr as Node | undefined)?.numPr as Node | undefined;
        this.styles.set(String(s['@styleId']), {
          numId: val(numPr?.numId),
          ilvl: numPr?.ilvl !== undefined ? Number(val(numPr.ilvl)) : undefined,
          basedOn: val(s.basedOn),
        });
      }
    }
    if (!numberingXml) return;
    const root = (parser.parse(numberingXml) as Node).numbering as Node | undefined;
    for (const a of list(root, 'abstractNum')) {
      const levels = new Map<number, Level>();
      for (const l of list(a, 'lvl')) levels.set(Number(l['@ilvl'] ?? 0), readLevel(l));
      this.abstracts.set(String(a['@abstractNumId']), {
        levels,
        numStyleLink: val(a.numStyleLink),
      });
    }
    for (const n of list(root, 'num')) {
      const starts = new Map<number, number>();
      const levels = new Map<number, Level>();
      for (const o of list(n, 'lvlOverride')) {
        const ilvl = Number(o['@ilvl'] ?? 0);
        const start = val(o.startOverride);
        if (start !== undefined) starts.set(ilvl, Number(start));
        const lvl = (o.lvl as Node[] | undefined)?.[0];
        if (lvl) levels.set(ilvl, readLevel(lvl));
      }
      this.nums.set(String(n['@numId']), {
        abstractId: String(val(n.abstractNumId)),
        starts,
        levels,
      });
    }
  }

  get empty(): boolean {
    return this.nums.size === 0;
  }

  /** The abstract numbering of a num, following numbering-style links. */
  private abstractOf(numId: string, depth = 0): Abstract | undefined {
    const num = this.nums.get(numId);
    const abs = num && this.abstracts.get(num.abstractId);
    if (abs?.numStyleLink && depth < 5) {
      const link = this.styles.get(abs.numStyleLink)?.numId;
      if (link && link !== numId) return this.abstractOf(link, depth + 1) ?? abs;
    }
    return abs;
  }

  /** numId and level of a paragraph style, through its basedOn chain. */
  private styleNumbering(styleId: string | undefined): { numId?: string; ilvl?: number } {
    for (let s = styleId, depth = 0; s && depth < 10; depth++) {
      const st = this.styles.get(s);
      if (!st) break;
      if (st.numId !== undefined) return { numId: st.numId, ilvl: st.ilvl };
      s = st.basedOn;
    }
    return {};
  }

  /**
   * The label of the next paragraph with this direct numbering / style (advancing the
   * counters), with the separator to put after it, or undefined when it is not numbered.
   */
  next(direct: { numId?: string; ilvl?: number }, styleId?: string): string | undefined {
    const fromStyle = this.styleNumbering(styleId);
    const numId = direct.numId ?? fromStyle.numId;
    if (numId === undefined || numId === '0') return undefined;
    const num = this.nums.get(numId);
    const abs = this.abstractOf(numId);
    if (!num || !abs) return undefined;
    let ilvl = direct.ilvl ?? (direct.numId === undefined ? fromStyle.ilvl : undefined);
    if (ilvl === undefined && styleId) {
      for (const [i, l] of abs.levels) if (l.pStyle === styleId) ilvl = i;
    }
    ilvl ??= 0;
    const levelOf = (i: number) => num.levels.get(i) ?? abs.levels.get(i);
    const level = levelOf(ilvl);
    if (!level) return undefined;
    const key = num.starts.size || num.levels.size ? `n${numId}` : `a${num.abstractId}`;
    const counts = this.counters.get(key) ?? [];
    this.counters.set(key, counts);
    const startOf = (i: number) => num.starts.get(i) ?? levelOf(i)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1;
    for (let i = ilvl + 1; i < 9; i++) counts[i] = undefined;
    if (level.fmt === 'bullet') return `${bulletText(level.text)} `;
    const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const lv = levelOf(i);
      const n = counts[i] ?? startOf(i);
      const fmt = level.isLgl && i < ilvl ? 'decimal' : (lv?.fmt ?? 'decimal');
      return (FORMATS[fmt] ?? String)(n);
    });
    if (!label.trim()) return undefined;
    return level.suff === 'nothing' ? label : `${label} `;
  }
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The part of `xml` from `from` to the end tag matching the element opened just before it. */
function elementEnd(xml: string, from: number, name: string): number {
  const re = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*?(/?)>`, 'g');
  re.lastIndex = from;
  let depth = 1;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1]) depth--;
    else if (!m[2]) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

/**
 * document.xml with each numbered paragraph's label written in as its first run. `w` is the
 * prefix the document uses for the WordprocessingML namespace.
 */
export function labelParagraphs(xml: string, numbering: DocxNumbering): string {
  const ns =
    /xmlns:(\w+)="http:\/\/(?:schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main|purl\.oclc\.org\/ooxml\/wordprocessingml\/main)"/.exec(
      xml,
    );
  const w = ns?.[1] ?? 'w';
  const pOpen = new RegExp(`<${w}:p(?=[\\s>])[^>]*>`, 'g');
  const pprOpen = new RegExp(`^\\s*<${w}:pPr(?=[\\s>])[^>]*>`);
  const attr = (s: string, el: string) =>
    new RegExp(`<${w}:${el}\\s[^>]*?${w}:val="([^"]*)"`).exec(s)?.[1];
  let out = '';
  let last = 0;
  for (let m = pOpen.exec(xml); m; m = pOpen.exec(xml)) {
    if (m[0].endsWith('/>')) continue;
    const after = m.index + m[0].length;
    const ppr = pprOpen.exec(xml.slice(after, after + 200));
    let insertAt = after;
    let direct: { numId?: string; ilvl?: number } = {};
    let style: string | undefined;
    if (ppr) {
      const end = elementEnd(xml, after + ppr[0].length, `${w}:pPr`);
      if (end < 0) continue;
      // Only the paragraph's own properties: not those of a tracked change or the mark's run.
      const own = xml
        .slice(after, end)
        .replace(new RegExp(`<${w}:(pPrChange|rPr)[\\s>][\\s\\S]*?</${w}:\\1>`, 'g'), '');
      style = attr(own, 'pStyle');
      const numPr = new RegExp(`<${w}:numPr[\\s>][\\s\\S]*?</${w}:numPr>`).exec(own)?.[0];
      if (numPr) {
        const ilvl = attr(numPr, 'ilvl');
        direct = { numId: attr(numPr, 'numId'), ilvl: ilvl === undefined ? undefined : +ilvl };
      }
      insertAt = end;
    }
    const label = numbering.next(direct, style);
    if (label === undefined) continue;
    out += `${xml.slice(last, insertAt)}<${w}:r><${w}:t xml:space="preserve">${escapeXml(label)}</${w}:t></${w}:r>`;
    last = insertAt;
  }
  return out + xml.slice(last);
}
