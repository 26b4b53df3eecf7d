/**
 * `zhen match` end to end (the built executable): text and jsonl output, offsets into the
 * decoded input, --from, --glossary with a user TSV, -o, and exit 2 on bad input.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, zhen } from '../helpers/cli.js';

const TEXT =
  '𠀀根據《中華人民共和國公司法》（2018年修正）及《公司條例》（第622章），並遵守某某測試條例。\n';

describe('zhen match', () => {
  it('--format jsonl: one object per name with offsets into the input', () => {
    const r = zhen(['match', '-', '--format', 'jsonl'], { input: TEXT });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(TEXT.slice(row.start, row.end)).toBe(row.text);
    expect(rows[0]).toEqual({
      start: 4,
      end: 25,
      text: '《中華人民共和國公司法》（2018年修正）',
      zh: '中華人民共和國公司法',
      en: "Company Law of the People's Republic of China",
      kind: 'law',
      id: 'cn-company-law',
      instrument: '法',
      revision: { year: 2018, type: '修正', text: '（2018年修正）' },
    });
    expect(rows[1]).toMatchObject({ en: 'Companies Ordinance', kind: 'ordinance', cap: '622' });
    expect(rows[2]).toMatchObject({ text: '某某測試條例', zh: '某某測試條例', kind: 'gap' });
    expect(rows[2].en).toBeUndefined();
    expect(Object.keys(rows[0]).slice(0, 6)).toEqual(['start', 'end', 'text', 'zh', 'en', 'kind']);
  });

  it('text format: one readable line per name, gaps marked', () => {
    const r = zhen(['match', '-'], { input: TEXT });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^4-25\t《中華人民共和國公司法》（2018年修正）\t→ Company Law of the People's Republic of China\t\(law; revision 2018 修正\)$/,
    );
    expect(lines[1]).toMatch(/Companies Ordinance.*Cap\. 622/);
    expect(lines[2]).toMatch(/某某測試條例\tgap\t\(條例\)/);
  });

  it('--from en (and detection) gives Chinese titles for English names', () => {
    const input = 'under the PRC Company Law and the Takeovers Code and the Widget Promotion Law.';
    for (const args of [['--from', 'en'], []]) {
      const r = zhen(['match', '-', '--format', 'jsonl', ...args], { input });
      expect(r.status).toBe(0);
      const rows = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(rows.map((x) => x.zh)).toEqual([
        '中華人民共和國公司法',
        '公司收購及合併守則',
        undefined,
      ]);
      expect(rows[2]).toMatchObject({ kind: 'gap', en: 'Widget Promotion Law' });
    }
  });

  it('--glossary adds a user TSV (Simplified-only entries match Traditional text)', () => {
    const dir = tempDir();
    const tsv = join(dir, 'mine.tsv');
    writeFileSync(tsv, '# mine\nid\tzh_hans\ten\nmy-test\t某某测试条例\tTest Ordinance (mine)\n');
    const r = zhen(['match', '-', '--format', 'jsonl', '--glossary', tsv], { input: TEXT });
    expect(r.status).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows[2]).toMatchObject({
      text: '某某測試條例',
      en: 'Test Ordinance (mine)',
      id: 'my-test',
    });
    const out = join(dir, 'out.jsonl');
    expect(zhen(['match', '-', '--format', 'jsonl', '-o', out], { input: TEXT }).stdout).toBe('');
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(3);
  });

  it('exits 2 with one line on stderr on bad input or usage', () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.tsv');
    writeFileSync(bad, 'id\tkind\tzh_hant\ten\nx\tnonsense\t公司法\tX\n');
    for (const args of [
      ['match', join(dir, 'missing.txt')],
      ['match', '-', '--format', 'xml'],
      ['match', '-', '--from', 'fr'],
      ['match', '-', '--glossary', join(dir, 'missing.tsv')],
      ['match', '-', '--glossary', bad],
      ['match'],
    ]) {
      const r = zhen(args, { input: TEXT });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(/^zhen: /);
    }
  });

  it('empty input: no output, exit 0; --help documents the options', () => {
    const r = zhen(['match', '-'], { input: '' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const help = zhen(['match', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--glossary/);
    expect(help.stdout).toMatch(/--from/);
  });
});
