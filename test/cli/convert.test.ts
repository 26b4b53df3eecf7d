import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SHARED, tempDir, zhen } from '../helpers/cli.js';

const FIX = join(ROOT, 'test', 'fixtures', 'convert');
const VALIDATE = join(SHARED, 'tools', 'validate-xml');

/** The file with Chinese characters and Chinese language codes masked: what must not change. */
const mask = (s: string) =>
  s.replace(/\p{Script=Han}/gu, '字').replace(/\b(zh[-_])(?:CN|HK|TW|Hans|Hant)\b/gi, '$1XX');

/** validate-xml's verdict, or undefined when the tool is absent or cannot check this file. */
function validate(file: string, original: string): boolean | undefined {
  if (!existsSync(VALIDATE)) {
    console.log(`validate-xml not found at ${VALIDATE}: conformance not checked`);
    return undefined;
  }
  const run = (f: string) => spawnSync(VALIDATE, [f], { encoding: 'utf8', timeout: 120_000 });
  if (run(original).status !== 0) {
    console.log(`validate-xml cannot check ${original} here (no xmllint?): skipped`);
    return undefined;
  }
  return run(file).status === 0;
}

describe('zhen convert', () => {
  const dir = tempDir();

  for (const [name, codes] of [
    ['tm-zh-CN.tmx', ['xml:lang="zh-HK"']],
    ['bilingual-zh-CN.xlf', ['target-language="zh-HK"']],
    ['bilingual-zh-Hans-2.1.xlf', ['trgLang="zh-Hant"', 'xml:lang="zh-Hant"']],
    ['glossary-zh-Hans.tbx', ['xml:lang="zh-Hant"']],
  ] as const) {
    it(`${name}: cn → hk → cn changes only text and codes, and comes back identical`, () => {
      const input = join(FIX, name);
      const original = readFileSync(input, 'utf8');
      const hk = join(dir, `hk-${name}`);
      const r = zhen(['convert', input, '--to', 'hk', '-o', hk]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe('');
      const converted = readFileSync(hk, 'utf8');
      expect(converted).not.toBe(original);
      expect(mask(converted)).toBe(mask(original));
      for (const code of codes) expect(converted).toContain(code);
      expect(converted).not.toMatch(/zh-(?:CN|Hans)/);
      // comments and attribute values keep their Simplified characters
      for (const m of original.matchAll(/<!--[\s\S]*?-->|="[^"]*\p{Script=Han}[^"]*"/gu)) {
        expect(converted).toContain(m[0]);
      }
      const valid = validate(hk, input);
      if (valid !== undefined) expect(valid, `validate-xml ${hk}`).toBe(true);
      const back = zhen(['convert', hk, '--to', 'cn']);
      expect(back.status).toBe(0);
      expect(back.stdout).toBe(original);
    });
  }

  it('converts the text of a TMX segment by segment (Simplified to Traditional)', () => {
    const r = zhen(['convert', join(FIX, 'tm-zh-CN.tmx'), '--to', 'tw']);
    expect(r.stdout).toContain('<tuv xml:lang="zh-TW"><seg>本公司訂立了股權轉讓協議。</seg></tuv>');
    expect(r.stdout).toContain(
      '<seg><![CDATA[the Company Law of the PRC (中華人民共和國公司法) & <rules>]]></seg>',
    );
    expect(r.stdout).toContain('<note>股權轉讓協議的譯文記憶</note>');
    expect(r.stdout).toContain('<tu tuid="收购-1">');
  });

  it('converts TSV and CSV glossaries, header language codes included', () => {
    const tsv = zhen(['convert', join(FIX, 'glossary-zh-CN.tsv'), '--to', 'hk']);
    expect(tsv.stdout).toBe(
      'en\tzh-HK\tnote\nCompany Law\t公司法\t中華人民共和國\nconnected transaction\t關連交易\t《上市規則》第14A章\n',
    );
    const csv = zhen(['convert', join(FIX, 'glossary.csv'), '--to', 'hk']);
    expect(csv.stdout).toBe(
      'source,target,comment\r\nconsideration,代價,"收購事項的代價, 以人民幣計"\r\n"Board ""of"" Directors",董事會,\r\n',
    );
  });

  it('reads standard input and keeps UTF-16 with its BOM', () => {
    const stdin = zhen(['convert', '-', '--to', 'cn'], { input: '董事會批准了收購事項。\n' });
    expect(stdin.stdout).toBe('董事会批准了收购事项。\n');
    const file = join(dir, 'utf16.tmx');
    const xml =
      '<?xml version="1.0" encoding="UTF-16"?>\n<tmx version="1.4"><body><tu><tuv xml:lang="zh-CN"><seg>简体</seg></tuv></tu></body></tmx>\n';
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]));
    const out = join(dir, 'utf16-hk.tmx');
    expect(zhen(['convert', file, '--to', 'hk', '-o', out]).status).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(bytes.subarray(2).toString('utf16le')).toBe(
      xml.replace('zh-CN', 'zh-HK').replace('简体', '簡體'),
    );
  });

  it('writes a file with nothing to convert back byte for byte', () => {
    const r = spawnSync(process.execPath, [
      join(ROOT, 'dist', 'cli', 'main.js'),
      'convert',
      join(FIX, 'glossary.csv'),
      '--to',
      'cn',
    ]);
    // already Simplified: nothing to do, the same bytes (CRLF and all)
    expect(Buffer.compare(r.stdout, readFileSync(join(FIX, 'glossary.csv')))).toBe(0);
    const plain = join(dir, 'plain.txt');
    writeFileSync(plain, '\ufeffNo Chinese.\r\n');
    const same = spawnSync(process.execPath, [
      join(ROOT, 'dist', 'cli', 'main.js'),
      'convert',
      plain,
      '--to',
      'hk',
    ]);
    expect(Buffer.compare(same.stdout, readFileSync(plain))).toBe(0);
  });

  it('gives the converted text of a PDF or Word file', () => {
    const r = zhen(['convert', join(ROOT, 'corpora', 'announcement', 'zh.docx'), '--to', 'cn']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('金禾康宁医药集团股份有限公司');
    expect(r.stdout).not.toContain('<w:');
  });

  it('refuses to write over its input, and bad usage, with one line and exit 2', () => {
    const input = join(dir, 'in.tmx');
    writeFileSync(input, readFileSync(join(FIX, 'tm-zh-CN.tmx')));
    for (const args of [
      ['convert', input, '--to', 'hk', '-o', input],
      ['convert', input],
      ['convert', input, '--to', 'jp'],
      ['convert', join(dir, 'missing.tmx'), '--to', 'hk'],
    ]) {
      const r = zhen(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(join(FIX, 'tm-zh-CN.tmx'), 'utf8'));
    const broken = join(dir, 'broken.tmx');
    writeFileSync(broken, '<tmx version="1.4">\n<body><tu><seg>简体</seg\n');
    const r = zhen(['convert', broken, '--to', 'hk']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`zhen: ${broken}:2:18: unterminated markup (not well-formed XML)\n`);
  });

  it('--help explains the options', () => {
    const r = zhen(['convert', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--to <variant>/);
    expect(r.stdout).toMatch(/byte for byte/);
  });
});
