import { describe, expect, it } from 'vitest';
import { cueKeys, enumeratorKey, enumeratorKeys, punctuationKeys } from '../../src/align/cues.js';
import { learnTranslations } from '../../src/align/model1.js';
import { chineseNumber } from '../../src/align/numerals.js';
import { Tokenizer, textLength } from '../../src/align/tokens.js';
import { serialiseLexicon } from '../../src/lexicon/cedict.js';
import { createLexicon } from '../../src/lexicon/lexicon.js';

const lexicon = createLexicon(
  serialiseLexicon(
    new Map([
      ['友谊', ['friend']],
      ['伟大', ['great']],
      ['公司法', ['compan', 'law']],
      ['公司', ['compan']],
      ['法', ['law', 'method']],
      ['留下', ['stai', 'leav']],
    ]),
    'test',
  ),
  serialiseLexicon(
    new Map([
      ['陈', ['chen']],
      ['清', ['qing']],
      ['扬', ['yang']],
      ['杨', ['yang']],
      ['大', ['da']],
      ['军', ['jun']],
    ]),
    'test',
  ),
);
const keysOf = (tokens: { keys: string[] }[]) => tokens.flatMap((t) => t.keys);

describe('tokens', () => {
  const tk = new Tokenizer({ lexicon });

  it('gives Chinese words the English keys of their lexicon entry, on Simplified text', () => {
    const zh = tk.tokens('以偉大友誼的名義', 'zh');
    expect(keysOf(zh)).toEqual(expect.arrayContaining(['great', 'friend']));
    expect(zh.map((t) => t.type)).toContain('友谊');
  });

  it('gives names the pinyin of their characters, and English capitalised words a name key', () => {
    const zh = keysOf(tk.tokens('楊大軍和陈清扬', 'zh'));
    expect(zh).toEqual(expect.arrayContaining(['py:yang', 'py:dajun', 'py:qingyang', 'py:chen']));
    const en = keysOf(tk.tokens('Yang Dajun met Chen Qingyang and JINHE.', 'en'));
    expect(en).toEqual(
      expect.arrayContaining(['py:yang', 'py:dajun', 'py:chen', 'py:qingyang', 'py:jinhe']),
    );
    expect(en).not.toContain('py:met');
  });

  it('splits unknown words into known parts, and reads numbers', () => {
    expect(keysOf(tk.tokens('留下来', 'zh'))).toEqual(expect.arrayContaining(['stai', 'leav']));
    expect(keysOf(tk.tokens('二十八面', 'zh'))).toContain('28');
    expect(keysOf(tk.tokens('twenty-eight dishes, 2006', 'en'))).toEqual(
      expect.arrayContaining(['2006']),
    );
    expect(keysOf(tk.tokens('建於2006年', 'zh'))).toContain('2006');
  });

  it('reads Chinese inside English and Latin inside Chinese', () => {
    const en = keysOf(tk.tokens('the Company Law of the PRC (中華人民共和國公司法)', 'en'));
    expect(en.filter((k) => k === 'law').length).toBeGreaterThanOrEqual(2);
    expect(keysOf(tk.tokens('通過GMP認證', 'zh'))).toContain('gmp');
  });

  it('adds shared cue keys and anchor keys as tokens of their own', () => {
    const withAnchors = new Tokenizer({ lexicon, anchorKeys: () => ['date:2024-03-25'] });
    const t = withAnchors.tokens('于二〇二四年三月二十五日', 'zh', ['quote']);
    expect(keysOf(t)).toEqual(expect.arrayContaining(['a:quote', 'a:date:2024-03-25']));
  });

  it('counts length without white space', () => {
    expect(textLength('a b\tc')).toBe(3);
    expect(textLength('中　文')).toBe(2);
  });
});

describe('cues', () => {
  it('finds questions, exclamations and quotations in both languages', () => {
    expect(punctuationKeys('“您能说具体些吗？”')).toEqual(['?', 'quote']);
    expect(punctuationKeys('"Can you be more specific?"')).toEqual(['?', 'quote']);
    expect(punctuationKeys('好！')).toEqual(['!']);
  });

  it('reads the number of numbered paragraphs alike in both languages', () => {
    expect(enumeratorKey('（三）目標公司', 'zh')).toBe('3');
    expect(enumeratorKeys('(c) the Target Company', 'en')).toContain('3');
    expect(enumeratorKeys('(ii) the Vendor', 'en')).toEqual(['2']);
    expect(enumeratorKey('第十二條 本辦法', 'zh')).toBe('12');
    expect(enumeratorKey('Article 12 These Measures', 'en')).toBe('12');
    expect(enumeratorKey('1.2 Background', 'en')).toBe('1.2');
    expect(enumeratorKey('二、背景', 'zh')).toBe('2');
    expect(enumeratorKey('The Board', 'en')).toBeUndefined();
    expect(cueKeys({ text: 'Results', kind: 'heading', lang: 'en' })).toEqual(['heading']);
  });

  it('reads Chinese numerals', () => {
    expect(chineseNumber('二十八')).toBe(28);
    expect(chineseNumber('十五')).toBe(15);
    expect(chineseNumber('一九八九')).toBe(1989);
    expect(chineseNumber('三千五百')).toBe(3500);
    expect(chineseNumber('两万')).toBe(20000);
    expect(chineseNumber('一百零五')).toBe(105);
    expect(chineseNumber('十分')).toBeUndefined();
  });
});

describe('translation table learned from the document', () => {
  it('finds a pair the lexicon lacks from the beads where both occur', () => {
    const beads = [
      { zh: ['实验室', '大'], en: ['lab', 'big'] },
      { zh: ['实验室', '设备'], en: ['lab', 'equip'] },
      { zh: ['实验室', '数据'], en: ['lab', 'data'] },
      { zh: ['卫星', '数据'], en: ['satell', 'data'] },
    ];
    const known = (z: string, e: string) =>
      (z === '大' && e === 'big') ||
      (z === '设备' && e === 'equip') ||
      (z === '数据' && e === 'data');
    const learned = learnTranslations(beads, known, { minCount: 2 });
    expect(learned.get('实验室')).toEqual(['lab']);
    expect(learned.has('数据')).toBe(false); // already known
  });
});
