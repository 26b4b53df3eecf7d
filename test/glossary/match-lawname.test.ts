/**
 * Parsing Chinese law references (src/glossary/lawname.ts): jurisdiction prefix, core name,
 * instrument type (longest ending wins: 實施條例 over 法), revision suffix, Cap. number, nested
 * titles, PDF spaces, Traditional or Simplified, full- or half-width brackets.
 */
import { describe, expect, it } from 'vitest';
import { foldZhText, parseLawName, readSuffix, revisionAtEnd } from '../../src/glossary/lawname.js';

describe('parseLawName', () => {
  it('splits prefix, core, instrument and revision', () => {
    const p = parseLawName('《中華人民共和國藥品管理法實施條例（2019年修訂）》');
    expect(p).toMatchObject({
      name: '中華人民共和國藥品管理法實施條例',
      prefix: '中華人民共和國',
      core: '藥品管理法',
      instrument: '實施條例',
      revision: { year: 2019, type: '修訂', text: '（2019年修訂）' },
    });
  });

  it('keeps implementing rules apart from their law', () => {
    expect(parseLawName('藥品管理法實施條例').instrument).toBe('實施條例');
    expect(parseLawName('专利法实施细则').instrument).toBe('實施細則');
    expect(parseLawName('藥品管理法').instrument).toBe('法');
  });

  it('reads 修正 / 修訂 / 修改, Arabic or Chinese numeral years, either bracket width', () => {
    expect(parseLawName('《公司法》（2018年修正）').revision).toMatchObject({
      year: 2018,
      type: '修正',
    });
    expect(parseLawName('公司法(2018年修正)').revision).toMatchObject({ year: 2018, type: '修正' });
    expect(parseLawName('《公司法》（二〇一八年修改）').revision).toMatchObject({
      year: 2018,
      type: '修正',
    });
    expect(parseLawName('药品生产质量管理规范（2010年修订）').revision).toMatchObject({
      year: 2010,
      type: '修訂',
    });
  });

  it('reads HK Cap. numbers before or after the title', () => {
    expect(parseLawName('《公司條例》（第622章）')).toMatchObject({
      name: '公司條例',
      instrument: '條例',
      cap: '622',
    });
    expect(parseLawName('香港法例第571章《證券及期貨條例》')).toMatchObject({
      name: '證券及期貨條例',
      cap: '571',
    });
    expect(parseLawName('《證券及期貨(財政資源)規則》(香港法例第571N章)').cap).toBe('571N');
  });

  it('drops PDF spaces and line breaks inside the name', () => {
    const p = parseLawName('《中華 人民共和國\n憲法》(2018年修正)');
    expect(p.name).toBe('中華人民共和國憲法');
    expect(p.core).toBe('憲');
    expect(p.instrument).toBe('法');
    expect(p.revision?.type).toBe('修正');
  });

  it('reports titles nested in 〈〉 as cited, the outer title as a decision', () => {
    const p = parseLawName('《關於修改〈中華人民共和國公司法〉的決定》');
    expect(p.instrument).toBe('決定');
    expect(p.cites).toEqual(['中華人民共和國公司法']);
    expect(p.prefix).toBe('');
  });

  it('looks through clarifications, editions and trial markers for the instrument', () => {
    const p = parseLawName('《外商投資准入特別管理措施（負面清單）（2021年版）》');
    expect(p.instrument).toBe('措施');
    expect(p.edition).toBe(2021);
    const t = parseLawName('《某某管理辦法（試行）》');
    expect(t.trial).toBe(true);
    expect(t.name).toBe('某某管理辦法');
    expect(parseLawName('《南華早報》').instrument).toBe('');
  });
});

describe('suffix helpers', () => {
  it('foldZhText keeps the length (offsets carry over)', () => {
    const s = '《藥品生產質量管理規範【2010年修訂】》𠀀（第622章）';
    const f = foldZhText(s);
    expect(f.length).toBe(s.length);
    expect(f).toContain('药品生产质量管理规范(2010年修订)');
  });

  it('readSuffix reads revision and Cap. after a name, in either order', () => {
    const text = '《公司條例》（第622章）（2014年修訂），';
    const end = text.indexOf('》') + 1;
    const s = readSuffix(text, foldZhText(text), end);
    expect(s.cap).toBe('622');
    expect(s.revision).toMatchObject({ year: 2014, type: '修訂' });
    expect(text.slice(s.end)).toBe('，');
    expect(readSuffix('公司法的規定', foldZhText('公司法的規定'), 3).end).toBe(3);
  });

  it('revisionAtEnd', () => {
    expect(revisionAtEnd('藥品生產質量管理規範（2010年修訂）')?.year).toBe(2010);
    expect(revisionAtEnd('藥品生產質量管理規範')).toBeUndefined();
  });
});
