/**
 * `zhen qa` end to end (built executable): two documents or one bilingual file, text / JSON /
 * HTML reports, --fail-on exit codes, the ignore file round trip, check selection, bad input.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, zhen } from '../helpers/cli.js';

const corpus = join(ROOT, 'corpora', 'announcement');
const EN = join(corpus, 'en.txt');
const ZH = join(corpus, 'zh.txt');
const PLANTED = join(corpus, 'qa-errors', 'zh.txt');

interface JsonReport {
  findings: {
    check: string;
    severity: string;
    unit: string;
    source: string;
    target: string;
    srcOffsets: [number, number] | null;
    tgtOffsets: [number, number] | null;
    flagged: { source: string; target: string };
    hash: string;
  }[];
  summary: {
    total: number;
    bySeverity: Record<string, number>;
    byCheck: Record<string, number>;
    ignored: number;
    units: number;
    languages: { source: string; target: string };
    documents: { source: string; target: string };
  };
}

describe('zhen qa', () => {
  const dir = tempDir('zhen-qa-cli-');
  const planted = zhen(['qa', EN, PLANTED, '--format', 'json']);
  const report = JSON.parse(planted.stdout) as JsonReport;

  it('clean pair: text report, no errors, exit 0 even with --fail-on error', () => {
    const r = zhen(['qa', EN, ZH, '--fail-on', 'error']);
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n').pop()).toMatch(
      /^1 finding \(0 errors, 0 warnings, 1 note\) in \d+ pairs/,
    );
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('planted pair: JSON report with findings and summary; exit 0 without --fail-on', () => {
    expect(planted.status).toBe(0);
    expect(report.summary.total).toBe(report.findings.length);
    expect(report.summary.bySeverity.error).toBeGreaterThanOrEqual(15);
    expect(report.summary.languages).toEqual({ source: 'en', target: 'zh-HK' });
    expect(report.summary.documents.target).toBe(PLANTED);
    const slip = report.findings.find((f) => f.flagged.target === '人民幣947.2億元');
    expect(slip?.check).toBe('numbers');
    const zh = readFileSync(PLANTED, 'utf8');
    expect(zh.slice(...slip!.tgtOffsets!)).toBe('人民幣947.2億元');
  });

  it('--fail-on error|warning gives exit 1 when such findings exist', () => {
    expect(zhen(['qa', EN, PLANTED, '--fail-on', 'error']).status).toBe(1);
    expect(zhen(['qa', EN, ZH, '--fail-on', 'warning']).status).toBe(0);
    expect(zhen(['qa', EN, ZH, '--fail-on', 'info']).status).toBe(1);
  });

  it('--write-ignore then --ignore silences every finding of the run', () => {
    const ignore = join(dir, 'reviewed.ignore');
    writeFileSync(ignore, '# reviewed\n');
    expect(zhen(['qa', EN, PLANTED, '--write-ignore', ignore, '--format', 'json']).status).toBe(0);
    const lines = readFileSync(ignore, 'utf8').split('\n');
    expect(lines[0]).toBe('# reviewed');
    expect(lines.filter((l) => /^[0-9a-f]{12}\s+#/.test(l)).length).toBe(
      new Set(report.findings.map((f) => f.hash)).size,
    );
    const again = zhen([
      'qa',
      EN,
      PLANTED,
      '--ignore',
      ignore,
      '--format',
      'json',
      '--fail-on',
      'error',
    ]);
    expect(again.status).toBe(0);
    const quiet = JSON.parse(again.stdout) as JsonReport;
    expect(quiet.findings).toEqual([]);
    expect(quiet.summary.ignored).toBe(report.findings.length);
    // appending again adds nothing new
    zhen(['qa', EN, PLANTED, '--write-ignore', ignore]);
    expect(
      readFileSync(ignore, 'utf8')
        .split('\n')
        .filter((l) => /^[0-9a-f]{12}/.test(l)).length,
    ).toBe(lines.filter((l) => /^[0-9a-f]{12}/.test(l)).length);
  });

  it('--disable, --enable and --severity', () => {
    const r = JSON.parse(
      zhen([
        'qa',
        EN,
        PLANTED,
        '--format',
        'json',
        '--disable',
        'numbers,dates',
        '--severity',
        'names=info',
      ]).stdout,
    ) as JsonReport;
    expect(r.findings.some((f) => f.check === 'numbers' || f.check === 'dates')).toBe(false);
    expect(r.findings.filter((f) => f.check === 'names').map((f) => f.severity)).toEqual(['info']);
    const bad = zhen(['qa', EN, ZH, '--disable', 'spelling']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^zhen: unknown check "spelling"/);
  });

  it('-o FILE.html writes one self-contained HTML report', () => {
    const out = join(dir, 'review.html');
    const r = zhen(['qa', EN, PLANTED, '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html.match(/<li class="finding /g)?.length).toBe(report.findings.length);
  });

  it('checks a TMX or XLIFF file: offsets into the unit texts, unit ids', () => {
    for (const [format, ext] of [
      ['tmx', 'tmx'],
      ['xliff12', 'xlf'],
      ['xliff', 'xlf'],
    ] as const) {
      const file = join(dir, `pair-${format}.${ext}`);
      expect(zhen(['align', EN, PLANTED, '--format', format, '-o', file]).status).toBe(0);
      const r = zhen(['qa', file, '--format', 'json']);
      expect(r.status).toBe(0);
      const j = JSON.parse(r.stdout) as JsonReport;
      expect(j.summary.languages).toEqual({ source: 'en', target: 'zh-HK' });
      const slip = j.findings.find((f) => f.flagged.target === '人民幣947.2億元');
      expect(slip, format).toBeDefined();
      expect(slip!.target.slice(...slip!.tgtOffsets!)).toBe('人民幣947.2億元');
      expect(slip!.unit).toMatch(/\S/);
      // the same findings as on the documents, by check
      expect(j.summary.byCheck.numbers).toBe(report.summary.byCheck.numbers);
    }
  });

  it('bad input: one line on stderr, exit 2', () => {
    const missing = zhen(['qa', EN, join(dir, 'nope.txt')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('nope.txt');
    expect(zhen(['qa', EN]).status).toBe(2);
    expect(zhen(['qa', EN, ZH, EN]).status).toBe(2);
    const same = zhen(['qa', EN, EN]);
    expect(same.status).toBe(2);
    expect(same.stderr).toMatch(/both documents look English/);
    const badIgnore = join(dir, 'bad.ignore');
    writeFileSync(badIgnore, '# ok\nnot a hash\n');
    const bi = zhen(['qa', EN, ZH, '--ignore', badIgnore]);
    expect(bi.status).toBe(2);
    expect(bi.stderr).toContain(`${badIgnore}:2:1`);
    expect(zhen(['qa', EN, ZH, '--severity', 'numbers=fatal']).status).toBe(2);
  });

  it('--list-checks and --help document the checks and the ignore file', () => {
    const list = zhen(['qa', '--list-checks']);
    expect(list.status).toBe(0);
    for (const name of [
      'numbers',
      'dates',
      'codes',
      'law-names',
      'terms',
      'omissions',
      'punctuation',
    ])
      expect(list.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    const help = zhen(['qa', '--help']);
    expect(help.stdout).toContain('--fail-on');
    expect(help.stdout).toMatch(/one per line; '#' starts a comment/);
  });

  it('writes nothing over an input', () => {
    const r = zhen(['qa', EN, ZH, '-o', ZH]);
    expect(r.status).toBe(2);
    expect(existsSync(ZH)).toBe(true);
    expect(readFileSync(ZH, 'utf8').length).toBeGreaterThan(1000);
  });
});
