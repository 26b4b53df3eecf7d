import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decode } from '../../src/io/encoding.js';

const hex = (h: string) => Uint8Array.from(Buffer.from(h.replace(/\s+/g, ''), 'hex'));
const TRAD =
  '本公司董事會宣佈，截至二零二三年十二月三十一日止年度，本集團收益約為人民幣947.2百萬元。';
const BIG5 = hex(
  'a5bba4bda571b8b3a8c6b77cabc5a747a141ba49a6dca447b973a447a454a67ea451a447a4eba454a451a440a4e9a4eea67eabd7a141a5bbb6b0b9cea6acaf71acf9acb0a448a5c1b9f43934372e32a6cab855a4b8a143',
);
const SIMP = '本公司董事会宣布，截至2023年12月31日止年度，本集团收益约为人民币947.2百万元。';
const GB = hex(
  'b1beb9abcbbeb6adcac2bbe1d0fbb2bca3acbdd8d6c132303233c4ea3132d4c23331c8d5d6b9c4eab6c8a3acb1bebcafcdc5cad5d2e6d4bcceaac8cbc3f1b1d23934372e32b0d9cdf2d4aaa1a3',
);

function utf16(text: string, be: boolean): Uint8Array {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (!be) return le;
  const out = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    out[i] = le[i + 1]!;
    out[i + 1] = le[i]!;
  }
  return out;
}

describe('decode', () => {
  it.each([
    ['UTF-8', Buffer.from(TRAD), TRAD, 'utf-8', false],
    ['UTF-8 with BOM', Buffer.concat([hex('efbbbf'), Buffer.from(TRAD)]), TRAD, 'utf-8', true],
    ['UTF-16 LE with BOM', utf16(TRAD, false), TRAD, 'utf-16le', true],
    ['UTF-16 BE with BOM', utf16(TRAD, true), TRAD, 'utf-16be', true],
    ['Big5', BIG5, TRAD, 'big5', false],
    ['GB18030', GB, SIMP, 'gb18030', false],
    ['short Big5', hex('c3f6b373a5e6a9f6'), '關連交易', 'big5', false],
    ['short GB18030', hex('b9d8c1aabdbbd2d7'), '关联交易', 'gb18030', false],
  ])('recognises %s', (_name, bytes, text, encoding, bom) => {
    const got = decode(bytes, { file: 'x.txt' });
    expect(got.text).toBe(text);
    expect(got.encoding).toBe(encoding);
    expect(got.bom).toBe(bom);
  });

  it('uses --encoding when given, strictly', () => {
    expect(decode(BIG5, { encoding: 'big5' }).text).toBe(TRAD);
    expect(() =>
      decode(Buffer.from('\xff\xfe\xfd', 'latin1'), { encoding: 'utf-8', file: 'a.txt' }),
    ).toThrow(/not valid utf-8/);
    expect(() => decode(BIG5, { encoding: 'klingon' })).toThrow(/unknown encoding/);
  });

  it('refuses binary files, naming the file', () => {
    const err = (() => {
      try {
        decode(hex('89504e470d0a1a0a0000000d49484452'), { file: 'logo.png' });
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect(err!.format()).toBe('logo.png: binary file (contains NUL bytes), not text');
  });

  it('refuses bytes that are no supported encoding', () => {
    // Latin-1 "café crème" followed by 0x80 and 0xff: invalid in UTF-8, Big5 and GB18030
    expect(() =>
      decode(Buffer.from('caf\xe9 cr\xe8me \x80\xff', 'latin1'), { file: 'f.txt' }),
    ).toThrow(/cannot decode/);
  });

  it('refuses text full of control characters', () => {
    expect(() =>
      decode(Buffer.from('a\x01b\x02c\x03d\x04e\x05', 'latin1'), { file: 'c.bin' }),
    ).toThrow(/binary/);
  });
});
