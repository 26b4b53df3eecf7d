/** Bead lists: format, parse, errors, and a gold file from the shared corpora. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  beadsFromUnits,
  formatBead,
  formatBeads,
  parseBead,
  parseBeads,
} from '../../src/formats/index.js';
import { alignedUnits } from './fixtures.js';

describe('bead lists', () => {
  it('formats beads source first, 0-based, one per line', () => {
    expect(formatBead({ src: [0], tgt: [0, 1] })).toBe('[0]:[0,1]');
    expect(
      formatBeads([
        { src: [3], tgt: [] },
        { src: [], tgt: [7] },
      ]),
    ).toBe('[3]:[]\n[]:[7]\n');
    expect(beadsFromUnits(alignedUnits)).toBe('[0]:[0]\n[1]:[1]\n[2,3]:[2]\n[4]:[3]\n[5]:[]\n');
  });

  it('parses beads with spaces, skipping blank and # lines', () => {
    expect(parseBeads('# gold\n[0, 1] : [0]\r\n\n[2]:[]\n[]:[1,2]\n', 'g')).toEqual([
      { src: [0, 1], tgt: [0] },
      { src: [2], tgt: [] },
      { src: [], tgt: [1, 2] },
    ]);
    expect(parseBead('[]:[]')).toBeUndefined();
    expect(parseBead('[1]-[2]')).toBeUndefined();
  });

  it('reports a bad line with file, line and column', () => {
    try {
      parseBeads('[0]:[0]\n  [1]:[x]\n', '001.gold');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).format()).toMatch(/^001\.gold:2:3: not a bead: "\[1\]:\[x\]"/);
    }
    expect(() => parseBeads('[]:[]\n')).toThrow(/not a bead/);
  });

  it('throws when a unit has no bead', () => {
    expect(() => beadsFromUnits([{ ...alignedUnits[0]!, bead: undefined }])).toThrow(/no bead/);
  });

  const gold = '/work/shared/corpora/mac-dev/001.gold';
  it.skipIf(!existsSync(gold))('reads a gold file and writes it back unchanged', () => {
    const text = readFileSync(gold, 'utf8');
    const beads = parseBeads(text, gold);
    expect(beads.length).toBeGreaterThan(10);
    expect(formatBeads(beads)).toBe(text.endsWith('\n') ? text : `${text}\n`);
  });
});
