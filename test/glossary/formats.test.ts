/**
 * The contract every registered glossary format keeps (one suite over the registry, as
 * test/formats/contract.test.ts does for bilingual formats): what it writes it detects (and no
 * other format does), reads back every term, and keeps what its traits promise. Then the
 * lossless round trips (JSON, TBX v3, TBX 2008), reading files written by other tools, and the
 * formats' error reporting.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  detectGlossaryFormat,
  type GlossaryLangs,
  type GlossaryTerm,
  glossaryFormatForPath,
  glossaryFormats,
  readGlossary,
} from '../../src/glossary/formats/index.js';
import { shippedTerms } from '../../src/glossary/shipped.js';

const base = {
  kind: 'term' as const,
  jurisdiction: '' as const,
  instrument: '',
  cap: '',
  checked: '',
  source: '',
  note: '',
  origin: 'x',
  enVariants: [] as string[],
  zhVariants: [] as string[],
};

/** Terms that exercise every field: variants in both scripts, escapes, odd ids, mining data. */
const hard: GlossaryTerm[] = [
  {
    ...base,
    id: 'cn-company-law',
    kind: 'law',
    jurisdiction: 'CN',
    zhHant: '中華人民共和國公司法',
    zhHans: '中华人民共和国公司法',
    en: "Company Law of the People's Republic of China",
    enVariants: ['PRC Company Law', 'Company Law of the PRC'],
    zhVariants: ['公司法', '中國公司法'],
    instrument: '法',
    authority: 'official',
    checked: 'seed',
    source: 'http://www.npc.gov.cn/?a=1&b=2',
    note: 'revised 2023; "quoted", <angle> & ampersand',
  },
  {
    ...base,
    id: 'term-connected-transaction',
    zhHant: '關連交易',
    zhHans: '关连交易',
    en: 'connected transaction',
    enVariants: ['CT'],
    zhVariants: ['关联交易'],
    authority: 'authority-translation',
    deprecated: ['related transaction', '關聯交易'],
  },
  {
    ...base,
    id: '1-starts-with-digit',
    kind: 'ordinance',
    jurisdiction: 'HK',
    zhHant: '個人資料(私隱)條例',
    zhHans: '个人资料(私隐)条例',
    en: 'Personal Data (Privacy) Ordinance, Cap. 486',
    instrument: '條例',
    cap: '486',
    authority: 'common',
    note: 'comma, in the English',
  },
  {
    ...base,
    id: 'mined-air-pollution',
    kind: 'law',
    jurisdiction: 'CN',
    zhHant: '中華人民共和國大氣污染防治法',
    zhHans: '中华人民共和国大气污染防治法',
    en: 'Law of the PRC on the Prevention and Control of Atmospheric Pollution',
    authority: 'user',
    mined: {
      count: 2,
      confidence: 0.83,
      method: 'inline',
      context: {
        file: 'esg.txt',
        offset: 120,
        text: 'in accordance with the Law of the PRC on … (《中華人民共和國大氣污染防治法》)',
      },
      conflicts: ['Air Pollution Prevention and Control Law of the PRC'],
      revisions: ['2018年修正'],
      glossary: {
        id: 'cn-air-pollution-law',
        en: 'Law of the PRC on the Prevention and Control of Atmospheric Pollution',
        match: 'preferred',
      },
    },
  },
];

const langs: GlossaryLangs = { en: 'en-GB', hant: 'zh-Hant-HK', hans: 'zh-Hans-CN' };
const sorted = (xs: readonly string[] | undefined) => [...(xs ?? [])].sort();

describe.each(Object.entries(glossaryFormats))('glossary format contract: %s', (name, format) => {
  const text = format.write(hard, { langs, toolVersion: 'test' });
  const back = format.read(text, `back.${format.extensions[0]}`);

  it('is registered under its own name and writes a newline-terminated file', () => {
    expect(format.name).toBe(name);
    expect(format.extensions.length).toBeGreaterThan(0);
    expect(text.endsWith('\n')).toBe(true);
    expect(back.format).toBe(name);
  });

  it('detects what it writes, and no other format does', () => {
    expect(format.detect(text)).toBe(true);
    for (const other of Object.values(glossaryFormats)) {
      if (other !== format) expect(other.detect(text), other.name).toBe(false);
    }
    expect(detectGlossaryFormat(text)).toBe(format);
    expect(readGlossary(text, 'x').terms.length).toBe(hard.length);
  });

  it('is deterministic', () => {
    expect(format.write(hard, { langs, toolVersion: 'test' })).toBe(text);
  });

  it('keeps every term: English, Chinese and English variants', () => {
    expect(back.terms.map((t) => t.en)).toEqual(hard.map((t) => t.en));
    back.terms.forEach((t, i) => {
      const h = hard[i]!;
      if (format.traits.bothScripts) {
        expect([t.zhHant, t.zhHans]).toEqual([h.zhHant, h.zhHans]);
      } else {
        expect(t.zhHant).toBe(h.zhHant);
      }
      if (format.traits.enVariants) expect(sorted(t.enVariants)).toEqual(sorted(h.enVariants));
      expect(t.origin).toBe(`back.${format.extensions[0]}`);
    });
  });

  it('keeps what its traits promise', () => {
    back.terms.forEach((t, i) => {
      const h = hard[i]!;
      if (format.traits.ids) expect(t.id).toBe(h.id);
      else expect(t.id).toMatch(/^user-/);
      if (format.traits.zhVariants) expect(sorted(t.zhVariants)).toEqual(sorted(h.zhVariants));
      if (format.traits.metadata) {
        expect([t.kind, t.jurisdiction, t.instrument, t.cap, t.checked]).toEqual([
          h.kind,
          h.jurisdiction,
          h.instrument,
          h.cap,
          h.checked,
        ]);
      }
      if (format.traits.authority) expect(t.authority).toBe(h.authority);
      if (format.traits.sources) expect(t.source).toBe(h.source);
      if (format.traits.notes) expect(t.note).toBe(h.note);
      if (format.traits.deprecated) expect(sorted(t.deprecated)).toEqual(sorted(h.deprecated));
      if (format.traits.mined) expect(t.mined).toEqual(h.mined);
    });
    if (format.traits.langCodes) expect(back.langs).toEqual(langs);
  });

  it('writes an empty glossary it can read back', () => {
    const empty = format.write([], {});
    expect(format.read(empty, 'e').terms).toEqual([]);
  });
});

