/**
 * `zhen glossary extract | convert | eval` through the built executable: outputs, warnings,
 * atomic writes never over an input, exit 2 with one line (file:line:col for XML) on bad input,
 * `--glossary FILE` in any format, and the evaluation command on the shipped gold sets.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossaries } from '../../src/cli/glossaries.js';
import { glossaryFormats } from '../../src/glossary/formats/index.js';
import { tempDir, zhen } from '../helpers/cli.js';

const dir = tempDir('zhen-glossary-cli-');
const esg = join(dir, 'esg.txt');
writeFileSync(
  esg,
  [
    'The Group strictly complies with the Company Law of the Peoples Republic of China(中華人民共和國公司法)and the Listing Rules of the Hong Kong Stock Exchange(香港聯交所 上市規則).',
    '',
    'It operated in accordance with the Law of the PRC on the Prevention and Control of Atmospheric Pollution (《中華人民共和國大氣污染防治法》). Boilers met the Air Pollution Prevention and Control Law of the PRC (《中華人民共和國大氣污染防治法》).',
    '',
  ].join('\n'),
);

describe('zhen glossary extract', () => {
  it('writes OmegaT TSV to stdout, warns about conflicts, summarises on stderr', () => {
    const r = zhen(['glossary', 'extract', esg]);
    expect(r.status).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => l.split('\t'));
    expect(rows[0]!.slice(0, 2)).toEqual([
      "Company Law of the People's Republic of China",
      '中華人民共和國公司法',
    ]);
    expect(rows.map((x) => x[0])).toContain('Listing Rules of the Hong Kong Stock Exchange');
    expect(r.stderr).toMatch(
      /zhen: warning: 中華人民共和國大氣污染防治法: conflicting English titles/,
    );
    expect(r.stderr).toMatch(
      /zhen: 3 pairs \(1 not in the glossaries, 1 with conflicting English\)/,
    );
  });

  it('writes JSON with the mining data, the format taken from -o; --new and --min-confidence filter', () => {
    const out = join(dir, 'mined.json');
    expect(zhen(['glossary', 'extract', esg, '-o', out]).status).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    const company = doc.terms.find((t: { zhHant: string }) => t.zhHant === '中華人民共和國公司法');
    expect(company.mined).toMatchObject({
      count: 1,
      method: 'inline',
      context: { file: esg },
      glossary: { id: 'cn-company-law', match: 'preferred' },
    });
    const air = doc.terms.find(
      (t: { zhHant: string }) => t.zhHant === '中華人民共和國大氣污染防治法',
    );
    expect(air.mined.conflicts).toEqual(['Air Pollution Prevention and Control Law of the PRC']);
    const fresh = zhen(['glossary', 'extract', esg, '--new', '--format', 'csv']);
    expect(
      fresh.stdout
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter(Boolean),
    ).toHaveLength(2);
    expect(zhen(['glossary', 'extract', esg, '--min-confidence', '1.5']).status).toBe(2);
  });

  it('mines a TMX file and two documents given with --align', () => {
    const tmx = join(dir, 'a.tmx');
    const r0 = zhen([
      'align',
      'corpora/announcement/en.txt',
      'corpora/announcement/zh.txt',
      '-o',
      tmx,
    ]);
    expect(r0.status).toBe(0);
    const fromTmx = zhen(['glossary', 'extract', tmx, '--format', 'json']);
    const fromDocs = zhen([
      'glossary',
      'extract',
      '--align',
      'corpora/announcement/zh.txt',
      'corpora/announcement/en.txt',
      '--format',
      'json',
    ]);
    for (const r of [fromTmx, fromDocs]) {
      expect(r.status).toBe(0);
      const zh = JSON.parse(r.stdout).terms.map((t: { zhHant: string }) => t.zhHant);
      expect(zh).toEqual(
        expect.arrayContaining(['中華人民共和國公司法', '證券及期貨條例', '公司條例', '上市規則']),
      );
    }
  });

  it('marks pairs as known when a --glossary in any format has them', () => {
    const user = join(dir, 'user.tbx');
    writeFileSync(
      user,
      glossaryFormats.tbx.write([
        {
          ...loadGlossaries()[0]!,
          id: 'u-hk-listing',
          zhHant: '香港聯交所上市規則',
          zhHans: '香港联交所上市规则',
          en: 'Listing Rules of the Hong Kong Stock Exchange',
          enVariants: [],
          zhVariants: [],
        },
      ]),
    );
    const r = zhen(['glossary', 'extract', esg, '--glossary', user, '--new']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('香港聯交所上市規則');
  });

  it('exit 2 with one line on bad usage and bad input', () => {
    const none = zhen(['glossary', 'extract']);
    expect(none.status).toBe(2);
    const odd = zhen(['glossary', 'extract', '--align', esg]);
    expect(odd.stderr).toBe(
      'zhen: --align takes two documents, SRC and TGT (repeat for more pairs)\n',
    );
    const bad = join(dir, 'bad.tmx');
    writeFileSync(
      bad,
      '<?xml version="1.0"?>\n<tmx version="1.4">\n<body><tu><tuv xml:lang="en"><seg>A & B</seg></tuv></tu></body></tmx>\n',
    );
    const r = zhen(['glossary', 'extract', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `^zhen: ${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:3:\\d+: not well-formed XML`,
      ),
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('zhen glossary convert', () => {
  it('converts the shipped glossary to every format and back to JSON without loss', () => {
    const json = join(dir, 'hk.json');
    expect(zhen(['glossary', 'convert', 'glossaries/hkex-rules.tsv', json]).status).toBe(0);
    const start = readFileSync(json, 'utf8');
    for (const [format, file] of [
      ['tbx', 'hk.tbx'],
      ['tbx2', 'hk-v2.tbx'],
      ['csv', 'hk.csv'],
      ['zhen-tsv', 'hk.zhen.tsv'],
    ] as const) {
      const mid = join(dir, file);
      const r = zhen(['glossary', 'convert', json, mid, '--format', format]);
      expect(r.status, r.stderr).toBe(0);
      const back = join(dir, `${file}.json`);
      expect(zhen(['glossary', 'convert', mid, back]).status).toBe(0);
      expect(readFileSync(back, 'utf8'), format).toBe(start);
    }
  });

  it('keeps language codes given with --langs through TBX and CSV', () => {
    const tbx = join(dir, 'codes.tbx');
    expect(
      zhen([
        'glossary',
        'convert',
        'glossaries/hkex-rules.tsv',
        tbx,
        '--langs',
        'en,zh-Hant-HK,zh-Hans-CN',
      ]).status,
    ).toBe(0);
    expect(readFileSync(tbx, 'utf8')).toContain('<langSec xml:lang="zh-Hant-HK">');
    const r = zhen(['glossary', 'convert', tbx, '-', '--format', 'csv']);
    expect(r.stdout.startsWith('\uFEFFen,zh-Hant-HK,zh-Hans-CN,')).toBe(true);
    expect(r.stderr).toBe('');
  });

  it('writes OmegaT TSV in Simplified, notes what it drops and that TBX v3 needs tbx2 for OmegaT', () => {
    const r = zhen([
      'glossary',
      'convert',
      'glossaries/hkex-rules.tsv',
      '-',
      '--format',
      'tsv',
      '--script',
      'hans',
      '--source',
      'zh',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]!.split('\t')[0]).toMatch(/[规则守则准则]/);
    expect(r.stderr).toMatch(/^zhen: note: tsv drops ids/);
    const v3 = zhen(['glossary', 'convert', 'glossaries/hkex-rules.tsv', join(dir, 'x.tbx')]);
    expect(v3.stderr).toMatch(/TBX v3 is refused by OmegaT 3\.6/);
  });

  it('refuses to write over its input, needs a format for unknown names, exit 2 on bad input', () => {
    const json = join(dir, 'same.json');
    writeFileSync(json, glossaryFormats.json.write(loadGlossaries().slice(0, 2)));
    const same = zhen(['glossary', 'convert', json, json]);
    expect(same.status).toBe(2);
    expect(same.stderr).toMatch(/refusing to write .*same\.json: it is an input file/);
    expect(zhen(['glossary', 'convert', json, join(dir, 'x.unknown')]).stderr).toMatch(
      /give --format/,
    );
    const bad = join(dir, 'bad.tbx');
    writeFileSync(
      bad,
      '<?xml version="1.0"?>\n<martif type="TBX">\n<text><body><termEntry id="a">\n<langSet xml:lang="en"><tig><term>A & B</term></tig></langSet></termEntry></body></text></martif>\n',
    );
    const r = zhen(['glossary', 'convert', bad, join(dir, 'bad.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^zhen: .*bad\.tbx:4:\d+: not well-formed XML/);
  });
});

describe('--glossary accepts every format', () => {
  it('loads the same entries from TBX v3, TBX 2008, CSV, JSON, zhen TSV and OmegaT TSV', () => {
    const sample = loadGlossaries()
      .filter((t) => t.id.startsWith('cn-'))
      .slice(0, 5);
    const names = {
      json: 'g.json',
      tbx: 'g.tbx',
      tbx2: 'g2.tbx',
      'zhen-tsv': 'g.tsv',
      csv: 'g.csv',
      tsv: 'g.utf8',
    } as const;
    for (const [format, file] of Object.entries(names)) {
      const path = join(dir, file);
      writeFileSync(
        path,
        glossaryFormats[format as keyof typeof names].write(
          sample.map((t) => ({ ...t, id: `u-${t.id}` })),
        ),
      );
      const loaded = loadGlossaries([path]);
      const user = loaded.filter((t) => t.origin === path);
      expect(
        user.map((t) => t.en),
        format,
      ).toEqual(sample.map((t) => t.en));
    }
  });
});

describe('zhen glossary eval', () => {
  it('scores the shipped gold sets (corpora/glossary-mining) and prints P/R/F1', () => {
    const r = zhen([
      'glossary',
      'eval',
      'corpora/glossary-mining/inline-dev.jsonl',
      'corpora/glossary-mining/inline-blind.jsonl',
      '--format',
      'json',
    ]);
    expect(r.status).toBe(0);
    const { overall, files } = JSON.parse(r.stdout);
    expect(files).toHaveLength(2);
    expect(overall.items).toBe(62);
    expect(overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(overall.recall).toBeGreaterThanOrEqual(0.9);
    const text = zhen(['glossary', 'eval', 'corpora/glossary-mining/aligned.jsonl']);
    expect(text.stdout).toMatch(
      /^overall +1 +\d+ +\d+ +\d+ +[01]\.\d{3} +[01]\.\d{3} +[01]\.\d{3}$/m,
    );
  });
});
