/**
 * Checks on the shipped glossary files (glossaries/*.tsv): they parse, ids are unique and
 * sorted, every entry is complete, Simplified forms follow from Traditional ones, no Chinese form
 * belongs to two entries, and each family has the entries it must have.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zhKey } from '../../src/glossary/keys.js';
import { AUTHORITIES, type Term, zhForms } from '../../src/glossary/model.js';
import { GLOSSARY_COLUMNS, parseGlossaryTsv } from '../../src/glossary/shipped.js';
import { glossariesDir } from '../../src/paths.js';
import { toSimplified } from '../../src/text/opencc.js';

const files = readdirSync(glossariesDir)
  .filter((f) => f.endsWith('.tsv'))
  .sort();
const byFile = new Map<string, Term[]>();
for (const f of files) {
  byFile.set(f, parseGlossaryTsv(readFileSync(join(glossariesDir, f), 'utf8'), f));
}
const all = [...byFile.values()].flat();

describe('shipped glossary files', () => {
  it('has the four families and the README', () => {
    for (const f of ['prc-laws.tsv', 'hk-ordinances.tsv', 'hkex-rules.tsv', 'listing-terms.tsv']) {
      expect(files).toContain(f);
    }
    expect(readdirSync(glossariesDir)).toContain('README.md');
  });

  it.each(files)('%s: UTF-8, LF, # header with Format/Source/Licence, then the column row', (f) => {
    const text = readFileSync(join(glossariesDir, f), 'utf8');
    expect(text).not.toContain('\r');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.split('\n');
    const header = lines.filter((l) => l.startsWith('#')).join('\n');
    expect(header).toMatch(/# Format:/);
    expect(header).toMatch(/# Source:/);
    expect(header).toMatch(/# Licence:/);
    const firstData = lines.find((l) => !l.startsWith('#'));
    expect(firstData?.split('\t')).toEqual([...GLOSSARY_COLUMNS]);
    for (const l of lines.filter((x) => x && !x.startsWith('#'))) {
      expect(l.split('\t')).toHaveLength(GLOSSARY_COLUMNS.length);
    }
  });

  it.each(files)('%s: ids unique and sorted', (f) => {
    const ids = byFile.get(f)!.map((t) => t.id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('ids are unique across files', () => {
    const ids = all.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every entry has en, zh_hant, zh_hans, kind, source, authority and checked', () => {
    for (const t of all) {
      const where = `${t.origin}: ${t.id}`;
      expect(t.en, where).not.toBe('');
      expect(t.zhHant, where).not.toBe('');
      expect(t.zhHans, where).not.toBe('');
      expect(t.source.length, where).toBeGreaterThan(10);
      expect(AUTHORITIES, where).toContain(t.authority);
      expect(t.authority, where).not.toBe('user');
      expect(['seed', 'search', 'no'], where).toContain(t.checked);
      expect(t.zhHant, where).not.toMatch(/[《》\t]/);
      expect(t.en, where).toBe(t.en.trim());
    }
  });

  it('zh_hans is the opencc hk→cn form of zh_hant, unless a variant carries the difference', () => {
    for (const t of all) {
      const converted = toSimplified(t.zhHant);
      if (converted === t.zhHans) continue;
      // e.g. 關連交易 (HK) / 关联交易 (mainland): a Traditional spelling of the Simplified form
      // must be listed, so the mainland form in Traditional script is matched too.
      const carried = t.zhVariants.some((v) => v !== t.zhHans && toSimplified(v) === t.zhHans);
      expect(carried, `${t.id}: ${t.zhHant} → ${converted} ≠ ${t.zhHans}`).toBe(true);
    }
  });

  it('no Chinese form (folded) is shared by two entries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const t of all) {
      for (const z of zhForms(t)) {
        const k = zhKey(z);
        const o = owner.get(k);
        if (o !== undefined && o !== t.id) clashes.push(`${z}: ${o} / ${t.id}`);
        owner.set(k, t.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('variant lists hold no empty or duplicate items', () => {
    for (const t of all) {
      expect(new Set(t.enVariants).size, t.id).toBe(t.enVariants.length);
      expect(new Set(t.zhVariants).size, t.id).toBe(t.zhVariants.length);
      expect(t.enVariants.includes(t.en), t.id).toBe(false);
    }
  });

  it('has at least 150 PRC laws and regulations', () => {
    const prc = byFile.get('prc-laws.tsv')!;
    expect(prc.every((t) => t.jurisdiction === 'CN')).toBe(true);
    expect(prc.length).toBeGreaterThanOrEqual(150);
    expect(prc.filter((t) => t.kind === 'law').length).toBeGreaterThanOrEqual(80);
  });

  it('PRC entries marked official name an official source; checked entries name what was seen', () => {
    const prc = byFile.get('prc-laws.tsv')!;
    for (const t of prc.filter((x) => x.authority === 'official')) {
      expect(t.source, t.id).toMatch(/gov\.cn|chinadaily\.com\.cn\/npc/);
    }
    for (const t of prc.filter((x) => x.checked === 'search')) {
      expect(t.source, t.id).not.toMatch(/not re-checked/);
    }
    const checked = prc.filter((t) => t.checked !== 'no');
    expect(checked.length).toBeGreaterThanOrEqual(60);
  });

  it('foreign instruments have no jurisdiction code and say why in the note', () => {
    const foreign = byFile.get('foreign-laws.tsv') ?? [];
    expect(foreign.map((t) => t.id)).toContain('eu-directive-2001-83-ec');
    for (const t of foreign) {
      expect(t.jurisdiction, t.id).toBe('');
      expect(t.note, t.id).toMatch(/jurisdiction/);
      expect(t.kind, t.id).not.toBe('term');
    }
  });

  it('has at least 50 HK ordinances, each with a Cap. number', () => {
    const hk = byFile.get('hk-ordinances.tsv')!;
    const ords = hk.filter((t) => t.kind === 'ordinance');
    expect(ords.length).toBeGreaterThanOrEqual(50);
    for (const t of ords) {
      expect(t.cap, t.id).toMatch(/^\d+$/);
      expect(t.authority, t.id).toBe('official');
      expect(t.en, t.id).toMatch(/Ordinance$/);
      expect(t.zhHant, t.id).toMatch(/條例$/);
    }
    for (const t of hk.filter((x) => x.kind === 'subsidiary-legislation')) {
      expect(t.cap, t.id).toMatch(/^\d+[A-Z]+$/);
    }
    const caps = ords.map((t) => t.cap);
    expect(new Set(caps).size).toBe(caps.length);
  });

  it('has at least 100 listing/filing terms', () => {
    const terms = byFile.get('listing-terms.tsv')!;
    expect(terms.length).toBeGreaterThanOrEqual(100);
    expect(terms.every((t) => t.kind === 'term')).toBe(true);
  });

  it('instrument is the ending of the Chinese title', () => {
    for (const t of all.filter((x) => x.instrument)) {
      const core = t.zhHant.replace(/[（(][^）)]*[）)]$/, '');
      expect(core.endsWith(t.instrument), `${t.id}: ${t.zhHant} / ${t.instrument}`).toBe(true);
    }
  });

  const seedPath = join(
    glossariesDir,
    '..',
    '..',
    'shared',
    'corpora',
    'law-names-seed',
    'law-names.tsv',
  );
  it.skipIf(!existsSync(seedPath))('carries the verified seed titles unchanged', () => {
    const seed = readFileSync(seedPath, 'utf8');
    const rows = seed
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'));
    for (const [zh, en] of rows) {
      const hit = all.filter((t) => zhForms(t).some((z) => zhKey(z) === zhKey(zh!)));
      expect(hit.length, zh).toBe(1);
      expect(hit[0]!.en, zh).toBe(en);
    }
  });
});
