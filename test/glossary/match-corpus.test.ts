/**
 * The law-name matcher on the sample filing (corpora/announcement): every law and rule name the
 * corpus README lists is found in the clean and the PDF-style texts of both languages, nothing
 * else is, both sides name the same instruments, and the planted Cap. error is noted.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LawMatch } from '../../src/glossary/law-match.js';
import { matchLawNames } from '../../src/glossary/matcher.js';

const read = (name: string) =>
  readFileSync(new URL(`../../corpora/announcement/${name}`, import.meta.url), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, '');
const ids = (ms: LawMatch[]) => new Set(ms.map((m) => m.id ?? `gap:${m.text}`));

/** The names the README lists, as [text without spaces, glossary id or 'gap', Cap.?, revision?] */
const ZH: [string, string, string?, number?][] = [
  ['《中華人民共和國公司法》', 'cn-company-law'],
  ['《中華人民共和國藥品管理法》', 'cn-drug-administration-law'],
  ['《藥品管理法實施條例》', 'cn-drug-administration-law-implementing-regs'],
  ['《公司法》', 'cn-company-law'],
  ['《中華人民共和國證券法》', 'cn-securities-law'],
  ['《藥品生產質量管理規範（2010年修訂）》', 'cn-gmp-drugs', undefined, 2010],
  ['歐盟第2001/83/EC號指令', 'eu-directive-2001-83-ec'],
  ['中國企業會計準則', 'cn-casbe'],
  ['上市規則', 'hkex-main-board-listing-rules'], // the heading 上市規則的涵義
  ['《證券及期貨條例》', 'hk-cap-571-securities-futures'],
  ['《上市規則》', 'hkex-main-board-listing-rules'],
  ['《上市規則》', 'hkex-main-board-listing-rules'],
  ['《上市規則》', 'hkex-main-board-listing-rules'],
  ['《上市規則》', 'hkex-main-board-listing-rules'],
  ['《證券及期貨條例》', 'hk-cap-571-securities-futures'],
  ['上市規則', 'hkex-main-board-listing-rules'],
  ['證券上市規則', 'hkex-main-board-listing-rules'],
  ['《公司條例》（第622章）', 'hk-cap-622-companies', '622'],
  ['證券及期貨條例', 'hk-cap-571-securities-futures'],
  ['《證券及期貨條例》（香港法例第571章）', 'hk-cap-571-securities-futures', '571'],
];

const EN: [string, string, string?, number?][] = [
  ["Company Law of the People's Republic of China", 'cn-company-law'],
  ["Drug Administration Law of the People's Republic of China", 'cn-drug-administration-law'],
  ['Implementing Regulations', 'cn-drug-administration-law-implementing-regs'],
  ['Company Law of the PRC', 'cn-company-law'],
  ['Securities Law of the PRC', 'cn-securities-law'],
  ['Good Manufacturing Practice for Drugs (2010 Revision)', 'cn-gmp-drugs', undefined, 2010],
  ['Directive 2001/83/EC', 'eu-directive-2001-83-ec'],
  ['China Accounting Standards for Business Enterprises', 'cn-casbe'],
  ['LISTING RULES', 'hkex-main-board-listing-rules'], // the heading
  ['SFO', 'hk-cap-571-securities-futures'],
  ...Array.from({ length: 4 }, (): [string, string] => [
    'Listing Rules',
    'hkex-main-board-listing-rules',
  ]),
  ['SFO', 'hk-cap-571-securities-futures'],
  ['Listing Rules', 'hkex-main-board-listing-rules'],
  [
    'Rules Governing the Listing of Securities on the Stock Exchange',
    'hkex-main-board-listing-rules',
  ],
  ['Companies Ordinance (Cap. 622)', 'hk-cap-622-companies', '622'],
  ['SFO', 'hk-cap-571-securities-futures'],
  [
    'Securities and Futures Ordinance (Chapter 571 of the Laws of Hong Kong)',
    'hk-cap-571-securities-futures',
    '571',
  ],
];

function expectNames(text: string, ms: LawMatch[], want: typeof ZH, spaced: (s: string) => string) {
  expect(ms.map((m) => [spaced(m.text), m.id ?? 'gap', m.cap, m.revision?.year])).toEqual(
    want.map(([t, id, cap, year]) => [spaced(t), id, cap, year]),
  );
  for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
}

describe('law names in corpora/announcement', () => {
  it('zh.txt: every name the README lists, and nothing else', () => {
    const text = read('zh.txt');
    expectNames(text, matchLawNames(text), ZH, (s) => s);
  });

  it('zh.pdf.txt: the same names despite spaces and line breaks inside them', () => {
    const text = read('zh.pdf.txt');
    expectNames(text, matchLawNames(text), ZH, squash);
  });

  it('en.txt and en.pdf.txt: every name, with Cap. and revision', () => {
    for (const name of ['en.txt', 'en.pdf.txt']) {
      const text = read(name);
      expectNames(text, matchLawNames(text), EN, (s) => s.replace(/\s+/g, ' '));
    }
  });

  it('both languages name the same glossary instruments', () => {
    const zh = [...ids(matchLawNames(read('zh.txt')))].filter((id) => !id.startsWith('gap:'));
    const en = [...ids(matchLawNames(read('en.txt')))].filter((id) => !id.startsWith('gap:'));
    expect(new Set(zh)).toEqual(new Set(en));
  });

  it('qa-errors/zh.txt: the planted Cap. number and swapped regulations show', () => {
    const ms = matchLawNames(read('qa-errors/zh.txt'));
    const cap = ms.find((m) => m.text === '《公司條例》（第32章）');
    expect(cap?.note).toMatch(/Cap\. 32 .*622/);
    const found = ids(ms);
    expect(found.has('cn-drug-administration-law-implementing-regs')).toBe(false);
    expect(found.has('cn-gmp-drugs')).toBe(false);
  });
});
