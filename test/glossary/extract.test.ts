/**
 * Inline term mining (src/glossary/extract/inline.ts) and merging (merge.ts): the acceptance
 * seeds of notes §7.2, the left edge of English titles, PDF artifacts (missing spaces and
 * apostrophes, spaces inside Chinese, unbalanced and mixed-width brackets), suffixes and short
 * forms, validation (head nouns, revision years, names), conflicts and glossary marks.
 */
import { describe, expect, it } from 'vitest';
import { mergeOccurrences, mineInline, type Occurrence } from '../../src/glossary/extract/index.js';

const pairs = (text: string, names = false) =>
  mineInline(text, { file: 't.txt', names }).map((o) => [o.en, o.zh]);
const one = (text: string): Occurrence => {
  const found = mineInline(text, { file: 't.txt' });
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe('notes §7.2 seeds', () => {
  it('"Company Law of the Peoples Republic of China(中華人民共和國公司法)" mines one pair with its aliases', () => {
    const found = mineInline(
      'The Group strictly complies with the Company Law of the Peoples Republic of China(中華人民共和國公司法).',
      { file: 'esg.txt' },
    );
    expect(found.map((o) => [o.en, o.zh])).toEqual([
      ["Company Law of the People's Republic of China", '中華人民共和國公司法'],
    ]);
    const [term] = mergeOccurrences(found).terms;
    expect(term!.enVariants).toEqual(
      expect.arrayContaining(['PRC Company Law', 'Company Law of the PRC']),
    );
    expect(term!.zhVariants).toContain('公司法');
    expect(term!.mined).toMatchObject({
      count: 1,
      method: 'inline',
      context: { file: 'esg.txt', offset: 37 },
    });
  });

  it('does not over-extend: two pairs, left edges at "Environmental" and "Law of the PRC on …"', () => {
    expect(
      pairs(
        'in accordance with the Environmental Protection Law of the PRC (《中華人民共和國環境保護法》) and the Law of the PRC on the Prevention and Control of Atmospheric Pollution (《中華人民共和國大氣污染防治法》)',
      ),
    ).toEqual([
      ['Environmental Protection Law of the PRC', '中華人民共和國環境保護法'],
      [
        'Law of the PRC on the Prevention and Control of Atmospheric Pollution',
        '中華人民共和國大氣污染防治法',
      ],
    ]);
  });

  it('reads the ESG sentence with glued brackets and a PDF space inside the Chinese', () => {
    expect(
      pairs(
        'strictly complies with the Company Law of the Peoples Republic of China(中華人民共和國公司法)and the Listing Rules of the Hong Kong Stock Exchange(香港聯交所 上市規則)',
      ),
    ).toEqual([
      ["Company Law of the People's Republic of China", '中華人民共和國公司法'],
      ['Listing Rules of the Hong Kong Stock Exchange', '香港聯交所上市規則'],
    ]);
  });

  it('takes the short form after 《》 and the revision suffixes off both sides', () => {
    const o = one(
      'Constitution of the PRC (2018 revision) (《中華 人民共和國憲法》(2018年修正)) (the "Constitution")',
    );
    expect([o.en, o.zh, o.enAliases, o.revisions]).toEqual([
      'Constitution of the PRC',
      '中華人民共和國憲法',
      ['Constitution'],
      ['2018年修正'],
    ]);
    const l = one(
      'Legislation Law of the PRC (2015 revision) ( 《中 華人民共和國立法法》 (2015年修正))',
    );
    expect([l.en, l.zh]).toEqual(['Legislation Law of the PRC', '中華人民共和國立法法']);
  });

  it('copes with an unclosed bracket and a revision given in both languages', () => {
    const o = one(
      'certification under the Good Manufacturing Practice for Medical Products(Revised in 2010)(藥品生產質量管理規範(2010年修訂).',
    );
    expect([o.en, o.zh, o.revisions]).toEqual([
      'Good Manufacturing Practice for Medical Products',
      '藥品生產質量管理規範',
      ['2010年修訂'],
    ]);
  });
});

describe('Chinese first', () => {
  it('「關連交易」(connected transaction) and “会计及财务汇报局”(…)或(AFRC)', () => {
    expect(pairs('「關連交易」(connected transaction)指上市發行人與關連人士進行的交易。')).toEqual([
      ['connected transaction', '關連交易'],
    ]);
    const o = one(
      '“会计及财务汇报局”(Accounting and Financial Reporting Council)或(AFRC)指根据《会计及财务汇报局条例》设立的机构。',
    );
    expect([o.en, o.zh, o.enAliases]).toEqual([
      'Accounting and Financial Reporting Council',
      '会计及财务汇报局',
      ['AFRC'],
    ]);
  });

  it('《》 title before the English, with a number after it', () => {
    expect(
      pairs(
        '根據《中華人民共和國企業所得稅法》(Enterprise Income Tax Law of the PRC)，稅率為25%。',
      ),
    ).toEqual([['Enterprise Income Tax Law of the PRC', '中華人民共和國企業所得稅法']]);
    expect(
      pairs(
        '根據《香港財務報告準則》第16號（Hong Kong Financial Reporting Standard 16），租賃須予確認。',
      ),
    ).toEqual([['Hong Kong Financial Reporting Standard 16', '香港財務報告準則第16號']]);
  });

  it('unquoted Chinese: the left edge is where the words stop translating the English', () => {
    expect(
      pairs('本集團嚴格遵守中國證券監督管理委員會(China Securities Regulatory Commission)的規定。'),
    ).toEqual([['China Securities Regulatory Commission', '中國證券監督管理委員會']]);
  });
});

describe('the English left edge', () => {
  it('stops at a list comma, "and the", a clause opener and a lower-case verb', () => {
    expect(
      pairs(
        'The Group complies with the Labour Law of the PRC (《中華人民共和國勞動法》), the Labour Contract Law of the PRC (《中華人民共和國勞動合同法》) and the Social Insurance Law of the PRC (《中華人民共和國社會保險法》).',
      ).map((p) => p[0]),
    ).toEqual([
      'Labour Law of the PRC',
      'Labour Contract Law of the PRC',
      'Social Insurance Law of the PRC',
    ]);
    expect(
      pairs(
        'Pursuant to the Measures for the Administration of Pollutant Discharge Permits (《排污許可管理辦法》), we hold permits.',
      )[0]![0],
    ).toBe('Measures for the Administration of Pollutant Discharge Permits');
  });

  it('keeps commas, brackets, hyphens and clause words inside a title', () => {
    expect(
      pairs(
        'under the Environmental, Social and Governance Reporting Guide (《環境、社會及管治報告指引》)',
      )[0]![0],
    ).toBe('Environmental, Social and Governance Reporting Guide');
    expect(
      pairs(
        'We comply with the Personal Data (Privacy) Ordinance (Chapter 486 of the Laws of Hong Kong) (《個人資料(私隱)條例》(香港法例第486章)).',
      ),
    ).toEqual([['Personal Data (Privacy) Ordinance', '個人資料(私隱)條例']]);
    expect(
      pairs(
        'subject to the Anti-Unfair Competition Law of the PRC(中華人民共和國反不正當競爭法)',
      )[0]![0],
    ).toBe('Anti-Unfair Competition Law of the PRC');
    expect(
      pairs(
        'According to the Notice on Further Strengthening the Administration of Safety Production (《關於進一步加強安全生產工作的通知》), each',
      )[0]![0],
    ).toBe('Notice on Further Strengthening the Administration of Safety Production');
    expect(
      pairs(
        "under the Employees' Compensation Ordinance (Cap. 282) (《僱員補償條例》（第282章）)",
      )[0]![0],
    ).toBe("Employees' Compensation Ordinance");
  });

  it('cuts references in front of the title and skips a short form before the Chinese', () => {
    expect(
      pairs(
        'The Company has complied with Part XV of the Securities and Futures Ordinance (Cap. 571) (《證券及期貨條例》(第571章)).',
      )[0]![0],
    ).toBe('Securities and Futures Ordinance');
    const o = one(
      'adopted the Model Code for Securities Transactions by Directors of Listed Issuers (the "Model Code") (《上市發行人董事進行證券交易的標準守則》) as set out',
    );
    expect([o.en, o.enAliases]).toEqual([
      'Model Code for Securities Transactions by Directors of Listed Issuers',
      ['Model Code'],
    ]);
    expect(pairs('incorporated under the Companies Ordinance, Cap. 622 (《公司條例》).')).toEqual([
      ['Companies Ordinance', '公司條例'],
    ]);
  });

  it('mixed-width brackets, a curly apostrophe and a line break inside the title', () => {
    expect(
      pairs('governed by the Waste Disposal Ordinance (Cap. 354)(《廢物處置條例》（第354章）).'),
    ).toEqual([['Waste Disposal Ordinance', '廢物處置條例']]);
    expect(
      pairs(
        'stipulated in the Construction Law of the People’s Republic of China （《中華人民共和國建築法》）.',
      ),
    ).toEqual([["Construction Law of the People's Republic of China", '中華人民共和國建築法']]);
    expect(
      pairs(
        'complies with the Regulations on the Administration of Construction\nProject Environmental Protection (《建設項目環境保護管理條例》) for',
      ),
    ).toEqual([
      [
        'Regulations on the Administration of Construction Project Environmental Protection',
        '建設項目環境保護管理條例',
      ],
    ]);
  });
});

describe('validation', () => {
  it('rejects person, company and place names unless asked', () => {
    expect(pairs('Mr. Chan Tai Man (陳大文), our executive Director, was appointed.')).toEqual([]);
    expect(
      pairs(
        'Shenzhen Xinghe Technology Co., Ltd. (深圳星河科技有限公司), a subsidiary, holds permits.',
      ),
    ).toEqual([]);
    expect(
      pairs(
        'The Stock Exchange of Hong Kong Limited (香港聯合交易所有限公司) takes no responsibility.',
      ),
    ).toEqual([]);
    expect(
      pairs('The new plant in Nanchang, Jiangxi Province (江西省南昌市) commenced production.'),
    ).toEqual([]);
    expect(pairs('Mr. Chan Tai Man (陳大文) was appointed.', true)).toEqual([
      ['Chan Tai Man', '陳大文'],
    ]);
  });

  it('rejects a head noun the Chinese does not have and revision years that disagree', () => {
    expect(
      pairs(
        'We have implemented the Measures for the Administration of Hazardous Chemicals Safety (《危險化學品安全管理條例》).',
      ),
    ).toEqual([]);
    expect(
      pairs('under the Solid Waste Law (2020 Revision) (《固體廢物污染環境防治法》(2016年修正)).'),
    ).toEqual([]);
    expect(pairs('The total revenue (收益) increased by 12.3%.')).toEqual([]);
    expect(
      pairs(
        'the Rules Governing the Listing of Securities on The Stock Exchange of Hong Kong Limited (《香港聯合交易所有限公司證券上市規則》)',
      ),
    ).toHaveLength(1);
  });
});

describe('merging', () => {
  const text = [
    'The Group complies with the Law of the PRC on the Prevention and Control of Atmospheric Pollution (《中華人民共和國大氣污染防治法》).',
    'Emissions also met the Air Pollution Prevention and Control Law of the PRC (《中华人民共和国大气污染防治法》).',
    'It also follows the Law of the People’s Republic of China on the Prevention and Control of Atmospheric Pollution (《大氣污染防治法》).',
    'The Company Law of the PRC (《公司法》) and the PRC Company Law (《中華人民共和國公司法》) apply.',
  ].join(' ');
  const { terms, warnings } = mergeOccurrences(mineInline(text, { file: 'r.txt' }));

  it('merges Traditional/Simplified, with or without 中華人民共和國, PRC spellings', () => {
    expect(terms.map((t) => [t.zhHant, t.en, t.mined!.count])).toEqual([
      [
        '中華人民共和國大氣污染防治法',
        'Law of the PRC on the Prevention and Control of Atmospheric Pollution',
        3,
      ],
      ['中華人民共和國公司法', 'Company Law of the PRC', 2],
    ]);
    expect(terms[1]!.enVariants).toContain('PRC Company Law');
    expect(terms[0]!.zhHans).toBe('中华人民共和国大气污染防治法');
  });

  it('reports a Chinese name with conflicting English titles: a warning and a field', () => {
    expect(terms[0]!.mined!.conflicts).toEqual([
      'Air Pollution Prevention and Control Law of the PRC',
    ]);
    expect(terms[0]!.note).toContain('CONFLICT');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^中華人民共和國大氣污染防治法: conflicting English titles: "Law of the PRC on the Prevention and Control of Atmospheric Pollution" \(2×\), "Air Pollution Prevention and Control Law of the PRC" \(1×\)$/,
    );
  });

  it('marks pairs the shipped glossary has, and whether the English is its title', () => {
    // "Company Law of the PRC" is the glossary's "… of the People's Republic of China" once folded
    expect(terms[1]!.mined!.glossary).toMatchObject({ id: 'cn-company-law', match: 'preferred' });
    expect(terms[0]!.mined!.glossary?.match).toBe('preferred');
    const fresh = mergeOccurrences(
      mineInline(
        'the Hotel and Guesthouse Accommodation Ordinance (Cap. 349) (《旅館業條例》(第349章))',
      ),
    ).terms[0]!;
    expect(fresh.mined!.glossary === undefined || fresh.mined!.glossary.match !== 'different').toBe(
      true,
    );
    expect(fresh).toMatchObject({
      kind: 'ordinance',
      jurisdiction: 'HK',
      instrument: '條例',
      authority: 'common',
    });
  });
});
