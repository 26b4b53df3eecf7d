/**
 * `separate` on hand-made texts, one behaviour each: how every layout is recognised and which
 * pairing it implies; then the sample filing pair (corpora/announcement) recombined into one
 * file in three layouts, scored against its gold (figures printed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBeads } from '../../src/formats/beads.js';
import {
  alignSeparation,
  type Monolingual,
  type Separation,
  separate,
} from '../../src/separate/index.js';
import { type Gold, score } from './helpers.js';

function bilingual(text: string): Separation {
  const sep = separate(text);
  if (sep.layout === 'monolingual') throw new Error('monolingual');
  return sep;
}

/** The beads as text pairs: "EN || ZH", sentences joined with " + ". */
function pairs(text: string): string[] {
  const sep = bilingual(text);
  return alignSeparation(sep).map(
    (b) =>
      `${b.src.map((i) => sep.en[i]!.text).join(' + ')} || ${b.tgt.map((i) => sep.zh[i]!.text).join(' + ')}`,
  );
}

describe('separate: layouts', () => {
  it('alternating paragraphs: each paragraph with the next, sentences aligned inside (2-1)', () => {
    const text = `NOTICE OF EGM

股東特別大會通告

The EGM will be held on 1 July 2024. It will be held electronically.

股東特別大會將以電子方式於2024年7月1日舉行。

Shareholders may vote online.

股東可於網上投票。
`;
    expect(bilingual(text).layout).toBe('alternating-paragraphs');
    expect(pairs(text)).toEqual([
      'NOTICE OF EGM || 股東特別大會通告',
      'The EGM will be held on 1 July 2024. + It will be held electronically. || 股東特別大會將以電子方式於2024年7月1日舉行。',
      'Shareholders may vote online. || 股東可於網上投票。',
    ]);
  });

  it('Chinese first: pairs each Chinese paragraph with the English after it', () => {
    const text =
      '股東特別大會通告\n\nNOTICE OF EGM\n\n大會將於2024年7月1日舉行。\n\nThe EGM will be held on 1 July 2024.\n';
    expect(pairs(text)).toEqual([
      'NOTICE OF EGM || 股東特別大會通告',
      'The EGM will be held on 1 July 2024. || 大會將於2024年7月1日舉行。',
    ]);
  });

  it('alternating lines, and lines that carry both languages', () => {
    const text = `Notes:
附註：
1. Full names must be inserted in BLOCK CAPITALS.
1. 請用正楷填上全名。

Name of shareholder / 股東姓名
Signature 簽署
`;
    const sep = bilingual(text);
    expect(sep.layout).toBe('alternating-lines');
    expect(pairs(text)).toEqual([
      'Notes: || 附註：',
      '1. Full names must be inserted in BLOCK CAPITALS. || 1. 請用正楷填上全名。',
      'Name of shareholder || 股東姓名',
      'Signature || 簽署',
    ]);
  });

  it('keeps an English sentence ending in an inline Chinese title whole', () => {
    const text = `The resolutions are proposed under the Companies Ordinance (Cap. 622) (公司條例（第622章）).

上述決議案乃根據《公司條例》（第622章）提呈。

The Target is regulated under the Drug Administration Law 藥品管理法.

目標公司受《藥品管理法》規管。
`;
    expect(pairs(text)).toEqual([
      'The resolutions are proposed under the Companies Ordinance (Cap. 622) (公司條例（第622章）). || 上述決議案乃根據《公司條例》（第622章）提呈。',
      'The Target is regulated under the Drug Administration Law 藥品管理法. || 目標公司受《藥品管理法》規管。',
    ]);
  });

  it('does not split a Chinese sentence that spaces out an English name', () => {
    const sep = bilingual(
      'The Company signed with ABC Holdings Limited.\n\n本公司與 ABC Holdings Limited 簽約。\n',
    );
    expect(sep.zh.map((s) => s.text)).toEqual(['本公司與 ABC Holdings Limited 簽約。']);
  });

  it('table rows: cells paired row by row, figures on both sides', () => {
    const text = `Revenue\t收入\t1,862.4\t2,095.3
Net profit\t純利\t270.8\t307.8
Completion: Completion will take place within 10 business days. It is expected in May.\t完成：完成將於10個營業日內落實，預期於五月落實。
`;
    const sep = bilingual(text);
    expect(sep.layout).toBe('table');
    expect(sep.en.map((s) => s.text).slice(0, 2)).toEqual([
      'Revenue\t1,862.4\t2,095.3',
      'Net profit\t270.8\t307.8',
    ]);
    expect(pairs(text).at(-1)).toBe(
      'Completion: Completion will take place within 10 business days. + It is expected in May. || 完成：完成將於10個營業日內落實，預期於五月落實。',
    );
  });

  it('two columns laid out side by side in text (wrapped lines): read as columns', () => {
    const text = `(1) This Ordinance may be cited as the Garden      (1) 本條例可引稱為《園圃條例》，自局長以
Ordinance and comes into operation on a day        憲報公告指定的日期起實施。
appointed by the Secretary by notice in the
Gazette.

(2) A notice must describe the land concerned.     (2) 公告須描述有關土地。
`;
    const sep = bilingual(text);
    expect(sep.layout).toBe('columns');
    expect(pairs(text)).toEqual([
      '(1) This Ordinance may be cited as the Garden Ordinance and comes into operation on a day appointed by the Secretary by notice in the Gazette. || (1) 本條例可引稱為《園圃條例》，自局長以憲報公告指定的日期起實施。',
      '(2) A notice must describe the land concerned. || (2) 公告須描述有關土地。',
    ]);
  });

  it('two columns read column by column (one block a page, pages paired)', () => {
    // as pdf-layout.ts reads a page of language columns: a running header over each column
    const page = (n: number, en: string[], zh: string[]) =>
      `Garden Ordinance\n\n${en.join('\n\n')}\n\n園圃條例\n\n${zh.join('\n\n')}\n\n– ${n} –\n`;
    const text = [
      page(1, ['Preliminary', 'The Director may let an allotment.'], ['導言', '署長可租出園圃。']),
      page(2, ['Offences', 'An allottee must not sublet it.'], ['罪行', '承租人不得分租園圃。']),
    ].join('\f');
    const sep = bilingual(text);
    expect(sep.layout).toBe('columns');
    expect(pairs(text)).toEqual([
      'Preliminary || 導言',
      'The Director may let an allotment. || 署長可租出園圃。',
      'Offences || 罪行',
      'An allottee must not sublet it. || 承租人不得分租園圃。',
    ]);
    // running headers and page numbers are furniture, on neither side
    expect([...sep.en, ...sep.zh].some((s) => /–|Garden|園圃條例/.test(s.text))).toBe(false);
  });

  it('halves: all English then all Chinese, aligned by the aligner, a stray name line kept aside', () => {
    const en = [
      'ABC LIGHTING HOLDINGS LIMITED',
      '甲乙丙照明控股有限公司',
      'The Board announces that the Group has won a contract to supply street lamps.',
      'The contract is worth about HK$126 million. Deliveries will begin in July 2024.',
      'Shareholders should exercise caution when dealing in the shares.',
    ];
    const zh = [
      '甲乙丙照明控股有限公司',
      '董事會宣佈，本集團獲批一份供應街燈的合約。',
      '該合約價值約126百萬港元，並將於2024年7月開始交付。',
      '股東於買賣股份時務請審慎行事。',
    ];
    const text = `${en.join('\n\n')}\n\n${zh.join('\n\n')}\n`;
    const sep = bilingual(text);
    expect(sep.layout).toBe('halves');
    const p = pairs(text);
    expect(p).toContain(
      'The contract is worth about HK$126 million. + Deliveries will begin in July 2024. || 該合約價值約126百萬港元，並將於2024年7月開始交付。',
    );
    expect(p).toContain(
      'Shareholders should exercise caution when dealing in the shares. || 股東於買賣股份時務請審慎行事。',
    );
  });

  it('joins a paragraph cut by a page break (its furniture dropped) before pairing', () => {
    const text = `The Board announces that the Company has entered into a framework
agreement with the Purchaser for the sale of lighting products

– 1 –
\fABC HOLDINGS LIMITED
over a term of three years commencing on 1 July 2024.

董事會宣佈，本公司已與買方就銷售照明產品訂立框架協議，自2024年7月1日起為期三年。

– 2 –
\fABC HOLDINGS LIMITED
The annual caps are set out below.

年度上限載列如下。
`;
    const sep = bilingual(text);
    expect(sep.layout).toBe('alternating-paragraphs');
    expect(sep.en.map((s) => s.text)).toEqual([
      'The Board announces that the Company has entered into a framework agreement with the Purchaser for the sale of lighting products over a term of three years commencing on 1 July 2024.',
      'The annual caps are set out below.',
    ]);
    expect(pairs(text)).toHaveLength(2);
  });

  it('English with Chinese only inline: layout inline, nothing on the Chinese side', () => {
    const sep = bilingual(
      'The Group complies with the Product Quality Law of the PRC (中華人民共和國產品質量法). It also complies with the Electricity Ordinance (電力條例).\n',
    );
    expect(sep.layout).toBe('inline');
    expect(sep.zh).toEqual([]);
    expect(sep.en).toHaveLength(2);
    expect(sep.inline.map((s) => s.text)).toEqual(['(中華人民共和國產品質量法)', '(電力條例)']);
    expect(alignSeparation(sep).every((b) => b.tgt.length === 0)).toBe(true);
  });

  it('says when a text has one language only', () => {
    const en = separate('The Board announces the results.\n\nDividend: HK$0.10 per share.\n');
    expect(en).toMatchObject({ layout: 'monolingual', lang: 'en' });
    const zh = separate('董事會宣佈業績。\n\n股息：每股0.10港元。\n') as Monolingual;
    expect(zh.layout).toBe('monolingual');
    expect(zh.lang).toBe('zh');
    // a Chinese company name line in an English document does not make it bilingual
    const name = separate(
      `ABC HOLDINGS LIMITED\n甲乙丙控股有限公司\n\n${'The Board announces the annual results of the Group for the year. '.repeat(8)}\n`,
    );
    expect(name.layout).toBe('monolingual');
  });

  it('segments carry offsets into the input', () => {
    const text = 'Hello world.\n\n你好，世界。\n';
    const sep = bilingual(text);
    expect(text.slice(sep.en[0]!.start, sep.en[0]!.end)).toBe('Hello world.');
    expect(text.slice(sep.zh[0]!.start, sep.zh[0]!.end)).toBe('你好，世界。');
  });
});

