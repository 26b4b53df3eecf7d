/**
 * The law-name matcher on English text (src/glossary/matcher-en.ts via matchLawNames): PRC /
 * People's Republic of China spellings and word order, HK Cap. references, rule books and codes,
 * "and its Implementing Regulations", revision suffixes, acronyms, gaps and language detection.
 */
import { describe, expect, it } from 'vitest';
import type { LawMatch } from '../../src/glossary/law-match.js';
import { detectFrom, matchLawNames } from '../../src/glossary/matcher.js';
import { shippedGlossaryIndex } from '../../src/glossary/shipped.js';

const en = (text: string) => matchLawNames(text, shippedGlossaryIndex(), { from: 'en' });
const one = (text: string): LawMatch => {
  const ms = en(text);
  expect(ms, JSON.stringify(ms)).toHaveLength(1);
  return ms[0]!;
};

describe('matchLawNames (English)', () => {
  it('finds PRC laws whatever the PRC spelling and word order', () => {
    for (const form of [
      "Company Law of the People's Republic of China",
      'Company Law of the Peoples Republic of China',
      'Company Law of the PRC',
      'PRC Company Law',
      'the Company Law of the P.R.C.',
    ]) {
      const m = one(`in accordance with the ${form}, the Company`);
      expect(m.id, form).toBe('cn-company-law');
      expect(m.zh).toBe('中華人民共和國公司法');
      expect(m.en).toBe("Company Law of the People's Republic of China");
      expect(m.text).toBe(form.replace(/^the /, ''));
    }
    expect(one('under the Labour Law').id).toBe('cn-labor-law');
    expect(
      one('the Law of the PRC on the Prevention and Control of Atmospheric Pollution applies').id,
    ).toBe('cn-air-pollution-law');
  });

  it('reads HK ordinances with Cap. references and bare Cap. references', () => {
    const m = one('a company incorporated under the Companies Ordinance (Cap. 622) and');
    expect(m).toMatchObject({ text: 'Companies Ordinance (Cap. 622)', zh: '公司條例', cap: '622' });
    const sfo = one('the Securities and Futures Ordinance (Chapter 571 of the Laws of Hong Kong)');
    expect(sfo).toMatchObject({ id: 'hk-cap-571-securities-futures', cap: '571' });
    const bare = one('as defined in Chapter 571 of the Laws of Hong Kong.');
    expect(bare).toMatchObject({ id: 'hk-cap-571-securities-futures', zh: '證券及期貨條例' });
    expect(one('see Cap. 32 for details').id).toBe('hk-cap-32-companies-winding-up');
    const ms = en(
      'the Companies (Winding Up) Ordinance (Cap. 32) and the Widget Ordinance (Cap. 999)',
    );
    expect(ms.map((m) => [m.text, m.id ?? m.kind, m.cap])).toEqual([
      ['Companies (Winding Up) Ordinance (Cap. 32)', 'hk-cap-32-companies-winding-up', '32'],
      ['Widget Ordinance (Cap. 999)', 'gap', '999'],
    ]);
    expect(ms[0]!.note).toMatch(/found by Cap\. 32/);
    expect(one('Chapter 14A of the Listing Rules').cap).toBeUndefined();
  });

  it('finds rule books and codes', () => {
    expect(one('the Takeovers Code applies').zh).toBe('公司收購及合併守則');
    expect(one('under Chapter 14 of the Listing Rules').id).toBe('hkex-main-board-listing-rules');
    expect(one('within the meaning of Part XV of the SFO').id).toBe(
      'hk-cap-571-securities-futures',
    );
  });

  it('gives a second entry for "and its Implementing Regulations"', () => {
    const ms = en(
      "under the Drug Administration Law of the People's Republic of China and its Implementing Regulations.",
    );
    expect(ms.map((m) => [m.text, m.id])).toEqual([
      ["Drug Administration Law of the People's Republic of China", 'cn-drug-administration-law'],
      ['Implementing Regulations', 'cn-drug-administration-law-implementing-regs'],
    ]);
    expect(ms[1]!.zh).toBe('中華人民共和國藥品管理法實施條例');
  });

  it('parses English revision suffixes', () => {
    const gmp = one('inspections under the Good Manufacturing Practice for Drugs (2010 Revision).');
    expect(gmp.id).toBe('cn-gmp-drugs');
    expect(gmp.revision).toEqual({ year: 2010, type: '修訂', text: '(2010 Revision)' });
    // the defined short form after it is the same law again
    const [c, short] = en('the Constitution of the PRC (2018 revision) (the "Constitution")');
    expect(c!.text).toBe('Constitution of the PRC (2018 revision)');
    expect(short!.id).toBe(c!.id);
    expect(c!.revision).toMatchObject({ year: 2018, type: '修訂' });
    expect(one('the Company Law (Revised in 2023)').revision).toMatchObject({ year: 2023 });
    expect(one('the Company Law (2018 Amendment)').revision?.type).toBe('修正');
  });

  it('does not take lower-case words or an acronym inside another name', () => {
    expect(en('the company law firm and the listing rules team')).toEqual([]);
    expect(en('compliant with the EU GMP requirements; (Stock Code: 2938)')).toEqual([]);
  });

  it('reports unknown law-like titles as gaps, with no Chinese', () => {
    const d = one('the EU GMP requirements under Directive 2004/27/EC, enabling');
    expect(d).toMatchObject({
      text: 'Directive 2004/27/EC',
      kind: 'gap',
      en: 'Directive 2004/27/EC',
    });
    expect(d.zh).toBeUndefined();
    const m = one('the Measures for the Administration of Widget Services apply.');
    expect(m).toMatchObject({
      kind: 'gap',
      en: 'Measures for the Administration of Widget Services',
    });
    expect(one('Under the Widget Promotion Law, the Company shall').text).toBe(
      'Widget Promotion Law',
    );
    // two titles joined by "and", or next to a known name, are two names
    expect(en('the Widget Law and the Gadget Measures apply').map((m) => m.text)).toEqual([
      'Widget Law',
      'Gadget Measures',
    ]);
    expect(en('the Takeovers Code and the Widget Promotion Law.').map((m) => m.text)).toEqual([
      'Takeovers Code',
      'Widget Promotion Law',
    ]);
    expect(en('The Independent Board Committee and the Stock Exchange')).toEqual([]);
    expect(
      matchLawNames('Under the Widget Promotion Law.', undefined, { from: 'en', gaps: false }),
    ).toEqual([]);
  });

  it('gives exact offsets and non-overlapping matches sorted by offset', () => {
    const text =
      '𠀀 the PRC Securities Law, the Companies Ordinance (Cap. 622) and the Listing Rules.';
    const ms = en(text);
    expect(ms.map((m) => m.text)).toEqual([
      'PRC Securities Law',
      'Companies Ordinance (Cap. 622)',
      'Listing Rules',
    ]);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('detects the direction from the text', () => {
    expect(detectFrom('根據《公司法》的規定')).toBe('zh');
    expect(detectFrom('under the Company Law of the PRC')).toBe('en');
    expect(matchLawNames('under the PRC Company Law')[0]!.id).toBe('cn-company-law');
    expect(matchLawNames('根據《公司法》')[0]!.id).toBe('cn-company-law');
  });
});
