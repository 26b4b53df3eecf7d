/**
 * The contract every registered format keeps (translate-toolkit's test_base.py idea): this
 * suite iterates the registry, so a new format is tested without anyone adding it here.
 * What a format cannot carry is declared in its `traits` and checked here too.
 */
import { describe, expect, it } from 'vitest';
import { detectFormat, type Format, formats, readUnits } from '../../src/formats/index.js';
import type { Unit } from '../../src/types.js';
import { expectedReview, hardUnits, writeOptions } from './fixtures.js';

const blank = (u: Unit) => u.source.trim() === '' || u.target.trim() === '';

/** The units a format is expected to give back after a write with `options`. */
function kept(format: Format, units: Unit[], keepEmpty = false): Unit[] {
  return format.traits.emptySides || keepEmpty ? units : units.filter((u) => !blank(u));
}

describe.each(Object.entries(formats))('format contract: %s', (name, format) => {
  const text = format.write(hardUnits, writeOptions);
  const read = format.read(text, `out.${format.extensions[0]}`, {
    srcLang: 'en',
    tgtLang: 'zh-HK',
  });
  const expected = kept(format, hardUnits);

  it('is registered under its own name and has extensions', () => {
    expect(format.name).toBe(name);
    expect(format.extensions.length).toBeGreaterThan(0);
  });

  it('writes a newline-terminated file that it detects, and no other format does', () => {
    expect(text.endsWith('\n')).toBe(true);
    expect(format.detect(text)).toBe(true);
    for (const other of Object.values(formats)) {
      if (other !== format) expect(other.detect(text), other.name).toBe(false);
    }
    expect(detectFormat(text)).toBe(format);
    expect(readUnits(text, 'x').units.length).toBe(expected.length);
  });

  it('is deterministic for a fixed creation date', () => {
    expect(format.write(hardUnits, writeOptions)).toBe(text);
  });

  it('keeps every source and target exactly', () => {
    expect(read.units.map((u) => [u.source, u.target])).toEqual(
      expected.map((u) => [u.source, u.target]),
    );
    expect(read.format).toBe(name);
  });

  it('keeps scores (to 4 decimals)', () => {
    read.units.forEach((u, i) => {
      const score = expected[i]!.score;
      if (score === undefined) expect(u.score).toBeUndefined();
      else expect(u.score).toBeCloseTo(score, 4);
    });
  });

  it('marks review units (flag set or score under reviewThreshold) and only those', () => {
    expect(read.units.map((u) => Boolean(u.review))).toEqual(expected.map(expectedReview));
    expect(read.units.some((u) => u.review)).toBe(true);
  });

  it('gives every unit the file languages, as BCP 47 with "-"', () => {
    expect(text).not.toMatch(/zh_hk/i);
    for (const u of read.units) expect([u.srcLang, u.tgtLang]).toEqual(['en', 'zh-HK']);
    const bare = format.read(text, 'x');
    if (format.traits.languages) expect([bare.srcLang, bare.tgtLang]).toEqual(['en', 'zh-HK']);
    else expect([bare.srcLang, bare.tgtLang]).toEqual(['und', 'und']);
  });

  it.runIf(format.traits.beads)('keeps beads', () => {
    expect(read.units.map((u) => u.bead)).toEqual(expected.map((u) => u.bead));
  });

  it.runIf(format.traits.ids)('keeps unit ids', () => {
    expect(read.units.map((u) => u.id)).toEqual(expected.map((u) => u.id));
  });

  it.runIf(!format.traits.ids)('numbers units from 1', () => {
    expect(read.units.map((u) => u.id)).toEqual(read.units.map((_, i) => String(i + 1)));
  });

  it.runIf(format.traits.notes)('keeps unit notes', () => {
    expect(read.units.map((u) => u.notes ?? [])).toEqual(expected.map((u) => u.notes ?? []));
  });

  it.runIf(format.traits.props)('keeps unit props', () => {
    expect(read.units.map((u) => u.props ?? {})).toEqual(expected.map((u) => u.props ?? {}));
  });

  it.runIf(format.traits.fileNotes)('keeps file notes and document names', () => {
    expect(read.notes).toContain(writeOptions.notes![0]);
    expect(read.sourceDocument).toBe(writeOptions.sourceDocument);
    expect(read.targetDocument).toBe(writeOptions.targetDocument);
  });

  it.runIf(!format.traits.emptySides)('leaves out units with an empty side, and says so', () => {
    expect(read.units.length).toBe(hardUnits.length - 2);
    expect(read.notes.join('\n')).toMatch(/2 unit\(s\) with an empty source or target/);
    const all = format.read(format.write(hardUnits, { ...writeOptions, keepEmpty: true }), 'x');
    expect(all.units.map((u) => u.target)).toEqual(hardUnits.map((u) => u.target));
  });

  it('round-trips an empty unit list, languages included', () => {
    const empty = format.read(format.write([], { ...writeOptions, header: true }), 'x');
    expect(empty.units).toEqual([]);
    if (format.traits.languages) expect([empty.srcLang, empty.tgtLang]).toEqual(['en', 'zh-HK']);
  });

  it('writes what it reads back the same way (write → read → write is stable)', () => {
    const again = format.write(read.units, { ...writeOptions, notes: read.notes });
    const twice = format.read(again, 'x', { srcLang: 'en', tgtLang: 'zh-HK' });
    expect(twice.units).toEqual(read.units);
  });

  it.runIf(format.traits.xml)('drops XML-illegal characters and keeps the rest', () => {
    const bad: Unit = {
      id: '1',
      source: 'a\u0000b\u0001c\u001Ad\uFFFEe\uFFFFf\uD800g\uDC00h\tI\u0085J',
      target: '甲\u0008乙😀',
      srcLang: 'en',
      tgtLang: 'zh-HK',
    };
    const out = format.write([bad], writeOptions);
    expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    const back = format.read(out, 'x').units[0]!;
    expect(back.source).toBe('abcdefgh\tI\u0085J');
    expect(back.target).toBe('甲乙😀');
  });

  it.runIf(!format.traits.xml)('keeps control characters as they are', () => {
    const odd: Unit = { id: '1', source: 'a\u0001b', target: '甲\u0008', srcLang: '', tgtLang: '' };
    const back = format.read(format.write([odd], writeOptions), 'x').units[0]!;
    expect([back.source, back.target]).toEqual([odd.source, odd.target]);
  });
});
