import { describe, expect, it } from 'vitest';
import {
  buildLexicon,
  buildReadings,
  glossKeys,
  LEXICON_MAGIC,
  parseCedict,
} from '../../src/lexicon/cedict.js';
import { contentStems, stem, wordKey } from '../../src/lexicon/english.js';
import {
  createLexicon,
  hasShippedLexicon,
  loadLexicon,
  SortedTable,
  withTermPairs,
} from '../../src/lexicon/lexicon.js';

const CEDICT = `# CC-CEDICT sample
#! date=2024-01-01
陳 陈 [Chen2] /surname Chen/Chen (c. 1045 – 479 BC), a Zhou dynasty state/
陳 陈 [chen2] /(bound form) to lay out; to exhibit/to state; to explain/old; stale/
友誼 友谊 [you3 yi4] /companionship/fellowship/friendship/
承認 承认 [cheng2 ren4] /to admit/to concede/to recognize/CL:個|个[ge4]/
說 说 [shuo1] /to speak; to talk; to say/variant of 說|说[shuo1]/
九 九 [jiu3] /nine/
長 长 [chang2] /length; long/
長 长 [zhang3] /chief; head/to grow/
公司法 公司法 [gong1 si1 fa3] /corporations law; company law/
`;

describe('English matching keys', () => {
  it('stems inflected forms to the same key, at build and run time alike', () => {
    expect(stem('admitted')).toBe(stem('admit'));
    expect(stem('friendship')).toBe(stem('friendships'));
    expect(stem('went')).toBe(stem('go'));
    expect(stem('studies')).toBe(stem('study'));
    expect(stem('making')).toBe(stem('make'));
    expect(stem('international').length).toBeLessThanOrEqual(6);
  });

  it('drops stop words and clitics, normalises numbers', () => {
    expect(wordKey('the')).toBe('');
    expect(wordKey('nine')).toBe('9');
    expect(wordKey('1,000')).toBe('1000');
    expect(contentStems("She'd admitted that she hadn't treated me well.")).toEqual([
      stem('admitted'),
      stem('treated'),
    ]);
  });
});

describe('CC-CEDICT → compact lexicon', () => {
  it('keeps translations, drops surnames, variants, classifiers and explanations', () => {
    const lex = parseCedict(CEDICT);
    expect([...lex.get('友谊')!]).toEqual(['compan', 'fellow', 'friend']);
    expect(lex.get('承认')).toContain(stem('admit'));
    expect([...lex.get('承认')!].some((k) => k.includes('cl') || k === 'ge')).toBe(false);
    expect(lex.get('陈')).not.toContain('surnam');
    expect(lex.get('陈')).toContain(stem('exhibit'));
    expect(lex.get('说')).not.toContain('variant');
    expect([...lex.get('九')!]).toEqual(['9']);
    expect(glossKeys('to go (in a direction)/see 去[qu4]/')).toEqual(['go']);
  });

  it('writes a sorted table that loads without parsing and is searched in place', () => {
    const text = buildLexicon(CEDICT, 'test');
    expect(text.startsWith(LEXICON_MAGIC)).toBe(true);
    const lines = text.trim().split('\n').slice(1);
    const keys = lines.map((l) => l.split('\t')[0]!);
    expect([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(keys);
    const lexicon = createLexicon(text, buildReadings(CEDICT));
    expect(lexicon.lookup('公司法')).toEqual(['corpor', 'law', 'compan']);
    expect(lexicon.lookup('公司')).toBeUndefined();
    expect(lexicon.lookup('陈')).toBeDefined();
    expect(lexicon.readings('长')).toEqual(['chang', 'zhang']);
    expect(lexicon.readings('陈')).toEqual(['chen']);
    expect(lexicon.size).toBe(keys.length);
  });

  it('finds every key of a table, and no key that is only a prefix', () => {
    const words = ['一', '一下', '一下子', '下', 'A', 'AB', '中国', '中國'];
    const text = `${words
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((w) => `${w}\tk${w.length}`)
      .join('\n')}\n`;
    const table = new SortedTable(text);
    for (const w of words) expect(table.get(w)).toEqual([`k${w.length}`]);
    expect(table.get('一下子们')).toBeUndefined();
    expect(table.get('')).toBeUndefined();
    expect(new SortedTable('').get('x')).toBeUndefined();
  });

  it('puts glossary pairs in front of the lexicon', () => {
    const base = createLexicon(buildLexicon(CEDICT));
    const lex = withTermPairs(base, [{ zh: '公司條例', en: 'Companies Ordinance' }], (s) =>
      s.replace('條', '条'),
    );
    expect(lex.lookup('公司条例')).toEqual([stem('companies'), stem('ordinance')]);
    expect(lex.lookup('公司法')).toEqual(base.lookup('公司法'));
  });
});

describe.skipIf(!hasShippedLexicon())('the lexicon built by npm run build', () => {
  it('loads in well under a second and knows common words', () => {
    const t = performance.now();
    const lex = loadLexicon();
    expect(performance.now() - t).toBeLessThan(1000);
    expect(lex.size).toBeGreaterThan(80_000);
    expect(lex.lookup('友谊')).toContain('friend');
    expect(lex.lookup('人工智能')).toContain(stem('intelligence'));
    expect(lex.readings('杨')).toContain('yang');
  });
});
