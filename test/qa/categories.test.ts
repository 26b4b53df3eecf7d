/**
 * The QA categories of notes 7.2, each firing on a small case and staying quiet on its valid
 * counterpart: empty target, target = source, same source → two targets, same target ← two
 * sources, missing/extra number, forbidden (non-preferred) term, key term missing, double space,
 * unpaired （ or 「, URL/e-mail mismatch, end-punctuation class, CJK-aware length outliers; plus
 * law names, people's names, untranslated English, additions and omissions.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';

type Pairs = [string, string][];

const messages = (check: string, pairs: Pairs) =>
  findingsOf(check, pairs).map((f) => `${f.severity} ${f.message}`);

describe('QA categories fire (and stay quiet on the valid case)', () => {
  it('empty target', () => {
    expect(messages('omissions', [['The Board approved it.', '']])).toEqual(['error empty target']);
    expect(messages('omissions', [['The Board approved it.', '董事會已批准。']])).toEqual([]);
  });

  it('target = source', () => {
    const prose = findingsOf('untranslated', [
      ['The Board approved the transaction.', 'The Board approved the transaction.'],
    ]);
    expect(prose.map((f) => f.severity)).toEqual(['error']);
    const name = findingsOf('untranslated', [
      ['JINHE KANGNING GROUP CO., LTD.', 'JINHE KANGNING GROUP CO., LTD.'],
    ]);
    expect(name.map((f) => f.severity)).toEqual(['info']);
  });

  it('English left in the Chinese', () => {
    const f = findingsOf('untranslated', [
      [
        '"Business Day" a day on which banks in Hong Kong are open',
        '「營業日」 指 a day on which banks in Hong Kong are open',
      ],
    ]);
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(f[0]?.flagged.target).toBe('a day on which banks in Hong Kong are open');
    expect(
      findingsOf('untranslated', [
        [
          'Jinhe Kangning Pharmaceutical Group Co., Ltd.',
          'Jinhe Kangning Pharmaceutical Group Co., Ltd.的附屬公司',
        ],
      ]),
    ).toEqual([]);
  });

  it('same source → two targets, and same target ← two sources', () => {
    const pairs: Pairs = [
      ['The Target Company is a subsidiary.', '目標公司為附屬公司。'],
      ['The Target Company is a subsidiary.', '標的公司為附屬公司。'],
      ['The Target Company is a subsidiary.', '目標公司為附屬公司。'],
      ['The Vendor is a subsidiary.', '賣方為附屬公司。'],
      ['The Seller is a subsidiary.', '賣方為附屬公司。'],
    ];
    const f = findingsOf('consistency', pairs);
    const twoTargets = f.filter((x) => /translated differently/.test(x.message));
    expect(twoTargets.map((x) => x.unit)).toEqual(['u2']);
    expect(twoTargets[0]?.related).toBe('u1');
    const twoSources = f.filter((x) => /different source/.test(x.message));
    expect(twoSources.length).toBe(1);
    expect(findingsOf('consistency', pairs.slice(0, 1).concat(pairs.slice(2, 4)))).toEqual([]);
  });

  it('a defined term rendered with a near-synonym', () => {
    const pairs: Pairs = [
      [
        '"Target Company" Jinhe Kangning (Jiangxi) Pharmaceutical Co., Ltd.',
        '「目標公司」 指 金禾康寧（江西）製藥有限公司',
      ],
      ['The Target Company was established in 2009.', '目標公司於二零零九年成立。'],
      ['Its quality system is certified.', '標的公司的質量管理體系已獲認證。'],
    ];
    const f = findingsOf('consistency', pairs);
    expect(f.map((x) => [x.unit, x.flagged.target])).toEqual([['u3', '標的公司']]);
  });

  it('missing and extra numbers', () => {
    expect(
      messages('numbers', [['Gross margin rose 1.6 percentage points.', '毛利率有所上升。']]),
    ).toEqual(['error 1.6 percentage points is not in the Chinese']);
    expect(messages('numbers', [['Revenue rose.', '收入上升12.5%。']])).toEqual([
      'error the Chinese has 12.5%, which is not in the English',
    ]);
  });

  it('forbidden (non-preferred) term and key term missing', () => {
    const forbidden = messages('terms', [['This is a connected transaction.', '此乃關聯交易。']]);
    expect(forbidden).toEqual([
      'warning 關聯交易 is mainland wording; Hong Kong filings use 關連交易 (connected transaction)',
    ]);
    expect(messages('terms', [['This is a connected transaction.', '此乃关联交易。']]).length).toBe(
      1,
    );
    expect(messages('terms', [['This is a connected transaction.', '此乃一項交易。']])).toEqual([
      'warning "connected transaction" (connected transaction): the Chinese has no 關連交易',
    ]);
    expect(messages('terms', [['This is a connected transaction.', '此乃關連交易。']])).toEqual([]);
    // the other way: a key term in the Chinese needs its English
    expect(messages('terms', [['It will be sent to Shareholders.', '通函將寄發予股東。']])).toEqual(
      ['warning 通函 (circular): the English has no "circular"'],
    );
    // word forms count: "may be waived" for 豁免 (waiver)
    expect(
      messages('terms', [['None of the conditions may be waived.', '上述條件概不可豁免。']]),
    ).toEqual([]);
  });

  it("a filing's defined term used in the English must be in the Chinese", () => {
    const pairs: Pairs = [
      ['"Purchaser" Jinhe (Hong Kong) Limited', '「買方」 指 金禾（香港）有限公司'],
      ['The Purchaser will pay in cash.', '收購方將以現金支付。'],
      ['The Purchaser will pay later.', '買方將於稍後支付。'],
    ];
    expect(messages('terms', pairs)).toEqual([
      'warning "Purchaser" is defined as 「買方」 but the Chinese has no 買方',
    ]);
  });

  it('double space', () => {
    const f = findingsOf('punctuation', [['The Board  approved it.', '董事會已批准。']]);
    expect(f.map((x) => x.message)).toEqual(['double space in the English']);
    expect(f[0]?.flagged.source).toBe('d  a');
    expect(findingsOf('punctuation', [['The Board approved it.', '董事會已批准。']])).toEqual([]);
  });

  it('unpaired （ or 「', () => {
    expect(
      messages('punctuation', [['(being RMB5 million) is payable', '（即人民幣5百萬元須予支付']]),
    ).toEqual(['warning the Chinese has （ without its closing parenthesis']);
    expect(messages('punctuation', [['the "Company"', '「本公司']])).toEqual([
      'warning the Chinese has 「 without its closing quotation mark',
    ]);
    // half- and full-width brackets pair with each other; list markers close nothing
    expect(messages('punctuation', [['(a) the price (in cash)', 'a) 價格(以現金）']])).toEqual([]);
  });

  it('URL and e-mail mismatch', () => {
    expect(messages('codes', [['see www.jhkn-pharma.com', '見www.jhkn-pharm.com']])).toEqual([
      'error URL www.jhkn-pharma.com but the Chinese says www.jhkn-pharm.com',
    ]);
    expect(messages('codes', [['e-mail ir@jhkn.com', '電郵至ir@jhkn.com.hk']])).toEqual([
      'error e-mail address ir@jhkn.com but the Chinese says ir@jhkn.com.hk',
    ]);
  });

  it('end punctuation by class', () => {
    expect(messages('punctuation', [['It was approved.', '已獲批准，']])).toEqual([
      'warning the Chinese sentence ends with a comma where the English ends with a full stop',
    ]);
    expect(messages('punctuation', [['Is it approved?', '是否已獲批准。']])).toEqual([
      'warning the English ends with a question mark, the Chinese with a full stop',
    ]);
    for (const [en, zh] of [
      ['It was approved.', '已獲批准。'],
      ['Parties:', '訂約方：'],
      ['(i) the Purchaser; and', '(i) 買方；及'],
      ['the price (2022: HK3.00 cents).', '價格（2022年：3.00港仙）。'],
      ['Is it?', '是嗎？'],
    ] as const) {
      expect(messages('punctuation', [[en, zh]])).toEqual([]);
    }
  });

  it('CJK-aware length outliers, judged against the filing itself', () => {
    const base: Pairs = [];
    for (let i = 0; i < 20; i++) {
      base.push([
        `The Company will hold meeting number ${i} to approve the annual budget of the Group.`,
        `本公司將舉行第${i}次會議以批准本集團的年度預算。`,
      ]);
    }
    expect(findingsOf('length', base)).toEqual([]);
    const short: Pairs = [
      ...base,
      [
        'The Directors consider that the terms of the agreement are fair and reasonable, on normal commercial terms and in the interests of the Company and the Shareholders as a whole, and recommend that the Independent Shareholders vote in favour.',
        '董事認為條款公平。',
      ],
    ];
    const f = findingsOf('length', short);
    expect(f.map((x) => x.unit)).toEqual(['u21']);
    expect(f[0]?.message).toMatch(/left out/);
    // a fixed character ratio would flag every pair: Chinese is about a third of the English characters
    expect(base.every(([en, zh]) => zh.length / en.length < 0.45)).toBe(true);
  });

  it('a clause added in the Chinese', () => {
    const f = findingsOf('additions', [
      [
        'The Consideration represents a discount of approximately 1.4% to the appraised value attributable to the Sale Interest.',
        '代價較銷售權益應佔評估值折讓約1.4%，董事認為此折讓對本集團極為有利。',
      ],
    ]);
    expect(f.map((x) => x.flagged.target)).toEqual(['董事認為此折讓對本集團極為有利']);
  });

  it('law names, both ways', () => {
    expect(
      messages('law-names', [['the Drug Administration Law', '《藥品管理法實施條例》']])[0],
    ).toMatch(/implementing rules, not the law itself/);
    expect(messages('law-names', [['the Company Law of the PRC', '《公司法》']])).toEqual([]);
    expect(
      messages('law-names', [['the Company Law of the PRC', '《中華人民共和國證券法》']])[0],
    ).toMatch(
      /the English names Company Law of the PRC .* but the Chinese names 《中華人民共和國證券法》/,
    );
    expect(
      messages('law-names', [['under the Company Law of the PRC', '根據有關法律']])[0],
    ).toMatch(
      /the English names Company Law of the PRC .*; the Chinese does not \(expected 《中華人民共和國公司法》\)/,
    );
    expect(
      messages('law-names', [['Companies Ordinance (Cap. 622)', '《公司條例》（第622章）']]),
    ).toEqual([]);
    expect(
      messages('law-names', [['Companies Ordinance (Cap. 622)', '《公司條例》（第32章）']])[0],
    ).toMatch(/^error .*Cap\. 622 but the Chinese says Cap\. 32/);
  });

  it('"(2018 revision)" against （2018年修正） is a note, a year or a missing revision more', () => {
    expect(
      messages('law-names', [
        ['the Company Law of the PRC (2018 revision)', '《中華人民共和國公司法》（2018年修正）'],
      ]),
    ).toEqual([expect.stringMatching(/^info .*修訂 \(revision\) and 修正 \(amendment\)/)]);
    expect(
      messages('law-names', [
        ['the Company Law of the PRC (2018 revision)', '《中華人民共和國公司法》（2013年修正）'],
      ]),
    ).toEqual([expect.stringMatching(/^error revision/)]);
    expect(
      messages('law-names', [
        ['Good Manufacturing Practice for Drugs (2010 Revision)', '《藥品生產質量管理規範》'],
      ]),
    ).toEqual([expect.stringMatching(/^warning the English cites the 2010 revision/)]);
  });

  it("people's names by Mandarin reading", () => {
    expect(
      messages('names', [['Mr. Guo Jianping and Ms. Lin Xiaowen', '郭建明先生及林曉雯女士']]),
    ).toEqual([
      'error Mr. Guo Jianping: the Chinese has 郭建明 (guo jian ming), which does not read guo jian ping',
    ]);
    expect(
      messages('names', [['Mr. Guo Jianping and Dr. Yang Qiming', '郭建平先生及楊啟明博士']]),
    ).toEqual([]);
    // Cantonese romanisation is not judged
    expect(messages('names', [['Professor Chan Kwok Wai', '陳國偉教授']])).toEqual([]);
  });

  it('a whole paragraph left out is reported once', () => {
    const f = findingsOf('omissions', [['A sentence.', '一句。']]);
    expect(f).toEqual([]);
  });
});
