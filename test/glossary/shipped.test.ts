/**
 * The glossary loader and lookups: TSV parsing (pure), lazy loading of glossaries/, merging
 * user glossaries, and lookups by Chinese (Traditional/Simplified, with or without 《》, revision
 * suffix or Cap. number) and by English (PRC / People's Republic of China spellings, word order).
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { enKey, zhKey } from '../../src/glossary/keys.js';
import {
  allTerms,
  buildIndex,
  lookupCap,
  lookupEn,
  lookupZh,
  mergeGlossaries,
  parseGlossaryTsv,
  shippedTerms,
  termById,
} from '../../src/glossary/shipped.js';

const ids = (terms: { id: string }[]) => terms.map((t) => t.id);

describe('parseGlossaryTsv', () => {
  const text = [
    '# Format: test',
    '# Source: test',
    'id\tzh_hant\ten\ten_variants\tzh_variants\ten_authority\tkind',
    'x-1\t關連交易\tconnected transaction\tCT | connected transactions\t关联交易\tcommon\tterm',
    '',
    'x-2\t核數師\tauditor\t\t\t\t',
  ].join('\n');

  it('reads columns by header name and splits variant lists', () => {
    const [a, b] = parseGlossaryTsv(text, 'test.tsv');
    expect(a!.id).toBe('x-1');
    expect(a!.zhHans).toBe('关连交易');
    expect(a!.enVariants).toEqual(['CT', 'connected transactions']);
    expect(a!.zhVariants).toEqual(['关联交易']);
    expect(a!.authority).toBe('common');
    expect(a!.origin).toBe('test.tsv');
    expect(b!.kind).toBe('term');
    expect(b!.authority).toBe('user');
    expect(b!.zhHans).toBe('核数师');
  });

  it('derives a missing Traditional form from the Simplified one (opencc cn→hk)', () => {
    const [a, b, c] = parseGlossaryTsv(
      [
        'id\tzh_hans\ten',
        'y-1\t关联交易\tconnected transaction',
        'y-2\t个人资料(私隐)条例\tPersonal Data (Privacy) Ordinance',
        'y-3\t药品管理法实施条例里的规定\tprovisions in the regulations',
      ].join('\n'),
      'hans.tsv',
    );
    expect(a!.zhHans).toBe('关联交易');
    expect(a!.zhHant).toBe('關聯交易');
    expect(b!.zhHant).toBe('個人資料(私隱)條例');
    // the Hong Kong standard (裏), not the Simplified text copied nor the Taiwan form (裡)
    expect(c!.zhHant).toBe('藥品管理法實施條例裏的規定');
    for (const t of [a!, b!, c!]) expect(t.zhHant).not.toBe(t.zhHans);
  });

  it('accepts CRLF and a BOM', () => {
    const terms = parseGlossaryTsv(`\uFEFF${text.replace(/\n/g, '\r\n')}`);
    expect(ids(terms)).toEqual(['x-1', 'x-2']);
  });

  it('rejects a header without en, and rows with bad values, naming the line', () => {
    expect(() => parseGlossaryTsv('id\tzh_hant\nx\t公司')).toThrow(InputError);
    try {
      parseGlossaryTsv('id\tzh_hant\ten\tkind\nx\t公司\tcompany\tthing', 'bad.tsv');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).format()).toMatch(/^bad\.tsv:2: .*kind "thing"/);
    }
    expect(() => parseGlossaryTsv('id\tzh_hant\ten\nx\t公司\t')).toThrow(/no English/);
    expect(() => parseGlossaryTsv('id\tzh_hant\ten\nx\ta\tb\tc')).toThrow(/fields/);
  });
});

describe('keys', () => {
  it('fold Chinese script, width, book-title marks and brackets', () => {
    expect(zhKey('《中華人民共和國公司法》')).toBe(zhKey('中华人民共和国公司法'));
    expect(zhKey('個人資料（私隱）條例')).toBe(zhKey('个人资料(私隐)条例'));
    expect(zhKey('中華 人民共和國憲法')).toBe('中华人民共和国宪法');
  });

  it('fold PRC spellings, apostrophes, case and word order in English', () => {
    const k = enKey("Company Law of the People's Republic of China");
    for (const v of [
      'Company Law of the Peoples Republic of China',
      'PRC Company Law',
      'the Company Law of the PRC',
      'Company Law of the P.R.C.',
      'COMPANY LAW OF THE PEOPLE’S REPUBLIC OF CHINA',
    ]) {
      expect(enKey(v), v).toBe(k);
    }
    expect(enKey('Labour Contract Law of the PRC')).toBe(enKey('Labor Contract Law of the PRC'));
    expect(enKey('Company Law')).not.toBe(k);
  });
});

describe('shipped glossary lookups', () => {
  it('loads once and lists every term', () => {
    expect(shippedTerms()).toBe(shippedTerms());
    expect(allTerms().length).toBeGreaterThanOrEqual(300);
    expect(allTerms()).not.toBe(allTerms());
  });

  it('finds the Company Law from Traditional, Simplified, with 《》 and short forms', () => {
    for (const q of [
      '中華人民共和國公司法',
      '中华人民共和国公司法',
      '《中華人民共和國公司法》',
      '《公司法》',
      '公司法',
      '中華人民共和國公司法（2023年修訂）',
    ]) {
      expect(ids(lookupZh(q)), q).toEqual(['cn-company-law']);
    }
    const t = termById('cn-company-law')!;
    expect(t.zhHant).toBe('中華人民共和國公司法');
    expect(t.en).toBe("Company Law of the People's Republic of China");
  });

  it('finds the Company Law from its English variants', () => {
    for (const q of [
      "Company Law of the People's Republic of China",
      'Company Law of the Peoples Republic of China',
      'PRC Company Law',
      'Company Law of the PRC',
      'the Company Law',
      'Company Law of the PRC (2018 Revision)',
    ]) {
      expect(ids(lookupEn(q)), q).toEqual(['cn-company-law']);
    }
  });

  it('關連交易 and 关联交易 (and 關聯交易, 关连交易) reach the same entry', () => {
    for (const q of ['關連交易', '关联交易', '關聯交易', '关连交易', '「關連交易」']) {
      expect(ids(lookupZh(q)), q).toEqual(['term-connected-transaction']);
    }
    expect(ids(lookupEn('connected transaction'))).toEqual(['term-connected-transaction']);
  });

  it('finds HK ordinances with or without the Cap. reference, in both scripts', () => {
    for (const q of [
      '《公司條例》（第622章）',
      '公司条例',
      '香港法例第622章《公司條例》',
      '公司條例(第622章)',
    ]) {
      expect(ids(lookupZh(q)), q).toEqual(['hk-cap-622-companies']);
    }
    for (const q of [
      'Companies Ordinance',
      'Companies Ordinance (Cap. 622)',
      'Companies Ordinance, Chapter 622 of the Laws of Hong Kong',
    ]) {
      expect(ids(lookupEn(q)), q).toEqual(['hk-cap-622-companies']);
    }
    expect(ids(lookupZh('個人資料（私隱）條例'))).toEqual(['hk-cap-486-personal-data-privacy']);
    expect(ids(lookupZh('个人资料(私隐)条例'))).toEqual(['hk-cap-486-personal-data-privacy']);
    expect(ids(lookupCap('Cap. 32'))).toEqual(['hk-cap-32-companies-winding-up']);
    expect(ids(lookupCap('第571章'))).toEqual(['hk-cap-571-securities-futures']);
    expect(ids(lookupCap('571V'))).toEqual(['hk-cap-571v-stock-market-listing-rules']);
    expect(lookupCap('99999')).toEqual([]);
  });

  it('finds implementing regulations and the GMP with its revision suffix', () => {
    expect(ids(lookupZh('《藥品管理法實施條例》'))).toEqual([
      'cn-drug-administration-law-implementing-regs',
    ]);
    expect(ids(lookupZh('药品管理法实施条例'))).toEqual([
      'cn-drug-administration-law-implementing-regs',
    ]);
    for (const q of [
      '藥品生產質量管理規範（2010年修訂）',
      '药品生产质量管理规范',
      '藥品生產質量管理規範',
    ]) {
      expect(ids(lookupZh(q)), q).toEqual(['cn-gmp-drugs']);
    }
    expect(termById('cn-gmp-drugs')!.instrument).toBe('規範');
  });

  it('finds rule books and codes by short and full names', () => {
    expect(ids(lookupZh('上市規則'))).toEqual(['hkex-main-board-listing-rules']);
    expect(ids(lookupZh('《香港聯合交易所有限公司證券上市規則》'))).toEqual([
      'hkex-main-board-listing-rules',
    ]);
    expect(ids(lookupEn('Listing Rules'))).toEqual(['hkex-main-board-listing-rules']);
    expect(ids(lookupEn('Model Code'))).toEqual(['hkex-model-code']);
    expect(ids(lookupZh('企业管治守则'))).toEqual(['hkex-corporate-governance-code']);
  });

  it('finds the Listing Rules as HKEX definitions write them', () => {
    expect(
      ids(lookupEn('Rules Governing the Listing of Securities on the Stock Exchange')),
    ).toEqual(['hkex-main-board-listing-rules']);
    expect(ids(lookupZh('《聯交所證券上市規則》'))).toEqual(['hkex-main-board-listing-rules']);
  });

  it('finds EU Directive 2001/83/EC in Chinese and English', () => {
    for (const q of ['歐盟第2001/83/EC號指令', '欧盟第2001/83/EC号指令', '歐盟指令2001/83/EC']) {
      expect(ids(lookupZh(q)), q).toEqual(['eu-directive-2001-83-ec']);
    }
    expect(ids(lookupEn('Directive 2001/83/EC'))).toEqual(['eu-directive-2001-83-ec']);
    expect(termById('eu-directive-2001-83-ec')!.jurisdiction).toBe('');
  });

  it('keeps generic GMP names away from the PRC GMP', () => {
    for (const q of [
      'GMP',
      'Good Manufacturing Practice',
      'Good Manufacturing Practice (2010 Revision)',
    ]) {
      expect(lookupEn(q), q).toEqual([]);
    }
    for (const q of [
      'PRC GMP',
      'China GMP',
      'Good Manufacturing Practice for Drugs',
      'Good Manufacturing Practice for Drugs (2010 Revision)',
    ]) {
      expect(ids(lookupEn(q)), q).toEqual(['cn-gmp-drugs']);
    }
  });

  it('finds corrected PRC titles by the new and the old English', () => {
    for (const q of [
      "Law of the People's Republic of China Against Unfair Competition",
      'Anti-Unfair Competition Law of the PRC',
    ]) {
      expect(ids(lookupEn(q)), q).toEqual(['cn-anti-unfair-competition-law']);
    }
    for (const q of [
      "Regulation for Implementing the Foreign Investment Law of the People's Republic of China",
      "Regulations for the Implementation of the Foreign Investment Law of the People's Republic of China",
    ]) {
      expect(ids(lookupEn(q)), q).toEqual(['cn-foreign-investment-law-implementing-regs']);
    }
  });

  it('returns nothing for unknown names', () => {
    expect(lookupZh('不存在的條例')).toEqual([]);
    expect(lookupEn('Law of Nowhere')).toEqual([]);
    expect(lookupZh('')).toEqual([]);
  });
});

describe('mergeGlossaries', () => {
  it('lets a user glossary override a shipped entry by id and add new entries', () => {
    const user = parseGlossaryTsv(
      [
        'id\tzh_hant\ten\ten_authority',
        'cn-company-law\t中華人民共和國公司法\tPRC Company Law\tuser',
        'u-1\t董事會函件\tletter from the Board\tuser',
      ].join('\n'),
      'user.tsv',
    );
    const merged = mergeGlossaries(shippedTerms(), user);
    expect(merged.length).toBe(shippedTerms().length + 1);
    const index = buildIndex(merged);
    // the user entry has no short form: 公司法 reaches it through the 中華人民共和國 fallback
    expect(lookupZh('公司法', index).map((t) => t.origin)).toEqual(['user.tsv']);
    expect(lookupZh('中华人民共和国公司法', index)[0]!.en).toBe('PRC Company Law');
    expect(lookupEn("Company Law of the People's Republic of China", index)[0]!.origin).toBe(
      'user.tsv',
    );
    expect(lookupEn('the Company Law', index)).toEqual([]);
    expect(ids(lookupZh('董事會函件', index))).toEqual(['u-1']);
    expect(ids(lookupZh('公司法'))).toEqual(['cn-company-law']);
  });

  it('puts the later glossary first when two entries share a form', () => {
    const a = parseGlossaryTsv('id\tzh_hant\ten\na\t通函\tcircular', 'a.tsv');
    const b = parseGlossaryTsv('id\tzh_hant\ten\nb\t通函\tcircular letter', 'b.tsv');
    expect(ids(lookupZh('通函', buildIndex(mergeGlossaries(a, b))))).toEqual(['b', 'a']);
  });
});
