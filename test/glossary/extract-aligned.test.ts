/**
 * Mining aligned text (src/glossary/extract/aligned.ts): a small TMX written here, two small
 * documents aligned with the aligner, the project's sample announcement pair, and (when
 * /work/shared is present) the PRC Generative AI Measures with their English translation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/document.js';
import { formats, readUnits } from '../../src/formats/index.js';
import {
  extractGlossary,
  mineAligned,
  segmentsFromDocs,
  segmentsFromUnits,
} from '../../src/glossary/extract/index.js';
import { ROOT, SHARED } from '../helpers/cli.js';

const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="en" datatype="plaintext"/>
  <body>
    <tu><tuv xml:lang="en"><seg>The Target Company has completed the registration in accordance with the Company Law of the People's Republic of China.</seg></tuv>
        <tuv xml:lang="zh-HK"><seg>目標公司已根據《中華人民共和國公司法》辦理登記。</seg></tuv></tu>
    <tu><tuv xml:lang="en"><seg>No approval is required under the Securities Law of the PRC or the Anti-Monopoly Law of the PRC.</seg></tuv>
        <tuv xml:lang="zh-HK"><seg>毋須根據《中華人民共和國證券法》或《中華人民共和國反壟斷法》取得批准。</seg></tuv></tu>
    <tu><tuv xml:lang="en"><seg>Both bases passed inspections under the Good Manufacturing Practice for Drugs (2010 Revision).</seg></tuv>
        <tuv xml:lang="zh-HK"><seg>兩者均已通過《藥品生產質量管理規範（2010年修訂）》的檢查。</seg></tuv></tu>
    <tu><tuv xml:lang="en"><seg>It was revoked under the Drug Administration Law of the People's Republic of China or its Implementing Regulations.</seg></tuv>
        <tuv xml:lang="zh-HK"><seg>並無根據《中華人民共和國藥品管理法》或《藥品管理法實施條例》被吊銷。</seg></tuv></tu>
    <tu><tuv xml:lang="en"><seg>The plant complies with the Emission Standard of Air Pollutants for Boilers.</seg></tuv>
        <tuv xml:lang="zh-HK"><seg>該廠房符合《鍋爐大氣污染物排放標準》。</seg></tuv></tu>
    <tu><tuv xml:lang="en"><seg>The ESG Report follows the Environmental, Social and Governance Reporting Guide (《環境、社會及管治報告指引》).</seg></tuv>
        <tuv xml:lang="zh-HK"><seg>本報告依照《環境、社會及管治報告指引》編製。</seg></tuv></tu>
  </body>
</tmx>
`;

describe('mining a TMX file', () => {
  const segments = segmentsFromUnits(readUnits(tmx, 'memory.tmx'))!;
  const found = mineAligned(segments, { file: 'memory.tmx' });

  it('finds the English sides and the law names in each unit', () => {
    expect(segments).toHaveLength(6);
    expect(segments[0]!.zh).toContain('公司法');
    expect(found.map((o) => [o.zh, o.en])).toEqual([
      ['中華人民共和國公司法', "Company Law of the People's Republic of China"],
      ['中華人民共和國證券法', 'Securities Law of the PRC'],
      ['中華人民共和國反壟斷法', 'Anti-Monopoly Law of the PRC'],
      ['藥品生產質量管理規範', 'Good Manufacturing Practice for Drugs'],
      ['中華人民共和國藥品管理法', "Drug Administration Law of the People's Republic of China"],
      ['鍋爐大氣污染物排放標準', 'Emission Standard of Air Pollutants for Boilers'],
      ['環境、社會及管治報告指引', 'Environmental, Social and Governance Reporting Guide'],
    ]);
  });

  it('does not pair a name with a partial rendering ("its Implementing Regulations")', () => {
    expect(found.some((o) => o.zh === '藥品管理法實施條例')).toBe(false);
  });

  it('gives each pair its unit, both sentences and a method', () => {
    const gmp = found.find((o) => o.zh === '藥品生產質量管理規範')!;
    expect(gmp).toMatchObject({
      method: 'aligned',
      revisions: ['2010年修訂'],
      context: { file: 'memory.tmx', unit: 3 },
    });
    expect(gmp.context.zhText).toContain('2010年修訂');
    expect(found.at(-1)!.method).toBe('inline');
  });

  it('reads XLIFF 1.2 and 2.1 files the same way', () => {
    const units = readUnits(tmx, 'memory.tmx');
    for (const f of [formats.xliff12, formats.xliff]) {
      const text = f.write(units.units, { srcLang: 'en', tgtLang: 'zh-HK' });
      const again = mineAligned(segmentsFromUnits(readUnits(text, 'memory.xlf'))!, {
        file: 'memory.xlf',
      });
      expect(
        again.map((o) => [o.zh, o.en]),
        f.name,
      ).toEqual(found.map((o) => [o.zh, o.en]));
    }
  });

  it('works whichever side is Chinese, and by script when the codes do not say', () => {
    const flipped = tmx.replace(/srclang="en"/, 'srclang="zh-HK"');
    expect(segmentsFromUnits(readUnits(flipped, 'x.tmx'))![0]!.en).toContain('Company Law');
    const file = readUnits(tmx, 'x.tmx');
    const unknown = { ...file, srcLang: 'und', tgtLang: 'und' };
    expect(segmentsFromUnits(unknown)![0]!.zh).toContain('公司法');
  });
});

describe('mining two documents aligned with the aligner', () => {
  const en = [
    'ANNOUNCEMENT',
    '',
    "The Board announces that the Company has completed the registration in accordance with the Company Law of the People's Republic of China.",
    '',
    'No other approval is required under the Securities Law of the PRC.',
    '',
    'The Purchaser is a company incorporated in Hong Kong under the Companies Ordinance (Cap. 622).',
    '',
    'The Acquisition constitutes a connected transaction under Chapter 14A of the Listing Rules.',
  ].join('\n');
  const zh = [
    '公告',
    '',
    '董事會宣佈，本公司已根據《中華人民共和國公司法》完成登記。',
    '',
    '毋須根據《中華人民共和國證券法》取得其他批准。',
    '',
    '買方為根據《公司條例》（第622章）在香港註冊成立的公司。',
    '',
    '根據《上市規則》第14A章，收購事項構成關連交易。',
  ].join('\n');

  it('aligns, mines and merges, Chinese given first or second', () => {
    for (const [a, b] of [
      [zh, en],
      [en, zh],
    ] as const) {
      const segments = segmentsFromDocs(makeDoc(a), makeDoc(b));
      const { terms } = extractGlossary([{ kind: 'segments', file: 'pair', segments }]);
      expect(terms.map((t) => [t.zhHant, t.en])).toEqual([
        ['中華人民共和國公司法', "Company Law of the People's Republic of China"],
        ['中華人民共和國證券法', 'Securities Law of the PRC'],
        ['公司條例', 'Companies Ordinance'],
        ['上市規則', 'Listing Rules'],
      ]);
      expect(terms.every((t) => t.mined?.glossary)).toBe(true);
    }
  });

  it('mines the sample announcement pair (corpora/announcement)', () => {
    const read = (f: string) =>
      makeDoc(readFileSync(join(ROOT, 'corpora', 'announcement', f), 'utf8'));
    const segments = segmentsFromDocs(read('en.txt'), read('zh.txt'));
    const { terms, warnings } = extractGlossary([
      { kind: 'segments', file: 'announcement', segments },
    ]);
    const zh = terms.map((t) => t.zhHant);
    expect(zh).toEqual(
      expect.arrayContaining([
        '中華人民共和國公司法',
        '中華人民共和國藥品管理法',
        '藥品生產質量管理規範',
        '證券及期貨條例',
        '上市規則',
        '公司條例',
      ]),
    );
    expect(zh).not.toContain('藥品管理法實施條例');
    expect(warnings).toEqual([]);
    expect(terms.find((t) => t.zhHant === '藥品生產質量管理規範')!.en).toBe(
      'Good Manufacturing Practice for Drugs',
    );
  });
});

const REG = join(SHARED, 'corpora', 'regulatory-zh-en-dev', 'sent');

describe.skipIf(!existsSync(REG))(
  'mining an official PRC instrument and its English translation (shared corpus)',
  () => {
    it('finds the six instruments the Generative AI Measures cite, with their English titles', () => {
      const lines = (f: string) => readFileSync(join(REG, f), 'utf8').split('\n');
      const zh = lines('cn-generative-ai-measures.zh');
      const en = lines('cn-generative-ai-measures.en');
      const beads = lines('cn-generative-ai-measures.gold')
        .filter(Boolean)
        .map((l) => l.split(':').map((x) => JSON.parse(x) as number[]));
      const segments = beads.map(([z, e], i) => ({
        zh: z!.map((k) => zh[k]).join(''),
        en: e!.map((k) => en[k]).join(' '),
        unit: i + 1,
      }));
      const { terms } = extractGlossary([{ kind: 'segments', file: 'measures', segments }]);
      expect(terms.map((t) => [t.zhHans, t.en]).sort()).toEqual(
        [
          ['中华人民共和国网络安全法', "Cybersecurity Law of the People's Republic of China"],
          ['中华人民共和国数据安全法', "Data Security Law of the People's Republic of China"],
          [
            '中华人民共和国个人信息保护法',
            "Personal Information Protection Law of the People's Republic of China",
          ],
          [
            '中华人民共和国科学技术进步法',
            "Science and Technology Progress Law of the People's Republic of China",
          ],
          [
            '互联网信息服务深度合成管理规定',
            'Internet Information Service Deep Synthesis Management Provisions',
          ],
          [
            '互联网信息服务算法推荐管理规定',
            'Internet Information Service Algorithmic Recommendation Management Provisions',
          ],
        ].sort(),
      );
    });
  },
);
