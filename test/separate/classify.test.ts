/** Judging the language of a line or paragraph by content (src/separate/classify.ts). */
import { describe, expect, it } from 'vitest';
import { bracketMask, judge } from '../../src/separate/classify.js';
import { smooth } from '../../src/separate/smooth.js';

describe('judge: language by content, not by the first character', () => {
  it('keeps a Chinese sentence full of English names, codes and figures Chinese', () => {
    for (const t of [
      'ABC Holdings Limited（HKEX：1234）與XYZ Capital Management Company Limited於2024年5月3日簽署MOU。',
      'Jinhe Holdings Group Co., Ltd.為本公司的控股股東。',
      '董事會建議續聘Brightwater CPA Limited為本公司核數師，並授權董事會釐定其約HK$1,250,000之酬金。',
      'ISO 9001:2015認證',
    ]) {
      expect(judge(t).lang, t).toBe('zh');
    }
  });

  it('keeps an English sentence quoting a Chinese title English', () => {
    for (const t of [
      'The resolutions are proposed under the Companies Ordinance (Cap. 622) (公司條例（第622章）).',
      'The Target is regulated under 中華人民共和國藥品管理法 and holds a valid licence.',
      'Mr. Chan Tai Man (陳大文) was appointed as an executive Director.',
      '"Company" Jinhe Kangning Pharmaceutical Group Co., Ltd. (金禾康寧醫藥集團股份有限公司)',
    ]) {
      expect(judge(t).lang, t).toBe('en');
    }
  });

  it('counts the Chinese of inline titles, and only inside English', () => {
    expect(judge('the Product Quality Law (中華人民共和國產品質量法) applies').inlineHan).toBe(12);
    expect(judge('本公司（ABC Limited）').inlineHan).toBe(0);
  });

  it('reads a title cut by a line break as bracketed: the rest of the line, or its start', () => {
    expect(judge('the Company Law of the PRC (中華人民共和國公司法').lang).toBe('en');
    expect(judge('公司法) and the Securities Law of the PRC').lang).toBe('en');
    const mask = bracketMask('ab (cd');
    expect(mask).toEqual([false, false, false, true, true, true]);
  });

  it('has no language for figures and page numbers, and judges bracket-only lines by content', () => {
    expect(judge('– 12 –').lang).toBeUndefined();
    expect(judge('1,862.4\t2,095.3').lang).toBeUndefined();
    expect(judge('(Stock Code: 8765)').lang).toBe('en');
    expect(judge('（股份代號：8765）').lang).toBe('zh');
  });
});

describe('smooth: the language of each line of a paragraph', () => {
  const lines = (...texts: string[]) => texts.map((t) => judge(t));

  it('switches at every line when the lines alternate', () => {
    const j = lines('Notes:', '附註：', '1. Sign here.', '1. 請簽署。', 'Date', '日期');
    expect(smooth(j, () => 0.3)).toEqual(['en', 'zh', 'en', 'zh', 'en', 'zh']);
  });

  it('keeps a wrapped line of a Chinese paragraph that is mostly an English name Chinese', () => {
    const j = lines(
      '董事會謹此宣佈，於二零二四年三月二十五日，本公司的全資附屬公司已與',
      'XYZ International Pharmaceutical Technology (Shanghai)',
      'Co., Ltd.訂立供應協議，為期三年，自二零二四年四月一日起生效。',
    );
    // what pieces.ts charges for a switch after a full-width line that does not end a sentence
    expect(smooth(j, () => 1.5)).toEqual(['zh', 'zh', 'zh']);
  });

  it('gives a paragraph without letters to both sides', () => {
    expect(smooth(lines('2022', '1,862.4'), () => 0.6)).toEqual(['both', 'both']);
  });
});
