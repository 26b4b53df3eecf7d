import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  convertDocument,
  convertLangCode,
  detectKind,
  variantOfCode,
} from '../../src/text/convert.js';

describe('language codes', () => {
  it('maps zh-CN ↔ zh-HK ↔ zh-TW and zh-Hans ↔ zh-Hant, keeping case and separator', () => {
    expect(convertLangCode('zh-CN', 'hk')).toBe('zh-HK');
    expect(convertLangCode('zh-HK', 'tw')).toBe('zh-TW');
    expect(convertLangCode('zh-TW', 'cn')).toBe('zh-CN');
    expect(convertLangCode('zh-Hans', 'tw')).toBe('zh-Hant');
    expect(convertLangCode('zh-Hant', 'cn')).toBe('zh-Hans');
    expect(convertLangCode('zh-Hans-CN', 'hk')).toBe('zh-Hant-HK');
    expect(convertLangCode('zh_cn', 'hk')).toBe('zh_hk');
    expect(convertLangCode('ZH-CN', 'tw')).toBe('ZH-TW');
    expect(convertLangCode('zh-SG', 'hk')).toBe('zh-HK');
    for (const code of ['en', 'en-US', 'zh', 'ja-JP', 'x-zh-CN'])
      expect(convertLangCode(code, 'hk')).toBe(code);
  });

  it('tells the variant a code names', () => {
    expect(variantOfCode('zh-CN')).toBe('cn');
    expect(variantOfCode('zh-Hans')).toBe('cn');
    expect(variantOfCode('zh-HK')).toBe('hk');
    expect(variantOfCode('zh-MO')).toBe('hk');
    expect(variantOfCode('zh-TW')).toBe('tw');
    expect(variantOfCode('zh-Hant')).toBe('hant');
    expect(variantOfCode('zh-Hant-TW')).toBe('tw');
    expect(variantOfCode('zh')).toBeUndefined();
    expect(variantOfCode('en')).toBeUndefined();
  });
});

describe('file kinds', () => {
  it('are detected from the content', () => {
    expect(detectKind('<?xml version="1.0"?>\n<!-- x -->\n<tmx version="1.4">')).toBe('tmx');
    expect(detectKind('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">')).toBe(
      'xliff12',
    );
    expect(detectKind('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1">')).toBe(
      'xliff2',
    );
    expect(detectKind('\ufeff<?xml version="1.0"?><tbx type="TBX-Basic">')).toBe('tbx');
    expect(detectKind('<martif type="TBX">')).toBe('tbx');
    expect(detectKind('en\tzh-CN\nBoard\t董事会\n')).toBe('tsv');
    expect(detectKind('source,target\nBoard,董事会\n')).toBe('csv');
    expect(detectKind('董事会批准了收购事项。\n')).toBe('text');
    expect(detectKind('董事会, 本公司\n', 'terms.csv')).toBe('csv');
  });
});

describe('conversion', () => {
  it('converts plain text by the script it is written in', () => {
    expect(convertDocument('董事会批准了收购事项。', { to: 'hk' }).text).toBe(
      '董事會批准了收購事項。',
    );
    expect(convertDocument('生產綫、裏面、衞生', { to: 'cn' }).text).toBe('生产线、里面、卫生');
    // Traditional of unknown region to Taiwan forms, to Hong Kong forms
    expect(convertDocument('生產綫、裏面、衞生', { to: 'tw' }).text).toBe('生產線、裡面、衛生');
    expect(convertDocument('生產線、裡面、衛生', { to: 'hk' }).text).toBe('生產線、裏面、衞生');
    expect(convertDocument('No Chinese here.', { to: 'hk' }).text).toBe('No Chinese here.');
  });

  it('converts XML text only: not tags, attributes, comments, processing instructions', () => {
    const xml =
      '<?xml version="1.0"?><?pi 简体?>\n<!-- 简体注释 -->\n<doc note="简体属性"><p xml:lang="zh-CN">简体<b title="说明">文字</b></p><![CDATA[数据 <x>]]></doc>\n';
    const out = convertDocument(xml, { to: 'hk' }).text;
    expect(out).toBe(
      '<?xml version="1.0"?><?pi 简体?>\n<!-- 简体注释 -->\n<doc note="简体属性"><p xml:lang="zh-HK">簡體<b title="说明">文字</b></p><![CDATA[數據 <x>]]></doc>\n',
    );
  });

  it('converts each XLIFF side from its own language', () => {
    const xlf =
      '<xliff version="2.1" srcLang="zh-TW" trgLang="zh-CN"><file id="f"><unit id="u"><segment><source>裡面</source><target>里面</target></segment></unit></file></xliff>';
    expect(convertDocument(xlf, { to: 'hk' }).text).toBe(
      '<xliff version="2.1" srcLang="zh-HK" trgLang="zh-HK"><file id="f"><unit id="u"><segment><source>裏面</source><target>裏面</target></segment></unit></file></xliff>',
    );
  });

  it('reports broken markup with line and column', () => {
    const err = (() => {
      try {
        convertDocument('<tmx>\n  <tu><seg>好</seg\n', { to: 'hk', file: 'a.tmx' });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).format()).toBe(
      'a.tmx:2:13: unterminated markup (not well-formed XML)',
    );
  });

  it('converts TSV/CSV cells by column and header codes, quoting kept', () => {
    const tsv = 'en\tzh-TW\tzh-CN\nBoard\t裡面\t里面\n';
    expect(convertDocument(tsv, { to: 'hk' }).text).toBe('en\tzh-HK\tzh-HK\nBoard\t裏面\t裏面\n');
    const csv = 'source,target\r\n"a, ""b""","简体, ""引号"""\r\n';
    expect(convertDocument(csv, { to: 'tw' }).text).toBe(
      'source,target\r\n"a, ""b""","簡體, ""引號"""\r\n',
    );
  });
});
