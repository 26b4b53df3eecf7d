/**
 * Conformance against the shared tools (CI has them; a user's clone does not, so these skip):
 * `validate-xml` checks TMX, XLIFF 1.2 (strict XSD) and XLIFF 2.1 (`--full`: XSD + Schematron)
 * output; `client-check` feeds the TMX and the XLIFF 1.2 to translate-toolkit and OmegaT and
 * we require every unit to be seen. Both install Debian packages on first use, and
 * client-check takes 5–9 s per file, hence one file per format and long timeouts.
 * ZHEN_SHARED_TOOLS points at another copy of the tools folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formats, type WriteOptions } from '../../src/formats/index.js';
import type { Unit } from '../../src/types.js';
import { alignedUnits, hardUnits, writeOptions } from './fixtures.js';

const TOOLS = process.env.ZHEN_SHARED_TOOLS ?? '/work/shared/tools';
const haveTools =
  existsSync(join(TOOLS, 'validate-xml')) && existsSync(join(TOOLS, 'client-check'));
const LONG = 180_000;

const dir = haveTools ? mkdtempSync(join(tmpdir(), 'zhen-formats-')) : '';
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function save(name: keyof typeof formats, units: Unit[], file: string, options: WriteOptions) {
  const path = join(dir, file);
  writeFileSync(path, formats[name].write(units, options));
  return path;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** one client-check report line: the client name, padding, then the verdict */
const line = (client: string, verdict: string) => new RegExp(`${esc(client)} +${esc(verdict)}`);

function run(tool: string, args: string[]): { status: number | null; out: string } {
  const r = spawnSync(join(TOOLS, tool), args, { encoding: 'utf8', timeout: LONG - 10_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe.skipIf(!haveTools)('validate-xml accepts every XML output', () => {
  const cases: [keyof typeof formats, string, string[]][] = [
    ['tmx', 'tmx', []],
    ['xliff12', 'xlf', []],
    ['xliff', 'xlf', ['--full']],
  ];
  for (const [name, ext, flags] of cases) {
    it(
      `${name}: aligned units, hard cases, no units (${flags.join(' ') || 'default'})`,
      () => {
        const files = [
          save(name, alignedUnits, `aligned-${name}.${ext}`, writeOptions),
          // TMX: empty sides kept too, the DTD and rules must still hold
          save(name, hardUnits, `hard-${name}.${ext}`, { ...writeOptions, keepEmpty: true }),
        ];
        files.push(save(name, [], `empty-${name}.${ext}`, writeOptions));
        const r = run('validate-xml', [...flags, ...files]);
        expect(r.out).not.toMatch(/error|fails|rule:/i);
        expect(r.out.trim().split('\n')).toEqual(files.map((f) => `${f}: valid`));
        expect(r.status).toBe(0);
      },
      LONG,
    );
  }
});

describe.skipIf(!haveTools)('client-check: OmegaT and translate-toolkit read every unit', () => {
  const confident = alignedUnits.filter((u) => !u.review && u.target !== '').length;

  it(
    'TMX',
    () => {
      const file = save('tmx', alignedUnits, 'aligned.tmx', writeOptions);
      const tus = alignedUnits.filter((u) => u.target !== '').length; // the omission is left out
      const r = run('client-check', [file]);
      expect(r.out).toMatch(
        line('translate-toolkit pocount', `accepted, ${tus} units (${tus} translated`),
      );
      expect(r.out).toMatch(
        line('translate-toolkit build_tmdb', `accepted, ${tus} units imported`),
      );
      expect(r.out).toMatch(line('perl XML::TMX::Reader', `accepted, ${tus} units`));
      expect(r.out).toMatch(
        line('OmegaT 3.6 tm/auto', `accepted (no load error), ${tus} of ${tus} TUs inserted`),
      );
      expect(r.out).toContain('RESULT: accepted by every client run');
      expect(r.status).toBe(0);
    },
    LONG,
  );

  it(
    'XLIFF 1.2',
    () => {
      const file = save('xliff12', alignedUnits, 'aligned.xlf', writeOptions);
      const n = alignedUnits.length;
      const r = run('client-check', [file]);
      const counts = `${confident} translated, ${n - confident} fuzzy/needs-review, 0 untranslated`;
      expect(r.out).toMatch(line('translate-toolkit pocount', `accepted, ${n} units (${counts})`));
      expect(r.out).toMatch(
        line('translate-toolkit xliff2po', `accepted, ${n} units written to po`),
      );
      expect(r.out).toMatch(line('translate-toolkit build_tmdb', `accepted, ${confident} units`));
      const omegat = `accepted, ${n} segments extracted, ${n} of them are <target> text`;
      expect(r.out).toMatch(line('OmegaT 3.6 source/ (XLIFF filter)', omegat));
      expect(r.out).toContain('RESULT: accepted by every client run');
      expect(r.status).toBe(0);
    },
    LONG,
  );
});