describe('lossless round trips', () => {
  const { json, tbx, tbx2, csv } = glossaryFormats;
  const tbxText = tbx.write(hard, { langs });

  it('TBX v3 → JSON → TBX v3 and TBX v3 → TBX 2008 → TBX v3 give the same file', () => {
    const viaJson = json.read(
      json.write(tbx.read(tbxText, 'a').terms, { langs: tbx.read(tbxText, 'a').langs }),
      'b',
    );
    expect(tbx.write(viaJson.terms, { langs: viaJson.langs })).toBe(tbxText);
    const v2 = tbx2.read(tbx2.write(tbx.read(tbxText, 'a').terms, { langs }), 'c');
    expect(tbx.write(v2.terms, { langs: v2.langs })).toBe(tbxText);
  });

  it('TBX v3 → zhen TSV → TBX v3 keeps terms, language codes, status and synonyms', () => {
    const plain = hard.map(({ deprecated: _d, mined: _m, ...t }) => t);
    const start = tbx.write(plain, { langs });
    const tsv = glossaryFormats['zhen-tsv'];
    const mid = tsv.read(tsv.write(tbx.read(start, 'a').terms, { langs }), 'b');
    expect(tbx.write(mid.terms, { langs: mid.langs })).toBe(start);
  });

  it('maps authority to TBX status: official preferred, common admitted, deprecated forms deprecated', () => {
    expect(tbxText).toContain(
      '<term>Company Law of the People&apos;s Republic of China</term>'.replace('&apos;', "'"),
    );
    const entry = (id: string) =>
      tbxText.slice(
        tbxText.indexOf(`id="${id}"`),
        tbxText.indexOf('</conceptEntry>', tbxText.indexOf(`id="${id}"`)),
      );
    expect(entry('cn-company-law')).toMatch(
      /Republic of China<\/term>\s*<termNote type="partOfSpeech">noun<\/termNote>\s*<termNote type="administrativeStatus">preferredTerm-admn-sts/,
    );
    expect(entry('c-1-starts-with-digit')).toMatch(
      /Cap\. 486<\/term>\s*<termNote type="partOfSpeech">noun<\/termNote>\s*<termNote type="administrativeStatus">admittedTerm-admn-sts/,
    );
    expect(entry('term-connected-transaction')).toMatch(
      /related transaction<\/term>\s*<termNote type="partOfSpeech">noun<\/termNote>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts/,
    );
    expect(entry('term-connected-transaction')).toContain('<langSec xml:lang="zh-Hans-CN">');
  });

  it('keeps the whole shipped glossary through JSON and both TBX versions', () => {
    const all = shippedTerms();
    for (const f of [json, tbx, tbx2, csv, glossaryFormats['zhen-tsv']]) {
      const back = f.read(f.write(all, {}), 'x').terms;
      expect(back.length, f.name).toBe(all.length);
      back.forEach((t, i) => {
        const s = all[i]!;
        expect([t.id, t.en, t.zhHant, t.zhHans, t.authority, t.source], f.name).toEqual([
          s.id,
          s.en,
          s.zhHant,
          s.zhHans,
          s.authority,
          s.source,
        ]);
        expect(sorted(t.enVariants), f.name).toEqual(sorted(s.enVariants));
        expect(sorted(t.zhVariants), `${f.name} ${s.id}`).toEqual(sorted(s.zhVariants));
      });
    }
  });
});

