/**
 * The pure steps after the checks (hash, ignore, dedupe, sort, summary, ignore-file format) and
 * the check registry (every check named, described, switchable; unknown names refused).
 */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { checkNames, checks } from '../../src/qa/checks/index.js';
import { selectChecks } from '../../src/qa/runner.js';
import {
  applyIgnore,
  dedupe,
  findingHash,
  formatIgnoreList,
  parseIgnoreList,
  reaches,
  sortFindings,
} from '../../src/qa/steps.js';
import type { Finding } from '../../src/qa/types.js';
import { qa } from './helpers.js';

const PAIRS: [string, string][] = [
  ['The Consideration of RMB947.2 million is payable.', '代價人民幣947.2億元須予支付。'],
  ['Completion is expected in the first half of 2024.', '預期於2024年完成。'],
];

describe('finding hashes', () => {
  it('depend on check, pair text and flagged text, not on offsets or other pairs', () => {
    const a = qa(PAIRS).findings;
    const b = qa([['An unrelated sentence.', '無關的句子。'], ...PAIRS]).findings;
    expect(a.length).toBeGreaterThan(0);
    expect(b.map((f) => f.hash)).toEqual(a.map((f) => f.hash));
    // offsets are per unit, the units moved: same hashes anyway
    expect(new Set(a.map((f) => f.hash)).size).toBe(a.length);
  });

  it('change when the flagged sentence is edited', () => {
    const [f] = qa([PAIRS[0]!]).findings;
    const [g] = qa([[PAIRS[0]![0], '代價人民幣947.2億元須於完成時支付。']]).findings;
    expect(f?.check).toBe(g?.check);
    expect(f?.hash).not.toBe(g?.hash);
  });

  it('are 12 hex digits of the stated fields', () => {
    const h = findingHash('numbers', 'a', 'b', { source: 'a', target: 'b' });
    expect(h).toMatch(/^[0-9a-f]{12}$/);
    expect(findingHash('numbers', 'a', 'b', { source: 'a', target: '' })).not.toBe(h);
    expect(findingHash('dates', 'a', 'b', { source: 'a', target: 'b' })).not.toBe(h);
  });
});

describe('ignore list', () => {
  it('silences listed findings in later runs, and counts them', () => {
    const first = qa(PAIRS);
    const ignored = new Set([first.findings[0]!.hash]);
    const second = qa(PAIRS, { ignore: ignored });
    expect(second.findings.length).toBe(first.findings.length - 1);
    expect(second.summary.ignored).toBe(1);
    expect(second.findings.some((f) => ignored.has(f.hash))).toBe(false);
  });

  it('file format: one hash per line, # comments, round trip', () => {
    const { findings } = qa(PAIRS);
    const text = formatIgnoreList(findings, 'reviewed by A. Chan');
    expect(text.split('\n')[0]).toBe('# reviewed by A. Chan');
    const { hashes, bad } = parseIgnoreList(text);
    expect(bad).toEqual([]);
    expect([...hashes].sort()).toEqual(findings.map((f) => f.hash).sort());
    expect(
      parseIgnoreList('\uFEFF# c\n\nABCDEF012345  # upper case is fine\nnot-a-hash\n'),
    ).toEqual({
      hashes: new Set(['abcdef012345']),
      bad: [4],
    });
  });

  it('applyIgnore keeps what is not listed', () => {
    const { findings } = qa(PAIRS);
    expect(applyIgnore(findings, new Set()).kept).toEqual(findings);
    expect(applyIgnore(findings, new Set(findings.map((f) => f.hash)))).toEqual({
      kept: [],
      ignored: findings.length,
    });
  });
});

describe('dedupe, sort, fail-on', () => {
  const base = qa(PAIRS).findings;

  it('dedupe drops the same finding at the same place, keeps repeats elsewhere', () => {
    const f = base[0]!;
    const moved: Finding = { ...f, srcOffsets: [100, 110] };
    expect(dedupe([f, { ...f }, moved])).toEqual([f, moved]);
  });

  it('sort is by pair, then offsets, then severity', () => {
    const shuffled = [...base].reverse();
    expect(sortFindings(shuffled)).toEqual(base);
  });

  it('reaches: error ≥ warning ≥ info', () => {
    const warn = { ...base[0]!, severity: 'warning' as const };
    expect(reaches([warn], 'error')).toBe(false);
    expect(reaches([warn], 'warning')).toBe(true);
    expect(reaches([warn], 'info')).toBe(true);
    expect(reaches([], 'info')).toBe(false);
  });

  it('summary counts by severity and check', () => {
    const r = qa(PAIRS);
    expect(r.summary.total).toBe(r.findings.length);
    expect(r.summary.bySeverity.error).toBe(
      r.findings.filter((f) => f.severity === 'error').length,
    );
    expect(r.summary.byCheck.numbers).toBe(1);
    expect(r.summary.byCheck.dates).toBe(1);
    expect(r.summary.units).toBe(2);
    expect(r.summary.languages).toEqual({ source: 'en', target: 'zh-HK' });
  });
});

describe('check registry', () => {
  it('every check has a unique kebab-case name, a description and a severity', () => {
    expect(new Set(checkNames).size).toBe(checks.length);
    for (const c of checks) {
      expect(c.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(c.description.length).toBeGreaterThan(20);
      expect(['error', 'warning', 'info']).toContain(c.severity);
    }
  });

  it('every check runs on an empty and on a one-sided input without throwing', () => {
    for (const c of checks) {
      expect(() =>
        qa(
          [
            ['', ''],
            ['Only English.', ''],
          ],
          { checks: [c] },
        ),
      ).not.toThrow();
    }
  });

  it('--disable / --enable / --severity select and override', () => {
    expect(selectChecks({ disable: ['numbers'] }).map((c) => c.name)).not.toContain('numbers');
    expect(selectChecks().map((c) => c.name)).toEqual(
      checks.filter((c) => c.enabled).map((c) => c.name),
    );
    expect(() => selectChecks({ disable: ['nonsense'] })).toThrow(UsageError);
    expect(() => selectChecks({ severity: { nonsense: 'info' } })).toThrow(UsageError);
    const r = qa(PAIRS, { disable: ['dates'], severity: { numbers: 'info' } });
    expect(r.findings.map((f) => [f.check, f.severity])).toEqual([['numbers', 'info']]);
    expect(r.summary.checks).not.toContain('dates');
  });
});
