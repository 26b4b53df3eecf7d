import { describe, expect, it } from 'vitest';
import { split } from '../../src/segment/index.js';

const zh = (text: string, zhSemicolon = false) =>
  split(text, { lang: 'zh', zhSemicolon }).map((s) => s.text);

describe('Chinese sentences', () => {
  it('ends sentences at 。！？ and keeps closing quotes and brackets with them', () => {
    expect(zh('本集團收益上升。董事會建議派息！是否批准？是的。')).toEqual([
      '本集團收益上升。',
      '董事會建議派息！',
      '是否批准？',
      '是的。',
    ]);
    expect(zh('他說：「本公司已完成。」其後離開。（附註：已批准。）董事同意。')).toEqual([
      '他說：「本公司已完成。」其後離開。',
      '（附註：已批准。）',
      '董事同意。',
    ]);
    expect(zh('他说：“我们同意。”然后离开。')).toEqual(['他说：“我们同意。”然后离开。']);
  });

  it('splits at ；only when asked', () => {
    const text = '本公司將發行股份；董事會將派息。';
    expect(zh(text)).toEqual([text]);
    expect(zh(text, true)).toEqual(['本公司將發行股份；', '董事會將派息。']);
  });

  it('never splits inside 《》 or 「」', () => {
    expect(zh('根據《關於修改〈公司法〉的決定。說明》，本公司同意。董事會批准。')).toEqual([
      '根據《關於修改〈公司法〉的決定。說明》，本公司同意。',
      '董事會批准。',
    ]);
    expect(zh('「董事會」指本公司董事會。「本公司」指某公司。')).toEqual([
      '「董事會」指本公司董事會。',
      '「本公司」指某公司。',
    ]);
  });

  it('keeps …… and —— whole', () => {
    expect(zh('本公司……完成了交易——這是重要的。其後上市。')).toEqual([
      '本公司……完成了交易——這是重要的。',
      '其後上市。',
    ]);
  });

  it('treats Traditional and Simplified alike', () => {
    expect(zh('本集团收益上升。董事会建议派息！')).toEqual([
      '本集团收益上升。',
      '董事会建议派息！',
    ]);
  });

  it('starts a new segment at （一） / (1) / 一、 at the start of a line', () => {
    const text =
      '董事會建議如下：\n（一）發行股份；\n（二）派發股息。\n(1) 本公司將召開股東大會；\n一、總則\n本辦法適用於本公司。\n二、附則';
    const segs = split(text, { lang: 'zh' });
    expect(segs.map((s) => [s.kind, s.text])).toEqual([
      ['sentence', '董事會建議如下：'],
      ['list-item', '（一）發行股份；'],
      ['list-item', '（二）派發股息。'],
      ['list-item', '(1) 本公司將召開股東大會；'],
      ['heading', '一、總則'], // a numbered title reads as a heading
      ['sentence', '本辦法適用於本公司。'],
      ['heading', '二、附則'],
    ]);
  });

  it('ASCII ! and ? end Chinese sentences but not inside URLs', () => {
    expect(zh('是否批准?是的。請瀏覽 http://www.example.com/?q=1 查閱。')).toEqual([
      '是否批准?',
      '是的。',
      '請瀏覽 http://www.example.com/?q=1 查閱。',
    ]);
  });
});

describe('language per paragraph (--lang auto)', () => {
  it('judges by content, not the first character', () => {
    const text = [
      'GMP認證於2023年3月由歐盟QP（Qualified Person）完成，審核涵蓋ISO 9001。本公司對此感到欣喜。',
      '',
      'The Company complies with the Company Law of the Peoples Republic of China(中華人民共和國公司法). It also complies with the Listing Rules.',
    ].join('\n');
    const segs = split(text);
    expect(segs.map((s) => [s.lang, s.paragraph])).toEqual([
      ['zh', 0],
      ['zh', 0],
      ['en', 1],
      ['en', 1],
    ]);
  });
});
