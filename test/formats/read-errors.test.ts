/** Malformed input gives one InputError line: file:line:column: message. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { formats, readUnits } from '../../src/formats/index.js';
import { alignedUnits, writeOptions } from './fixtures.js';

function error(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('no InputError thrown');
}

describe.each(['tmx', 'xliff', 'xliff12'] as const)('malformed %s', (name) => {
  const format = formats[name];
  const good = format.write(alignedUnits, writeOptions);
  const lines = good.split('\n');
  const at = lines.findIndex((l) => l.includes('Dividend'));

  it('a bare & gives file, line and column', () => {
    const bad = [...lines];
    bad[at] = bad[at]!.replace('Dividend of', 'Dividend & of');
    const e = error(() => format.read(bad.join('\n'), `bad.${name}`));
    expect(e.file).toBe(`bad.${name}`);
    expect(e.line).toBe(at + 1);
    expect(e.column).toBeGreaterThan(bad[at]!.indexOf('Dividend'));
    expect(e.format()).toMatch(new RegExp(`^bad\\.${name}:${at + 1}:\\d+: not well-formed XML: `));
  });

  it('a mismatched end tag gives the line', () => {
    const bad = [...lines];
    bad[at] = bad[at]!.replace('</seg>', '</sag>').replace('</source>', '</sorce>');
    const e = error(() => readUnits(bad.join('\n'), 'x.xml'));
    expect(e.line).toBe(at + 1);
    expect(e.message).toMatch(/not well-formed XML/);
  });

  it('an undefined entity gives its line and column', () => {
    const bad = [...lines];
    bad[at] = bad[at]!.replace('Dividend', 'Dividend&nbsp;');
    const e = error(() => format.read(bad.join('\n'), 'e.xml'));
    expect([e.line, e.column]).toEqual([at + 1, bad[at]!.indexOf('&nbsp;') + 1]);
    expect(e.message).toMatch(/undefined entity or stray '&' \(&nbsp;\)/);
  });

  it('a different root element is refused', () => {
    expect(() => format.read('<html><body/></html>', 'p.html')).toThrow(/root element is <html>/);
  });

  it('empty input is refused', () => {
    expect(error(() => format.read('', 'empty')).file).toBe('empty');
  });
});
