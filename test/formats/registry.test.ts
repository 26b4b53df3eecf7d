/** The registry (names, lookup, detection from content) and language codes. */
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/errors.js';
import { normalizeLang } from '../../src/formats/common.js';
import {
  detectFormat,
  formatByName,
  formatNames,
  formats,
  readUnits,
} from '../../src/formats/index.js';

describe('format registry', () => {
  it('holds the align output formats under their --format names', () => {
    expect(formatNames).toEqual(['tmx', 'xliff', 'xliff12', 'tsv', 'jsonl']);
    expect(formatByName('xliff').title).toBe('XLIFF 2.1');
    expect(formatByName('xliff12')).toBe(formats.xliff12);
    expect(() => formatByName('csv')).toThrow(UsageError);
    expect(() => formatByName('toString')).toThrow(/unknown format "toString"/);
  });

  it('detects formats from content, not from the name', () => {
    expect(
      detectFormat('<?xml version="1.0"?>\n<!-- c -->\n<tmx version="1.4"><header/></tmx>'),
    ).toBe(formats.tmx);
    expect(
      detectFormat('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'),
    ).toBe(formats.xliff12);
    expect(detectFormat('<xliff version="1.1">')).toBe(formats.xliff12);
    expect(
      detectFormat("<xliff version='2.0' xmlns='urn:oasis:names:tc:xliff:document:2.0'>"),
    ).toBe(formats.xliff);
    expect(detectFormat('{"source":"a","target":"b"}\n')).toBe(formats.jsonl);
    expect(detectFormat('\n<b>a</b>\tb\t0.5\n')).toBe(formats.tsv);
    expect(detectFormat('<html><body>x</body></html>')).toBeUndefined();
    expect(detectFormat('[0]:[0]\n')).toBeUndefined();
  });

  it('refuses unknown content with the file name', () => {
    expect(() => readUnits('just text\n', 'notes.txt')).toThrow(InputError);
  });
});

describe('language codes', () => {
  it('are BCP 47 with "-" and canonical case', () => {
    expect(normalizeLang('zh_hk')).toBe('zh-HK');
    expect(normalizeLang(' EN ')).toBe('en');
    expect(normalizeLang('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(normalizeLang('zh-CN')).toBe('zh-CN');
    expect(() => normalizeLang('')).toThrow(InputError);
    expect(() => normalizeLang('zh HK')).toThrow(/invalid language code/);
  });
});
