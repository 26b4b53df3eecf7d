import { describe, expect, it } from 'vitest';
import { extractCodes } from '../../src/lexicon/codes.js';

type Lang = 'en' | 'zh';
const lang = (text: string): Lang => (/\p{Script=Han}/u.test(text) ? 'zh' : 'en');
const keys = (text: string): string[] => extractCodes(text, lang(text)).map((c) => c.key);

describe('codes', () => {
  it.each([
    // stock codes
    ['(Stock Code: 6855)', ['code:stock:6855']],
    ['Stock code: 00700', ['code:stock:700']],
    ['（股份代號：6855）', ['code:stock:6855']],
    ['（股份代号：6855）', ['code:stock:6855']],
    ['證券代碼：600519', ['code:stock:600519']],
    ['Stock Codes: 6855 and 86855', ['code:stock:6855', 'code:stock:86855']],
    ['Ascentage Pharma Group International (6855)', ['code:stock:6855']],
    ['Tencent Holdings Limited (700)', ['code:stock:700']],
    ['0700.HK', ['code:stock:700']],
    ['HKEX: 6855', ['code:stock:6855']],
    // Cap numbers and chapters
    ['the Companies Ordinance (Cap. 622)', ['cap:622']],
    ['Cap 622', ['cap:622']],
    ['Chapter 622 of the Laws of Hong Kong', ['cap:622']],
    ['《公司條例》（第622章）', ['cap:622']],
    ['《公司条例》(第622章)', ['cap:622']],
    ['Chapter 14A of the Listing Rules', ['cap:14a']],
    ['上市規則第十四章', ['cap:14']],
    // rules, articles, sections
    ['Rule 14.07 of the Listing Rules', ['rule:14.07']],
    ['上市規則第14.07條', ['rule:14.07']],
    ['上市规则第14.07条', ['rule:14.07']],
    ['Rules 14.07 and 14.08', ['rule:14.07', 'rule:14.08']],
    ['第14.07及14.08條', ['rule:14.07', 'rule:14.08']],
    ['Rule 13.51(2)', ['rule:13.51(2)']],
    ['第13.51(2)條', ['rule:13.51(2)']],
    ['第13.51（2）條', ['rule:13.51(2)']],
    ['Article 3', ['rule:3']],
    ['第三條', ['rule:3']],
    ['section 571 of the SFO', ['rule:571']],
    ['Rule 13.09 and 2023 results', ['rule:13.09']],
    ['paragraph 3(a)', ['para:3(a)']],
    ['第3(a)段', ['para:3(a)']],
    ['Part XV of the SFO', ['part:15']],
    ['證券及期貨條例第XV部', ['part:15']],
    ['第十五部', ['part:15']],
    ['Appendix 14', ['appendix:14']],
    ['附錄十四', ['appendix:14']],
    ['Appendix C1', ['appendix:c1']],
    ['附錄C1', ['appendix:c1']],
    ['Note 12', ['note:12']],
    ['附註12', ['note:12']],
    // standards and directives
    ['ISO 9001', ['std:iso9001']],
    ['ISO 14001:2015', ['std:iso14001:2015']],
    ['ISO14001：2015', ['std:iso14001:2015']],
    ['GB/T 19001-2016', ['std:gb/t19001-2016']],
    ['ICH Q7', ['std:ichq7']],
    ['Directive (2001/83/EC)', ['dir:2001/83/ec']],
    ['歐盟指令2001/83/EC', ['dir:2001/83/ec']],
    ['Regulation (EU) 2017/745', ['dir:eu:2017/745']],
    // phones, URLs, e-mail
    ['Tel: +852 2345 6789', ['tel:23456789']],
    ['電話：2345 6789', ['tel:23456789']],
    ['(852) 2345-6789', ['tel:23456789']],
    ['visit www.example.com.hk/ir.', ['url:example.com.hk/ir']],
    ['瀏覽https://www.example.com/ir/。', ['url:example.com/ir']],
    ['e-mail IR@Example.com', ['email:ir@example.com']],
  ])('%s → %j', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('finds Latin tokens in Chinese text', () => {
    const text = '本公司已通過歐盟QP的GMP審計，符合ESG要求及ABC Pharma Limited的標準。';
    const codes = extractCodes(text, 'zh');
    expect(codes.map((c) => c.key)).toEqual([
      'latin:qp',
      'latin:gmp',
      'latin:esg',
      'latin:abc',
      'latin:pharma',
      'latin:limited',
    ]);
    for (const c of codes) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('finds acronyms only in English text, and none in capitals headings', () => {
    expect(
      keys('The EU QP confirmed compliance with the EU GMP and ESG rules of the PRC.'),
    ).toEqual(['latin:eu', 'latin:qp', 'latin:eu', 'latin:gmp', 'latin:esg']);
    expect(keys('VOLUNTARY ANNOUNCEMENT ON THE GMP AUDIT')).toEqual([]);
  });

  it('does not take amounts, dates or years for codes', () => {
    expect(keys('RMB947.2 million for the year ended 31 December 2023 (2022: 1,234)')).toEqual([]);
    expect(keys('人民幣947.2百萬元，2023年')).toEqual([]);
    expect(keys('(2023)')).toEqual([]);
    expect(keys('Loss (1,234)')).toEqual([]);
    expect(keys('from 2021-2023')).toEqual([]);
  });

  it('gives offsets into the original text', () => {
    const text = '根據上市規則第14.07條（股份代號：６８５５）';
    for (const c of extractCodes(text, 'zh')) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(keys(text)).toEqual(['rule:14.07', 'code:stock:6855']);
  });
});