describe('separate: the sample filing pair recombined into one file', () => {
  const dir = join(import.meta.dirname, '..', '..', 'corpora', 'announcement');
  const lines = (name: string) =>
    readFileSync(join(dir, name), 'utf8').replace(/\n$/, '').split('\n');
  const gold: Gold = {
    en: lines('en.sent'),
    zh: lines('zh.sent'),
    beads: parseBeads(readFileSync(join(dir, 'gold.beads'), 'utf8')),
  };
  const beadText = (sep: 'paragraphs' | 'lines', zhFirst = false) =>
    gold.beads
      .map((b) => {
        const e = b.src.map((i) => gold.en[i]!).join(sep === 'lines' ? ' ' : '\n');
        const z = b.tgt.map((i) => gold.zh[i]!).join(sep === 'lines' ? '' : '\n');
        const join2 = sep === 'lines' ? '\n' : '\n\n';
        return zhFirst ? `${z}${join2}${e}` : `${e}${join2}${z}`;
      })
      .join(sep === 'lines' ? '\n' : '\n\n');
  const cases = [
    {
      name: 'halves (en.txt + zh.txt)',
      layout: 'halves',
      text: `${readFileSync(join(dir, 'en.txt'), 'utf8')}\n\n${readFileSync(join(dir, 'zh.txt'), 'utf8')}`,
      beads: 0.9,
    },
    {
      name: 'alternating paragraphs',
      layout: 'alternating-paragraphs',
      text: beadText('paragraphs'),
      beads: 0.95,
    },
    {
      name: 'alternating lines',
      layout: 'alternating-lines',
      text: beadText('lines'),
      beads: 0.95,
    },
    {
      name: 'Chinese first',
      layout: 'alternating-paragraphs',
      text: beadText('paragraphs', true),
      beads: 0.95,
    },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.layout}`, () => {
      const sep = bilingual(c.text);
      expect(sep.layout).toBe(c.layout);
      const s = score(sep, alignSeparation(sep), gold);
      console.log(
        `announcement as ${c.name}: sentences ${s.rightSide}/${s.sentences}, beads ${s.beadsRight}/${s.beads}`,
      );
      // the one English line of the Chinese issuer block is on the English side, as it should
      expect(s.rightSide / s.sentences).toBeGreaterThanOrEqual(0.99);
      expect(s.beadsRight / s.beads).toBeGreaterThanOrEqual(c.beads);
    });
  }
});
