/** TSV and JSONL: exact lines, escaping, header, errors with line and column. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { jsonl } from '../../src/formats/jsonl.js';
import { tsv } from '../../src/formats/tsv.js';
import type { Unit } from '../../src/types.js';
import { alignedUnits, writeOptions } from './fixtures.js';

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('no InputError thrown');
}

const tricky: Unit = {
  id: '1',
  source: 'a\tb\nc\r\\n',
  target: '甲\\乙',
  srcLang: 'en',
  tgtLang: 'zh',
  score: 0.123456,
  review: true,
};

describe('TSV', () => {
  it('writes source, target, score, review; escapes backslash, tab, LF and CR', () => {
    expect(tsv.write([tricky], writeOptions)).toBe('a\\tb\\nc\\r\\\\n\t甲\\\\乙\t0.1235\treview\n');
    expect(tsv.write(alignedUnits.slice(0, 1), writeOptions).split('\t').slice(2)).toEqual([
      '0.94',
      '\n',
    ]);
  });

  it('writes a language header only when asked, and reads the languages from it', () => {
    expect(tsv.write([], writeOptions)).toBe('');
    const text = tsv.write(alignedUnits, { ...writeOptions, header: true });
    expect(text.split('\n')[0]).toBe('en\tzh-HK\tscore\treview');
    const file = tsv.read(text, 'x.tsv');
    expect([file.srcLang, file.tgtLang]).toEqual(['en', 'zh-HK']);
    expect(file.units).toHaveLength(alignedUnits.length);
    expect(file.units[0]!.id).toBe('1');
  });

  it('reads CRLF files, unknown escapes literally, blank lines skipped', () => {
    const file = tsv.read('a\\xb\tc\r\n\r\nd\te\t0.5\tyes\r\n', 'x.tsv', { srcLang: 'en' });
    expect(file.units.map((u) => [u.source, u.target, u.score, u.review])).toEqual([
      ['a\\xb', 'c', undefined, undefined],
      ['d', 'e', 0.5, true],
    ]);
    expect(file.srcLang).toBe('en');
  });

  it('reports a line without a tab and a bad score with line and column', () => {
    expect(inputError(() => tsv.read('a\tb\nno tab here\n', 'p.tsv')).format()).toBe(
      'p.tsv:2:1: expected source<TAB>target[<TAB>score[<TAB>review]], found no tab',
    );
    expect(inputError(() => tsv.read('ab\tc\thigh\n', 'p.tsv')).format()).toBe(
      'p.tsv:1:6: score "high" is not a number',
    );
  });
});

describe('JSONL', () => {
  it('writes one object per unit, keys bead, source, target, score, review', () => {
    const [line] = jsonl.write(alignedUnits.slice(2, 3), writeOptions).split('\n');
    expect(line).toBe(
      '{"bead":{"src":[2,3],"tgt":[2]},"source":"The Board is pleased 😀 to announce the results. Stock code: 0012.","target":"董事會欣然宣佈業績😀。股份代號：0012。","score":0.42,"review":true}',
    );
    expect(jsonl.write([{ ...tricky, review: false }], { srcLang: 'en', tgtLang: 'zh' })).toBe(
      '{"source":"a\\tb\\nc\\r\\\\n","target":"甲\\\\乙","score":0.1235}\n',
    );
  });

  it('reports invalid JSON and wrong fields with the line', () => {
    const good = jsonl.write(alignedUnits.slice(0, 1), writeOptions);
    const e = inputError(() => jsonl.read(`${good}{"source": "a", }\n`, 'u.jsonl'));
    expect([e.file, e.line]).toEqual(['u.jsonl', 2]);
    expect(e.message).toMatch(/^invalid JSON/);
    expect(inputError(() => jsonl.read('{"source":"a","target":3}', 'u.jsonl')).format()).toBe(
      'u.jsonl:1:1: "target" must be a string',
    );
    expect(
      inputError(() => jsonl.read('{"source":"a","target":"b","bead":{"src":[-1],"tgt":[]}}', 'u'))
        .message,
    ).toMatch(/bead/);
  });
});
