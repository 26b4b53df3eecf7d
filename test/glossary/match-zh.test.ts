/**
 * The law-name matcher on Chinese text (src/glossary/matcher-zh.ts via matchLawNames): 《》 titles,
 * short forms, revision and Cap. suffixes, implementing regulations kept apart, PDF spaces,
 * Traditional/Simplified, nested 〈〉, word-boundary negatives, gaps and exact offsets.
 */
import { describe, expect, it } from 'vitest';
import type { LawMatch } from '../../src/glossary/law-match.js';
import { matchLawNames } from '../../src/glossary/matcher.js';
import { buildIndex, parseGlossaryTsv, shippedGlossaryIndex } from '../../src/glossary/shipped.js';

const zh = (text: string) => matchLawNames(text, shippedGlossaryIndex(), { from: 'zh' });
const one = (text: string): LawMatch => {
  const ms = zh(text);
  expect(ms, JSON.stringify(ms)).toHaveLength(1);
  return ms[0]!;
};
const offsetsExact = (text: string, ms: LawMatch[]) => {
  for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
};

describe('matchLawNames (Chinese)', () => {
  it('maps the full title and the short form to the same entry', () => {
    const full = one('根據《中華人民共和國公司法》，');
    expect(full).toMatchObject({
      text: '《中華人民共和國公司法》',
      zh: '中華人民共和國公司法',
      en: "Company Law of the People's Republic of China",
      kind: 'law',
      id: 'cn-company-law',
      instrument: '法',
    });
    const short = one('毋須根據《公司法》取得批准');
    expect(short.id).toBe('cn-company-law');
    expect(short.en).toBe("Company Law of the People's Republic of China");
    expect(short.zh).toBe('中華人民共和國公司法');
  });

  it('finds names without 《》 at word boundaries', () => {
    const m = one('目標公司已根據中華人民共和國公司法向主管部門登記');
    expect(m.text).toBe('中華人民共和國公司法');
    expect(one('根據公司法規定，').text).toBe('公司法');
    expect(one('依照證券法第十條').id).toBe('cn-securities-law');
    const two = zh('根据劳动法和劳动合同法');
    expect(two.map((x) => x.id)).toEqual(['cn-labor-law', 'cn-labor-contract-law']);
    expect(zh('「上市規則」 指 聯交所證券上市規則').map((x) => x.text)).toEqual([
      '上市規則',
      '證券上市規則',
    ]);
  });

  it('does not match a name that is only part of other words', () => {
    expect(zh('本公司法務部負責合規。')).toEqual([]);
    expect(zh('公司須遵守證券法規。')).toEqual([]);
    expect(zh('遵守勞動法律法規。')).toEqual([]);
    expect(zh('完善公司法人治理結構')).toEqual([]);
    expect(zh('本公司法定代表人')).toEqual([]);
  });

  it('keeps implementing regulations apart from their law', () => {
    const m = one('並無根據《藥品管理法實施條例》被吊銷');
    expect(m.id).toBe('cn-drug-administration-law-implementing-regs');
    expect(m.instrument).toBe('實施條例');
    expect(m.en).toBe(
      "Regulations for the Implementation of the Drug Administration Law of the People's Republic of China",
    );
    expect(one('根據中華人民共和國藥品管理法實施條例').id).toBe(
      'cn-drug-administration-law-implementing-regs',
    );
    // an implementing regulation in no glossary is a gap, never the law
    const gap = one('根據《某某促進法實施條例》');
    expect(gap.kind).toBe('gap');
    expect(gap.instrument).toBe('實施條例');
    const bare = zh('根據網絡安全法實施細則辦理');
    expect(bare.map((x) => x.id ?? x.kind)).not.toContain('cn-cybersecurity-law');
  });

  it('reads "及其實施條例" as the implementing regulations of the law just named', () => {
    const ms = zh('根據《中華人民共和國外商投資法》及其實施條例');
    expect(ms.map((m) => m.text)).toEqual(['《中華人民共和國外商投資法》', '實施條例']);
    expect(ms[1]!.instrument).toBe('實施條例');
    expect(ms[1]!.zh).toBe('中華人民共和國外商投資法實施條例');
  });

  it('parses and reports revision suffixes (GMP 2010 修訂)', () => {
    const m = one('兩者均已通過《藥品生產質量管理規範（2010年修訂）》的檢查');
    expect(m.id).toBe('cn-gmp-drugs');
    expect(m.revision).toEqual({ year: 2010, type: '修訂', text: '（2010年修訂）' });
    const bare = one('藥品生產質量管理規範（2010年修訂）的規定');
    expect(bare.id).toBe('cn-gmp-drugs');
    expect(bare.revision).toMatchObject({ year: 2010, type: '修訂' });
    const after = one('根據《公司法》（2018年修正），');
    expect(after.text).toBe('《公司法》（2018年修正）');
    expect(after.revision).toMatchObject({ year: 2018, type: '修正' });
    expect(one('《中華人民共和國憲法》(2018年修正)').revision?.type).toBe('修正');
  });

  it('reads HK Cap. numbers and notes a Cap. that is not the glossary one', () => {
    const m = one('一家根據《公司條例》（第622章）在香港註冊成立的公司');
    expect(m).toMatchObject({
      text: '《公司條例》（第622章）',
      en: 'Companies Ordinance',
      kind: 'ordinance',
      cap: '622',
    });
    expect(m.note).toBeUndefined();
    const sfo = one('指 《證券及期貨條例》（香港法例第571章）');
    expect(sfo).toMatchObject({ en: 'Securities and Futures Ordinance', cap: '571' });
    const pre = one('香港法例第571章《證券及期貨條例》');
    expect(pre.text).toBe('香港法例第571章《證券及期貨條例》');
    expect(pre.cap).toBe('571');
    const wrong = one('根據《公司條例》（第32章）');
    expect(wrong.id).toBe('hk-cap-622-companies');
    expect(wrong.cap).toBe('32');
    expect(wrong.note).toMatch(/622/);
    // a title in no glossary but with a known Cap. (an old name) is that ordinance, noted
    const old = one('根據《公司(清盤)條例》（第32章）');
    expect(old.id).toBe('hk-cap-32-companies-winding-up');
    expect(old.note).toMatch(/found by Cap\. 32/);
    const bareCap = one('香港法例第32章');
    expect(bareCap.id).toBe('hk-cap-32-companies-winding-up');
    // 第14A章 after the Listing Rules is a chapter, not a Cap.
    expect(one('根據《上市規則》第14A章').cap).toBeUndefined();
  });

  it('reads names with PDF spaces and line breaks inside', () => {
    const text = '根據《中華 人民共和國 公司法》及《藥品管理法\n實施條例》，中華 人民共和國 證券法';
    const ms = zh(text);
    expect(ms.map((m) => m.id)).toEqual([
      'cn-company-law',
      'cn-drug-administration-law-implementing-regs',
      'cn-securities-law',
    ]);
    offsetsExact(text, ms);
  });

  it('matches Traditional and Simplified alike, titles in the text’s script', () => {
    const s = one('根据《药品管理法实施条例》的规定');
    expect(s.id).toBe('cn-drug-administration-law-implementing-regs');
    expect(s.zh).toBe('中华人民共和国药品管理法实施条例');
    // a Simplified-only user glossary entry matches Traditional text
    const user = buildIndex(
      parseGlossaryTsv('id\tzh_hans\ten\nx-regs\t药品管理法实施条例\tDrug Regs (user)\n', 'u.tsv'),
    );
    const ms = matchLawNames('根據《藥品管理法實施條例》及藥品管理法實施條例', user, {
      from: 'zh',
    });
    expect(ms.map((m) => m.en)).toEqual(['Drug Regs (user)', 'Drug Regs (user)']);
    expect(ms[0]!.zh).toBe('藥品管理法實施條例');
  });

  it('reports a decision with the law it cites nested in 〈〉', () => {
    const m = one('根據《關於修改〈中華人民共和國公司法〉的決定》，');
    expect(m.kind).toBe('gap');
    expect(m.instrument).toBe('決定');
    expect(m.en).toBeUndefined();
    expect(m.zh).toBe('關於修改〈中華人民共和國公司法〉的決定');
    expect(m.cites).toHaveLength(1);
    expect(m.cites![0]).toMatchObject({ text: '〈中華人民共和國公司法〉', id: 'cn-company-law' });
  });

  it('reports law-like names in no glossary as gaps, without English', () => {
    const t = one('根據《某某省數據條例》');
    expect(t).toMatchObject({ kind: 'gap', zh: '某某省數據條例', instrument: '條例' });
    expect(t.en).toBeUndefined();
    const bare = zh('根據中華人民共和國某某促進法及某某管理辦法，');
    expect(bare.map((m) => [m.text, m.kind, m.instrument])).toEqual([
      ['中華人民共和國某某促進法', 'gap', '法'],
      ['某某管理辦法', 'gap', '辦法'],
    ]);
    expect(one('符合歐盟第2001/83/EC號指令項下的規定').text).toBe('歐盟第2001/83/EC號指令');
    // no gaps for generic words, valuation methods, articles of association
    expect(zh('依照本法規定；根據國家有關規定；根據中國法律；按照相關規定')).toEqual([]);
    expect(zh('採用市場法（即上市公司比較法）編製')).toEqual([]);
    expect(zh('根據組織章程細則，')).toEqual([]);
    expect(zh('根據《中華人民共和國公司法》').length).toBe(1);
    expect(matchLawNames('根據《某某省數據條例》', undefined, { from: 'zh', gaps: false })).toEqual(
      [],
    );
  });

  it('gives exact offsets, also after astral characters', () => {
    const text = '𠀀𠀀根據《公司法》（2018年修正），𡃁公司法及《𠮷𠮷條例》';
    const ms = zh(text);
    expect(ms.map((m) => m.text)).toEqual(['《公司法》（2018年修正）', '公司法', '《𠮷𠮷條例》']);
    offsetsExact(text, ms);
    expect(ms[0]!.start).toBe(6);
  });

  it('returns sorted, non-overlapping matches; the longest wins', () => {
    const text = '根據中華人民共和國公司法、香港聯合交易所有限公司證券上市規則及上市規則';
    const ms = zh(text);
    expect(ms.map((m) => m.text)).toEqual([
      '中華人民共和國公司法',
      '香港聯合交易所有限公司證券上市規則',
      '上市規則',
    ]);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
  });
});
