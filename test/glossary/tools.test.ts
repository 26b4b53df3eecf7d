/**
 * Glossary output against the shared conformance tools (skipped when /work/shared/tools is
 * absent; ZHEN_SHARED_TOOLS points elsewhere): TBX v3 passes `validate-xml --full` (core RNG +
 * TBX-Basic Schematron), TBX 2008 passes `validate-xml` (DTD) and `client-check`
 * (translate-toolkit pocount/tbx2po and OmegaT's glossary reader see every term), the OmegaT
 * TSV loads in OmegaT. Also what memoQ/Phrase expect of the CSV (no tool for those here).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractGlossary } from '../../src/glossary/extract/index.js';
import { type GlossaryTerm, glossaryFormats } from '../../src/glossary/formats/index.js';
import { shippedTerms } from '../../src/glossary/shipped.js';

const TOOLS = process.env.ZHEN_SHARED_TOOLS ?? '/work/shared/tools';
const haveTools =
  existsSync(join(TOOLS, 'validate-xml')) && existsSync(join(TOOLS, 'client-check'));
const LONG = 240_000;

const dir = mkdtempSync(join(tmpdir(), 'zhen-glossary-tools-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(tool: string, args: string[]): { status: number | null; out: string } {
  const r = spawnSync(join(TOOLS, tool), args, { encoding: 'utf8', timeout: LONG - 10_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** A small glossary with every kind of content: shipped entries and mined ones. */
function sample(): GlossaryTerm[] {
  const shipped = shippedTerms()
    .filter(
      (t) =>
        ['cn-company-law', 'hk-cap-622-companies', 'term-afrc'].includes(t.id) ||
        t.enVariants.length > 3,
    )
    .slice(0, 12);
  const mined = extractGlossary([
    {
      kind: 'text',
      file: 'esg.txt',
      text: 'The Group complies with the Company Law of the Peoples Republic of China(中華人民共和國公司法) and the Law of the PRC on the Prevention and Control of Atmospheric Pollution (《中華人民共和國大氣污染防治法》) and the Air Pollution Prevention and Control Law of the PRC (《中华人民共和国大气污染防治法》) & <others>.',
    },
  ]).terms;
  return [
    ...shipped,
    ...mined,
    { ...shipped[0]!, id: 'x-deprecated', deprecated: ['Corporation Law', '公司條例法'] },
  ];
}

function save(name: keyof typeof glossaryFormats, file: string, terms = sample()): string {
  const path = join(dir, file);
  writeFileSync(
    path,
    glossaryFormats[name].write(terms, { langs: { en: 'en', hant: 'zh-HK', hans: 'zh-CN' } }),
  );
  return path;
}

describe.skipIf(!haveTools)('validate-xml', () => {
  it(
    'TBX v3 is valid against the core RNG and the TBX-Basic Schematron (--full), also empty and the whole shipped glossary',
    () => {
      const files = [
        save('tbx', 'sample.tbx'),
        save('tbx', 'empty.tbx', []),
        save('tbx', 'shipped.tbx', shippedTerms()),
      ];
      const r = run('validate-xml', ['--full', ...files]);
      expect(r.out.trim().split('\n')).toEqual(files.map((f) => `${f}: valid`));
      expect(r.status).toBe(0);
    },
    LONG,
  );

  it(
    'TBX 2008 is valid against TBXcoreStructV02.dtd',
    () => {
      const files = [save('tbx2', 'sample-v2.tbx'), save('tbx2', 'shipped-v2.tbx', shippedTerms())];
      const r = run('validate-xml', files);
      expect(r.out.trim().split('\n')).toEqual(files.map((f) => `${f}: valid`));
      expect(r.status).toBe(0);
    },
    LONG,
  );
});

describe.skipIf(!haveTools)('client-check: translate-toolkit and OmegaT read every term', () => {
  it(
    'TBX 2008',
    () => {
      const terms = sample();
      const file = save('tbx2', 'clients.tbx', terms);
      const r = run('client-check', [file]);
      expect(r.out).toMatch(
        new RegExp(
          `translate-toolkit pocount +accepted, ${terms.length} units \\(${terms.length} translated`,
        ),
      );
      expect(r.out).toMatch(/translate-toolkit tbx2po +accepted/);
      // OmegaT lists one entry per English form × Chinese form of the project's language
      const omegat = /OmegaT 3\.6 glossary reader +accepted, (\d+) entries/.exec(r.out);
      expect(omegat, r.out).not.toBeNull();
      expect(Number(omegat![1])).toBeGreaterThanOrEqual(terms.length);
      expect(r.out).toMatch(/RESULT: accepted by every client run/);
      expect(r.status).toBe(0);
    },
    LONG,
  );

  it(
    'OmegaT TSV (.utf8): one entry per line, English variants included',
    () => {
      const terms = sample();
      const file = save('tsv', 'clients.utf8', terms);
      const lines = terms.reduce((n, t) => n + 1 + t.enVariants.length, 0);
      const r = run('client-check', ['--only', 'omegat', file]);
      expect(r.out).toMatch(new RegExp(`OmegaT 3\\.6 glossary reader +accepted, ${lines} entries`));
      expect(r.status).toBe(0);
    },
    LONG,
  );
});

describe('CSV as memoQ, Phrase and MultiTerm import it', () => {
  const text = glossaryFormats.csv.write(sample(), {
    langs: { en: 'en', hant: 'zh-HK', hans: 'zh-CN' },
  });
  const rows = text.replace(/^\uFEFF/, '').split('\r\n');

  it('has a UTF-8 BOM and a header row naming the language columns by code first', () => {
    expect(text.startsWith('\uFEFFen,zh-HK,zh-CN,')).toBe(true);
    expect(rows[0]!.split(',')).toContain('term_source');
    expect(rows[0]!.split(',')).not.toContain('source');
  });

  it('has one row per entry, synonyms in one cell joined with |, the preferred form first', () => {
    expect(rows.filter(Boolean).length).toBe(sample().length + 1);
    const company = rows.find((r) =>
      r.startsWith("Company Law of the People's Republic of China|"),
    );
    expect(company).toBeDefined();
    expect(company).toContain(',中華人民共和國公司法|');
  });
});
