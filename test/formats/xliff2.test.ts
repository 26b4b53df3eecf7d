/** XLIFF 2.1: states and subState, metadata module, unit ids; reading foreign files. */
import { describe, expect, it } from 'vitest';
import { xliff2 } from '../../src/formats/xliff2.js';
import type { Unit } from '../../src/types.js';
import { alignedUnits, writeOptions } from './fixtures.js';

const out = xliff2.write(alignedUnits, writeOptions);
const units = out.split('<unit ').slice(1);

describe('XLIFF 2.1 writing', () => {
  it('writes version 2.1 with srcLang, trgLang and the metadata namespace', () => {
    expect(out).toContain(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.1" srcLang="en" trgLang="zh-HK" xml:space="preserve">',
    );
    expect(out).toContain('<file id="f1" original="announcement.en.txt">');
    expect(out).toContain('<note category="zhen">The two documents may not be translations');
  });

  it('marks confident pairs translated, review and empty-target pairs initial + subState', () => {
    const states = units.map((u) => /<segment([^>]*)>/.exec(u)![1]);
    expect(states).toEqual([
      ' state="translated"',
      ' state="translated"',
      ' state="initial" subState="zhen:review"',
      ' state="translated"',
      ' state="initial" subState="zhen:review"',
    ]);
  });

  it('puts the score in mda:meta inside an mda:metaGroup, never directly under mda:metadata', () => {
    expect(units[2]).toContain(
      '<mda:metadata>\n        <mda:metaGroup category="zhen">\n          <mda:meta type="score">0.42</mda:meta>',
    );
    expect(units[2]).toContain('<mda:meta type="review">yes</mda:meta>');
    expect(units[0]).not.toContain('type="review"');
    expect(out).not.toMatch(/<mda:metadata>\s*<mda:meta /);
    expect(units[3]).toContain('<notes>\n        <note>amounts checked</note>\n      </notes>');
  });

  it('keeps unit ids that are unique NMTOKENs and replaces the others', () => {
    const odd: Unit[] = ['a b', 'x', 'x', 'u1', ''].map((id) => ({
      id,
      source: 's',
      target: 't',
      srcLang: 'en',
      tgtLang: 'zh',
    }));
    const ids = [...xliff2.write(odd, writeOptions).matchAll(/<unit id="([^"]*)"/g)].map(
      (m) => m[1],
    );
    expect(ids).toEqual(['u2', 'x', 'u3', 'u1', 'u4']);
  });
});

const foreign = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh-Hant"
   xmlns:m="urn:oasis:names:tc:xliff:metadata:2.0">
  <file id="f1">
    <group id="g">
      <unit id="u1">
        <m:metadata><m:metaGroup category="other"><m:metaGroup><m:meta type="score">0.7</m:meta></m:metaGroup></m:metaGroup></m:metadata>
        <originalData><data id="d1">&lt;br/&gt;</data></originalData>
        <segment id="s1" state="reviewed"><source>One <pc id="1">bold</pc>.</source><target>一<pc id="1">粗</pc>。</target></segment>
        <ignorable><source> </source><target> </target></ignorable>
        <segment id="s2" state="initial"><source>Two<ph id="2" dataRef="d1"/></source><target>二</target></segment>
      </unit>
    </group>
    <unit id="u2"><segment><source>Three</source></segment></unit>
  </file>
</xliff>`;

describe('XLIFF 2 reading', () => {
  const file = xliff2.read(foreign, 'f.xlf');

  it('joins segments and ignorables, keeps <pc> text, drops <ph/>', () => {
    expect(file.units.map((u) => [u.source, u.target])).toEqual([
      ['One bold. Two', '一粗。 二'],
      ['Three', ''],
    ]);
  });

  it('reads metadata with any prefix and nested groups; an initial segment means review', () => {
    expect(file.units[0]!.score).toBe(0.7);
    expect(file.units[0]!.review).toBe(true);
    expect(file.units[1]!.review).toBeUndefined();
    expect([file.srcLang, file.tgtLang]).toEqual(['en', 'zh-Hant']);
  });
});
