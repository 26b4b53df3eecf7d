/** XLIFF 1.2: states, approved, non-empty targets for OmegaT; reading foreign files. */
import { describe, expect, it } from 'vitest';
import { xliff12 } from '../../src/formats/xliff12.js';
import { alignedUnits, writeOptions } from './fixtures.js';

const out = xliff12.write(alignedUnits, writeOptions);
const units = out.split('<trans-unit ').slice(1);

describe('XLIFF 1.2 writing', () => {
  it('writes the 1.2 namespace, languages, tool and file notes', () => {
    expect(out).toContain('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">');
    expect(out).toContain(
      '<file original="announcement.en.txt" source-language="en" target-language="zh-HK" datatype="plaintext" date="2025-01-15T09:30:00Z">',
    );
    expect(out).toContain('<tool tool-id="zhen" tool-name="zhen" tool-version="0.1.0"/>');
    expect(out).toContain('<note from="zhen">The two documents may not be translations');
    expect(out).not.toMatch(/xmlns:|mda:/);
  });

  it('marks confident pairs approved + translated, review pairs needs-review-translation', () => {
    expect(units[0]).toMatch(/^id="1" approved="yes" xml:space="preserve">/);
    expect(units[0]).toContain('<target state="translated">');
    expect(units[0]).toContain('<note from="zhen">zhen alignment: score=0.94; bead=[0]:[0]</note>');
    expect(units[2]).not.toContain('approved=');
    expect(units[2]).toContain('<target state="needs-review-translation">');
    expect(units[2]).toContain('zhen alignment: score=0.42; bead=[2,3]:[2]; review=yes</note>');
    expect(units[3]).toContain('<note from="zhen">amounts checked</note>');
  });

  it('gives every unit a non-empty target: an empty one holds a copy of the source', () => {
    for (const u of units) expect(u).toMatch(/<target state="[^"]+">[^<]+<\/target>/);
    expect(units[4]).toContain(
      '<target state="needs-translation">This sentence has no Chinese counterpart.</target>',
    );
    expect(units[4]).toContain('review=yes; target=source-copy');
    expect(xliff12.read(out, 'x').units[4]!.target).toBe('');
  });

  it('keeps a target translated over the source copy (e.g. in OmegaT)', () => {
    const edited = out.replace(
      '<target state="needs-translation">This sentence has no Chinese counterpart.</target>',
      '<target state="needs-translation">此句沒有中文對應。</target>',
    );
    expect(xliff12.read(edited, 'x').units[4]!.target).toBe('此句沒有中文對應。');
  });
});

const foreign = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="a.html" source-language="en-GB" target-language="zh_TW" datatype="html">
    <header><note>from the vendor</note></header>
    <body>
      <group id="g1">
        <trans-unit id="t1">
          <source>Press <g id="1" ctype="bold">Save</g><x id="2"/> now<ph id="3">&lt;br/&gt;</ph>.</source>
          <target state="final">按<g id="1">儲存</g>。</target>
          <note from="reviewer">ok</note>
        </trans-unit>
      </group>
      <trans-unit id="t2">
        <source>Two</source>
        <target state="needs-review-translation">二</target>
      </trans-unit>
      <trans-unit id="t3"><source>Three</source><target>三</target></trans-unit>
      <trans-unit id="t4"><source>Four</source></trans-unit>
    </body>
  </file>
</xliff>`;

describe('XLIFF 1.2 reading', () => {
  const file = xliff12.read(foreign, 'f.xlf');

  it('reads languages (fixing "_"), header notes and units inside groups', () => {
    expect([file.srcLang, file.tgtLang]).toEqual(['en-GB', 'zh-TW']);
    expect(file.notes).toEqual(['from the vendor']);
    expect(file.units.map((u) => u.id)).toEqual(['t1', 't2', 't3', 't4']);
  });

  it('keeps <g> text and drops <x/> and <ph> codes', () => {
    expect(file.units[0]!.source).toBe('Press Save now.');
    expect(file.units[0]!.target).toBe('按儲存。');
    expect(file.units[0]!.notes).toEqual(['ok']);
  });

  it('maps target states to review without a zhen note', () => {
    expect(file.units.map((u) => Boolean(u.review))).toEqual([false, true, false, false]);
    expect(file.units[3]!.target).toBe('');
  });
});
