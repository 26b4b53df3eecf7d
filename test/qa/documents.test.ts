/**
 * QA of two documents end to end (qaDocuments): a paragraph left out is one finding, offsets
 * point into the decoded inputs even for PDF-extracted text (hyphenation, page furniture), and
 * the Chinese can be the source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/document.js';
import { qaDocuments } from '../../src/qa/index.js';
import { charMap, toInputSpan } from '../../src/qa/offsets.js';
import { ROOT } from '../helpers/cli.js';
import { lexicon } from './helpers.js';

const dir = join(ROOT, 'corpora', 'announcement');
const read = (f: string) => readFileSync(join(dir, f), 'utf8');

describe('qaDocuments', () => {
  it('reports a whole paragraph left out once', () => {
    const en = [
      'The Board announces the annual results of the Group for 2023. Revenue rose by 10% to RMB500 million.',
      'The Company will hold an extraordinary general meeting on 3 May 2024 to approve the acquisition. A circular containing a notice of the meeting will be despatched to the Shareholders. Shareholders are advised to read it carefully.',
      'The Board recommends a final dividend of HK5 cents per share. The dividend will be paid on 28 June 2024.',
    ].join('\n\n');
    const zh = [
      '董事會宣佈本集團二零二三年的全年業績。收入增加10%至人民幣500百萬元。',
      '董事會建議派發末期股息每股5港仙。股息將於二零二四年六月二十八日派付。',
    ].join('\n\n');
    const r = qaDocuments(makeDoc(en, { path: 'en.txt' }), makeDoc(zh, { path: 'zh.txt' }), {
      lexicon,
    });
    const om = r.findings.filter((f) => f.check === 'omissions');
    expect(om.map((f) => f.message)).toEqual([
      expect.stringMatching(/^a whole paragraph \(3 sentences\) is not in the Chinese/),
    ]);
    expect(om[0]?.severity).toBe('error');
    expect(en.slice(...om[0]!.srcOffsets!)).toMatch(/^The Company will hold/);
  });

  it('maps offsets through PDF-text normalisation (line breaks, hyphens, headers)', () => {
    const r = qaDocuments(
      makeDoc(read('en.pdf.txt'), { path: 'en.pdf.txt' }),
      makeDoc(read('qa-errors/zh.txt'), { path: 'zh.txt' }),
      { lexicon },
    );
    const en = read('en.pdf.txt');
    const squash = (s: string) => s.replace(/[\s-]+/g, '');
    const withSource = r.findings.filter((f) => f.srcOffsets && f.flagged.source);
    expect(withSource.length).toBeGreaterThan(10);
    for (const f of withSource)
      expect(squash(en.slice(...f.srcOffsets!))).toBe(squash(f.flagged.source));
    // the scale slip is found in the PDF text too
    expect(r.findings.some((f) => f.check === 'numbers' && /947\.2億/.test(f.message))).toBe(true);
  });

  it('takes the Chinese as the source', () => {
    const r = qaDocuments(
      makeDoc(read('qa-errors/zh.txt'), { path: 'zh.txt' }),
      makeDoc(read('en.txt'), { path: 'en.txt' }),
      { lexicon },
    );
    expect(r.summary.languages).toEqual({ source: 'zh-HK', target: 'en' });
    const slip = r.findings.find(
      (f) => f.check === 'numbers' && /947\.2億元/.test(f.flagged.source),
    );
    expect(slip?.message).toMatch(/but the English says RMB947\.2 million \(×0\.01\)/);
    expect(r.findings.some((f) => f.check === 'dates' && /2023-05-25/.test(f.message))).toBe(true);
  });
});

describe('offset mapping', () => {
  it('charMap skips line breaks, hyphens and dropped runs', () => {
    const raw = 'manu-\nfacture of\n\fHEADER\n drugs';
    const text = 'manufacture of drugs';
    const map = charMap(text, raw);
    expect(raw[map[4]!]).toBe('f');
    expect(raw[map[text.indexOf('drugs')]!]).toBe('d');
    expect(map[text.length]).toBe(raw.length);
  });

  it('toInputSpan maps spans across pieces', () => {
    const pieces = [
      { at: 0, text: 'First one.', start: 100 },
      { at: 11, text: 'Second one.', start: 120 },
    ];
    expect(toInputSpan(pieces, [11, 17])).toEqual([120, 126]);
    expect(toInputSpan(pieces, [6, 17])).toEqual([106, 126]);
    expect(toInputSpan([], [0, 1])).toBeNull();
  });
});
