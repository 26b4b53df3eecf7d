/** TMX 1.4b: header, prop/note placement, review marks; reading multilingual and foreign TMX. */
import { describe, expect, it } from 'vitest';
import { tmx } from '../../src/formats/tmx.js';
import { alignedUnits, writeOptions } from './fixtures.js';

const out = tmx.write(alignedUnits, writeOptions);
const tus = out.split('<tu ').slice(1);

describe('TMX writing', () => {
  it('opens with the declaration, the TMX 1.4 DOCTYPE and a full header', () => {
    expect(
      out.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n',
      ),
    ).toBe(true);
    const header = /<header([^>]*)>/.exec(out)![1]!;
    for (const a of [
      'creationtool="zhen"',
      'creationtoolversion="0.1.0"',
      'datatype="plaintext"',
      'segtype="sentence"',
      'adminlang="en"',
      'srclang="en"',
      'o-tmf="zhen"',
      'creationdate="20250115T093000Z"',
    ]) {
      expect(header).toContain(a);
    }
  });

  it('puts file notes and document names in the header', () => {
    expect(out).toContain(
      '<note>The two documents may not be translations of each other (low average score).</note>',
    );
    expect(out).toContain('<prop type="x-source-document">announcement.en.txt</prop>');
    expect(out).toContain('<prop type="x-target-document">announcement.zh.txt</prop>');
  });

  it('writes one direction, both languages in every tu, props and notes before the tuvs', () => {
    // the unit with an empty target is left out of the TM
    expect(tus).toHaveLength(4);
    for (const tu of tus) {
      expect(tu.match(/<tuv xml:lang="en"><seg>/g)).toHaveLength(1);
      expect(tu.match(/<tuv xml:lang="zh-HK"><seg>/g)).toHaveLength(1);
      const firstTuv = tu.indexOf('<tuv');
      expect(tu.lastIndexOf('<prop')).toBeLessThan(firstTuv);
      expect(tu.lastIndexOf('<note')).toBeLessThan(firstTuv);
    }
  });

  it('marks origin, confidence and review with x- props', () => {
    expect(tus[0]).toContain('<prop type="x-Origin">Alignment</prop>');
    expect(tus[0]).toContain('<prop type="x-ConfirmationLevel">Translated</prop>');
    expect(tus[0]).toContain('<prop type="x-score">0.94</prop>');
    expect(tus[0]).toContain('<prop type="x-bead">[0]:[0]</prop>');
    expect(tus[0]).not.toContain('x-review');
    expect(tus[2]).toContain('<prop type="x-ConfirmationLevel">Draft</prop>');
    expect(tus[2]).toContain('<prop type="x-review">yes</prop>');
    expect(tus[2]).toContain('<prop type="x-bead">[2,3]:[2]</prop>');
    expect(tus[3]).toContain('<note>amounts checked</note>');
  });

  it('escapes markup characters in text', () => {
    expect(tus[0]).toContain(
      '<seg>The Company Law of the People\'s Republic of China (the "Company Law") &amp; its rules.</seg>',
    );
    expect(tus[1]).toContain('&lt;unaudited&gt;');
  });

  it('escapes attribute values', () => {
    const odd = tmx.write(alignedUnits.slice(0, 1), {
      ...writeOptions,
      toolVersion: '1 "beta" <x> & \'y\'\tz',
    });
    expect(odd).toContain(
      'creationtoolversion="1 &quot;beta&quot; &lt;x&gt; &amp; &apos;y&apos;&#9;z"',
    );
    expect(tmx.read(odd, 'x').units[0]!.source).toBe(alignedUnits[0]!.source);
  });

  it('normalises language codes and refuses invalid ones', () => {
    const hans = tmx.write(alignedUnits, { ...writeOptions, srcLang: 'EN', tgtLang: 'zh_hans_cn' });
    expect(hans).toContain('srclang="en"');
    expect(hans).toContain('<tuv xml:lang="zh-Hans-CN">');
    expect(() => tmx.write(alignedUnits, { ...writeOptions, tgtLang: 'Chinese (HK)' })).toThrow(
      /invalid language code/,
    );
  });
});

const multi = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="EN-US" datatype="plaintext"/>
  <body>
    <tu tuid="a">
      <prop type="x-ConfirmationLevel">Draft</prop>
      <prop type="x-Customer:SingleString">HKEX</prop>
      <tuv xml:lang="en-us"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept><ph x="2">{2}</ph> <hi type="em">now</hi>.</seg></tuv>
      <tuv xml:lang="zh-TW"><seg>按<bpt i="1">&lt;b&gt;</bpt>儲存<ept i="1">&lt;/b&gt;</ept>。</seg></tuv>
      <tuv xml:lang="zh-CN"><seg>按保存。</seg></tuv>
    </tu>
    <tu>
      <tuv lang="EN-US"><seg>&#x1F600; &#169; &amp;lt; <![CDATA[<raw> & ]]>0012</seg></tuv>
      <tuv lang="zh-TW"><seg>第二&#13;行</seg></tuv>
    </tu>
  </body>
</tmx>
`;

describe('TMX reading', () => {
  it('takes the header srclang and the most frequent other language', () => {
    const file = tmx.read(multi, 'm.tmx');
    expect([file.srcLang, file.tgtLang]).toEqual(['en-US', 'zh-TW']);
    expect(file.units.map((u) => u.target)).toEqual(['按儲存。', '第二\r行']);
  });

  it('takes the target language asked for, matching case-insensitively', () => {
    const file = tmx.read(multi, 'm.tmx', { tgtLang: 'zh-cn' });
    expect(file.tgtLang).toBe('zh-CN');
    expect(file.units.map((u) => u.target)).toEqual(['按保存。', '']);
  });

  it('drops inline codes, keeps <hi> text, decodes references and CDATA, reads TMX 1.1 lang', () => {
    const [a, b] = tmx.read(multi, 'm.tmx').units;
    expect(a!.source).toBe('Press Save now.');
    expect(b!.source).toBe('😀 © &lt; <raw> & 0012');
  });

  it('reads ids, Trados confirmation level and foreign props', () => {
    const [a, b] = tmx.read(multi, 'm.tmx').units;
    expect(a!.id).toBe('a');
    expect(b!.id).toBe('2');
    expect(a!.review).toBe(true);
    expect(b!.review).toBeUndefined();
    expect(a!.props).toEqual({ 'Customer:SingleString': 'HKEX' });
  });

  it('uses the first tuv language when srclang is *all*, and accepts a BOM and CRLF', () => {
    const all = `\uFEFF${multi.replace('srclang="EN-US"', 'srclang="*all*"').replace(/\n/g, '\r\n')}`;
    const file = tmx.read(all, 'all.tmx');
    expect(file.srcLang).toBe('en-US');
    expect(file.units[1]!.target).toBe('第二\r行');
  });
});