describe('reading files written by other tools', () => {
  it('reads the TBX samples of the conformance tools (v3 and martif), zh-Hans and zh-TW alike', () => {
    const v3 = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c2">
      <langSec xml:lang="en">
        <termSec><term>translation memory</term><termNote type="termType">fullForm</termNote></termSec>
        <termSec><term>TM</term><termNote type="termType">acronym</termNote></termSec>
      </langSec>
      <langSec xml:lang="zh-Hans"><termSec><term>翻译记忆库</term></termSec></langSec>
      <langSec xml:lang="zh-Hant"><termSec><term>翻譯記憶庫</term></termSec></langSec>
    </conceptEntry>
    <conceptEntry id="c3"><langSec xml:lang="en"><termSec><term>only English</term></termSec></langSec></conceptEntry>
  </body></text>
</tbx>`;
    const g = readGlossary(v3, 'sample.tbx');
    expect(g.format).toBe('tbx');
    expect(g.skipped).toBe(1);
    expect(g.langs).toEqual({ en: 'en', hant: 'zh-Hant', hans: 'zh-Hans' });
    expect(g.terms[0]).toMatchObject({
      id: 'c2',
      en: 'translation memory',
      enVariants: ['TM'],
      zhHant: '翻譯記憶庫',
      zhHans: '翻译记忆库',
      authority: 'user',
    });
    const v2 = `<?xml version="1.0"?><!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
<text><body><termEntry id="c1"><descrip type="subjectField">meetings</descrip>
<langSet xml:lang="en"><tig><term>meeting</term><termNote type="administrativeStatus">admitted</termNote></tig></langSet>
<langSet xml:lang="zh-CN"><ntig><termGrp><term>会议</term></termGrp></ntig></langSet>
<langSet xml:lang="zh-TW"><tig><term>會議</term></tig></langSet></termEntry></body></text></martif>`;
    const m = readGlossary(v2, 'v2.tbx');
    expect(m.format).toBe('tbx2');
    expect(m.terms[0]).toMatchObject({
      en: 'meeting',
      zhHant: '會議',
      zhHans: '会议',
      authority: 'common',
    });
  });

  it('reads CSV with a language-code header (Phrase, memoQ), semicolons, names and tt headers', () => {
    const phrase = 'en,zh-HK,description\r\n"Companies Ordinance|CO",公司條例,"Cap. 622, HK"\r\n';
    const g = readGlossary(phrase, 'p.csv');
    expect(g.format).toBe('csv');
    expect(g.langs.hant).toBe('zh-HK');
    expect(g.terms[0]).toMatchObject({
      en: 'Companies Ordinance',
      enVariants: ['CO'],
      zhHant: '公司條例',
      zhHans: '公司条例',
      note: 'Cap. 622, HK',
    });
    const memoq = 'English;Chinese (Simplified)\nauditor;核数师\n';
    expect(readGlossary(memoq, 'm.csv').terms[0]).toMatchObject({
      en: 'auditor',
      zhHans: '核数师',
      zhHant: '核數師',
    });
    const tt = 'source,target,comment\nmeeting,会议,noun\n';
    expect(readGlossary(tt, 't.csv').terms[0]).toMatchObject({
      en: 'meeting',
      zhHans: '会议',
      note: 'noun',
    });
  });

  it('reads OmegaT TSV in either direction and in Simplified', () => {
    const g = readGlossary(
      '公司法\tCompany Law\tshort form\n关连交易\tconnected transaction\n',
      'g.utf8',
    );
    expect(g.format).toBe('tsv');
    expect(g.terms[0]).toMatchObject({ en: 'Company Law', zhHant: '公司法', note: 'short form' });
    expect(g.terms[1]).toMatchObject({ zhHans: '关连交易', zhHant: '關連交易' });
  });

  it('picks the output format from the file name', () => {
    expect(glossaryFormatForPath('a.TBX')?.name).toBe('tbx');
    expect(glossaryFormatForPath('a.csv')?.name).toBe('csv');
    expect(glossaryFormatForPath('a.utf8')?.name).toBe('tsv');
    expect(glossaryFormatForPath('a.json')?.name).toBe('json');
    expect(glossaryFormatForPath('-')).toBeUndefined();
  });
});

describe('errors name the file and the place', () => {
  const fails = (text: string, file: string): InputError => {
    try {
      readGlossary(text, file);
    } catch (err) {
      return err as InputError;
    }
    throw new Error('no error');
  };

  it('malformed TBX: file, line and column', () => {
    const e = fails(
      '<?xml version="1.0"?>\n<martif type="TBX">\n<text>A & B</text></martif>\n',
      'bad.tbx',
    );
    expect(e).toBeInstanceOf(InputError);
    expect(e.format()).toMatch(/^bad\.tbx:3:\d+: not well-formed XML/);
  });

  it('bad JSON and CSV: file and line', () => {
    expect(fails('{"terms": [\n {"en": 1}\n]}', 'g.json').format()).toMatch(
      /^g\.json: term 1: "en" is not a string/,
    );
    expect(fails('{"terms": [\n oops\n]}', 'g.json').format()).toMatch(
      /^g\.json(?::\d+)+: not valid JSON/,
    );
    expect(fails('en,zh-HK\n"open,公司\n', 'g.csv').format()).toBe(
      'g.csv:2: unterminated quoted field',
    );
    expect(fails('just some prose\n', 'g.txt').format()).toMatch(
      /^g\.txt:1: unrecognised glossary/,
    );
  });
});
